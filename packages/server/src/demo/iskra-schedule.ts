// The demo's shooting schedule for spring 2027: two units; the outlines of episodes 2–4 imported as short drafts
// (the writers' поэпизодный план with its estimated хронометраж) through the same path as the pilot; locations in
// the five partner countries with their terms; a daily rate, home country and availability for every cast member
// (each in their own currency); a first КПП laid out by location, and a second one the core's optimizer improved
// from it — a fixed number of steps from a fixed seed, so the demo is the same every time it is made.
import { and, eq, inArray } from "drizzle-orm";
import { createProductionOptimizer, parseMoney, type CurrencyCode } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { importScriptDraft } from "../scripts/import.ts";
import { createBoard, writeArrangement } from "../schedules/board.ts";
import { loadBoardRows, loadScheduleInputs } from "../schedules/inputs.ts";
import { assembleInstance } from "../schedules/instance.ts";

export interface OutlineScene {
  heading: string;
  cast: string[];
  action: string;
  /** The writers' estimate of the scene's screen time. */
  seconds: number;
}

export interface Outline {
  episode: number;
  title: string;
  scenes: OutlineScene[];
}

export const demoOutlines: Outline[] = [
  {
    episode: 2,
    title: "Переправа",
    scenes: [
      {
        heading: "ИНТ. ШТАБНОЙ ВАГОН (В ДВИЖЕНИИ) - УТРО",
        cast: ["Лебедев", "Вера"],
        action: "Вера принимает радиограмму: мост через Или снесло паводком.",
        seconds: 90,
      },
      {
        heading: "НАТ. СТЕПЬ. У ЭШЕЛОНА - ДЕНЬ",
        cast: ["Лебедев", "Пахомов", "Алесь", "Кузьмич"],
        action: "Эшелон стоит в голой степи; Кузьмич считает воду в тендере.",
        seconds: 120,
      },
      {
        heading: "НАТ. БЕРЕГ РЕКИ ИЛИ - ДЕНЬ",
        cast: ["Лебедев", "Сауле", "Ерлан"],
        action: "Сауле ведёт к старой паромной переправе в десяти верстах ниже по течению.",
        seconds: 150,
      },
      {
        heading: "НАТ. БЕРЕГ РЕКИ ИЛИ. ПАРОМ - ДЕНЬ",
        cast: ["Турсун", "Ерлан", "Лебедев"],
        action: "Паромщик Турсун не верит, что паром выдержит станок в шесть тонн.",
        seconds: 120,
      },
      {
        heading: "ИНТ. ТЕПЛУШКА-ЛАЗАРЕТ - НОЧЬ",
        cast: ["Вера", "Галина", "Мишка"],
        action: "Галина перевязывает Мишке руку; Вера учит его азбуке Морзе.",
        seconds: 90,
      },
      {
        heading: "НАТ. БЕРЕГ РЕКИ ИЛИ - НОЧЬ",
        cast: ["Алесь", "Жолдош", "Рустам"],
        action: "При свете костров рабочие сколачивают настил из шпал.",
        seconds: 120,
      },
      {
        heading: "НАТ. БЕРЕГ РЕКИ ИЛИ. ПАРОМ - РАССВЕТ",
        cast: ["Лебедев", "Жолдош", "Пахомов", "Турсун"],
        action: "Первый станок медленно вползает на паром.",
        seconds: 150,
      },
      {
        heading: "НАТ. РЕКА ИЛИ. НА ПАРОМЕ - ДЕНЬ",
        cast: ["Алесь", "Вера", "Мишка", "Сауле", "Турсун"],
        action: "На середине реки лопается трос; Алесь прыгает в воду.",
        seconds: 180,
      },
      {
        heading: "НАТ. СТЕПЬ. ТЕЛЕГРАФНЫЙ СТОЛБ - ДЕНЬ",
        cast: ["Вера", "Жолдош"],
        action: "Жолдош лезет на столб, Вера передаёт: «Переправа начата».",
        seconds: 60,
      },
      {
        heading: "ИНТ. СТАНЦИЯ САКСАУЛЬСКАЯ. ДИСПЕТЧЕРСКАЯ - ВЕЧЕР",
        cast: ["Ерлан", "Сауле", "Аксакал"],
        action: "Аксакал обещает прислать верблюдов тянуть платформы.",
        seconds: 90,
      },
      {
        heading: "НАТ. БЕРЕГ РЕКИ ИЛИ - СУМЕРКИ",
        cast: ["Лебедев", "Сауле"],
        action: "Последний ящик на том берегу; Лебедев и Сауле молча смотрят на воду.",
        seconds: 90,
      },
      {
        heading: "ИНТ. ШТАБНОЙ ВАГОН - НОЧЬ",
        cast: ["Лебедев", "Вера", "Рустам"],
        action: "Рустам приносит список: двое рабочих пропали на переправе.",
        seconds: 90,
      },
    ],
  },
  {
    episode: 3,
    title: "Позывной «Искра»",
    scenes: [
      {
        heading: "ИНТ. МОСКВА. РАДИОЦЕНТР ГЕНШТАБА - НОЧЬ",
        cast: ["Зорин", "Лида"],
        action: "Лида ловит слабый сигнал с позывным «Искра».",
        seconds: 120,
      },
      {
        heading: "ИНТ. ШТАБНОЙ ВАГОН (В ДВИЖЕНИИ) - НОЧЬ",
        cast: ["Вера", "Лебедев"],
        action: "Вера впервые за неделю выходит на связь с Москвой.",
        seconds: 90,
      },
      {
        heading: "ИНТ. МОСКВА. КАБИНЕТ ПОЛКОВНИКА ЗОРИНА - УТРО",
        cast: ["Зорин", "Седых"],
        action: "Седых, вызванный с фронта, узнаёт почерк своей радистки.",
        seconds: 150,
      },
      {
        heading: "НАТ. ВОКЗАЛ ТАШКЕНТА. ГРУЗОВЫЕ ПУТИ - ДЕНЬ",
        cast: ["Лебедев", "Рустам", "Зухра"],
        action: "Зухра приводит бригаду грузчиков с махалли.",
        seconds: 120,
      },
      {
        heading: "ИНТ. ВОКЗАЛ ТАШКЕНТА. ЭВАКОПУНКТ - ДЕНЬ",
        cast: ["Галина", "Зухра", "Мишка"],
        action: "Галина ищет в списках эвакуированных сестру Мишки.",
        seconds: 120,
      },
      {
        heading: "НАТ. ВАРЗОБСКОЕ УЩЕЛЬЕ. ДОРОГА - ДЕНЬ",
        cast: ["Рустам", "Алесь", "Жолдош"],
        action: "Полуторка с радиостанцией ползёт по серпантину в горы.",
        seconds: 120,
      },
      {
        heading: "НАТ. ВАРЗОБСКОЕ УЩЕЛЬЕ. КИШЛАК - ВЕЧЕР",
        cast: ["Рустам", "Давлат", "Мишка"],
        action: "Дед Давлат узнаёт в Рустаме внука своего старого друга.",
        seconds: 150,
      },
      {
        heading: "ИНТ. КИШЛАК. ДОМ ДАВЛАТА - НОЧЬ",
        cast: ["Давлат", "Рустам", "Вера"],
        action: "За пловом Давлат рассказывает о чужих людях с рацией на перевале.",
        seconds: 150,
      },
      {
        heading: "ИНТ. МОСКВА. РАДИОЦЕНТР ГЕНШТАБА - ДЕНЬ",
        cast: ["Зорин", "Лида"],
        action: "Пеленгаторы засекают второй передатчик рядом с «Искрой».",
        seconds: 90,
      },
      {
        heading: "НАТ. ВАРЗОБСКОЕ УЩЕЛЬЕ. ПЕРЕВАЛ - РАССВЕТ",
        cast: ["Вера", "Рустам"],
        action: "Вера и Рустам находят брошенную немецкую рацию.",
        seconds: 120,
      },
      {
        heading: "ИНТ. ШТАБНОЙ ВАГОН - ДЕНЬ",
        cast: ["Лебедев", "Вера", "Пахомов"],
        action: "Лебедев приказывает молчать в эфире до самой Алма-Аты.",
        seconds: 90,
      },
      {
        heading: "ИНТ. МОСКВА. КАБИНЕТ ПОЛКОВНИКА ЗОРИНА - НОЧЬ",
        cast: ["Зорин", "Седых"],
        action: "Зорин решает начать через «Искру» радиоигру.",
        seconds: 120,
      },
    ],
  },
  {
    episode: 4,
    title: "Высота 204",
    scenes: [
      {
        heading: "НАТ. ПРЕДГОРЬЯ АЛА-ТОО. ЖЕЛЕЗНАЯ ДОРОГА - ДЕНЬ",
        cast: ["Жолдош", "Лебедев"],
        action: "Жолдош узнаёт родные горы и просит отпустить его на день в аил.",
        seconds: 90,
      },
      {
        heading: "НАТ. АЙЫЛ ЖОЛДОША - ДЕНЬ",
        cast: ["Жолдош", "Апа", "Мишка"],
        action: "Мать Жолдоша встречает сына и незнакомого мальчика.",
        seconds: 150,
      },
      {
        heading: "ИНТ. АЙЫЛ ЖОЛДОША. ЮРТА - ВЕЧЕР",
        cast: ["Жолдош", "Апа", "Вера"],
        action: "Апа говорит, что на высоте 204 видели чужих.",
        seconds: 120,
      },
      {
        heading: "НАТ. АЛА-АРЧА. ВЫСОТА 204 - УТРО",
        cast: ["Лебедев", "Пахомов", "Вера"],
        action: "Пахомов с бойцами поднимается на высоту.",
        seconds: 150,
      },
      {
        heading: "НАТ. АЛА-АРЧА. ВЫСОТА 204 - ДЕНЬ",
        cast: ["Вера", "Алесь", "Жолдош"],
        action: "Вера разворачивает рацию на камнях, Алесь чинит антенну.",
        seconds: 120,
      },
      {
        heading: "ИНТ. ШТАБНОЙ ВАГОН - НОЧЬ",
        cast: ["Лебедев", "Вера"],
        action: "Шифровка из Москвы: передать ложный маршрут эшелона.",
        seconds: 90,
      },
      {
        heading: "ИНТ. МОСКВА. РАДИОЦЕНТР ГЕНШТАБА - НОЧЬ",
        cast: ["Зорин", "Лида"],
        action: "Лида слышит, как «Искра» передаёт условленную ложь.",
        seconds: 90,
      },
      {
        heading: "НАТ. АЛА-АРЧА. ВЫСОТА 204 - НОЧЬ",
        cast: ["Лебедев", "Вера", "Пахомов", "Жолдош"],
        action: "Перестрелка в темноте; диверсанты уходят к леднику.",
        seconds: 180,
      },
      {
        heading: "НАТ. СТАНЦИЯ ФРУНЗЕ - ДЕНЬ",
        cast: ["Лебедев", "Ахметов", "Галина"],
        action: "Начальник станции Ахметов даёт эшелону зелёную улицу.",
        seconds: 120,
      },
      {
        heading: "НАТ. СТАНЦИЯ ФРУНЗЕ. ПЕРРОН - ВЕЧЕР",
        cast: ["Галина", "Мишка", "Алесь"],
        action: "Мишка не хочет уезжать от Апы.",
        seconds: 90,
      },
      {
        heading: "НАТ. АЛА-АРЧА. ВЫСОТА 204 - РАССВЕТ",
        cast: ["Лебедев", "Жолдош", "Пахомов"],
        action: "На вершине брошенный лагерь и карта с маршрутом эшелона.",
        seconds: 120,
      },
      {
        heading: "ИНТ. ТЕПЛУШКА (В ДВИЖЕНИИ) - ДЕНЬ",
        cast: ["Вера", "Мишка", "Галина"],
        action: "Эшелон уходит на Алма-Ату; Мишка машет горам.",
        seconds: 60,
      },
    ],
  },
];

