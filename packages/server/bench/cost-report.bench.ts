// Benchmark of the cost report over 1,000,000 actuals on PostgreSQL: a fresh database with five partners, a 100-line
// budget in five currencies, a year of daily actual rates and a million ledger rows (inserted by INSERT … SELECT
// over generate_series); then the report as the route computes it (budget read, rates, visibility, the grouped
// ledger, the core), median of several runs, against a peer measured in the same run: the same GROUP BY in plain
// SQL alone. Prints the conservation check (the report's ledger = the table's sums) and drops the database.
// Goal: within 2 s. Asserts nothing.
//
//   npm run bench:cost-report            # options: --rows N (1000000), --runs N (5)
//   KINOMOST_BENCH_POSTGRES_URL=postgres://user@host:5432/postgres to use another server

import { randomBytes } from "node:crypto";
import { availableParallelism, loadavg } from "node:os";
import { performance } from "node:perf_hooks";
import {
  canPerform,
  convertWithTable,
  formatMoneyDecimal,
  projectActions,
  type CurrencyCode,
  type Money,
} from "@kinomost/core";
import { migrateDatabase, openPostgresDatabase, queryRows, schema, type Database } from "@kinomost/db";
import { sql } from "drizzle-orm";
import pg from "pg";
import type { ProjectAccess } from "../src/projects/access.ts";
import { withAggregateSettings } from "../src/budgets/reports/aggregate.ts";
import { loadCostReport } from "../src/budgets/reports/load.ts";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
const rowCount = option("--rows", 1_000_000);
const runs = option("--runs", 5);

const serverUrl =
  process.env.KINOMOST_BENCH_POSTGRES_URL ??
  process.env.KINOMOST_TEST_POSTGRES_URL ??
  "postgres://postgres@127.0.0.1:5432/postgres";
const databaseName = `kinomost_bench_${process.pid}_${randomBytes(3).toString("hex")}`;
const databaseUrl = (() => {
  const url = new URL(serverUrl);
  url.pathname = `/${databaseName}`;
  return url.toString();
})();

const studios = [
  { country: "RU", currency: "RUB", share: "40", name: "1-2-3 Продакшн" },
  { country: "BY", currency: "BYN", share: "20", name: "Беларусьфильм" },
  { country: "KZ", currency: "KZT", share: "20", name: "Казахфильм" },
  { country: "TJ", currency: "TJS", share: "10", name: "Таджикфильм" },
  { country: "KG", currency: "KGS", share: "10", name: "Кыргызфильм" },
];
const budgetRates: Record<string, string> = { BYN: "27.2959", KZT: "0.169831", TJS: "7.7529", KGS: "0.9788" };
const accountCount = 50;

async function admin(statement: string) {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(statement);
  } finally {
    await client.end();
  }
}

/** 50 accounts in 5 categories, each paid by one studio in its currency, two lines each. */
function budgetDocument(organizations: string[]) {
  const categories = Array.from({ length: 5 }, (_, c) => ({
    code: `${c + 1}000`,
    name: `Раздел ${c + 1}`,
    side: c < 2 ? "above" : "below",
    accounts: Array.from({ length: accountCount / 5 }, (_, a) => {
      const index = c * (accountCount / 5) + a;
      const studio = studios[index % studios.length]!;
      return {
        code: `${c + 1}${String(a + 1).padStart(3, "0")}`,
        name: `Статья ${index + 1}`,
        partner: organizations[index % studios.length],
        country: studio.country,
        lines: [1, 2].map((n) => ({
          id: crypto.randomUUID(),
          description: `Позиция ${n}`,
          amount: "SHOOTDAYS",
          unit: "day",
          rate: String(40_000 * n + index * 1000),
          currency: studio.currency,
        })),
      };
    }),
  }));
  return {
    format: "kinomost-budget",
    version: 1,
    title: "Бюджет для замера",
    baseCurrency: "RUB",
    rates: { base: "RUB", date: "2025-01-01", source: "cbr", perUnit: budgetRates },
    globals: { SHOOTDAYS: "60" },
    fringes: [],
    groups: [],
    contingency: { percent: "5", scope: "below" },
    categories,
  };
}

