// What the cost report and the rebate estimate answer, as zod schemas (the OpenAPI document and the TypeScript types
// both come from them) and the functions that turn the computed reports into it. Every amount travels as
// {currency, minor, amount}: minor units and a decimal, both as strings — never a JSON number with a fraction.
import { z } from "@hono/zod-openapi";
import { formatMoneyDecimal, type Money } from "@kinomost/core";
import type { BudgetRow } from "../store.ts";
import { costFields, type CostAmounts, type CostReportView } from "./cost-report.ts";
import type { AccountEstimate } from "./estimates.ts";

export const moneySchema = z
  .object({
    currency: z.string().openapi({ example: "RUB" }),
    minor: z.string().openapi({ description: "Minor units (kopecks, tiyn), an integer", example: "3888500" }),
    amount: z.string().openapi({ description: "The same as an exact decimal", example: "38885.00" }),
  })
  .openapi("ReportMoney");

export type MoneyJson = z.infer<typeof moneySchema>;

export const moneyJson = (money: Money): MoneyJson => ({
  currency: money.currency,
  minor: money.minor.toString(),
  amount: formatMoneyDecimal(money),
});

const percent = z
  .string()
  .nullable()
  .openapi({ description: "A percentage with two decimals; null when the whole is zero", example: "38.50" });

const amountsShape = Object.fromEntries(costFields.map((field) => [field, moneySchema])) as Record<
  (typeof costFields)[number],
  typeof moneySchema
>;
const amounts = z.object(amountsShape);

export const estimateSchema = z
  .object({
    amount: moneySchema.openapi({ description: "As entered, in its own currency" }),
    counted: z.boolean().openapi({
      description:
        "Whether the report uses it: not when its currency has left the version's rates, or its account the version",
    }),
    updatedAt: z.string(),
    updatedBy: z.object({ userId: z.string(), name: z.string() }).nullable(),
    version: z.number().int(),
  })
  .openapi("EstimateToComplete");

export const budgetRefSchema = z.object({
  id: z.uuid(),
  name: z.string(),
  version: z.number().int(),
  status: z.enum(["draft", "locked"]),
  baseCurrency: z.string(),
});

export const costReportSchema = z
  .object({
    budget: budgetRefSchema,
    currency: z.string(),
    basis: z.enum(["budget", "actual"]),
    rates: z.object({
      budget: z.object({ date: z.string(), source: z.string() }),
      actual: z.object({
        tables: z.number().int(),
        first: z.string().nullable(),
        last: z.string().nullable(),
      }),
    }),
    categories: z.array(
      amounts.extend({ code: z.string(), name: z.string(), side: z.enum(["above", "below"]) }),
    ),
    accounts: z.array(
      amounts.extend({
        code: z.string(),
        name: z.string(),
        category: z.object({ code: z.string(), name: z.string() }),
        estimate: estimateSchema.nullable().openapi({
          description:
            "The estimate to complete the accountant entered; null when the ETC is the rest of the budget",
        }),
      }),
    ),
    partners: z.array(
      amounts.extend({
        id: z.string(),
        name: z.string(),
        agreedShare: percent.openapi({ description: "The share agreed in the consortium (partners.share)" }),
        budgetShare: percent,
        actualShare: percent,
        included: z.boolean().openapi({ description: "Whether the partner's actuals are in the report" }),
      }),
    ),
    countries: z.array(amounts.extend({ country: z.string(), actualShare: percent })),
    total: amounts,
    coverage: z.object({
      complete: z.boolean(),
      partners: z.array(z.object({ id: z.string(), name: z.string(), included: z.boolean() })),
      rows: z.number().int(),
      byCurrency: z.array(z.object({ currency: z.string(), rows: z.number().int(), amount: moneySchema })),
    }),
    problems: z.array(
      z.object({
        code: z.enum(["UNKNOWN_ACCOUNT", "UNKNOWN_CURRENCY", "MISSING_RATE", "NO_ACTUAL_RATE"]),
        account: z.string(),
        partner: z.object({ id: z.string(), name: z.string() }),
        currency: z.string(),
        rows: z.number().int(),
        amount: moneySchema,
        firstDate: z.string(),
        lastDate: z.string(),
        counted: z.boolean(),
        message: z.string(),
      }),
    ),
  })
  .openapi("CostReport");

export type CostReportJson = z.infer<typeof costReportSchema>;

export const budgetRef = (row: BudgetRow, baseCurrency: string) => ({
  id: row.id,
  name: row.name,
  version: row.version,
  status: row.status,
  baseCurrency,
});

function amountsJson(values: CostAmounts) {
  return Object.fromEntries(costFields.map((field) => [field, moneyJson(values[field])])) as Record<
    (typeof costFields)[number],
    MoneyJson
  >;
}

/** Keeps a row's own fields and writes its amounts as JSON money. */
const rowJson = <T extends CostAmounts>(row: T) => ({ ...row, ...amountsJson(row) });

export type EstimateJson = z.infer<typeof estimateSchema>;

export const estimateJson = (
  estimate: AccountEstimate,
  names: ReadonlyMap<string, string>,
): EstimateJson => ({
  amount: moneyJson(estimate.amount),
  counted: estimate.counted,
  updatedAt: estimate.updatedAt,
  updatedBy: estimate.updatedBy
    ? { userId: estimate.updatedBy, name: names.get(estimate.updatedBy) ?? "" }
    : null,
  version: estimate.version,
});

export function costReportJson(
  view: CostReportView,
  budget: z.infer<typeof budgetRefSchema>,
  budgetRates: { date: string; source: string },
  /** The names of the people who entered estimates, by user id. */
  people: ReadonlyMap<string, string> = new Map(),
): CostReportJson {
  const names = new Map(view.coverage.partners.map((partner) => [partner.id, partner.name]));
  return {
    budget,
    currency: view.currency,
    basis: view.basis,
    rates: { budget: budgetRates, actual: view.actualRates },
    categories: view.categories.map(rowJson),
    accounts: view.accounts.map((account) => ({
      ...rowJson(account),
      estimate: account.estimate ? estimateJson(account.estimate, people) : null,
    })),
    partners: view.partners.map(rowJson),
    countries: view.countries.map(rowJson),
    total: amountsJson(view.total),
    coverage: {
      ...view.coverage,
      partners: [...view.coverage.partners],
      byCurrency: view.coverage.byCurrency.map((entry) => ({ ...entry, amount: moneyJson(entry.amount) })),
    },
    problems: view.problems.map((problem) => ({
      ...problem,
      partner: { id: problem.partner, name: names.get(problem.partner) ?? problem.partner },
      amount: moneyJson(problem.amount),
    })),
  };
}
