// The demo's money: the series budget locked as the original in September and a working version with the changes
// since, the Bank of Russia's file of 1 April 2025 (the budget rates) and the accountants' month-end rates, and the
// costs of preparation so far in each studio's books — every co-producer sharing its books with the lead producer.
import { randomUUID } from "node:crypto";
import { computeBudget, lockOriginal, readBudgetFile } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { iskraBudgetDocument, type DemoPartnerKey } from "./iskra-budget-data.ts";
import { demoRateTables, iskraActuals } from "./iskra-actuals.ts";

const partnerKeys: DemoPartnerKey[] = ["123", "belarusfilm", "kinoliga", "tajikfilm", "kyrgyzfilm"];

type Document = ReturnType<typeof iskraBudgetDocument>;

/** The document with partner keys replaced by organization ids and an id on every line, as the server stores it. */
function stored(document: Document, organizationOf: (key: DemoPartnerKey) => string) {
  return {
    ...document,
    categories: document.categories.map((category) => ({
      ...category,
      accounts: category.accounts.map((account) => ({
        ...account,
        lines: account.lines.map((line) => ({
          id: randomUUID(),
          ...line,
          ...(line.partner ? { partner: organizationOf(line.partner) } : {}),
        })),
      })),
    })),
  };
}

/** The changes since the original was locked: Kazakhstan needs two more days, the composer's fee went up. */
function workingVersion(document: Document): Document {
  return {
    ...document,
    globals: { ...document.globals, DAYS_KZ: "14" },
    categories: document.categories.map((category) => ({
      ...category,
      accounts: category.accounts.map((account) => ({
        ...account,
        lines: account.lines.map((line) =>
          line.description.startsWith("Композитор") ? { ...line, rate: "4200000" } : line,
        ),
      })),
    })),
  };
}

function lockedTotals(
  document: Record<string, unknown>,
  partners: { id: string; name: string }[],
  on: string,
) {
  const read = readBudgetFile({ ...document, partners });
  if (!read.ok) throw new Error(`the demo budget is invalid: ${read.errors[0]?.message}`);
  const totals = computeBudget(read.value.budget, read.value.rates);
  if (!totals.ok) throw new Error(`the demo budget does not compute: ${totals.errors[0]?.message}`);
  return lockOriginal(totals.value, on);
}

async function seedRateTables(db: Database, projectId: string, userId: string, now: Date) {
  for (const table of demoRateTables) {
    const [row] = await db
      .insert(schema.rateTables)
      .values({
        projectId,
        source: table.source,
        date: table.date,
        base: table.base,
        origin: table.origin,
        createdBy: userId,
        createdAt: now,
      })
      .returning({ id: schema.rateTables.id });
    await db.insert(schema.rateQuotes).values(
      table.rates.map((rate) => ({
        tableId: row!.id,
        currency: rate.currency,
        nominal: rate.nominal,
        value: rate.value,
        perUnit: rate.perUnit,
      })),
    );
  }
}

export async function seedIskraBudget(
  db: Database,
  input: { projectId: string; producerUserId: string; organizationIds: string[]; now: Date },
) {
  const { projectId, producerUserId, organizationIds, now } = input;
  const organizationOf = (key: DemoPartnerKey) => organizationIds[partnerKeys.indexOf(key)]!;
  const partners = partnerKeys.map((key) => ({ id: organizationOf(key), name: key }));
  const original = stored(iskraBudgetDocument(), organizationOf);
  const lockedOn = "2026-09-15";
  const totals = lockedTotals(original, partners, lockedOn);
  const [locked] = await db
    .insert(schema.budgets)
    .values({
      projectId,
      name: "Утверждённый бюджет",
      status: "locked",
      document: original,
      lockedTotals: { ...totals },
      lockedAt: new Date(`${lockedOn}T12:00:00Z`),
      lockedBy: producerUserId,
      createdBy: producerUserId,
      createdAt: now,
      updatedAt: now,
    })
    .returning({ id: schema.budgets.id });
  await db.insert(schema.budgets).values({
    projectId,
    name: "Рабочая версия",
    document: { ...stored(workingVersion(iskraBudgetDocument()), organizationOf), original: totals },
    basedOn: locked!.id,
    originalId: locked!.id,
    createdBy: producerUserId,
    createdAt: now,
    updatedAt: now,
  });

  await seedRateTables(db, projectId, producerUserId, now);

  const lead = organizationIds[0]!;
  for (const organizationId of organizationIds.slice(1)) {
    await db.insert(schema.actualSharing).values({ projectId, ownerId: organizationId, viewerId: lead });
  }
  for (const organizationId of organizationIds.slice(1)) {
    await db.insert(schema.actualSharing).values({ projectId, ownerId: lead, viewerId: organizationId });
  }
  await db.insert(schema.actuals).values(
    iskraActuals.map((actual) => ({
      projectId,
      partnerId: organizationOf(actual.partner),
      date: actual.date,
      vendor: actual.vendor,
      accountCode: actual.account,
      description: actual.description,
      currency: actual.currency,
      amountMinor: actual.minor,
      country: actual.country,
      documentRef: actual.reference,
      createdBy: producerUserId,
      createdAt: now,
    })),
  );
}
