// Request shapes of the budget routes. Amounts, rates and formulas are strings ("45000.50", "SHOOTDAYS / 6"):
// a JSON number with a fraction has already lost its exactness. Codes, currencies and references are checked by
// the core when the whole document is validated, so their errors name the document's JSON path.
import { z } from "@hono/zod-openapi";
import { plainText, uuidParam, versionField } from "../http/validation.ts";

export const projectParams = z.object({ projectId: uuidParam("projectId") });
export const budgetParams = projectParams.extend({ budgetId: uuidParam("budgetId") });
export const codeParams = budgetParams.extend({
  code: z
    .string()
    .min(1)
    .max(40)
    .openapi({ param: { name: "code", in: "path" }, example: "2100" }),
});
export const lineParams = budgetParams.extend({ lineId: uuidParam("lineId") });
export const versionQuery = z.strictObject({
  version: z.coerce.number().int().positive().openapi({ description: "The version the change is based on" }),
});

export const formula = z
  .string()
  .trim()
  .min(1, "must not be empty")
  .max(500)
  .openapi({ description: "A decimal or a formula over globals, as a string", example: "SHOOTDAYS / 6" });
const id = z.string().trim().min(1).max(100);
const code = z.string().trim().min(1).max(40);
const currency = z
  .string()
  .regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as RUB")
  .openapi({ example: "KZT" });
const country = z
  .string()
  .regex(/^[A-Z]{2}$/, "must be an ISO 3166 code such as KZ")
  .openapi({ example: "KZ" });
const partner = z.string().min(1).max(100).openapi({ description: "A partner's organization id" });
const idList = z.array(id).max(100);

export const lineFields = {
  description: plainText(500),
  amount: formula,
  unit: id,
  x: formula,
  rate: formula,
  currency,
  partner,
  country,
  fringes: idList,
  fringeRange: id,
  groups: idList,
  qualifying: z.boolean(),
};

export const lineInput = z
  .strictObject({
    description: lineFields.description,
    amount: formula,
    unit: id,
    x: formula.optional(),
    rate: formula,
    currency,
    partner: partner.optional(),
    country: country.optional(),
    fringes: idList.optional(),
    fringeRange: id.optional(),
    groups: idList.optional(),
    qualifying: z.boolean().optional(),
  })
  .openapi("BudgetLineInput");

/** A line's change: null removes an optional field (the line then inherits it, or takes the default). */
export const lineChange = z.strictObject({
  version: versionField,
  description: lineFields.description.optional(),
  amount: formula.optional(),
  unit: id.optional(),
  x: formula.nullable().optional(),
  rate: formula.optional(),
  currency: currency.optional(),
  partner: partner.nullable().optional(),
  country: country.nullable().optional(),
  fringes: idList.nullable().optional(),
  fringeRange: id.nullable().optional(),
  groups: idList.nullable().optional(),
  qualifying: z.boolean().nullable().optional(),
});

export const attributionChange = {
  partner: partner.nullable().optional(),
  country: country.nullable().optional(),
  fringes: idList.nullable().optional(),
};

export const categoryInput = z.strictObject({
  version: versionField,
  code,
  name: plainText(200),
  side: z.enum(["above", "below"]),
  partner: partner.optional(),
  country: country.optional(),
  fringes: idList.optional(),
});
export const categoryChange = z.strictObject({
  version: versionField,
  code: code.optional(),
  name: plainText(200).optional(),
  side: z.enum(["above", "below"]).optional(),
  ...attributionChange,
});
export const accountInput = z.strictObject({
  version: versionField,
  code,
  name: plainText(200),
  partner: partner.optional(),
  country: country.optional(),
  fringes: idList.optional(),
});
export const accountChange = z.strictObject({
  version: versionField,
  code: code.optional(),
  name: plainText(200).optional(),
  ...attributionChange,
});

export const fringeInput = z
  .strictObject({
    id,
    name: plainText(200),
    kind: z.enum(["percent", "flat"]),
    value: formula,
    cutoff: formula.optional(),
    currency: currency.optional(),
  })
  .openapi("BudgetFringe");
export const groupInput = z
  .strictObject({ id, name: plainText(200), included: z.boolean() })
  .openapi("BudgetGroup");
export const ratesInput = z
  .strictObject({
    base: currency,
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD"),
    source: z.string().trim().min(1).max(40),
    perUnit: z.record(z.string(), z.string().max(40)).openapi({ example: { KZT: "0.169831" } }),
  })
  .openapi("BudgetRates");

export const settingsChange = z.strictObject({
  version: versionField,
  name: plainText(200).optional(),
  title: plainText(300).optional(),
  displayCurrency: currency.nullable().optional(),
  projectKind: z.enum(["feature", "series", "documentary", "animation"]).nullable().optional(),
  contingency: z
    .strictObject({ percent: formula, scope: z.enum(["all", "below"]) })
    .nullable()
    .optional(),
  globals: z
    .record(
      z
        .string()
        .max(100)
        .regex(/^[\p{L}_][\p{L}\p{N}_]*$/u, "must be a name like SHOOTDAYS"),
      formula,
    )
    .optional(),
  units: z.record(id, z.strictObject({ label: plainText(100), factor: formula.optional() })).optional(),
  rebateFacts: z
    .record(
      country,
      z.strictObject({
        shootDays: z.number().int().min(0).max(10000).optional(),
        localCrewPercent: formula.optional(),
      }),
    )
    .nullable()
    .optional(),
});

export const templateInput = z.strictObject({
  kind: z.enum(["feature", "series"]),
  language: z.enum(["ru", "en"]),
});
