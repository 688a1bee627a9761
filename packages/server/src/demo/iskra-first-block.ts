// The demo's КПП for the first shooting block, Moscow and Minsk, as the assistant director publishes it a week
// before the first day: a copy of the optimized board cut after the last day in Russia and Belarus (the later
// blocks' scenes wait in the boneyard), published, and the block's call sheets written — calls, weather, contacts,
// cast and department calls, background and special requirements — with the first two sent to the day's cast
// and crew, some of whom have opened and confirmed them. The crew is given departments, phones and, for the
// studios' demo accounts, their logins, so each of them finds their own call sheets.
import { and, asc, eq, gt, inArray } from "drizzle-orm";
import { formatClockTime, parseClockTime, type CallSheet, type CallSheetDetails } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { loadPublishedBoard } from "../call-sheets/board-days.ts";
import { loadCallSheet } from "../call-sheets/load.ts";
import { defaultRecipients, sendToRecipients } from "../call-sheets/recipients.ts";
import { copyBoard } from "../schedules/arrangement/copy.ts";
import { loadBoardRows, loadScheduleInputs } from "../schedules/inputs.ts";
import { demoBoardNames } from "./iskra-schedule.ts";

export const firstBlockBoardName = "КПП. Первый блок: Москва и Минск";

/** The countries of the first block; the block ends before the board's first day anywhere else. */
const blockCountries = new Set(["RU", "BY"]);

/** Where each location is and the hospital nearest to it; 103 calls an ambulance in every partner country. */
const places: Record<
  string,
  { latitude: number; longitude: number; hospital: { name: string; address?: string } }
> = {
  "«Мосфильм», павильон № 10": {
    latitude: 55.7199,
    longitude: 37.5059,
    hospital: { name: "ГКБ № 1 им. Н. И. Пирогова", address: "Москва, Ленинский пр-т, 8" },
  },
  "«Беларусьфильм», павильон № 3": {
    latitude: 53.9273,
    longitude: 27.6278,
    hospital: { name: "6-я городская клиническая больница", address: "Минск, ул. Уральская, 5" },
  },
  "Музей железнодорожной техники": {
    latitude: 53.8725,
    longitude: 27.4937,
    hospital: { name: "Городская больница скорой медицинской помощи", address: "Минск, ул. Кижеватова, 58" },
  },
  "Перегон Осиповичи — Татарка": {
    latitude: 53.3031,
    longitude: 28.6419,
    hospital: { name: "Осиповичская центральная районная больница", address: "Осиповичи" },
  },
  "Степь под Капчагаем": {
    latitude: 43.8667,
    longitude: 77.0667,
    hospital: { name: "Центральная городская больница", address: "Конаев" },
  },
  "Вокзал Алматы-1": {
    latitude: 43.3412,
    longitude: 76.9486,
    hospital: { name: "Городская клиническая больница № 4", address: "Алматы" },
  },
  "Вокзал Душанбе (за Ташкент)": {
    latitude: 38.5522,
    longitude: 68.7901,
    hospital: { name: "Национальный медицинский центр «Шифобахш»", address: "Душанбе, пр-т Сино, 59" },
  },
  "Варзобское ущелье": {
    latitude: 38.8486,
    longitude: 68.8136,
    hospital: { name: "Варзобская центральная районная больница", address: "Варзоб" },
  },
  "Предгорья Ала-Тоо, Чуйская долина": {
    latitude: 42.7003,
    longitude: 74.6511,
    hospital: { name: "Аламудунская территориальная больница", address: "Лебединовка" },
  },
  "Ущелье Ала-Арча": {
    latitude: 42.5636,
    longitude: 74.4831,
    hospital: { name: "Национальный госпиталь Минздрава КР", address: "Бишкек, ул. Тоголок Молдо, 1/13" },
  },
};

/** The crew the consortium lists, with the department they are called with and a phone. */
const crewOfRole: Record<string, { department: string; phone: string; language?: string }> = {
  director: { department: "directing", phone: "+7 916 100-20-01" },
  "director-of-photography": { department: "camera", phone: "+375 29 100-20-02" },
  "sound-recordist": { department: "sound", phone: "+7 916 100-20-03" },
  "costume-designer": { department: "costume", phone: "+996 555 100-204" },
  "production-designer": { department: "art", phone: "+7 701 100-20-05" },
};