/** The outline as a Fountain draft: heading, the scene-characters line, one line of action. */
export function outlineFountain(outline: Outline): string {
  const scenes = outline.scenes.map(
    (scene, index) => `${scene.heading} #${index + 1}#\n${scene.cast.join(", ")}\n\n${scene.action}\n`,
  );
  return [
    `Title: **ИСКРА**\n    Серия ${outline.episode}. «${outline.title}»`,
    "Credit: Поэпизодный план",
    "Author: Сценарная группа проекта «Искра»",
    "Draft date: 15.01.2027",
    "",
    ...scenes,
  ].join("\n");
}

const newLocations = [
  {
    name: "«Мосфильм», павильон № 10",
    country: "RU",
    address: "Москва, ул. Мосфильмовская, 1",
    timeZone: "Europe/Moscow",
  },
  {
    name: "Варзобское ущелье",
    country: "TJ",
    address: "Варзобский р-н, 30 км к северу от Душанбе",
    timeZone: "Asia/Dushanbe",
  },
  {
    name: "Ущелье Ала-Арча",
    country: "KG",
    address: "Чуйская обл., национальный парк «Ала-Арча»",
    timeZone: "Asia/Bishkek",
  },
];

/** Where the outlines' new sets are shot. */
const newSets: [RegExp, string][] = [
  [/^(БЕРЕГ РЕКИ ИЛИ|РЕКА ИЛИ)/u, "Степь под Капчагаем"],
  [/^МОСКВА\./u, "«Мосфильм», павильон № 10"],
  [/^(ВАРЗОБСКОЕ УЩЕЛЬЕ|КИШЛАК)/u, "Варзобское ущелье"],
  [/^АЙЫЛ ЖОЛДОША/u, "Предгорья Ала-Тоо, Чуйская долина"],
  [/^АЛА-АРЧА/u, "Ущелье Ала-Арча"],
  [/^СТАНЦИЯ ФРУНЗЕ/u, "Вокзал Алматы-1"],
];

