// The built-in demo: «Искра» (Iskra), a 12-episode war-drama series led by 1-2-3 Production (Russia)
// with Belarusfilm, the League of Cinematographers of Kazakhstan, Tajikfilm and Kyrgyzfilm.
// Created in an empty embedded database at first start, or on request by `kinomost demo seed`,
// with the pilot episode «Эшелон» imported as the first draft of episode 1's script and broken down.
import { eq } from "drizzle-orm";
import type { ProjectRole } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { createUser } from "../accounts/users.ts";
import { createProject } from "../projects/create.ts";
import { importScriptDraft } from "../scripts/import.ts";
import { seedIskraBreakdown } from "./iskra-breakdown.ts";
import { seedIskraConsortium } from "./iskra-consortium.ts";
import { seedIskraRulePack } from "./iskra-rule-pack.ts";
import { seedIskraDocuments } from "./documents-demo.ts";
import { seedIskraSchedule } from "./iskra-schedule.ts";
import { seedIskraBudget } from "./iskra-budget.ts";
import { seedIskraFirstBlock } from "./iskra-first-block.ts";
import { iskraPilotFountain } from "./iskra-pilot.ts";

export const demoPassword = "iskra-demo";

interface DemoStudio {
  names: Record<string, string>;
  country: string;
  currency: string;
  city: string;
  legalName: string;
  user: { email: string; name: string; role: ProjectRole };
}

export const demoStudios: DemoStudio[] = [
  {
    names: { ru: "1-2-3 Продакшн", en: "1-2-3 Production" },
    country: "RU",
    currency: "RUB",
    city: "Москва",
    legalName: "ООО «1-2-3 Продакшн»",
    user: { email: "producer@iskra.demo", name: "Анна Воронцова", role: "producer" },
  },
  {
    names: { ru: "Беларусьфильм", en: "Belarusfilm", be: "Беларусьфільм" },
    country: "BY",
    currency: "BYN",
    city: "Минск",
    legalName: "РУП «Национальная киностудия «Беларусьфильм»",
    user: { email: "accountant@belarusfilm.demo", name: "Ольга Ковальчук", role: "production_accountant" },
  },
  {
    names: { ru: "Лига кинематографистов Казахстана", en: "League of Cinematographers of Kazakhstan" },
    country: "KZ",
    currency: "KZT",
    city: "Алматы",
    legalName: "ОЮЛ «Лига кинематографистов Казахстана»",
    user: { email: "lineproducer@kinoliga.demo", name: "Айгерим Сапарова", role: "line_producer" },
  },
  {
    names: { ru: "Таджикфильм", en: "Tajikfilm", tg: "Тоҷикфилм" },
    country: "TJ",
    currency: "TJS",
    city: "Душанбе",
    legalName: "ГУП «Таджикфильм»",
    user: { email: "ad@tajikfilm.demo", name: "Фарход Рахимов", role: "assistant_director" },
  },
  {
    names: { ru: "Кыргызфильм", en: "Kyrgyzfilm", ky: "Кыргызфильм" },
    country: "KG",
    currency: "KGS",
    city: "Бишкек",
    legalName: "Киностудия «Кыргызфильм» им. Т. Океева",
    user: { email: "costume@kyrgyzfilm.demo", name: "Бермет Алиева", role: "department_head" },
  },
];

const episodeTitles: [string, string][] = [
  ["Эшелон", "The Train"],
  ["Переправа", "The Crossing"],
  ["Позывной «Искра»", "Call Sign Iskra"],
  ["Высота 204", "Hill 204"],
  ["Письма из Ташкента", "Letters from Tashkent"],
  ["Тыл", "The Home Front"],
  ["Радиограмма", "The Radiogram"],
  ["Мост", "The Bridge"],
  ["Госпиталь", "The Field Hospital"],
  ["Окружение", "Encircled"],
  ["Прорыв", "Breakthrough"],
  ["Салют", "Victory Salute"],
];

export class DemoExistsError extends Error {
  constructor() {
    super("the demo «Искра» already exists in this database");
  }
}

/** Creates the demo studios, users and project; refuses when the demo is already there. */
export async function seedDemo(db: Database, now: Date) {
  const [existing] = await db
    .select({ id: schema.users.id })
    .from(schema.users)
    .where(eq(schema.users.email, demoStudios[0]!.user.email));
  if (existing) throw new DemoExistsError();

  const people: { userId: string; organizationId: string; role: ProjectRole }[] = [];
  for (const studio of demoStudios) {
    const user = await createUser(db, {
      email: studio.user.email,
      password: demoPassword,
      name: studio.user.name,
    });
    const [organization] = await db
      .insert(schema.organizations)
      .values({
        names: studio.names,
        country: studio.country,
        currency: studio.currency,
        registration: { legalName: studio.legalName, address: studio.city },
        createdAt: now,
      })
      .returning();
    await db
      .insert(schema.organizationMembers)
      .values({ organizationId: organization!.id, userId: user.id, role: "admin" });
    people.push({ userId: user.id, organizationId: organization!.id, role: studio.user.role });
  }

  const [lead, ...coProducers] = people;
  const project = await createProject(db, {
    titles: { ru: "Искра", en: "Iskra" },
    kind: "series",
    episodes: episodeTitles.length,
    episodeTitles: episodeTitles.map(([ru, en]) => ({ ru, en })),
    genre: "военная драма",
    languages: ["ru", "en", "be", "kk", "tg", "ky"],
    leadOrganizationId: lead!.organizationId,
    producerUserId: lead!.userId,
    now,
  });
  for (const [index, person] of coProducers.entries()) {
    // Invited one after another, so partners list in the order of the memorandum.
    const invitedAt = new Date(now.getTime() + (index + 1) * 1000);
    await db.insert(schema.partners).values({
      projectId: project.id,
      organizationId: person.organizationId,
      role: "co_producer",
      status: "accepted",
      invitedAt,
      respondedAt: invitedAt,
    });
    await db.insert(schema.projectMembers).values({ projectId: project.id, ...person, createdAt: now });
  }
  const pilot = await importScriptDraft(db, {
    projectId: project.id,
    episodeNumber: 1,
    fileName: "iskra-01-eshelon.fountain",
    bytes: new TextEncoder().encode(iskraPilotFountain),
    userId: lead!.userId,
    now,
  });
  await seedIskraBreakdown(db, { projectId: project.id, draftId: pilot.draft.id, userId: lead!.userId, now });
  await seedIskraConsortium(db, { projectId: project.id, producerUserId: lead!.userId, now });
  await seedIskraRulePack(db, { projectId: project.id, producerUserId: lead!.userId, now });
  await seedIskraDocuments(db, { projectId: project.id, now, users: people });
  await seedIskraSchedule(db, { projectId: project.id, userId: lead!.userId, now });
  await seedIskraFirstBlock(db, { projectId: project.id, userId: lead!.userId, now });
  await seedIskraBudget(db, {
    projectId: project.id,
    producerUserId: lead!.userId,
    organizationIds: people.map((person) => person.organizationId),
    now,
  });
  return { projectId: project.id, logins: demoStudios.map((studio) => studio.user.email) };
}
