// Placing the grouped ledger in a cost report: groups on an account the budget does not have, in a currency that is
// not one, or without a rate are set aside as problems (named, with their amounts) so that the rest still reports;
// the groups one rate table serves are summed (rate-periods.ts), and the core's computeCostReport runs on them.
// A report currency the budget's rates cannot reach is a 400.
import {
  computeCostReport,
  isCurrencyCode,
  type Actual,
  type BudgetTotals,
  type CostReport,
  type CurrencyCode,
  type EstimateToComplete,
  type Money,
  type RateTable,
} from "@kinomost/core";
import { ApiError } from "../../http/errors.ts";
import type { ActualGroup } from "./aggregate.ts";
import { convertingDates, mergeByRatePeriod } from "./rate-periods.ts";

export type CostProblemCode = "UNKNOWN_ACCOUNT" | "UNKNOWN_CURRENCY" | "MISSING_RATE" | "NO_ACTUAL_RATE";

export interface CostProblem {
  readonly code: CostProblemCode;
  readonly account: string;
  readonly partner: string;
  readonly currency: string;
  readonly rows: number;
  /** The ledger amount left out, in its own currency. */
  readonly amount: Money;
  readonly firstDate: string;
  readonly lastDate: string;
  /**
   * Whether the amount is in the report's figures: only NO_ACTUAL_RATE at budget rates is (counted at the budget
   * rate, without an FX variance); the others are left out.
   */
  readonly counted: boolean;
  readonly message: string;
}

interface FoundProblem {
  readonly code: CostProblemCode;
  readonly group: ActualGroup;
}

export interface LedgerInput {
  readonly totals: BudgetTotals;
  readonly budgetRates: RateTable;
  readonly actualRates: readonly RateTable[];
  readonly groups: readonly ActualGroup[];
  readonly currency: CurrencyCode;
  readonly basis: "budget" | "actual";
  /** The accountant's estimates to complete the core can place (estimates.ts). */
  readonly estimates?: readonly EstimateToComplete[];
}

const problemMessages: Record<CostProblemCode, (group: ActualGroup, currency: string) => string> = {
  UNKNOWN_ACCOUNT: (group) => `account ${group.account} is not in this budget`,
  UNKNOWN_CURRENCY: (group) => `${group.currency} is not an ISO 4217 currency`,
  MISSING_RATE: (group, currency) => `no rate from ${group.currency} to ${currency} for ${group.date}`,
  NO_ACTUAL_RATE: (group, currency) =>
    `no actual rate from ${group.currency} to ${currency} on or before ${group.date}: counted at the budget rate, without an FX variance`,
};

export function collectProblems(found: readonly FoundProblem[], currency: string): CostProblem[] {
  const merged = new Map<string, CostProblem>();
  for (const { code, group } of found) {
    const key = [code, group.account, group.partner, group.currency].join("\u0000");
    const known = merged.get(key);
    merged.set(key, {
      code,
      account: group.account,
      partner: group.partner,
      currency: group.currency,
      rows: (known?.rows ?? 0) + group.rows,
      amount: {
        minor: (known?.amount.minor ?? 0n) + group.minor,
        currency: group.currency as CurrencyCode,
      },
      firstDate: known && known.firstDate < group.date ? known.firstDate : group.date,
      lastDate: known && known.lastDate > group.date ? known.lastDate : group.date,
      counted: code === "NO_ACTUAL_RATE",
      message: known?.message ?? problemMessages[code](group, currency),
    });
  }
  return [...merged.values()];
}

/** Runs the core, setting aside the groups it cannot convert; a report currency the budget cannot reach is a 400. */
function runCore(sources: LedgerInput, placed: ActualGroup[], actualRates: readonly RateTable[]) {
  const setAside: FoundProblem[] = [];
  let groups = placed;
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const actuals: Actual[] = groups.map((group) => ({
      date: group.date,
      account: group.account,
      partner: group.partner,
      country: group.country,
      amount: { minor: group.minor, currency: group.currency as CurrencyCode },
    }));
    const result = computeCostReport({
      budget: sources.totals,
      budgetRates: sources.budgetRates,
      actualRates,
      actuals,
      ...(sources.estimates ? { estimates: sources.estimates } : {}),
      currency: sources.currency,
      basis: sources.basis,
    });
    if (result.ok) return { report: result.value, groups, setAside };
    if (result.errors.some((error) => !/^actuals\[\d+\]/.test(error.path))) {
      throw new ApiError(
        400,
        "VALIDATION_FAILED",
        `currency: the budget's rates of ${sources.budgetRates.date} have no rate from ${sources.totals.baseCurrency} to ${sources.currency}`,
        {
          fields: [
            { path: "currency", message: "no rate to this currency in the budget's rates", code: "currency" },
          ],
        },
      );
    }
    const failed = new Set(result.errors.map((error) => Number(/^actuals\[(\d+)\]/.exec(error.path)?.[1])));
    setAside.push(
      ...groups
        .filter((_, index) => failed.has(index))
        .map((group) => ({ code: "MISSING_RATE" as const, group })),
    );
    groups = groups.filter((_, index) => !failed.has(index));
  }
  throw new Error("the cost report still fails after setting aside the actuals without rates");
}

/**
 * Sorts out the groups dated before any actual rate of their currency: at actual rates they are left out; at budget
 * rates they count, their "actual rate" being the budget's (a table dated before all others that the core reaches
 * only when no real one serves), and they are named as problems so that nobody takes their FX variance for zero.
 */
function withActualRates(
  sources: LedgerInput,
  groups: readonly ActualGroup[],
  found: FoundProblem[],
  datesOf: (currency: string) => readonly string[],
): { placed: ActualGroup[]; actualRates: readonly RateTable[] } {
  const placed = groups.filter((group) => {
    if (group.currency === sources.currency) return true;
    // The earliest table that converts the currency: a group dated on or after it has an actual rate.
    const since = datesOf(group.currency)[0];
    if (since !== undefined && since <= group.date) return true;
    found.push({ code: sources.basis === "budget" ? "NO_ACTUAL_RATE" : "MISSING_RATE", group });
    return sources.basis === "budget";
  });
  const fallback: RateTable = { ...sources.budgetRates, date: "0000-01-01" };
  return {
    placed,
    actualRates: sources.basis === "budget" ? [fallback, ...sources.actualRates] : sources.actualRates,
  };
}

/** The core's report over the placeable groups, the groups it holds, and the problems of the others. */
export function reportLedger(input: LedgerInput): {
  report: CostReport;
  groups: readonly ActualGroup[];
  problems: CostProblem[];
} {
  const accounts = new Set(input.totals.accounts.map((account) => account.code));
  // Asked once per currency: the ledger has a handful of currencies over thousands of groups.
  const currencies = new Map<string, boolean>();
  const isCurrency = (code: string) => {
    if (!currencies.has(code)) currencies.set(code, isCurrencyCode(code));
    return currencies.get(code)!;
  };
  const found: FoundProblem[] = [];
  const known = input.groups.filter((group) => {
    const code = !accounts.has(group.account)
      ? "UNKNOWN_ACCOUNT"
      : !isCurrency(group.currency)
        ? "UNKNOWN_CURRENCY"
        : null;
    if (code) found.push({ code, group });
    return code === null;
  });
  const datesOf = convertingDates(input.actualRates, input.currency);
  const { placed, actualRates } = withActualRates(input, known, found, datesOf);
  const { report, groups, setAside } = runCore(input, mergeByRatePeriod(placed, datesOf), actualRates);
  return { report, groups, problems: collectProblems([...found, ...setAside], input.currency) };
}
