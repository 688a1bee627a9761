// The demo pilot's breakdown, as a second director would leave it after a first pass: shooting locations in
// the partners' countries with the sets assigned to them, a war drama's dictionary, dictionary suggestions
// confirmed in the first half of the episode (the second half still waits for review), a child actor who
// brings a teacher, and the English translation of the opening scenes beside the Russian original.
import { and, asc, eq } from "drizzle-orm";
import { createDictionaryMatcher, suggestSceneElements, type ScreenplayElement } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { sceneElementsAt } from "../breakdown/queries.ts";
import { importTranslation } from "../scripts/translation-import.ts";
import { iskraPilotEnglishFountain } from "./iskra-pilot.ts";

const locations = [
  {
    name: "«Беларусьфильм», павильон № 3",
    country: "BY",
    address: "Минск, пр-т Независимости, 98",
    timeZone: "Europe/Minsk",
    sets: /^(ШТАБ ПОЛКА|ЗАВОДОУПРАВЛЕНИЕ|ШТАБНОЙ ВАГОН|КАБИНЕТ ВОЕННОГО|СТАНЦИОННЫЙ БУФЕТ)/u,
  },
  {
    name: "Музей железнодорожной техники",
    country: "BY",
    address: "Минск, ул. Брестская, 1",
    timeZone: "Europe/Minsk",
    sets: /^(ЗАВОДСКОЙ ДВОР$|СТАНЦИЯ МИНСК|ТЕПЛУШКА|БУДКА МАШИНИСТА|ВОИНСКИЙ ЭШЕЛОН)/u,
  },
  {
    name: "Перегон Осиповичи — Татарка",
    country: "BY",
    address: "Могилёвская обл., Осиповичский р-н",
    timeZone: "Europe/Minsk",
    sets: /^(ЖЕЛЕЗНАЯ ДОРОГА ЗА МИНСКОМ|ПЕРЕГОН ПОД ОРШЕЙ|РЖАНОЕ ПОЛЕ|УЗЛОВАЯ СТАНЦИЯ|МОСТ ЧЕРЕЗ ВОЛГУ)/u,
  },
  {
    name: "Степь под Капчагаем",
    country: "KZ",
    address: "Алматинская обл., Кунаев",
    timeZone: "Asia/Almaty",
    sets: /^(СТЕПЬ|СТАНЦИЯ САКСАУЛЬСКАЯ)/u,
  },
  {
    name: "Вокзал Алматы-1",
    country: "KZ",
    address: "Алматы, ул. Сейфуллина, 1",
    timeZone: "Asia/Almaty",
    sets: /^(СТАНЦИЯ АЛМА-АТА|ПЕРРОН СТАНЦИИ АЛМА-АТА|ЗАВОДСКОЙ ДВОР\. АЛМА-АТА|ПУСТЫРЬ)/u,
  },
  {
    name: "Вокзал Душанбе (за Ташкент)",
    country: "TJ",
    address: "Душанбе, Привокзальная пл.",
    timeZone: "Asia/Dushanbe",
    sets: /^(ВОКЗАЛЬНАЯ ПЛОЩАДЬ ТАШКЕНТА|ВОКЗАЛ ТАШКЕНТА)/u,
  },
  {
    name: "Предгорья Ала-Тоо, Чуйская долина",
    country: "KG",
    address: "Чуйская обл., Аламединский р-н",
    timeZone: "Asia/Bishkek",
    sets: /^ПРЕДГОРЬЯ АЛА-ТОО/u,
  },
];

const dictionary: [category: string, term: string, elementName: string][] = [
  ["militaryVehicles", "паровоз", "Паровоз серии Эу"],
  ["militaryVehicles", "эшелон", "Эшелон: 12 теплушек и платформы"],
  ["militaryVehicles", "теплушка", "Теплушка (товарный вагон)"],
  ["militaryVehicles", "штабной вагон", "Штабной вагон"],
  ["militaryVehicles", "самолёт", "Самолёт Ju 87 (VFX)"],
  ["vehicles", "полуторка", "Грузовик ГАЗ-АА «полуторка»"],
  ["weapons", "винтовка", "Винтовка Мосина"],
  ["pyrotechnics", "бомба", "Разрывы авиабомб"],
  ["pyrotechnics", "пожар", "Открытый огонь"],
  ["specialEffects", "дым", "Дым"],
  ["specialEffects", "дождь", "Дождевая установка"],
  ["specialEffects", "снег", "Искусственный снег"],
  ["props", "станок", "Станки в ящиках"],
  ["props", "ящик", "Ящики с оборудованием"],
  ["props", "телефон", "Полевой телефон"],
  ["props", "фонарь", "Фонарь «летучая мышь»"],
  ["props", "чемодан", "Фибровый чемодан"],
  ["props", "карта", "Карта железных дорог"],
  ["props", "патефон", "Патефон"],
  ["props", "гармонь", "Гармонь"],
  ["props", "бинт", "Бинты"],
  ["props", "телеграф", "Телеграфный аппарат Морзе"],
  ["wardrobe", "гимнастёрка", "Гимнастёрки обр. 1935 г."],
  ["wardrobe", "шинель", "Шинели"],
  ["animals", "верблюд", "Верблюд"],
];