async function seed(db: Database) {
  const organizations: string[] = [];
  for (const studio of studios) {
    const [row] = await db
      .insert(schema.organizations)
      .values({ names: { ru: studio.name }, country: studio.country, currency: studio.currency })
      .returning({ id: schema.organizations.id });
    organizations.push(row!.id);
  }
  const [project] = await db
    .insert(schema.projects)
    .values({
      titles: { ru: "Замер" },
      kind: "series",
      languages: ["ru"],
      leadOrganizationId: organizations[0]!,
    })
    .returning({ id: schema.projects.id });
  const projectId = project!.id;
  for (const [index, organizationId] of organizations.entries()) {
    await db.insert(schema.partners).values({
      projectId,
      organizationId,
      role: index === 0 ? "lead_producer" : "co_producer",
      status: "accepted",
      share: studios[index]!.share,
      invitedAt: new Date(Date.UTC(2025, 0, 1, 0, 0, index)),
    });
    if (index > 0) {
      await db
        .insert(schema.actualSharing)
        .values({ projectId, ownerId: organizationId, viewerId: organizations[0]! });
    }
  }
  const [budget] = await db
    .insert(schema.budgets)
    .values({ projectId, name: "Замер", document: budgetDocument(organizations) })
    .returning({ id: schema.budgets.id });

  // A year of daily actual rates, each currency wandering ±5 % around the budget rate.
  await db.execute(sql`
    insert into rate_tables (project_id, source, date, base)
    select ${projectId}, 'cbr', to_char(day, 'YYYY-MM-DD'), 'RUB'
    from generate_series(date '2025-01-01', date '2025-12-31', interval '1 day') as day`);
  const quotes = Object.entries(budgetRates)
    .map(([currency, rate]) => `('${currency}', ${rate}::numeric)`)
    .join(", ");
  await db.execute(
    sql.raw(`
    insert into rate_quotes (table_id, currency, nominal, value, per_unit)
    select t.id, q.currency, 1, v.value, v.value
    from rate_tables t
    cross join (values ${quotes}) as q(currency, rate)
    cross join lateral (
      select round(q.rate * (1 + 0.05 * sin(extract(doy from t.date::date) / 20.0))::numeric, 6)::text as value
    ) v
    where t.project_id = '${projectId}'`),
  );

  // Each account's studio pays four times in five in its own currency and once in roubles.
  const accounts = budgetDocument(organizations).categories.flatMap((category) => category.accounts);
  const array = (values: string[]) => `array[${values.map((value) => `'${value}'`).join(",")}]`;
  await db.execute(
    sql.raw(`
    insert into actuals (project_id, partner_id, date, vendor, account_code, currency, amount_minor, country)
    select '${projectId}',
      (${array(accounts.map((account) => account.partner!))}::uuid[])[1 + g % ${accountCount}],
      to_char(date '2025-01-01' + (g / ${accountCount}) % 365, 'YYYY-MM-DD'),
      'Поставщик',
      (${array(accounts.map((account) => account.code))})[1 + g % ${accountCount}],
      case when (g / ${accountCount * 365}) % 5 = 0 then 'RUB'
        else (${array(accounts.map((account) => account.lines[0]!.currency))})[1 + g % ${accountCount}] end,
      100 + (g::bigint * 7919) % 5000000,
      (${array(accounts.map((account) => account.country))})[1 + g % ${accountCount}]
    from generate_series(1, ${rowCount}) as g`),
  );
  await db.execute(sql`analyze actuals`);
  return { projectId, budgetId: budget!.id, lead: organizations[0]! };
}