/** The studios' demo accounts on set: the email of the account, the department and a phone. */
const crewAccounts: {
  email: string;
  country: string;
  department: string;
  phone: string;
  language: string;
}[] = [
  {
    email: "producer@iskra.demo",
    country: "RU",
    department: "production",
    phone: "+7 916 100-10-01",
    language: "ru",
  },
  {
    email: "lineproducer@kinoliga.demo",
    country: "KZ",
    department: "production",
    phone: "+7 701 100-10-02",
    language: "ru",
  },
  {
    email: "ad@tajikfilm.demo",
    country: "TJ",
    department: "directing",
    phone: "+992 93 100-10-03",
    language: "ru",
  },
  // Reads her call sheets in English, to show a sheet sent in another language than the project's first.
  {
    email: "costume@kyrgyzfilm.demo",
    country: "KG",
    department: "costume",
    phone: "+996 555 100-104",
    language: "en",
  },
];

/** Weather the assistant director copied from the forecast, by the location's country and whether it is a stage. */
const forecasts = {
  stage: "Павильон. На улице +4…+9 °C, облачно; парковка у 4-го корпуса",
  outside: [
    "+3…+9 °C, переменная облачность, ветер З 4–6 м/с; к вечеру возможен дождь",
    "+5…+12 °C, ясно, ветер ЮЗ 2–4 м/с",
    "+2…+7 °C, пасмурно, морось до 11:00; грязь на подъездах — резиновая обувь",
  ],
};

const minutes = (clock: string) => parseClockTime(clock)!;
const at = (clock: string, shift: number) => formatClockTime((minutes(clock) + shift + 24 * 60) % (24 * 60));

export async function seedIskraFirstBlock(
  db: Database,
  input: { projectId: string; userId: string; now: Date },
): Promise<void> {
  const { projectId, userId, now } = input;
  await placeLocations(db, projectId);
  await giveCrewDepartments(db, projectId);
  const scheduleId = await cutFirstBlock(db, projectId, userId, now);
  await publish(db, { projectId, scheduleId, userId, now });
  await writeCallSheets(db, { projectId, userId, now });
}

async function placeLocations(db: Database, projectId: string) {
  for (const [name, place] of Object.entries(places)) {
    await db
      .update(schema.locations)
      .set(place)
      .where(and(eq(schema.locations.projectId, projectId), eq(schema.locations.name, name)));
  }
}

async function giveCrewDepartments(db: Database, projectId: string) {
  const roles = await db
    .select({ personId: schema.personRoles.personId, role: schema.personRoles.role })
    .from(schema.personRoles)
    .innerJoin(schema.people, eq(schema.people.id, schema.personRoles.personId))
    .where(eq(schema.people.projectId, projectId));
  for (const { personId, role } of roles) {
    const crew = crewOfRole[role];
    if (!crew) continue;
    await db
      .update(schema.people)
      .set({ department: crew.department, phone: crew.phone, language: crew.language ?? "ru" })
      .where(eq(schema.people.id, personId));
  }
  const users = await db
    .select({ id: schema.users.id, email: schema.users.email, name: schema.users.name })
    .from(schema.users)
    .where(
      inArray(
        schema.users.email,
        crewAccounts.map((account) => account.email),
      ),
    );
  for (const account of crewAccounts) {
    const user = users.find((candidate) => candidate.email === account.email);
    if (!user) throw new Error(`the demo has no account ${account.email}`);
    await db.insert(schema.people).values({
      projectId,
      name: user.name,
      citizenship: [account.country],
      residence: account.country,
      userId: user.id,
      language: account.language,
      department: account.department,
      phone: account.phone,
      email: account.email,
    });
  }
}