type Window = { from: string; to: string };

/** Spring 2027, location by location: when each can be had (a stage is booked, a pass opens in May …). */
const locationTerms: Record<string, { stage?: boolean; available: Window[]; blockedDates?: string[] }> = {
  "«Беларусьфильм», павильон № 3": { stage: true, available: [{ from: "2027-03-01", to: "2027-06-30" }] },
  "Музей железнодорожной техники": {
    available: [{ from: "2027-03-01", to: "2027-05-28" }],
    // International Museum Day: the museum is open to the public.
    blockedDates: ["2027-05-18"],
  },
  "Перегон Осиповичи — Татарка": {
    available: [{ from: "2027-03-15", to: "2027-06-30" }],
    // The railway's track maintenance windows.
    blockedDates: ["2027-04-21", "2027-04-22"],
  },
  "Степь под Капчагаем": { available: [{ from: "2027-04-12", to: "2027-06-30" }] },
  "Вокзал Алматы-1": { available: [{ from: "2027-04-12", to: "2027-06-30" }], blockedDates: ["2027-05-07"] },
  "Вокзал Душанбе (за Ташкент)": { available: [{ from: "2027-04-19", to: "2027-06-30" }] },
  "Предгорья Ала-Тоо, Чуйская долина": { available: [{ from: "2027-04-26", to: "2027-06-30" }] },
  "«Мосфильм», павильон № 10": { stage: true, available: [{ from: "2027-03-01", to: "2027-04-30" }] },
  "Варзобское ущелье": { available: [{ from: "2027-05-03", to: "2027-06-30" }] },
  "Ущелье Ала-Арча": { available: [{ from: "2027-05-10", to: "2027-06-30" }] },
};

