// The shapes the actuals routes answer with. Amounts travel as decimal strings ("12500.50") with the minor units
// as an integer string ("1250050") and the currency's number of decimals, never as JSON numbers with fractions.
import { z } from "@hono/zod-openapi";
import {
  actualFields,
  formatMoneyDecimal,
  minorUnitDigits,
  type ActualRowError,
  type CurrencyCode,
  type LedgerActual,
} from "@kinomost/core";
import type { schema } from "@kinomost/db";
import type { FieldError } from "../http/errors.ts";

export const amountParts = (minor: bigint, currency: string) => ({
  currency,
  amount: formatMoneyDecimal({ minor, currency: currency as CurrencyCode }),
  amountMinor: minor.toString(),
  minorUnits: minorUnitDigits(currency as CurrencyCode),
});

const amountShape = {
  currency: z.string().openapi({ example: "BYN" }),
  amount: z.string().openapi({ example: "12500.50", description: "Decimal, negative for a refund" }),
  amountMinor: z.string().openapi({ example: "1250050", description: "Integer minor units" }),
  minorUnits: z.number().int().openapi({ example: 2, description: "Decimals of the currency" }),
};

export const actualSchema = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid().openapi({ description: "The paying partner whose books hold the cost" }),
    date: z.string().openapi({ example: "2026-04-01" }),
    vendor: z.string(),
    account: z.string().openapi({ example: "2100" }),
    description: z.string(),
    ...amountShape,
    country: z.string().openapi({ example: "BY", description: "Country of spend" }),
    reference: z.string().nullable().openapi({ description: "Invoice, receipt or payment order number" }),
    importId: z.uuid().nullable(),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .openapi("Actual");

export type ActualRow = typeof schema.actuals.$inferSelect;

export function toActual(row: ActualRow): z.infer<typeof actualSchema> {
  return {
    id: row.id,
    partnerId: row.partnerId,
    date: row.date,
    vendor: row.vendor,
    account: row.accountCode,
    description: row.description,
    ...amountParts(row.amountMinor, row.currency),
    country: row.country,
    reference: row.documentRef,
    importId: row.importId,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export const totalSchema = z
  .object({ ...amountShape, count: z.number().int() })
  .openapi("ActualsTotal", { description: "The sum of the filtered costs in one currency" });

export const importSchema = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid(),
    fileName: z.string(),
    sha256: z.string(),
    rows: z.number().int(),
    createdBy: z.uuid().nullable(),
    createdAt: z.string(),
  })
  .openapi("ActualsImport");

export function toImport(row: typeof schema.actualImports.$inferSelect): z.infer<typeof importSchema> {
  return {
    id: row.id,
    partnerId: row.partnerId,
    fileName: row.fileName,
    sha256: row.sha256,
    rows: row.rows,
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
  };
}

export const mappingSchema = z
  .strictObject(
    Object.fromEntries(
      actualFields.map((field) => [field, z.number().int().min(0).max(16383).optional()]),
    ) as Record<(typeof actualFields)[number], z.ZodOptional<z.ZodNumber>>,
  )
  .openapi("ActualsColumnMapping", {
    description: 'Which column (0-based: A = 0) holds each field, e.g. {"date": 0, "amount": 5}',
  });

export const rowErrorSchema = z
  .object({
    row: z.number().int().openapi({ description: "The row as the file shows it, the header included" }),
    column: z
      .object({ index: z.number().int(), letter: z.string(), name: z.string() })
      .nullable()
      .openapi({ description: "Null when the file's shape is at fault (a missing column, no rows)" }),
    field: z.enum(actualFields).nullable(),
    code: z.string().openapi({ example: "NOT_A_NUMBER" }),
    value: z.string().nullable(),
    message: z.string(),
  })
  .openapi("ActualsRowError");

export const parsedActualSchema = z
  .object({
    date: z.string(),
    vendor: z.string(),
    account: z.string(),
    description: z.string(),
    ...amountShape,
    partner: z.string().nullable().openapi({ description: "The partner as the file names it" }),
    country: z.string(),
    reference: z.string().nullable(),
  })
  .openapi("ParsedActual");

export function toParsedActual(actual: LedgerActual): z.infer<typeof parsedActualSchema> {
  return {
    date: actual.date,
    vendor: actual.vendor,
    account: actual.account,
    description: actual.description,
    ...amountParts(actual.amount.minor, actual.amount.currency),
    partner: actual.partner,
    country: actual.country,
    reference: actual.reference,
  };
}

/** What a file would import: its columns, the mapping, the first rows read, and every error. */
export const previewSchema = z
  .object({
    partnerId: z.uuid(),
    file: z.object({
      name: z.string(),
      sha256: z.string(),
      kind: z.enum(["csv", "xlsx"]),
      encoding: z.string().nullable(),
      delimiter: z.string().nullable(),
      sheet: z.string().nullable(),
      sheets: z.array(z.string()),
    }),
    headerRow: z.number().int(),
    columns: z.array(z.string()).openapi({ description: "The header's cells, column A first" }),
    mapping: mappingSchema,
    mappingSource: z.enum(["detected", "given"]),
    fields: z.array(z.enum(actualFields)),
    rows: z.array(
      z.object({
        row: z.number().int(),
        cells: z.array(z.string()),
        actual: parsedActualSchema.nullable(),
        errors: z.array(rowErrorSchema),
      }),
    ),
    totalRows: z.number().int(),
    validRows: z.number().int(),
    errors: z.array(rowErrorSchema),
    errorCount: z.number().int(),
    duplicateOf: importSchema.nullable(),
  })
  .openapi("ActualsImportPreview");

/** Row errors as a 400's fields: `rows.14.amount`, with the row and the column index as numbers. */
export function rowErrorFields(errors: readonly ActualRowError[]): FieldError[] {
  return errors.map((error) => ({
    path: `rows.${error.row}${error.field ? `.${error.field}` : ""}`,
    message: error.message,
    code: error.code,
    params: { row: error.row, ...(error.column ? { column: error.column.index } : {}) },
  }));
}