/** Copies the optimized board and sends every day after the block's last day in Russia or Belarus to the boneyard. */
async function cutFirstBlock(db: Database, projectId: string, userId: string, now: Date) {
  const [optimized] = await db
    .select({ id: schema.schedules.id })
    .from(schema.schedules)
    .where(
      and(eq(schema.schedules.projectId, projectId), eq(schema.schedules.name, demoBoardNames.optimized)),
    );
  const source = await loadBoardRows(db, projectId, optimized!.id);
  if (!source) throw new Error("the demo's optimized board is missing");
  const scheduleId = await copyBoard(db, source, {
    name: firstBlockBoardName,
    userId,
    now: new Date(now.getTime() + 2000),
  });

  const inputs = await loadScheduleInputs(db, projectId);
  const countryOf = (lineageId: string) => {
    const scene = inputs.scenes.find((candidate) => candidate.lineageId === lineageId);
    const locationId = scene ? inputs.setsByName.get(scene.location)?.locationId : undefined;
    return locationId ? inputs.locations.get(locationId)?.country : undefined;
  };
  const days = await db
    .select({ id: schema.scheduleDays.id, date: schema.scheduleDays.date })
    .from(schema.scheduleDays)
    .where(eq(schema.scheduleDays.scheduleId, scheduleId))
    .orderBy(asc(schema.scheduleDays.date));
  const strips = await db
    .select({ dayId: schema.scheduleStrips.dayId, lineageId: schema.scheduleStrips.lineageId })
    .from(schema.scheduleStrips)
    .where(eq(schema.scheduleStrips.scheduleId, scheduleId));
  const elsewhere = days.find((day) =>
    strips.some((strip) => strip.dayId === day.id && !blockCountries.has(countryOf(strip.lineageId) ?? "")),
  );
  if (!elsewhere) throw new Error("the demo's optimized board never leaves Russia and Belarus");
  const lastDate = days.filter((day) => day.date < elsewhere.date).at(-1)!.date;
  const later = days.filter((day) => day.date > lastDate).map((day) => day.id);
  await db.transaction(async (tx) => {
    await tx
      .update(schema.scheduleStrips)
      .set({ dayId: null })
      .where(
        and(eq(schema.scheduleStrips.scheduleId, scheduleId), inArray(schema.scheduleStrips.dayId, later)),
      );
    await tx
      .delete(schema.scheduleDays)
      .where(and(eq(schema.scheduleDays.scheduleId, scheduleId), gt(schema.scheduleDays.date, lastDate)));
    await tx.update(schema.schedules).set({ lastDate }).where(eq(schema.schedules.id, scheduleId));
  });
  return scheduleId;
}

async function publish(
  db: Database,
  input: { projectId: string; scheduleId: string; userId: string; now: Date },
) {
  const publishedAt = new Date(input.now.getTime() + 3000);
  await db.transaction(async (tx) => {
    const [row] = await tx
      .update(schema.schedules)
      .set({ status: "published", publishedAt, publishedBy: input.userId })
      .where(eq(schema.schedules.id, input.scheduleId))
      .returning();
    await appendAudit(tx, {
      projectId: input.projectId,
      actor: input.userId,
      action: "schedule.published",
      subject: `schedule:${input.scheduleId}`,
      data: { name: row!.name, version: row!.version, firstDate: row!.firstDate, lastDate: row!.lastDate },
      at: publishedAt,
    });
  });
}

/** What the assistant director writes on a shift's sheet. */
function detailsOf(
  sheet: CallSheet,
  index: number,
  contacts: CallSheetDetails["keyContacts"],
): CallSheetDetails {
  const crewCall = sheet.crewCall;
  const shootingCall = at(crewCall, 60);
  const stage = sheet.locations.every((location) => location.name.includes("павильон"));
  const firstScene = new Map<string, number>();
  sheet.scenes.forEach((scene, position) => {
    for (const boardId of scene.castBoardIds) if (!firstScene.has(boardId)) firstScene.set(boardId, position);
  });
  const cast = sheet.cast.flatMap((member) => {
    const position = member.boardId === null ? undefined : firstScene.get(member.boardId);
    if (position === undefined) return [];
    const onSet = at(shootingCall, position * 90);
    return [{ elementId: member.elementId, pickup: at(onSet, -120), makeup: at(onSet, -90), onSet }];
  });
  type Requirement = NonNullable<CallSheetDetails["requirements"]>[number];
  const requirements = sheet.requirements.flatMap((group) =>
    group.items.flatMap((item): Requirement[] => {
      if (group.category === "background")
        return [{ elementId: item.elementId, count: 30, call: at(crewCall, -60) }];
      if (group.category === "weapons")
        return [{ elementId: item.elementId, note: "Холостые; выдаёт и принимает оружейник под роспись" }];
      if (group.category === "pyrotechnics")
        return [{ elementId: item.elementId, call: at(crewCall, -90), note: "Пиротехник и пожарный расчёт" }];
      if (group.category === "stunts") return [{ elementId: item.elementId, call: at(crewCall, -30) }];
      return [];
    }),
  );
  const special = requirements.some((line) => line.note !== undefined);
  return {
    shootingCall,
    weather: stage ? forecasts.stage : forecasts.outside[index % forecasts.outside.length],
    basecamp: stage ? "Гримвагены и костюмерная — у павильона" : "Лагерь группы у переезда; обед с 13:00",
    parking: stage ? "Парковка у 4-го корпуса по пропускам" : "Вдоль грунтовой дороги, правая обочина",
    notes: special
      ? "На площадке оружие с холостыми и пиротехника: посторонним не входить, команды — только от второго режиссёра."
      : "Телефоны на беззвучный режим с команды «Мотор».",
    keyContacts: contacts,
    cast,
    crewCalls: [
      { department: "transport", call: at(crewCall, -120), note: "Развозка актёров по листу" },
      { department: "makeup", call: at(crewCall, -90) },
      { department: "costume", call: at(crewCall, -90) },
      { department: "lighting", call: at(crewCall, -60), note: "Предсвет" },
      { department: "art", call: at(crewCall, -60) },
      { department: "directing", call: crewCall },
      { department: "camera", call: crewCall },
      { department: "sound", call: crewCall },
      { department: "production", call: crewCall },
    ],
    requirements,
  };
}

