// The cost report of one budget version: the grouped ledger fed to the core's computeCostReport, rows per category,
// account, partner and country with the partner's agreed share and its share of the spend, what the caller's view of
// the ledger covers, and the ledger groups that could not be placed (an account not in this budget, a currency
// without a rate) as problems beside the report instead of a failure. Pure: data in, the report out.
import type { Budget, CostReportRow, CurrencyCode, Money } from "@kinomost/core";
import { percentText } from "../exports/top-sheet.ts";
import { placeEstimates, type AccountEstimate, type EstimateRow } from "./estimates.ts";
import { reportLedger, type CostProblem, type LedgerInput } from "./ledger.ts";

export const costFields = [
  "budget",
  "actual",
  "estimateToComplete",
  "estimateAtCompletion",
  "variance",
  "fxVariance",
] as const;
export type CostAmounts = Record<(typeof costFields)[number], Money>;

export interface ReportPartner {
  readonly id: string;
  readonly name: string;
  /** The agreed share of the co-production (partners.share), a decimal percentage; null until agreed. */
  readonly share: string | null;
}

export interface CostReportView {
  readonly currency: CurrencyCode;
  readonly basis: "budget" | "actual";
  readonly categories: readonly (CostAmounts & { code: string; name: string; side: "above" | "below" })[];
  readonly accounts: readonly (CostAmounts & {
    code: string;
    name: string;
    category: { code: string; name: string };
    /** The accountant's estimate to complete as entered; null when the ETC is the rest of the budget. */
    estimate: AccountEstimate | null;
  })[];
  readonly partners: readonly (CostAmounts & {
    id: string;
    name: string;
    agreedShare: string | null;
    budgetShare: string | null;
    actualShare: string | null;
    /** Whether this partner's actuals are in the report (the caller may see them). */
    included: boolean;
  })[];
  readonly countries: readonly (CostAmounts & { country: string; actualShare: string | null })[];
  readonly total: CostAmounts;
  readonly coverage: {
    readonly complete: boolean;
    readonly partners: readonly { id: string; name: string; included: boolean }[];
    readonly rows: number;
    /** The ledger amounts in the report, per currency as booked (before any conversion). */
    readonly byCurrency: readonly { currency: string; rows: number; amount: Money }[];
  };
  readonly problems: readonly CostProblem[];
  readonly actualRates: {
    readonly tables: number;
    readonly first: string | null;
    readonly last: string | null;
  };
}

export interface CostReportSources extends Omit<LedgerInput, "estimates"> {
  readonly budget: Budget;
  /** The version's stored estimates to complete. */
  readonly estimates?: readonly EstimateRow[];
  /** The project's partners in the consortium's order. */
  readonly partners: readonly ReportPartner[];
  /** The partners whose actuals the caller may see (and that `groups` were read for). */
  readonly visiblePartners: readonly string[];
}

const amountsOf = (row: CostReportRow): CostAmounts => ({
  budget: row.budget,
  actual: row.actual,
  estimateToComplete: row.estimateToComplete,
  estimateAtCompletion: row.estimateAtCompletion,
  variance: row.variance,
  fxVariance: row.fxVariance,
});

function sumAmounts(rows: readonly CostAmounts[], currency: CurrencyCode): CostAmounts {
  const sum = (field: (typeof costFields)[number]) => ({
    minor: rows.reduce((total, row) => total + row[field].minor, 0n),
    currency,
  });
  return Object.fromEntries(costFields.map((field) => [field, sum(field)])) as CostAmounts;
}

export function buildCostReport(sources: CostReportSources): CostReportView {
  const { budget, totals, currency } = sources;
  const { estimates, byAccount: entered } = placeEstimates(sources.estimates ?? [], sources);
  const { report, groups, problems } = reportLedger({ ...sources, estimates });

  const zero = sumAmounts([], currency);
  const byAccount = new Map(report.accounts.map((row) => [row.key, amountsOf(row)]));
  const accounts = budget.categories.flatMap((category) =>
    category.accounts.map((account) => ({
      code: account.code,
      name: account.name,
      category: { code: category.code, name: category.name },
      estimate: entered.get(account.code) ?? null,
      ...(byAccount.get(account.code) ?? zero),
    })),
  );
  const categories = budget.categories.map((category) => ({
    code: category.code,
    name: category.name,
    side: category.side,
    ...sumAmounts(
      accounts.filter((account) => account.category.code === category.code),
      currency,
    ),
  }));
  const total = amountsOf(report.total);
  const share = (part: Money, whole: Money) => percentText(part.minor, whole.minor);

  const visible = new Set(sources.visiblePartners);
  const known = new Map(sources.partners.map((partner) => [partner.id, partner]));
  const byPartner = new Map(report.partners.map((row) => [row.key, amountsOf(row)]));
  const partnerIds = [
    ...sources.partners.map((partner) => partner.id),
    ...report.partners.map((row) => row.key).filter((id) => !known.has(id)),
  ];
  const budgetNames = new Map(totals.partners.map((partner) => [partner.partner, partner.name]));
  const partners = partnerIds.map((id) => {
    const amounts = byPartner.get(id) ?? zero;
    return {
      id,
      name: known.get(id)?.name ?? budgetNames.get(id) ?? id,
      agreedShare: known.get(id)?.share ?? null,
      budgetShare: share(amounts.budget, total.budget),
      actualShare: share(amounts.actual, total.actual),
      included: visible.has(id),
      ...amounts,
    };
  });
  const countries = report.countries.map((row) => ({
    country: row.key,
    actualShare: share(row.actual, total.actual),
    ...amountsOf(row),
  }));

  const byCurrency = new Map<string, { rows: number; minor: bigint }>();
  for (const group of groups) {
    const entry = byCurrency.get(group.currency) ?? { rows: 0, minor: 0n };
    byCurrency.set(group.currency, { rows: entry.rows + group.rows, minor: entry.minor + group.minor });
  }
  const dates = sources.actualRates.map((table) => table.date).sort();
  return {
    currency,
    basis: sources.basis,
    categories,
    accounts,
    partners,
    countries,
    total,
    coverage: {
      complete: sources.partners.every((partner) => visible.has(partner.id)),
      partners: sources.partners.map(({ id, name }) => ({ id, name, included: visible.has(id) })),
      rows: groups.reduce((sum, group) => sum + group.rows, 0),
      byCurrency: [...byCurrency.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([code, entry]) => ({
          currency: code,
          rows: entry.rows,
          amount: { minor: entry.minor, currency: code as CurrencyCode },
        })),
    },
    problems,
    actualRates: { tables: dates.length, first: dates[0] ?? null, last: dates.at(-1) ?? null },
  };
}
