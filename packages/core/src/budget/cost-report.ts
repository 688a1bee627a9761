// The cost report: budget, actual to date, estimate to complete (ETC), estimate at completion (EAC = actual + ETC)
// and variance (budget − EAC) per account, partner and country, in a reporting currency at budget or actual rates,
// with the FX variance (actuals at actual rates − the same actuals at the budget rate). Pure: actuals come in as data.
import { allocateLargestRemainder } from "../money/allocate.ts";
import { convertWithTable, findRate, minorUnitRate, type RateTable } from "../money/convert.ts";
import type { CurrencyCode } from "../money/currency.ts";
import type { Money } from "../money/money.ts";
import { divideRounded, type Ratio } from "../money/ratio.ts";
import type { BudgetTotals } from "./totals.ts";
import type { BudgetError } from "./types.ts";

/** One cost in the ledger. */
export interface Actual {
  /** YYYY-MM-DD: picks the actual rate. */
  readonly date: string;
  readonly account: string;
  readonly amount: Money;
  /** The paying partner and the country of spend. */
  readonly partner: string;
  readonly country: string;
  readonly description?: string;
}

/**
 * What is still to be spent on an account. With a partner and a country it is that cell's; without them it is the
 * account's whole ETC (as the accountant enters it), spread over the account's partner-and-country cells by their
 * budget — by their actuals when the budget is zero, evenly when both are — by largest remainder, so the cells add
 * up to it exactly. An account with neither budget nor actuals has no cell: its ETC must name one.
 */
export interface EstimateToComplete {
  readonly account: string;
  readonly partner?: string;
  readonly country?: string;
  readonly amount: Money;
}

export interface CostReportInput {
  /** Computed by computeBudget at the budget rates; its base-currency line totals are the budget. */
  readonly budget: BudgetTotals;
  readonly budgetRates: RateTable;
  /** Tables of actual rates by date: an actual uses the latest table dated on or before it that quotes its currency. */
  readonly actualRates: readonly RateTable[];
  readonly actuals: readonly Actual[];
  /**
   * Explicit ETCs. An account with none gets, in each partner-and-country cell, what is left of its budget
   * (never below zero).
   */
  readonly estimates?: readonly EstimateToComplete[];
  readonly currency: CurrencyCode;
  /**
   * "budget": actuals and ETC at the budget rates; "actual": actuals at their date's rate, ETC at the latest rate
   * (the budget rate when the latest table does not quote its currency).
   */
  readonly basis: "budget" | "actual";
}

export interface CostReportRow {
  readonly key: string;
  readonly budget: Money;
  readonly actual: Money;
  readonly estimateToComplete: Money;
  readonly estimateAtCompletion: Money;
  /** budget − EAC: positive is under budget. */
  readonly variance: Money;
  /** Actuals at actual rates − the same actuals at the budget rate. */
  readonly fxVariance: Money;
}

export interface CostReport {
  readonly currency: CurrencyCode;
  readonly basis: "budget" | "actual";
  readonly accounts: readonly CostReportRow[];
  readonly partners: readonly CostReportRow[];
  readonly countries: readonly CostReportRow[];
  readonly total: CostReportRow;
}

interface Cell {
  account: string;
  partner: string;
  country: string;
  budget: bigint;
  actualAtBudget: bigint;
  actualAtActual: bigint;
  estimate: bigint | null;
}

const fields = [
  "budget",
  "actual",
  "estimateToComplete",
  "estimateAtCompletion",
  "variance",
  "fxVariance",
] as const;