interface DemoCastTerms {
  dailyRate: string;
  currency: string;
  homeCountry: string;
  travelDays?: number;
  available?: Window[];
  blockedDates?: string[];
}

/** Every character of the four episodes: the actors' shift rates in their own currencies. */
const castTerms: Record<string, DemoCastTerms> = {
  ЛЕБЕДЕВ: {
    dailyRate: "120000.00",
    currency: "RUB",
    homeCountry: "RU",
    // Performances at his theatre.
    blockedDates: ["2027-03-26", "2027-04-23"],
  },
  ВЕРА: {
    dailyRate: "2800.00",
    currency: "BYN",
    homeCountry: "BY",
    available: [{ from: "2027-03-01", to: "2027-06-18" }],
    blockedDates: ["2027-05-14"],
  },
  АЛЕСЬ: { dailyRate: "1200.00", currency: "BYN", homeCountry: "BY" },
  ЯНИНА: { dailyRate: "900.00", currency: "BYN", homeCountry: "BY" },
  МИШКА: { dailyRate: "600.00", currency: "BYN", homeCountry: "BY" },
  "ЖЕНЩИНА С РЕБЁНКОМ": { dailyRate: "300.00", currency: "BYN", homeCountry: "BY", travelDays: 0 },
  ЖОЛДОШ: {
    dailyRate: "60000.00",
    currency: "KGS",
    homeCountry: "KG",
    available: [{ from: "2027-03-15", to: "2027-06-30" }],
  },
  АПА: { dailyRate: "15000.00", currency: "KGS", homeCountry: "KG" },
  РУСТАМ: { dailyRate: "5500.00", currency: "TJS", homeCountry: "TJ" },
  ЗУХРА: { dailyRate: "2500.00", currency: "TJS", homeCountry: "TJ" },
  ДАВЛАТ: { dailyRate: "2000.00", currency: "TJS", homeCountry: "TJ" },
  САУЛЕ: {
    dailyRate: "250000.00",
    currency: "KZT",
    homeCountry: "KZ",
    available: [{ from: "2027-04-12", to: "2027-06-30" }],
  },
  ЕРЛАН: { dailyRate: "150000.00", currency: "KZT", homeCountry: "KZ" },
  АКСАКАЛ: { dailyRate: "60000.00", currency: "KZT", homeCountry: "KZ" },
  АХМЕТОВ: { dailyRate: "200000.00", currency: "KZT", homeCountry: "KZ" },
  ТУРСУН: { dailyRate: "80000.00", currency: "KZT", homeCountry: "KZ" },
  ПАХОМОВ: { dailyRate: "60000.00", currency: "RUB", homeCountry: "RU" },
  ГАЛИНА: { dailyRate: "45000.00", currency: "RUB", homeCountry: "RU" },
  КУЗЬМИЧ: { dailyRate: "40000.00", currency: "RUB", homeCountry: "RU", travelDays: 2 },
  "ТЁТЯ ДУСЯ": { dailyRate: "25000.00", currency: "RUB", homeCountry: "RU" },
  "ГОЛОС ДИКТОРА": { dailyRate: "30000.00", currency: "RUB", homeCountry: "RU" },
  КОМЕНДАНТ: { dailyRate: "35000.00", currency: "RUB", homeCountry: "RU" },
  СЕДЫХ: {
    dailyRate: "80000.00",
    currency: "RUB",
    homeCountry: "RU",
    blockedDates: ["2027-03-10", "2027-03-11"],
  },
  ЗОРИН: {
    dailyRate: "90000.00",
    currency: "RUB",
    homeCountry: "RU",
    // A theatre tour from the middle of April.
    available: [{ from: "2027-03-01", to: "2027-04-16" }],
  },
  ЛИДА: { dailyRate: "30000.00", currency: "RUB", homeCountry: "RU" },
};

