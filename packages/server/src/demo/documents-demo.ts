// The demo's co-production documents: every studio names its demo user as its signatory; the memorandum
// (RU 40 %, BY 20 %, KZ 20 %, TJ 10 %, KG 10 %) is signed by all five; the agreement is a draft in two versions,
// so that the diff between them has something to show. Written through the same functions as the API, so the
// project's audit log records each step.
import { and, eq, inArray } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { addVersion, createDocument, setSignatory, signVersion } from "../documents/store.ts";
import { documentTerms, type DocumentTermsInput } from "../documents/terms.ts";

export interface DocumentsDemoInput {
  projectId: string;
  now: Date;
  /** The studios in the memorandum's order (lead producer first) and the demo user of each. */
  users: readonly { organizationId: string; userId: string }[];
}

const shares = ["40", "20", "20", "10", "10"];

/** What each studio brings, by its country: cash from the lead producer and Kazakhstan, the rest in kind. */
const contributionsByCountry: Record<
  string,
  { kind: "cash" | "in-kind"; amount: string; description: string | null }
> = {
  RU: { kind: "cash", amount: "200000000.00", description: null },
  BY: { kind: "in-kind", amount: "3200000.00", description: "павильоны, реквизит и военная техника студии" },
  KZ: { kind: "cash", amount: "500000000.00", description: null },
  TJ: { kind: "in-kind", amount: "4500000.00", description: "съёмочная группа и натура в Душанбе" },
  KG: { kind: "in-kind", amount: "35000000.00", description: "натурные съёмки в предгорьях Ала-Тоо" },
};

const second = 1000;

export async function seedIskraDocuments(
  db: Database,
  input: DocumentsDemoInput,
): Promise<{ memorandumId: string; agreementId: string }> {
  const { projectId, now, users } = input;
  const lead = users[0];
  if (!lead) throw new Error("seedIskraDocuments: no studios");
  // A few minutes of work right after the demo is created, so the log reads in the order it happened.
  const at = (seconds: number) => new Date(now.getTime() + seconds * second);

  const organizations = await db
    .select({
      id: schema.organizations.id,
      country: schema.organizations.country,
      currency: schema.organizations.currency,
    })
    .from(schema.organizations)
    .where(
      inArray(
        schema.organizations.id,
        users.map((user) => user.organizationId),
      ),
    );
  const partners = await db
    .select({ organizationId: schema.partners.organizationId, role: schema.partners.role })
    .from(schema.partners)
    .where(and(eq(schema.partners.projectId, projectId), eq(schema.partners.status, "accepted")));
  const studios = users.map((user, index) => {
    const organization = organizations.find((row) => row.id === user.organizationId);
    const partner = partners.find((row) => row.organizationId === user.organizationId);
    if (!organization || !partner)
      throw new Error(`seedIskraDocuments: ${user.organizationId} is not a partner`);
    return { ...user, ...organization, role: partner.role, share: shares[index] ?? "0" };
  });

  for (const [index, studio] of studios.entries()) {
    const named = await setSignatory(db, {
      projectId,
      organizationId: studio.organizationId,
      signatoryUserId: studio.userId,
      actorUserId: studio.userId,
      at: at(index),
    });
    if (!named) throw new Error(`seedIskraDocuments: ${studio.organizationId} is not an accepted partner`);
  }

  const memorandumTerms: DocumentTermsInput = {
    parties: studios.map((studio) => ({
      organizationId: studio.organizationId,
      role: studio.role,
      share: studio.share,
    })),
    territories: studios.map((studio) => ({
      organizationId: studio.organizationId,
      countries: [studio.country],
    })),
    contributions: studios.flatMap((studio) => {
      const contribution = contributionsByCountry[studio.country];
      return contribution
        ? [
            {
              organizationId: studio.organizationId,
              currency: studio.currency,
              due: "2027-03-01",
              ...contribution,
            },
          ]
        : [];
    }),
    deadlines: [
      { what: "Подписание соглашения о совместном производстве", date: "2027-01-31" },
      { what: "Начало подготовительного периода", date: "2027-03-01" },
      { what: "Начало съёмочного периода", date: "2027-06-01" },
    ],
    governingTreaty:
      "Соглашение о совместном фильмопроизводстве государств — участников СНГ (Москва, 14 ноября 2008 г.)",
    languageVersions: ["ru", "be", "kk", "tg", "ky"],
    notes:
      "Стороны намерены заключить соглашение о совместном производстве сериала «Искра» (12 серий) на условиях " +
      "настоящего меморандума. Меморандум не создаёт денежных обязательств до подписания соглашения.",
  };
  const memorandum = await createDocument(db, {
    projectId,
    kind: "memorandum",
    title: "Меморандум о совместном производстве сериала «Искра»",
    terms: documentTerms.parse(memorandumTerms),
    note: null,
    userId: lead.userId,
    at: at(10),
  });
  for (const [index, studio] of studios.entries()) {
    await signVersion(db, {
      projectId,
      documentId: memorandum.documentId,
      title: "Меморандум о совместном производстве сериала «Искра»",
      number: 1,
      organizationId: studio.organizationId,
      organizationName: studio.organizationId,
      userId: studio.userId,
      at: at(60 + index * 60),
    });
  }

  const draft = documentTerms.parse({
    ...memorandumTerms,
    deadlines: [
      { what: "Начало подготовительного периода", date: "2027-03-01" },
      { what: "Начало съёмочного периода", date: "2027-06-01" },
      { what: "Сдача 12 серий на всех языковых версиях", date: "2028-03-31" },
    ],
    notes: "Проект соглашения на основе подписанного меморандума.",
  });
  const agreement = await createDocument(db, {
    projectId,
    kind: "agreement",
    title: "Соглашение о совместном производстве сериала «Искра»",
    terms: draft,
    note: "Первый проект по меморандуму",
    userId: lead.userId,
    at: at(10 * 60),
  });
  // The second draft: Kazakhstan takes 2.5 points from Tajikistan and adds the Uzbek territory it will sell.
  const revised = documentTerms.parse({
    ...draft,
    parties: draft.parties.map((party, index) =>
      index === 2 ? { ...party, share: "22.5" } : index === 3 ? { ...party, share: "7.5" } : party,
    ),
    territories: draft.territories.map((territory, index) =>
      index === 2 ? { ...territory, countries: [...territory.countries, "UZ"] } : territory,
    ),
    contributions: draft.contributions.map((contribution, index) =>
      index === 2 ? { ...contribution, amount: "560000000.00" } : contribution,
    ),
  });
  const added = await addVersion(db, {
    projectId,
    documentId: agreement.documentId,
    basedOn: 1,
    terms: revised,
    note: "Доли Казахстана и Таджикистана: 22,5 % и 7,5 %; Узбекистан — территория казахстанской стороны",
    userId: lead.userId,
    at: at(20 * 60),
  });
  if (!added) throw new Error("seedIskraDocuments: the agreement changed while it was being written");
  return { memorandumId: memorandum.documentId, agreementId: agreement.documentId };
}
