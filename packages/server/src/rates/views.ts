// The rate tables API's parameters and answers, and the queries that read a table as the API shows it.
import { z } from "@hono/zod-openapi";
import { and, asc, count, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@kinomost/db";
import { notFound } from "../http/errors.ts";
import { uuidParam } from "../http/validation.ts";
import { rateSources } from "./banks.ts";

export const tags = ["Rates"];
export const projectParams = z.object({ projectId: uuidParam("projectId") });
export const tableParams = projectParams.extend({ tableId: uuidParam("tableId") });

export const bankSource = z.enum(rateSources).openapi({
  description:
    "The bank: cbr (Russia), nbrb (Belarus), nbk (Kazakhstan), cbu (Uzbekistan), nbkr (Kyrgyzstan), nbt (Tajikistan)",
});
export const tableSource = z.enum([...rateSources, "manual"]);

/** A calendar day, YYYY-MM-DD, that exists. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be a date YYYY-MM-DD")
  .refine((text) => {
    const day = new Date(`${text}T00:00:00Z`);
    return !Number.isNaN(day.getTime()) && day.toISOString().slice(0, 10) === text;
  }, "must be a date that exists")
  .openapi({ example: "2025-04-01" });

export const quoteSchema = z
  .object({
    currency: z.string().openapi({ example: "KZT" }),
    nominal: z.number().int().openapi({ example: 100 }),
    value: z
      .string()
      .openapi({ description: "Base units for `nominal` units, as the bank wrote it", example: "16.9831" }),
    perUnit: z.string().openapi({ description: "value ÷ nominal", example: "0.169831" }),
  })
  .openapi("RateQuote");

export const tableSummarySchema = z
  .object({
    id: z.uuid(),
    source: tableSource,
    date: z.string().openapi({ description: "The date the bank's file states", example: "2025-04-01" }),
    base: z.string().openapi({ description: "The currency every quote is in", example: "RUB" }),
    origin: z.string().nullable().openapi({ description: "The saved file's name or the bank's address" }),
    sha256: z.string().nullable(),
    quoteCount: z.number().int(),
    createdAt: z.string(),
    createdBy: z.object({ userId: z.uuid(), name: z.string() }).nullable(),
    version: z.number().int(),
  })
  .openapi("RateTableSummary");
export type TableSummary = z.infer<typeof tableSummarySchema>;

export const tableDetailSchema = tableSummarySchema
  .extend({ quotes: z.array(quoteSchema) })
  .openapi("RateTable");

export const warningSchema = z
  .object({ code: z.string(), message: z.string(), path: z.string().optional() })
  .openapi("RateFileWarning");

export const storedSchema = z.object({ table: tableDetailSchema, warnings: z.array(warningSchema) });

type Reader = Database | Transaction;

export interface TableQuery {
  source?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  base?: string;
  id?: string;
}

/** The project's tables as summaries, newest date first. */
export async function listTables(db: Reader, projectId: string, query: TableQuery): Promise<TableSummary[]> {
  const where: (SQL | undefined)[] = [
    eq(schema.rateTables.projectId, projectId),
    query.id === undefined ? undefined : eq(schema.rateTables.id, query.id),
    query.source === undefined ? undefined : sql`${schema.rateTables.source} = ${query.source}`,
    query.base === undefined ? undefined : eq(schema.rateTables.base, query.base),
    query.from === undefined ? undefined : gte(schema.rateTables.date, query.from),
    query.to === undefined ? undefined : lte(schema.rateTables.date, query.to),
  ];
  const quoteCounts = db
    .select({ tableId: schema.rateQuotes.tableId, quoteCount: count().as("quote_count") })
    .from(schema.rateQuotes)
    .groupBy(schema.rateQuotes.tableId)
    .as("quote_counts");
  const rows = await db
    .select({
      table: schema.rateTables,
      quoteCount: quoteCounts.quoteCount,
      creatorName: schema.users.name,
    })
    .from(schema.rateTables)
    .leftJoin(quoteCounts, eq(quoteCounts.tableId, schema.rateTables.id))
    .leftJoin(schema.users, eq(schema.users.id, schema.rateTables.createdBy))
    .where(and(...where))
    .orderBy(desc(schema.rateTables.date), asc(schema.rateTables.source), desc(schema.rateTables.createdAt));
  return rows.map(({ table, quoteCount, creatorName }) => ({
    id: table.id,
    source: table.source,
    date: table.date,
    base: table.base,
    origin: table.origin,
    sha256: table.sha256,
    quoteCount: Number(quoteCount ?? 0),
    createdAt: table.createdAt.toISOString(),
    createdBy:
      table.createdBy && creatorName !== null ? { userId: table.createdBy, name: creatorName } : null,
    version: table.version,
  }));
}

/** One table of the project with its quotes in currency order; 404 when the project has no such table. */
export async function readTable(db: Reader, projectId: string, tableId: string) {
  const [summary] = await listTables(db, projectId, { id: tableId });
  if (!summary) throw notFound("rate table");
  const quotes = await db
    .select({
      currency: schema.rateQuotes.currency,
      nominal: schema.rateQuotes.nominal,
      value: schema.rateQuotes.value,
      perUnit: schema.rateQuotes.perUnit,
    })
    .from(schema.rateQuotes)
    .where(eq(schema.rateQuotes.tableId, tableId))
    .orderBy(asc(schema.rateQuotes.currency));
  return { ...summary, quotes };
}