async function time<T>(run: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await run();
  return { ms: performance.now() - start, value };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

const format = (money: Money) => `${formatMoneyDecimal(money)} ${money.currency}`;

async function main() {
  console.log(`cost report over ${rowCount.toLocaleString("en")} actuals on PostgreSQL (${databaseName})`);
  // Timings mean little on a busy machine: say how busy it was (the peer's ratio is the figure to compare).
  const load = () =>
    loadavg()
      .map((value) => value.toFixed(1))
      .join(" ");
  console.log(`machine: ${availableParallelism()} CPUs, load average ${load()}`);
  await admin(`create database "${databaseName}"`);
  const handle = await openPostgresDatabase(databaseUrl);
  try {
    await migrateDatabase(handle);
    const seeded = await time(() => seed(handle.db));
    console.log(`seeded in ${(seeded.ms / 1000).toFixed(1)} s`);
    const { projectId, budgetId, lead } = seeded.value;
    const access: ProjectAccess = {
      projectId,
      role: "producer",
      organizationId: lead,
      isLeadOrganization: true,
      permissions: projectActions.filter((action) => canPerform("producer", action, true)),
    };
    const report = (basis: "budget" | "actual") =>
      loadCostReport(handle.db, access, budgetId, { basis, currency: "RUB" as CurrencyCode });
    const peerQuery = sql`
      select account_code, partner_id, country, currency, date, sum(amount_minor)::text as minor, count(*)::int
      from actuals where project_id = ${projectId}
      group by account_code, partner_id, country, currency, date`;
    // The peer runs with the report's session settings (memory for the hash, no JIT), so that the ratio measures
    // what the report adds to its query; the server's defaults are timed once, to show what the settings save.
    const peer = () =>
      withAggregateSettings(
        handle.db,
        async (tx) => ((await tx.execute(peerQuery)) as unknown as { rows: unknown[] }).rows,
      );
    const defaults = await time(() => queryRows<{ minor: string }>(handle.db, peerQuery));

    await report("budget"); // warm-up: plans, caches, JIT of the core
    await peer();
    const timings = { budget: [] as number[], actual: [] as number[], peer: [] as number[] };
    let last = await report("budget");
    let groups = 0;
    for (let index = 0; index < runs; index += 1) {
      const budget = await time(() => report("budget"));
      timings.budget.push(budget.ms);
      last = budget.value;
      timings.actual.push((await time(() => report("actual"))).ms);
      const sqlOnly = await time(peer);
      timings.peer.push(sqlOnly.ms);
      groups = sqlOnly.value.length;
    }
    const atBudget = median(timings.budget);
    const atActual = median(timings.actual);
    const plain = median(timings.peer);
    console.log(
      `ledger groups (account × partner × country × currency × date): ${groups.toLocaleString("en")}`,
    );
    console.log(`report at budget rates: median ${atBudget.toFixed(0)} ms of ${runs} (goal 2000 ms)`);
    console.log(`report at actual rates: median ${atActual.toFixed(0)} ms of ${runs}`);
    console.log(`peer, the same GROUP BY in plain SQL alone: median ${plain.toFixed(0)} ms`);
    console.log(
      `  (the GROUP BY with the server's default work_mem and JIT, once: ${defaults.ms.toFixed(0)} ms)`,
    );
    console.log(
      `ratio report ÷ peer: ${(atBudget / plain).toFixed(2)} (budget rates), ${(atActual / plain).toFixed(2)} (actual rates)`,
    );

    // Conservation: the report's ledger equals the table's sums, per currency as booked and converted in total.
    const sums = await queryRows<{ currency: string; rows: number; minor: string }>(
      handle.db,
      sql`select currency, count(*)::int as rows, sum(amount_minor)::text as minor
          from actuals where project_id = ${projectId} group by currency order by currency`,
    );
    const { view, read } = last;
    const native = sums.every((row) => {
      const entry = view.coverage.byCurrency.find((item) => item.currency === row.currency);
      return entry?.rows === Number(row.rows) && entry.amount.minor === BigInt(row.minor);
    });
    console.log(
      `conservation, as booked: ${native && sums.length === view.coverage.byCurrency.length ? "equal" : "DIFFERENT"} ` +
        `(${view.coverage.rows.toLocaleString("en")} rows; ${sums.map((row) => `${row.currency} ${formatMoneyDecimal({ minor: BigInt(row.minor), currency: row.currency as CurrencyCode })}`).join(", ")})`,
    );
    const converted = sums.reduce((total, row) => {
      const money = { minor: BigInt(row.minor), currency: row.currency as CurrencyCode };
      const result = convertWithTable(money, "RUB" as CurrencyCode, read.rates);
      if (!result.ok) throw new Error(`no budget rate for ${row.currency}`);
      return total + result.value.minor;
    }, 0n);
    const difference = view.total.actual.minor - converted;
    console.log(
      `conservation, at budget rates: report ${format(view.total.actual)}, SUM converted once per currency ` +
        `${format({ minor: converted, currency: "RUB" as CurrencyCode })}: difference ${difference} kopecks ` +
        `(rounding once per group instead of once per currency; at most ±${Math.ceil(groups / 2)})`,
    );
    console.log(`problems: ${view.problems.length}; load average at the end ${load()}`);
  } finally {
    await handle.close();
    await admin(`drop database if exists "${databaseName}" with (force)`);
    console.log(`dropped ${databaseName}`);
  }
}

await main();
