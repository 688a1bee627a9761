// The accountant's estimates to complete (ETC) of a budget version, one per account, as the cost report takes them:
// an account with one is reported at it (the estimate at completion is the actual plus it); the others at what is
// left of their budget. An estimate the report cannot use — its account gone from the version, or its currency no
// longer among the version's rates — is shown with `counted: false` and the account falls back to the rest of its
// budget, instead of the report failing.
import { asc, eq, inArray } from "drizzle-orm";
import {
  findRate,
  type Budget,
  type BudgetTotals,
  type CurrencyCode,
  type EstimateToComplete,
  type Money,
  type RateTable,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import type { CostReportView } from "./cost-report.ts";

export type EstimateRow = typeof schema.budgetEstimates.$inferSelect;

/** What the report says of an account's entered estimate. */
export interface AccountEstimate {
  /** As entered, in its own currency. */
  readonly amount: Money;
  readonly counted: boolean;
  readonly updatedAt: string;
  readonly updatedBy: string | null;
  readonly version: number;
}

export async function loadEstimates(db: Database, budgetId: string): Promise<EstimateRow[]> {
  return db
    .select()
    .from(schema.budgetEstimates)
    .where(eq(schema.budgetEstimates.budgetId, budgetId))
    .orderBy(asc(schema.budgetEstimates.accountCode));
}

/** Where an account's lines are paid and spent when it has none: its own or its category's, else the lead's. */
function accountPlace(budget: Budget, code: string): { partner: string; country: string } | null {
  for (const category of budget.categories) {
    const account = category.accounts.find((entry) => entry.code === code);
    if (!account) continue;
    const partner = account.partner ?? category.partner ?? budget.partners[0]?.id;
    const country =
      account.country ??
      category.country ??
      budget.partners.find((entry) => entry.id === partner)?.country ??
      undefined;
    return partner && country ? { partner, country } : null;
  }
  return null;
}

/**
 * The estimates the core can place, and what the report says of each account's. An account with budget lines
 * spreads its estimate over their partners and countries; one without lines puts it where its lines would go.
 */
export function placeEstimates(
  rows: readonly EstimateRow[],
  sources: { budget: Budget; totals: BudgetTotals; budgetRates: RateTable; currency: CurrencyCode },
): { estimates: EstimateToComplete[]; byAccount: Map<string, AccountEstimate> } {
  const accounts = new Set(sources.totals.accounts.map((account) => account.code));
  const withLines = new Set(sources.totals.lines.map((line) => line.account));
  const estimates: EstimateToComplete[] = [];
  const byAccount = new Map<string, AccountEstimate>();
  for (const row of rows) {
    const amount: Money = { minor: row.amountMinor, currency: row.currency.trim() as CurrencyCode };
    const convertible = findRate(sources.budgetRates, amount.currency, sources.currency).ok;
    const place = withLines.has(row.accountCode) ? null : accountPlace(sources.budget, row.accountCode);
    const counted =
      accounts.has(row.accountCode) && convertible && (withLines.has(row.accountCode) || place !== null);
    if (counted) estimates.push({ account: row.accountCode, amount, ...(place ?? {}) });
    byAccount.set(row.accountCode, {
      amount,
      counted,
      updatedAt: row.updatedAt.toISOString(),
      updatedBy: row.updatedBy,
      version: row.version,
    });
  }
  return { estimates, byAccount };
}

/** The names of the people who entered the report's estimates, by user id. */
export async function estimateAuthors(db: Database, view: CostReportView): Promise<Map<string, string>> {
  const ids = [...new Set(view.accounts.flatMap((account) => account.estimate?.updatedBy ?? []))];
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.users)
    .where(inArray(schema.users.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