/** Agreed rates for a currency the cast is paid in, should the consortium not have one (it has all four). */
const fallbackRates: Record<string, string> = { BYN: "25", KZT: "0.2", TJS: "8", KGS: "1" };

const calendar = {
  firstDate: "2027-03-01",
  lastDate: "2027-06-30",
  weeklyDaysOff: [6, 7],
  // The company's break between the Belarusian and the Central Asian blocks.
  daysOff: ["2027-04-05", "2027-04-06"],
};

const settings: schema.ScheduleSettings = {
  locationMove: { amountMinor: 150_000_00, currency: "RUB" },
  borderCrossing: { amountMinor: 600_000_00, currency: "RUB" },
  overtimePerHour: { amountMinor: 40_000_00, currency: "RUB" },
  maxMovesPerDay: 1,
  countryBlocks: false,
};

/** The optimizer's run at seed time: few enough steps for a quick start, the same seed every time. */
export const demoOptimization = { seed: 2027, steps: 4000 };

export const demoBoardNames = { draft: "Черновой КПП", optimized: "КПП после оптимизации" };

export async function seedIskraSchedule(
  db: Database,
  input: { projectId: string; userId: string; now: Date },
): Promise<void> {
  const { projectId, now } = input;
  for (const outline of demoOutlines) {
    const imported = await importScriptDraft(db, {
      projectId,
      episodeNumber: outline.episode,
      fileName: `iskra-0${outline.episode}-outline.fountain`,
      bytes: new TextEncoder().encode(outlineFountain(outline)),
      userId: input.userId,
      now,
    });
    await setOutlineLengths(db, imported.draft.id, outline);
  }
  await seedLocations(db, projectId, now);
  await seedCastTerms(db, projectId);
  await dropChildBetweenBlocks(db, projectId);
  await ensureAgreedRates(db, projectId);
  await db.insert(schema.shootingUnits).values([
    { projectId, name: "Основная группа", position: 0 },
    { projectId, name: "Вторая группа", position: 1, dayCallHour: 7 },
  ]);

  const board = { projectId, ...calendar, settings, userId: input.userId, now };
  const draftId = await createBoard(db, { ...board, name: demoBoardNames.draft, arrangement: "by-location" });
  // Made a moment later, so the boards list in the order they were made.
  const optimizedId = await createBoard(db, {
    ...board,
    name: demoBoardNames.optimized,
    arrangement: "boneyard",
    now: new Date(now.getTime() + 1000),
  });
  await optimizeFrom(db, projectId, draftId, optimizedId);
}

