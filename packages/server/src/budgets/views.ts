// What the budget routes answer: a version's summary, its totals in a JSON-friendly shape (every amount as
// {currency, minor, amount} strings — never a JS number), and the full read of one version.
import { z } from "@hono/zod-openapi";
import {
  formatMoneyDecimal,
  type Amounts,
  type BudgetError,
  type BudgetTotals,
  type Money,
  type VarianceRow,
} from "@kinomost/core";
import type { ProjectPartner } from "./partners.ts";
import { budgetFile } from "./evaluate.ts";
import type { BudgetForReport } from "./store.ts";

export const moneySchema = z
  .object({
    currency: z.string(),
    minor: z.string().openapi({ description: "Integer in the currency's minor unit", example: "4500050" }),
    amount: z.string().openapi({ description: "Exact decimal", example: "45000.50" }),
  })
  .openapi("BudgetMoney");
const amountsSchema = z.object({ base: moneySchema, display: moneySchema }).openapi("BudgetAmounts");

export const money = (value: Money) => ({
  currency: value.currency,
  minor: value.minor.toString(),
  amount: formatMoneyDecimal(value),
});
const amounts = (value: Amounts) => ({ base: money(value.base), display: money(value.display) });

export const summarySchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(["draft", "locked"]),
    baseCurrency: z.string(),
    displayCurrency: z.string(),
    /** The total in the base currency; null when the budget does not compute. */
    total: moneySchema.nullable(),
    privateTo: z.uuid().nullable(),
    basedOn: z.uuid().nullable(),
    originalId: z.uuid().nullable(),
    lockedAt: z.string().nullable(),
    lockedBy: z.uuid().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    version: z.number().int(),
  })
  .openapi("BudgetSummary");