/** Scenes up to this number have their suggestions confirmed; the rest wait for the second director. */
const reviewedThrough = 20;

export async function seedIskraBreakdown(
  db: Database,
  input: { projectId: string; draftId: string; userId: string; now: Date },
): Promise<void> {
  const { projectId, now } = input;
  const sets = await db.select().from(schema.sets).where(eq(schema.sets.projectId, projectId));
  for (const location of locations) {
    const [row] = await db
      .insert(schema.locations)
      .values({
        projectId,
        name: location.name,
        country: location.country,
        address: location.address,
        timeZone: location.timeZone,
        createdAt: now,
      })
      .returning({ id: schema.locations.id });
    for (const set of sets.filter((candidate) => location.sets.test(candidate.name))) {
      await db.update(schema.sets).set({ locationId: row!.id }).where(eq(schema.sets.id, set.id));
    }
  }

  const entries = await db
    .insert(schema.breakdownDictionary)
    .values(dictionary.map(([category, term, elementName]) => ({ projectId, category, term, elementName })))
    .returning();
  await confirmReviewedSuggestions(db, input, entries);
  await linkChildActor(db, projectId, now);
  await importTranslation(db, {
    projectId,
    draftId: input.draftId,
    language: "en",
    fileName: "iskra-01-eshelon.en.fountain",
    bytes: new TextEncoder().encode(iskraPilotEnglishFountain),
    userId: input.userId,
    now,
  });
}

async function confirmReviewedSuggestions(
  db: Database,
  input: { projectId: string; draftId: string; now: Date },
  entries: (typeof schema.breakdownDictionary.$inferSelect)[],
) {
  const [draft] = await db
    .select()
    .from(schema.scriptDrafts)
    .where(eq(schema.scriptDrafts.id, input.draftId));
  const scenes = await db
    .select()
    .from(schema.scenes)
    .where(eq(schema.scenes.draftId, input.draftId))
    .orderBy(asc(schema.scenes.position));
  const matcher = createDictionaryMatcher(entries);
  for (const scene of scenes.filter((candidate) => Number(candidate.number) <= reviewedThrough)) {
    const elements: ScreenplayElement[] = sceneElementsAt(draft!.elements, scene.line);
    for (const match of suggestSceneElements({ elements }, matcher)) {
      await db
        .insert(schema.breakdownElements)
        .values({
          projectId: input.projectId,
          category: match.category,
          name: match.elementName,
          createdAt: input.now,
        })
        .onConflictDoNothing();
      const [element] = await db
        .select({ id: schema.breakdownElements.id })
        .from(schema.breakdownElements)
        .where(
          and(
            eq(schema.breakdownElements.projectId, input.projectId),
            eq(schema.breakdownElements.category, match.category),
            eq(schema.breakdownElements.name, match.elementName),
          ),
        );
      await db
        .insert(schema.sceneElements)
        .values({
          projectId: input.projectId,
          lineageId: scene.lineageId,
          elementId: element!.id,
          source: "dictionary",
          status: "confirmed",
          quote: match.text,
          createdAt: input.now,
        })
        .onConflictDoNothing();
    }
  }
}

/** Мишка is ten: wherever he is scheduled, a teacher must be on set (and he cannot be held idle). */
async function linkChildActor(db: Database, projectId: string, now: Date) {
  const [child] = await db
    .select()
    .from(schema.breakdownElements)
    .where(
      and(
        eq(schema.breakdownElements.projectId, projectId),
        eq(schema.breakdownElements.category, "cast"),
        eq(schema.breakdownElements.name, "МИШКА"),
      ),
    );
  if (!child) return;
  const [teacher] = await db
    .insert(schema.breakdownElements)
    .values({
      projectId,
      category: "additionalLabor",
      name: "Педагог несовершеннолетнего актёра",
      notes: "На площадке всегда, когда снимается Мишка",
      createdAt: now,
    })
    .returning({ id: schema.breakdownElements.id });
  await db
    .update(schema.breakdownElements)
    .set({ allowHold: false, notes: "10 лет: смена не длиннее 4 часов" })
    .where(eq(schema.breakdownElements.id, child.id));
  await db.insert(schema.breakdownElementLinks).values({ elementId: child.id, linkedElementId: teacher!.id });
}