/** The writers' хронометраж of each outline scene, as a person enters it (a re-estimate leaves it alone). */
async function setOutlineLengths(db: Database, draftId: string, outline: Outline) {
  const scenes = await db
    .select({ id: schema.scenes.id, position: schema.scenes.position })
    .from(schema.scenes)
    .where(eq(schema.scenes.draftId, draftId));
  for (const scene of scenes) {
    const seconds = outline.scenes[scene.position]?.seconds;
    if (seconds === undefined) continue;
    await db
      .update(schema.scenes)
      .set({
        screenSeconds: seconds,
        eighths: Math.max(1, Math.round((seconds / 60) * 8)),
        lengthEdited: true,
      })
      .where(eq(schema.scenes.id, scene.id));
  }
}

async function seedLocations(db: Database, projectId: string, now: Date) {
  await db
    .insert(schema.locations)
    .values(newLocations.map((location) => ({ projectId, ...location, createdAt: now })));
  const locations = await db.select().from(schema.locations).where(eq(schema.locations.projectId, projectId));
  const idOf = (name: string) => {
    const location = locations.find((candidate) => candidate.name === name);
    if (!location) throw new Error(`the demo has no location "${name}"`);
    return location.id;
  };
  const sets = await db.select().from(schema.sets).where(eq(schema.sets.projectId, projectId));
  for (const [pattern, location] of newSets) {
    const ids = sets.filter((set) => set.locationId === null && pattern.test(set.name)).map((set) => set.id);
    if (ids.length > 0) {
      await db
        .update(schema.sets)
        .set({ locationId: idOf(location) })
        .where(inArray(schema.sets.id, ids));
    }
  }
  await db.insert(schema.locationTerms).values(
    Object.entries(locationTerms).map(([name, terms]) => ({
      locationId: idOf(name),
      projectId,
      stage: terms.stage ?? false,
      available: terms.available,
      blockedDates: terms.blockedDates ?? [],
    })),
  );
}