export function toSummary(read: Pick<BudgetForReport, "row" | "budget" | "totals">) {
  const { row, budget, totals } = read;
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    baseCurrency: budget.baseCurrency as string,
    displayCurrency: (budget.displayCurrency ?? budget.baseCurrency) as string,
    total: totals ? money(totals.total.base) : null,
    privateTo: row.privateTo,
    basedOn: row.basedOn,
    originalId: row.originalId,
    lockedAt: row.lockedAt?.toISOString() ?? null,
    lockedBy: row.lockedBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

const varianceRowSchema = z.object({
  code: z.string(),
  original: moneySchema,
  current: moneySchema,
  variance: moneySchema.openapi({ description: "current − original: positive is over the original" }),
});
const varianceRow = (row: VarianceRow) => ({
  code: row.code,
  original: money(row.original),
  current: money(row.current),
  variance: money(row.variance),
});

const lineTotalSchema = z.object({
  id: z.string().nullable(),
  path: z.string(),
  description: z.string(),
  partner: z.string(),
  country: z.string(),
  included: z.boolean(),
  qualifying: z.boolean(),
  subtotal: moneySchema.openapi({ description: "In the line's currency" }),
  subtotalBase: moneySchema,
  fringes: moneySchema,
  total: amountsSchema,
});
const accountTotalSchema = z.object({
  code: z.string(),
  name: z.string(),
  fringes: moneySchema,
  total: amountsSchema,
  lines: z.array(lineTotalSchema),
});
const categoryTotalSchema = z.object({
  code: z.string(),
  name: z.string(),
  side: z.enum(["above", "below"]),
  fringes: moneySchema,
  total: amountsSchema,
  accounts: z.array(accountTotalSchema),
});

export const totalsSchema = z
  .object({
    baseCurrency: z.string(),
    displayCurrency: z.string(),
    rates: z.object({ date: z.string(), source: z.string() }),
    rounding: z.string(),
    categories: z.array(categoryTotalSchema),
    aboveTheLine: amountsSchema,
    belowTheLine: amountsSchema,
    subtotal: amountsSchema.openapi({ description: "Above plus below the line, before contingency" }),
    fringes: moneySchema,
    contingency: amountsSchema,
    total: amountsSchema,
    partners: z.array(z.object({ partner: z.string(), name: z.string(), total: amountsSchema })),
    countries: z.array(z.object({ country: z.string(), total: amountsSchema, qualifying: moneySchema })),
    currencies: z.array(z.object({ currency: z.string(), subtotal: moneySchema, base: moneySchema })),
    fringeTotals: z.array(z.object({ id: z.string(), name: z.string(), total: moneySchema })),
    variance: z
      .object({
        lockedOn: z.string(),
        total: varianceRowSchema,
        categories: z.array(varianceRowSchema),
        accounts: z.array(varianceRowSchema),
      })
      .nullable(),
  })
  .openapi("BudgetTotals");

export function toTotals(totals: BudgetTotals): z.infer<typeof totalsSchema> {
  const line = (row: BudgetTotals["lines"][number]) => ({
    id: row.id ?? null,
    path: row.path,
    description: row.description,
    partner: row.partner,
    country: row.country,
    included: row.included,
    qualifying: row.qualifying,
    subtotal: money(row.subtotal),
    subtotalBase: money(row.subtotalBase),
    fringes: money(row.fringes),
    total: amounts(row.total),
  });
  return {
    baseCurrency: totals.baseCurrency,
    displayCurrency: totals.displayCurrency,
    rates: totals.rates,
    rounding: totals.rounding,
    categories: totals.categories.map((category) => ({
      code: category.code,
      name: category.name,
      side: category.side,
      fringes: money(category.fringes),
      total: amounts(category.total),
      accounts: totals.accounts
        .filter((account) => account.category === category.code)
        .map((account) => ({
          code: account.code,
          name: account.name,
          fringes: money(account.fringes),
          total: amounts(account.total),
          lines: totals.lines.filter((row) => row.account === account.code).map(line),
        })),
    })),
    aboveTheLine: amounts(totals.aboveTheLine),
    belowTheLine: amounts(totals.belowTheLine),
    subtotal: amounts(totals.subtotal),
    fringes: money(totals.fringes),
    contingency: amounts(totals.contingency),
    total: amounts(totals.total),
    partners: totals.partners.map((row) => ({
      partner: row.partner,
      name: row.name,
      total: amounts(row.total),
    })),
    countries: totals.countries.map((row) => ({
      country: row.country,
      total: amounts(row.total),
      qualifying: money(row.qualifying),
    })),
    currencies: totals.currencies.map((row) => ({
      currency: row.currency,
      subtotal: money(row.subtotal),
      base: money(row.base),
    })),
    fringeTotals: totals.fringeTotals.map((row) => ({ id: row.id, name: row.name, total: money(row.total) })),
    variance: totals.variance
      ? {
          lockedOn: totals.variance.lockedOn,
          total: varianceRow(totals.variance.total),
          categories: totals.variance.categories.map(varianceRow),
          accounts: totals.variance.accounts.map(varianceRow),
        }
      : null,
  };
}

export const problemSchema = z
  .object({ code: z.string(), path: z.string(), message: z.string() })
  .openapi("BudgetProblem");
const problem = (error: BudgetError) => ({ code: error.code, path: error.path, message: error.message });

export const budgetReadSchema = z
  .object({
    budget: summarySchema,
    document: z.record(z.string(), z.unknown()).openapi({
      description:
        "The kinomost-budget document (FORMAT.md) with the project's partners; every line has an id",
    }),
    totals: totalsSchema.nullable(),
    problems: z.array(problemSchema),
    scheduleGlobals: z.record(z.string(), z.string()).openapi({
      description: "CAST_<n>_DAYS, CAST_<n>_WORK and SCHEDULE_SHOOTDAYS from the published board",
    }),
  })
  .openapi("BudgetRead");

export function toBudgetRead(
  read: BudgetForReport,
  partners: readonly ProjectPartner[],
  scheduleGlobals: Readonly<Record<string, string>>,
) {
  return {
    budget: toSummary(read),
    document: budgetFile(read.row.document, partners),
    totals: read.totals ? toTotals(read.totals) : null,
    problems: read.problems.map(problem),
    scheduleGlobals: { ...scheduleGlobals },
  };
}
