// For the budget report and export tests only: the demo project with its studios signed in, its books and rates
// emptied so that a test's own ledger is the whole ledger, and budgets written straight into the table.
import { randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { eq } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { demoPassword } from "../../demo/iskra.ts";
import type { TestApp, TestClient } from "../../testing/test-app.ts";

const logins = {
  producer: "producer@iskra.demo",
  belarusfilm: "accountant@belarusfilm.demo",
  kinoliga: "lineproducer@kinoliga.demo",
  costume: "costume@kyrgyzfilm.demo",
} as const;

export interface DemoMoney {
  projectId: string;
  clients: Record<keyof typeof logins, TestClient>;
  /** Organization ids by country: RU (1-2-3 Production), BY, KZ, TJ, KG. */
  organizations: Record<string, string>;
}

export async function openDemoMoney(t: TestApp): Promise<DemoMoney> {
  const clients = {} as Record<keyof typeof logins, TestClient>;
  for (const [key, email] of Object.entries(logins)) {
    const client = t.client();
    const login = await client.login(email, demoPassword);
    if (login.status !== 200) throw new Error(`login ${email}: ${JSON.stringify(login.body)}`);
    clients[key as keyof typeof logins] = client;
  }
  const [project] = (await clients.producer.get("/api/v1/projects")).body.projects as {
    id: string;
    partners: { organizationId: string; country: string }[];
  }[];
  const organizations = Object.fromEntries(project!.partners.map((p) => [p.country, p.organizationId]));
  return { projectId: project!.id, clients, organizations };
}

/** Removes the project's actuals, their sharing and its rate tables. */
export async function clearProjectMoney(db: Database, projectId: string) {
  await db.delete(schema.actuals).where(eq(schema.actuals.projectId, projectId));
  await db.delete(schema.actualSharing).where(eq(schema.actualSharing.projectId, projectId));
  await db.delete(schema.rateTables).where(eq(schema.rateTables.projectId, projectId));
}

export async function insertBudget(
  db: Database,
  projectId: string,
  name: string,
  document: Record<string, unknown>,
): Promise<string> {
  const [row] = await db
    .insert(schema.budgets)
    .values({ projectId, name, document })
    .returning({ id: schema.budgets.id });
  return row!.id;
}

export async function insertRateTable(
  db: Database,
  projectId: string,
  table: { date: string; source?: "manual" | "cbr"; base?: string; perUnit: Record<string, string> },
) {
  const [row] = await db
    .insert(schema.rateTables)
    .values({ projectId, source: table.source ?? "manual", date: table.date, base: table.base ?? "RUB" })
    .returning({ id: schema.rateTables.id });
  await db.insert(schema.rateQuotes).values(
    Object.entries(table.perUnit).map(([currency, value]) => ({
      tableId: row!.id,
      currency,
      nominal: 1,
      value,
      perUnit: value,
    })),
  );
}

const fixtureCountries: Record<string, string> = {
  "123": "RU",
  belarusfilm: "BY",
  kinoliga: "KZ",
  tajikfilm: "TJ",
  kyrgyzfilm: "KG",
};

/** The core's «Искра» budget fixture as the server stores it: partners by organization id, an id on every line. */
export function iskraFixtureDocument(organizations: Record<string, string>): Record<string, unknown> {
  const file = JSON.parse(
    readFileSync(new URL("../../../../core/src/budget/fixtures/iskra-budget.json", import.meta.url), "utf8"),
  ) as Record<string, unknown> & { categories: Record<string, unknown>[] };
  const partner = (value: unknown) =>
    typeof value === "string" ? { partner: organizations[fixtureCountries[value]!]! } : {};
  const { partners: _partners, ...rest } = file;
  void _partners;
  return {
    ...rest,
    categories: file.categories.map((category) => ({
      ...category,
      ...partner(category.partner),
      accounts: (category.accounts as Record<string, unknown>[]).map((account) => ({
        ...account,
        ...partner(account.partner),
        lines: (account.lines as Record<string, unknown>[]).map((line) => ({
          id: randomUUID(),
          ...line,
          ...partner(line.partner),
        })),
      })),
    })),
  };
}

/**
 * Budget rates of 1 Apr 2025: 1 KZT = 0.17 RUB, 1 BYN = 27 RUB. Lines: 1100 RU 100 000 RUB; 2100 KZ 500 000 KZT
 * = 85 000 RUB; 2200 BY 2 000 BYN = 54 000 RUB. Total 239 000 RUB.
 */
export function smallBudget(org: Record<string, string>) {
  const line = (description: string, rate: string, currency: string) => ({
    id: crypto.randomUUID(),
    description,
    amount: "1",
    unit: "flat",
    rate,
    currency,
  });
  return {
    format: "kinomost-budget",
    version: 1,
    title: "Пример отчёта",
    baseCurrency: "RUB",
    rates: { base: "RUB", date: "2025-04-01", source: "cbr", perUnit: { KZT: "0.17", BYN: "27" } },
    globals: {},
    fringes: [],
    groups: [],
    categories: [
      {
        code: "1000",
        name: "Актёры",
        side: "above",
        partner: org.RU,
        country: "RU",
        accounts: [{ code: "1100", name: "Главные роли", lines: [line("Гонорар", "100000", "RUB")] }],
      },
      {
        code: "2000",
        name: "Экспедиции",
        side: "below",
        accounts: [
          {
            code: "2100",
            name: "Казахстан",
            partner: org.KZ,
            country: "KZ",
            lines: [line("Степь", "500000", "KZT")],
          },
          {
            code: "2200",
            name: "Беларусь",
            partner: org.BY,
            country: "BY",
            lines: [line("Крепость", "2000", "BYN")],
          },
        ],
      },
    ],
  };
}
