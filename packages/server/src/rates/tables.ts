// A project's stored rate tables as the core's RateTable, for conversions and the cost report. The exact rate of a
// quote is value ÷ nominal as the bank wrote them, never the stored per-unit text (it may be rounded).
import { and, asc, desc, eq, exists, inArray, lte, or, sql, type SQL } from "drizzle-orm";
import { parseDecimalRatio, type CurrencyCode, type Ratio, type RateTable } from "@kinomost/core";
import { schema, type Database, type Transaction } from "@kinomost/db";

export interface RateTableFilter {
  /** One bank ("cbr") or "manual"; every source when absent. */
  source?: string;
  /** YYYY-MM-DD: only tables dated on or before it. */
  until?: string;
}

/** A stored table with the row it came from, so that answers can name it. */
export interface StoredRateTable {
  id: string;
  table: RateTable;
}

type Reader = Database | Transaction;

function filterWhere(projectId: string, options: RateTableFilter): SQL | undefined {
  return and(
    eq(schema.rateTables.projectId, projectId),
    options.source === undefined ? undefined : sql`${schema.rateTables.source} = ${options.source}`,
    options.until === undefined ? undefined : lte(schema.rateTables.date, options.until),
  );
}

/** One quote's exact rate: base units per one unit of the currency. */
function quoteRatio(tableId: string, quote: { currency: string; nominal: number; value: string }): Ratio {
  const value = parseDecimalRatio(quote.value);
  if (value === null || value.n <= 0n || quote.nominal <= 0) {
    throw new Error(`rate table ${tableId}: the stored quote of ${quote.currency} is not a positive rate`);
  }
  return { n: value.n, d: value.d * BigInt(quote.nominal) };
}

async function withQuotes(
  db: Reader,
  rows: readonly { id: string; source: string; date: string; base: string }[],
): Promise<StoredRateTable[]> {
  if (rows.length === 0) return [];
  const quotes = await db
    .select({
      tableId: schema.rateQuotes.tableId,
      currency: schema.rateQuotes.currency,
      nominal: schema.rateQuotes.nominal,
      value: schema.rateQuotes.value,
    })
    .from(schema.rateQuotes)
    .where(
      inArray(
        schema.rateQuotes.tableId,
        rows.map((row) => row.id),
      ),
    );
  const perTable = new Map<string, Map<CurrencyCode, Ratio>>(rows.map((row) => [row.id, new Map()]));
  for (const quote of quotes) {
    perTable.get(quote.tableId)?.set(quote.currency as CurrencyCode, quoteRatio(quote.tableId, quote));
  }
  return rows.map((row) => ({
    id: row.id,
    table: {
      base: row.base as CurrencyCode,
      date: row.date,
      source: row.source,
      perUnit: perTable.get(row.id) ?? new Map(),
    },
  }));
}

const tableColumns = {
  id: schema.rateTables.id,
  source: schema.rateTables.source,
  date: schema.rateTables.date,
  base: schema.rateTables.base,
};

/** The project's tables with their rows' ids, oldest date first (then in the order they were stored). */
export async function storedRateTables(
  db: Reader,
  projectId: string,
  options: RateTableFilter = {},
): Promise<StoredRateTable[]> {
  const rows = await db
    .select(tableColumns)
    .from(schema.rateTables)
    .where(filterWhere(projectId, options))
    .orderBy(asc(schema.rateTables.date), asc(schema.rateTables.createdAt), asc(schema.rateTables.id));
  return withQuotes(db, rows);
}

/**
 * The project's rate tables as core RateTable objects, oldest date first; tables of one date keep the order they
 * were stored in. `source` keeps one bank's (or the manual) tables, `until` those dated on or before that day.
 */
export async function projectRateTables(
  db: Reader,
  projectId: string,
  options?: { source?: string; until?: string },
): Promise<RateTable[]> {
  return (await storedRateTables(db, projectId, options ?? {})).map((stored) => stored.table);
}

/** Whether the table can price `currency`: it is the base, or the table quotes it. */
function pricesCurrency(db: Reader, currency: CurrencyCode): SQL | undefined {
  const quoted = db
    .select({ one: sql`1` })
    .from(schema.rateQuotes)
    .where(
      and(eq(schema.rateQuotes.tableId, schema.rateTables.id), eq(schema.rateQuotes.currency, currency)),
    );
  return or(eq(schema.rateTables.base, currency), exists(quoted));
}

/**
 * The latest table dated on or before `options.until` that prices both currencies (directly or across its base);
 * of two such tables of one date, the one stored last. Undefined when there is none.
 */
export async function latestRateTableFor(
  db: Reader,
  projectId: string,
  from: CurrencyCode,
  to: CurrencyCode,
  options: RateTableFilter & { until: string },
): Promise<StoredRateTable | undefined> {
  const [row] = await db
    .select(tableColumns)
    .from(schema.rateTables)
    .where(and(filterWhere(projectId, options), pricesCurrency(db, from), pricesCurrency(db, to)))
    .orderBy(desc(schema.rateTables.date), desc(schema.rateTables.createdAt), desc(schema.rateTables.id))
    .limit(1);
  return row ? (await withQuotes(db, [row]))[0] : undefined;
}
