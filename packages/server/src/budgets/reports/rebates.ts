// The rebate estimate of a budget version: each country's qualifying spend put through that country's rule pack
// valid on the budget's rates date — the rebate it earns, every tier of the pack with what is still missing to reach
// it, all in the pack's currency and in the report's. Pure: the computed budget and packs in, the estimate out.
import {
  convertWithTable,
  defaultRebatePacks,
  estimateRebates,
  parseMoney,
  type Budget,
  type BudgetTotals,
  type CurrencyCode,
  type Money,
  type RateTable,
  type RebateContext,
  type RebateEstimate,
  type RebatePack,
  type RebateRequirement,
  type RebateShortfall,
} from "@kinomost/core";

export interface RebateTierView {
  readonly percent: string;
  readonly cap: Money | null;
  readonly requires: readonly RebateRequirement[];
  readonly reached: boolean;
  /** What the tier still needs: empty when reached, null when this project cannot reach it (its kind) or unknown. */
  readonly missing: readonly RebateShortfall[] | null;
}

export interface RebateCountryView {
  readonly country: string;
  /** The country's qualifying spend in the report's currency (null when no rate converts it). */
  readonly qualifying: Money | null;
  readonly estimate: RebateEstimate;
  readonly pack: (RebatePack & { capMoney: Money | null }) | null;
  /** The rebate in the report's currency. */
  readonly rebateInCurrency: Money | null;
  readonly tiers: readonly RebateTierView[];
}

export interface RebateReportView {
  readonly on: string;
  readonly currency: CurrencyCode;
  readonly countries: readonly RebateCountryView[];
  /** The sum of the countries' rebates in the report's currency; `complete` is false when one could not convert. */
  readonly total: { readonly rebate: Money; readonly complete: boolean };
}

export interface RebateSources {
  readonly budget: Budget;
  readonly totals: BudgetTotals;
  readonly rates: RateTable;
  readonly currency: CurrencyCode;
  readonly packs?: readonly RebatePack[];
}

const capOf = (text: string | undefined, currency: CurrencyCode): Money | null => {
  if (text === undefined) return null;
  const parsed = parseMoney(text, currency);
  return parsed.ok ? parsed.value : null;
};

/** Each tier alone through the core, so that every threshold says what it is missing, not just the next one. */
function tierViews(
  pack: RebatePack,
  qualifying: Money,
  context: RebateContext,
  country: string,
): RebateTierView[] {
  return pack.tiers.map((tier) => {
    const [alone] = estimateRebates(
      [{ country, qualifying }],
      [{ ...pack, tiers: [tier], cap: undefined }],
      context,
    );
    const reached = alone?.percent !== null && alone?.percent !== undefined;
    return {
      percent: tier.percent,
      cap: capOf(tier.cap, pack.currency),
      requires: tier.requires,
      reached,
      missing: reached ? [] : (alone?.next?.missing ?? null),
    };
  });
}

export function buildRebateReport(sources: RebateSources): RebateReportView {
  const { budget, totals, rates, currency } = sources;
  const packs = sources.packs ?? defaultRebatePacks;
  const context: RebateContext = {
    on: totals.rates.date,
    rates,
    ...(budget.projectKind ? { projectKind: budget.projectKind } : {}),
    ...(budget.rebateFacts ? { facts: budget.rebateFacts } : {}),
  };
  const toReport = (money: Money): Money | null => {
    const converted = convertWithTable(money, currency, rates);
    return converted.ok ? converted.value : null;
  };
  const countries = totals.countries.map((entry): RebateCountryView => {
    const [estimate] = estimateRebates(
      [{ country: entry.country, qualifying: entry.qualifying }],
      packs,
      context,
    );
    const pack =
      estimate!.pack &&
      packs.find((p) => p.id === estimate!.pack!.id && p.version === estimate!.pack!.version);
    return {
      country: entry.country,
      qualifying: toReport(entry.qualifying),
      estimate: estimate!,
      pack: pack ? { ...pack, capMoney: capOf(pack.cap, pack.currency) } : null,
      rebateInCurrency: toReport(estimate!.rebate),
      tiers: pack ? tierViews(pack, entry.qualifying, context, entry.country) : [],
    };
  });
  const converted = countries.map((country) => country.rebateInCurrency);
  return {
    on: context.on,
    currency,
    countries,
    total: {
      rebate: { minor: converted.reduce((sum, money) => sum + (money?.minor ?? 0n), 0n), currency },
      complete: converted.every((money) => money !== null),
    },
  };
}
