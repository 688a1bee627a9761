// Writes one rate table with its quotes and the audit entry, all or nothing. A table for a (source, date, base)
// the project already has is refused with 409 naming it, unless the caller asked to replace it: then the same
// table takes the new quotes and its version goes up, so anything that names the table keeps naming it.
import { and, eq, sql } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { ApiError, isUniqueViolation, type FieldError } from "../http/errors.ts";
import { listTables, readTable } from "./views.ts";

export interface RateFileWarning {
  code: string;
  message: string;
  path?: string;
}

export type TableSource = (typeof schema.rateTables.$inferInsert)["source"];

export interface NewQuote {
  currency: string;
  nominal: number;
  value: string;
  perUnit: string;
}

export interface NewRateTable {
  source: TableSource;
  date: string;
  base: string;
  origin: string | null;
  sha256: string | null;
  quotes: readonly NewQuote[];
}

export interface StoreRequest {
  projectId: string;
  userId: string;
  at: Date;
  /** The audit action: rate-table.imported, rate-table.fetched or rate-table.entered. */
  action: string;
  replace: boolean;
}

// The quotes table keeps a nominal in a PostgreSQL integer.
const largestNominal = 2_147_483_647;

/** Fields naming each quote whose nominal is too large to store (no bank comes near it). */
export function oversizedNominals(
  quotes: readonly NewQuote[],
  path: (index: number) => string,
): FieldError[] {
  return quotes.flatMap((quote, index) =>
    quote.nominal > largestNominal
      ? [
          {
            path: path(index),
            message: `${quote.currency}: a nominal of ${quote.nominal} is larger than ${largestNominal}`,
            code: "too_big_number",
            params: { maximum: largestNominal },
          },
        ]
      : [],
  );
}

function alreadyStored(table: NewRateTable, current: unknown, id: string) {
  return new ApiError(
    409,
    "ALREADY_EXISTS",
    `the project already has the ${table.source} rates of ${table.date} in ${table.base} (rate table ${id}); ` +
      "send replace=true to replace them",
    { current },
  );
}

/** Stores the table and returns its id; throws 409 ALREADY_EXISTS for a stored (source, date, base). */
export async function storeRateTable(
  db: Database,
  table: NewRateTable,
  request: StoreRequest,
): Promise<string> {
  const { projectId, userId, at } = request;
  try {
    return await db.transaction(async (tx) => {
      const key = and(
        eq(schema.rateTables.projectId, projectId),
        eq(schema.rateTables.source, table.source),
        eq(schema.rateTables.date, table.date),
        eq(schema.rateTables.base, table.base),
      );
      const [existing] = await tx
        .select({ id: schema.rateTables.id })
        .from(schema.rateTables)
        .where(key)
        .for("update");
      if (existing && !request.replace) {
        throw alreadyStored(table, (await listTables(tx, projectId, { id: existing.id }))[0], existing.id);
      }
      const row = { origin: table.origin, sha256: table.sha256, createdBy: userId, createdAt: at };
      let id: string;
      if (existing) {
        id = existing.id;
        await tx.delete(schema.rateQuotes).where(eq(schema.rateQuotes.tableId, id));
        await tx
          .update(schema.rateTables)
          .set({ ...row, version: sql`${schema.rateTables.version} + 1` })
          .where(eq(schema.rateTables.id, id));
      } else {
        const [inserted] = await tx
          .insert(schema.rateTables)
          .values({ projectId, source: table.source, date: table.date, base: table.base, ...row })
          .returning({ id: schema.rateTables.id });
        id = inserted!.id;
      }
      await tx.insert(schema.rateQuotes).values(table.quotes.map((quote) => ({ tableId: id, ...quote })));
      await appendAudit(tx, {
        projectId,
        actor: userId,
        action: request.action,
        subject: `rate-table:${id}`,
        data: {
          source: table.source,
          date: table.date,
          base: table.base,
          origin: table.origin,
          sha256: table.sha256,
          quotes: table.quotes.length,
          replaced: existing !== undefined,
        },
        at,
      });
      return id;
    });
  } catch (error) {
    // Two imports of one day at once: the unique index stops the second; it answers like any duplicate.
    if (!isUniqueViolation(error)) throw error;
    const [current] = await listTables(db, projectId, {
      source: table.source,
      base: table.base,
      from: table.date,
      to: table.date,
    });
    throw alreadyStored(table, current ?? null, current?.id ?? "stored meanwhile");
  }
}

/** The stored table as the API shows it, with the warnings of its file beside it. */
export async function storedAnswer(
  db: Database,
  projectId: string,
  id: string,
  warnings: readonly RateFileWarning[],
) {
  return { table: await readTable(db, projectId, id), warnings: [...warnings] };
}