/** Builds the report, or names every actual and estimate that cannot be placed or converted. */
export function computeCostReport(
  input: CostReportInput,
): { ok: true; value: CostReport } | { ok: false; errors: BudgetError[] } {
  const { budget, currency, basis } = input;
  const errors: BudgetError[] = [];
  const cells = new Map<string, Cell>();
  const cell = (account: string, partner: string, country: string): Cell => {
    const key = `${account}\u0000${partner}\u0000${country}`;
    let found = cells.get(key);
    if (!found) {
      found = {
        account,
        partner,
        country,
        budget: 0n,
        actualAtBudget: 0n,
        actualAtActual: 0n,
        estimate: null,
      };
      cells.set(key, found);
    }
    return found;
  };
  const missingRate = (path: string, from: string, table: RateTable | undefined) =>
    errors.push({
      code: "MISSING_RATE",
      path,
      message: `${path}: no rate from ${from} to ${currency}${table ? ` in the ${table.source} table of ${table.date}` : " on or before this date"}`,
    });

  const budgetFactor = findRate(input.budgetRates, budget.baseCurrency as CurrencyCode, currency);
  if (!budgetFactor.ok) {
    missingRate("budgetRates", budget.baseCurrency, input.budgetRates);
    return { ok: false, errors };
  }
  const toReport: Ratio = minorUnitRate(budgetFactor.value);
  for (const line of budget.lines) {
    const target = cell(line.account, line.partner, line.country);
    target.budget += divideRounded(line.total.base.minor * toReport.n, toReport.d, "half-even");
  }
  const accounts = new Set(budget.accounts.map((account) => account.code));
  const byDate = [...input.actualRates].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  input.actuals.forEach((actual, index) => {
    const path = `actuals[${index}]`;
    if (!accounts.has(actual.account)) {
      errors.push({
        code: "UNKNOWN_ACCOUNT",
        path: `${path}.account`,
        message: `${path}.account: no account ${actual.account} in the budget`,
      });
      return;
    }
    const atBudget = convertWithTable(actual.amount, currency, input.budgetRates);
    let atActual: Money | null = null;
    for (let i = byDate.length - 1; i >= 0 && atActual === null; i--) {
      const table = byDate[i];
      if (!table || table.date > actual.date) continue;
      const converted = convertWithTable(actual.amount, currency, table);
      if (converted.ok) atActual = converted.value;
    }
    if (!atBudget.ok) missingRate(`${path}.amount`, actual.amount.currency, input.budgetRates);
    if (atActual === null) missingRate(`${path}.date`, actual.amount.currency, undefined);
    if (!atBudget.ok || atActual === null) return;
    const target = cell(actual.account, actual.partner, actual.country);
    target.actualAtBudget += atBudget.value.minor;
    target.actualAtActual += atActual.minor;
  });

  const latest = byDate.at(-1);
  const explicit = new Set<string>();
  const accountCells = (account: string) => [...cells.values()].filter((entry) => entry.account === account);
  (input.estimates ?? []).forEach((estimate, index) => {
    const path = `estimates[${index}]`;
    if (!accounts.has(estimate.account)) {
      errors.push({
        code: "UNKNOWN_ACCOUNT",
        path: `${path}.account`,
        message: `${path}.account: no account ${estimate.account} in the budget`,
      });
      return;
    }
    const atLatest =
      basis === "actual" && latest ? convertWithTable(estimate.amount, currency, latest) : undefined;
    const converted = atLatest?.ok
      ? atLatest
      : convertWithTable(estimate.amount, currency, input.budgetRates);
    if (!converted.ok) return void missingRate(`${path}.amount`, estimate.amount.currency, input.budgetRates);
    const targets =
      estimate.partner !== undefined && estimate.country !== undefined
        ? [cell(estimate.account, estimate.partner, estimate.country)]
        : accountCells(estimate.account);
    if (targets.length === 0) {
      errors.push({
        code: "NO_PARTNER",
        path: `${path}.partner`,
        message: `${path}.partner: account ${estimate.account} has no budget and no actuals: name the partner and country of its estimate`,
      });
      return;
    }
    explicit.add(estimate.account);
    const positive = (value: bigint) => (value > 0n ? value : 0n);
    const byBudget = targets.map((target) => positive(target.budget));
    const byActual = targets.map((target) => positive(target.actualAtBudget));
    const sum = (weights: bigint[]) => weights.reduce((a, b) => a + b, 0n);
    const weights = sum(byBudget) > 0n ? byBudget : sum(byActual) > 0n ? byActual : targets.map(() => 1n);
    allocateLargestRemainder(converted.value.minor, weights).forEach((part, at) => {
      const target = targets[at]!;
      target.estimate = (target.estimate ?? 0n) + part;
    });
  });
  if (errors.length > 0) return { ok: false, errors };

  const money = (minor: bigint): Money => ({ minor, currency });
  const sums = new Map<string, Record<(typeof fields)[number], bigint>>();
  const add = (key: string, values: Record<(typeof fields)[number], bigint>) => {
    const sum = sums.get(key) ?? Object.fromEntries(fields.map((field) => [field, 0n]));
    for (const field of fields) sum[field] = (sum[field] ?? 0n) + values[field];
    sums.set(key, sum as Record<(typeof fields)[number], bigint>);
  };
  for (const entry of cells.values()) {
    const actual = basis === "budget" ? entry.actualAtBudget : entry.actualAtActual;
    const left = entry.budget - actual;
    const estimate = explicit.has(entry.account) ? (entry.estimate ?? 0n) : left > 0n ? left : 0n;
    const eac = actual + estimate;
    const values = {
      budget: entry.budget,
      actual,
      estimateToComplete: estimate,
      estimateAtCompletion: eac,
      variance: entry.budget - eac,
      fxVariance: entry.actualAtActual - entry.actualAtBudget,
    };
    add(`account:${entry.account}`, values);
    add(`partner:${entry.partner}`, values);
    add(`country:${entry.country}`, values);
    add("total", values);
  }
  const row = (prefix: string, key: string): CostReportRow => {
    const sum = sums.get(prefix + key);
    return {
      key,
      budget: money(sum?.budget ?? 0n),
      actual: money(sum?.actual ?? 0n),
      estimateToComplete: money(sum?.estimateToComplete ?? 0n),
      estimateAtCompletion: money(sum?.estimateAtCompletion ?? 0n),
      variance: money(sum?.variance ?? 0n),
      fxVariance: money(sum?.fxVariance ?? 0n),
    };
  };
  const keys = (prefix: string) =>
    [...sums.keys()].filter((key) => key.startsWith(prefix)).map((key) => key.slice(prefix.length));
  return {
    ok: true,
    value: {
      currency,
      basis,
      accounts: budget.accounts.map((account) => row("account:", account.code)),
      partners: keys("partner:").map((key) => row("partner:", key)),
      countries: keys("country:").map((key) => row("country:", key)),
      total: row("", "total"),
    },
  };
}
