// The ledger as the cost report needs it: the visible partners' actuals summed in the database per account, partner,
// country, currency and date, so that a million ledger rows arrive as a few thousand groups. A group keeps its date
// because the actual rate is chosen by date; amounts stay in their own currency (conversion is the core's job).
import { and, eq, inArray, sql } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@kinomost/db";

export interface ActualGroup {
  readonly account: string;
  readonly partner: string;
  readonly country: string;
  readonly currency: string;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The sum of the group's amounts in the currency's minor unit. */
  readonly minor: bigint;
  /** How many ledger rows the group sums. */
  readonly rows: number;
}

const actuals = schema.actuals;

/**
 * Runs a ledger aggregate with the settings it needs, kept to its transaction by `set local`: memory enough to hash
 * the groups in memory (with the default 4 MB the planner sorts a million rows on disk, four times slower); no JIT
 * compilation, which costs more for one interactive report than it saves; and parallel workers — the planner takes
 * the number of groups for the product of the columns' distinct values (three times too many here) and so prices
 * gathering the workers' partial sums above what they save, while in truth they halve the time on two cores.
 */
export async function withAggregateSettings<T>(
  db: Database | Transaction,
  run: (tx: Transaction) => Promise<T>,
): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local work_mem = '64MB'`);
    await tx.execute(sql`set local jit = off`);
    await tx.execute(sql`set local parallel_tuple_cost = 0`);
    return run(tx);
  });
}

/** The project's actuals of the given partners, grouped; none when no partner is given. */
export async function aggregateActuals(
  db: Database | Transaction,
  projectId: string,
  partnerIds: readonly string[],
): Promise<ActualGroup[]> {
  if (partnerIds.length === 0) return [];
  const rows = await withAggregateSettings(db, (tx) =>
    tx
      .select({
        account: actuals.accountCode,
        partner: actuals.partnerId,
        country: actuals.country,
        currency: actuals.currency,
        date: actuals.date,
        // numeric, not bigint: a sum of bigints may pass 2^63; it travels as text and becomes a BigInt here.
        minor: sql<string>`sum(${actuals.amountMinor})::text`,
        rows: sql<number>`count(*)::int`,
      })
      .from(actuals)
      .where(and(eq(actuals.projectId, projectId), inArray(actuals.partnerId, [...partnerIds])))
      .groupBy(actuals.accountCode, actuals.partnerId, actuals.country, actuals.currency, actuals.date),
  );
  return rows.map((row) => ({ ...row, minor: BigInt(row.minor), rows: Number(row.rows) }));
}