/** Writes every shift's sheet of the block; the first two dates' sheets go out, and some have been read. */
async function writeCallSheets(db: Database, input: { projectId: string; userId: string; now: Date }) {
  const { projectId, userId, now } = input;
  const board = await loadPublishedBoard(db, projectId);
  if (!board) throw new Error("the demo's first block is not published");
  const people = await db
    .select({
      id: schema.people.id,
      email: schema.people.email,
      name: schema.people.name,
      phone: schema.people.phone,
    })
    .from(schema.people)
    .where(eq(schema.people.projectId, projectId));
  const contact = (role: string, email: string) => {
    const person = people.find((candidate) => candidate.email === email)!;
    return { role, name: person.name, phone: person.phone! };
  };
  const contacts = [
    contact("Продюсер", "producer@iskra.demo"),
    contact("Линейный продюсер", "lineproducer@kinoliga.demo"),
    contact("Второй режиссёр", "ad@tajikfilm.demo"),
  ];
  const sentAt = new Date(now.getTime() + 4000);
  for (const [index, shift] of board.shifts.entries()) {
    const draft = await loadCallSheet(db, projectId, board, shift, undefined, "ru");
    const details = detailsOf(draft, index, contacts);
    const send = shift.number <= 2;
    const recipients = send ? await defaultRecipients(db, projectId, draft) : [];
    await db.transaction(async (tx) => {
      const [row] = await tx
        .insert(schema.callSheets)
        .values({
          projectId,
          scheduleId: board.schedule.id,
          dayId: shift.dayId,
          details: details as Record<string, unknown>,
          createdAt: sentAt,
          ...(send ? { status: "published" as const, publishedAt: sentAt, publishedBy: userId } : {}),
        })
        .returning({ id: schema.callSheets.id });
      if (!send) return;
      await sendToRecipients(tx, row!.id, recipients, sentAt);
      // Day 1's sheet: the crew with accounts have read it and the lead producer and the line producer confirmed.
      if (shift.number !== 1) return;
      const readers = people.filter(
        (person) => person.email !== null && person.email !== "costume@kyrgyzfilm.demo",
      );
      await tx
        .update(schema.callSheetRecipients)
        .set({ openedAt: new Date(sentAt.getTime() + 3_600_000) })
        .where(
          and(
            eq(schema.callSheetRecipients.callSheetId, row!.id),
            inArray(
              schema.callSheetRecipients.personId,
              readers.map((person) => person.id),
            ),
          ),
        );
      const confirming = readers.filter((person) => person.email !== "ad@tajikfilm.demo");
      await tx
        .update(schema.callSheetRecipients)
        .set({ confirmedAt: new Date(sentAt.getTime() + 7_200_000) })
        .where(
          and(
            eq(schema.callSheetRecipients.callSheetId, row!.id),
            inArray(
              schema.callSheetRecipients.personId,
              confirming.map((person) => person.id),
            ),
          ),
        );
    });
  }
}