async function seedCastTerms(db: Database, projectId: string) {
  const cast = await db
    .select({ id: schema.breakdownElements.id, name: schema.breakdownElements.name })
    .from(schema.breakdownElements)
    .where(
      and(eq(schema.breakdownElements.projectId, projectId), eq(schema.breakdownElements.category, "cast")),
    );
  await db.insert(schema.castTerms).values(
    cast.map((element) => {
      const terms = castTerms[element.name];
      if (!terms) throw new Error(`the demo has no terms for the cast member ${element.name}`);
      const rate = parseMoney(terms.dailyRate, terms.currency as CurrencyCode);
      if (!rate.ok) throw new Error(`the demo's daily rate of ${element.name} is not money`);
      return {
        elementId: element.id,
        projectId,
        dailyRateMinor: rate.value.minor,
        currency: terms.currency,
        homeCountry: terms.homeCountry,
        travelDays: terms.travelDays ?? 1,
        available: terms.available ?? [],
        blockedDates: terms.blockedDates ?? [],
      };
    }),
  );
}

/**
 * Мишка may not be held idle (he is ten), so he goes home to Minsk between blocks with his teacher: dropped and
 * picked up again, at least ten days apart (the trade's usual minimum).
 */
async function dropChildBetweenBlocks(db: Database, projectId: string) {
  await db
    .update(schema.breakdownElements)
    .set({ allowDropPickup: true, minDropGapDays: 10 })
    .where(
      and(
        eq(schema.breakdownElements.projectId, projectId),
        eq(schema.breakdownElements.category, "cast"),
        eq(schema.breakdownElements.name, "МИШКА"),
      ),
    );
}

async function ensureAgreedRates(db: Database, projectId: string) {
  const [project] = await db
    .select({ reportingCurrency: schema.projects.reportingCurrency })
    .from(schema.projects)
    .where(eq(schema.projects.id, projectId));
  const agreed = await db
    .select({ currency: schema.agreedRates.currency })
    .from(schema.agreedRates)
    .where(eq(schema.agreedRates.projectId, projectId));
  const have = new Set([project?.reportingCurrency, ...agreed.map((rate) => rate.currency)]);
  const missing = [...new Set(Object.values(castTerms).map((terms) => terms.currency))].filter(
    (currency) => !have.has(currency),
  );
  if (missing.length === 0) return;
  await db.insert(schema.agreedRates).values(
    missing.map((currency) => {
      const perUnit = fallbackRates[currency];
      if (!perUnit) throw new Error(`the demo has no agreed rate for ${currency}`);
      return { projectId, currency, perUnit, date: null, source: "agreement" };
    }),
  );
}

/** Lays the optimizer's best schedule, started from the draft board, out on the second board. */
async function optimizeFrom(db: Database, projectId: string, draftId: string, optimizedId: string) {
  const [inputs, draft, target] = await Promise.all([
    loadScheduleInputs(db, projectId),
    loadBoardRows(db, projectId, draftId),
    loadBoardRows(db, projectId, optimizedId),
  ]);
  const assembled = assembleInstance(inputs, draft!);
  if (!assembled.ok) throw new Error(`the demo board cannot be optimized: ${assembled.problems[0]?.message}`);
  const optimizer = createProductionOptimizer(assembled.instance, {
    seed: demoOptimization.seed,
    initial: assembled.schedule,
  });
  const progress = optimizer.step(demoOptimization.steps);
  const placed = new Set(progress.best.days.flatMap((day) => day.sceneIds));
  const boneyard = inputs.scenes.map((scene) => scene.lineageId).filter((id) => !placed.has(id));
  await db.transaction((tx) => writeArrangement(tx, target!.schedule.id, progress.best, boneyard));
}
