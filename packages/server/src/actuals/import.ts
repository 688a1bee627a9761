// Reads an uploaded ledger for a preview or a commit: whose books it is, which columns hold what, the budget's
// accounts to check against, and every row read by the core. Nothing here writes; the commit does, all at once.
import { z } from "@hono/zod-openapi";
import { and, eq, isNull, or } from "drizzle-orm";
import {
  detectColumns,
  inspectActualRows,
  locateHeader,
  type ActualColumnMapping,
  type ActualsInspection,
  type CountryCode,
  type CurrencyCode,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { sha256Hex } from "../audit/log.ts";
import { ApiError, forbidden, type FieldError } from "../http/errors.ts";
import { toFieldErrors } from "../http/validation.ts";
import type { ProjectAccess } from "../projects/access.ts";
import { countryField, currencyField } from "../consortium/fields.ts";
import { readUploadedTable, type UploadedTable } from "./spreadsheet.ts";
import { mappingSchema } from "./views.ts";
import { mayImportFor } from "./visibility.ts";

const flag = z.enum(["true", "false"]).optional();

export const importForm = z.strictObject({
  file: z
    .instanceof(File, { message: "must be a file" })
    .openapi({ type: "string", format: "binary", description: "A .csv (UTF-8 or windows-1251) or .xlsx" }),
  partnerId: z
    .uuid()
    .optional()
    .openapi({
      description:
        "The paying partner whose books these are: your own organization by default; " +
        "the lead producer's money people may name any partner",
    }),
  mapping: z.string().max(4000).optional().openapi({
    description:
      'JSON: which column (0-based) holds each field, e.g. {"date":0,"vendor":1,…}; detected when left out',
  }),
  budgetId: z
    .uuid()
    .optional()
    .openapi({ description: "Check account codes against this budget's accounts" }),
  sheet: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: "The .xlsx sheet; the first by default" }),
  allowNegative: flag.openapi({ description: "Take negative amounts (refunds)" }),
  allowDuplicate: flag.openapi({ description: "Import a file this partner has imported before" }),
  defaultCurrency: currencyField
    .optional()
    .openapi({ description: "For a file without a currency column, or an empty currency cell" }),
  defaultCountry: countryField
    .optional()
    .openapi({ description: "For a file without a country column, or an empty country cell" }),
});
export type ImportForm = z.infer<typeof importForm>;

export interface PreparedImport {
  partnerId: string;
  fileName: string;
  sha256: string;
  table: UploadedTable;
  mapping: ActualColumnMapping;
  mappingSource: "detected" | "given";
  inspection: ActualsInspection;
}

const invalid = (fields: FieldError[]) =>
  new ApiError(
    400,
    "VALIDATION_FAILED",
    fields.map((field) => `${field.path}: ${field.message}`).join("; "),
    {
      fields,
    },
  );

/** The paying partner: an accepted partner of the project whose books the caller may keep. */
async function resolvePartner(db: Database, access: ProjectAccess, partnerId: string) {
  const [partner] = await db
    .select({ id: schema.organizations.id, names: schema.organizations.names })
    .from(schema.partners)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.partners.organizationId))
    .where(
      and(
        eq(schema.partners.projectId, access.projectId),
        eq(schema.partners.organizationId, partnerId),
        eq(schema.partners.status, "accepted"),
      ),
    );
  if (!partner) {
    throw invalid([
      { path: "partnerId", message: "is not an accepted partner of the project", code: "not_a_partner" },
    ]);
  }
  if (!mayImportFor(access, partnerId)) {
    throw forbidden(
      "you keep only your own studio's books; the lead producer's accountants may import for others",
    );
  }
  return { id: partner.id, names: Object.values(partner.names) };
}

/** The account codes of a budget the caller can see (the consortium's, or their own studio's private version). */
export async function budgetAccounts(
  db: Database,
  access: Pick<ProjectAccess, "projectId" | "organizationId">,
  budgetId: string,
): Promise<Set<string>> {
  const [budget] = await db
    .select({ document: schema.budgets.document })
    .from(schema.budgets)
    .where(
      and(
        eq(schema.budgets.id, budgetId),
        eq(schema.budgets.projectId, access.projectId),
        or(isNull(schema.budgets.privateTo), eq(schema.budgets.privateTo, access.organizationId)),
      ),
    );
  if (!budget)
    throw invalid([{ path: "budgetId", message: "is not a budget of the project", code: "not_found" }]);
  const codes = new Set<string>();
  const categories = (budget.document as { categories?: unknown }).categories;
  for (const category of Array.isArray(categories) ? categories : []) {
    const accounts = (category as { accounts?: unknown } | null)?.accounts;
    for (const account of Array.isArray(accounts) ? accounts : []) {
      const code = (account as { code?: unknown } | null)?.code;
      if (typeof code === "string") codes.add(code.trim());
    }
  }
  return codes;
}

function readMapping(text: string): ActualColumnMapping {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw invalid([{ path: "mapping", message: "is not JSON", code: "invalid_json" }]);
  }
  const parsed = mappingSchema.safeParse(json);
  if (!parsed.success) {
    throw invalid(
      toFieldErrors(parsed.error.issues).map((field) => ({ ...field, path: `mapping.${field.path}` })),
    );
  }
  return parsed.data;
}

export async function prepareImport(
  db: Database,
  access: ProjectAccess,
  form: ImportForm,
): Promise<PreparedImport> {
  const partner = await resolvePartner(db, access, form.partnerId ?? access.organizationId);
  const givenMapping = form.mapping === undefined ? undefined : readMapping(form.mapping);
  const accounts = form.budgetId === undefined ? undefined : await budgetAccounts(db, access, form.budgetId);
  const bytes = new Uint8Array(await form.file.arrayBuffer());
  const table = await readUploadedTable(form.file.name, bytes, form.sheet);
  const mapping = givenMapping ?? detectColumns(locateHeader(table.rows).header);
  const inspection = inspectActualRows(table.rows, mapping, {
    ...(accounts ? { accounts } : {}),
    allowNegative: form.allowNegative === "true",
    ...(form.defaultCurrency ? { defaultCurrency: form.defaultCurrency.toUpperCase() as CurrencyCode } : {}),
    ...(form.defaultCountry ? { defaultCountry: form.defaultCountry.toUpperCase() as CountryCode } : {}),
    partner,
  });
  return {
    partnerId: partner.id,
    fileName: form.file.name,
    sha256: sha256Hex(bytes),
    table,
    mapping,
    mappingSource: givenMapping ? "given" : "detected",
    inspection,
  };
}
