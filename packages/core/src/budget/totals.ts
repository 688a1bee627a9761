// The shapes of a computed budget: totals per line, account, category, top sheet, partner, country and currency,
// in the base currency and in a display currency. Types only; computeBudget (compute.ts) fills them.
import type { Money } from "../money/money.ts";
import type { RoundingMode } from "../money/ratio.ts";
import type { BudgetSide } from "./types.ts";

/** One amount in the base currency (the truth) and in the display currency (derived, rounded per line). */
export interface Amounts {
  readonly base: Money;
  readonly display: Money;
}

export interface LineTotal {
  /** JSON path of the line: `categories[0].accounts[1].lines[2]`. */
  readonly path: string;
  readonly id?: string;
  readonly category: string;
  readonly account: string;
  readonly description: string;
  readonly partner: string;
  readonly country: string;
  /** False when one of its groups is suppressed: the line then counts zero everywhere. */
  readonly included: boolean;
  readonly qualifying: boolean;
  /** amount × x × rate × unit factor in the line's currency, rounded half-even to its minor unit. */
  readonly subtotal: Money;
  /** The subtotal converted to the base currency, rounded once. */
  readonly subtotalBase: Money;
  /** This line's share of its fringes, base currency. */
  readonly fringes: Money;
  /** subtotalBase + fringes, or zero when the line is suppressed. */
  readonly total: Amounts;
}

export interface AccountTotal {
  readonly code: string;
  readonly name: string;
  readonly category: string;
  readonly fringes: Money;
  readonly total: Amounts;
}

export interface CategoryTotal {
  readonly code: string;
  readonly name: string;
  readonly side: BudgetSide;
  readonly fringes: Money;
  readonly total: Amounts;
}

export interface FringeTotal {
  readonly id: string;
  readonly name: string;
  readonly total: Money;
  readonly ranges: readonly { range: string; pay: Money; fringe: Money; cap: Money | null }[];
}

export interface PartnerTotal {
  readonly partner: string;
  readonly name: string;
  /** Lines plus the partner's share of the contingency. */
  readonly total: Amounts;
}

export interface CountryTotal {
  readonly country: string;
  /** Lines plus the country's share of the contingency. */
  readonly total: Amounts;
  /** Lines that count for the country's rebate, with their fringes, no contingency; base currency. */
  readonly qualifying: Money;
}

export interface CurrencyTotal {
  readonly currency: string;
  /** Sum of the included lines' subtotals in their own currency. */
  readonly subtotal: Money;
  readonly base: Money;
}

export interface VarianceRow {
  readonly code: string;
  readonly original: Money;
  readonly current: Money;
  /** current − original: positive means over the locked original. */
  readonly variance: Money;
}

export interface BudgetVariance {
  readonly lockedOn: string;
  readonly total: VarianceRow;
  readonly categories: readonly VarianceRow[];
  readonly accounts: readonly VarianceRow[];
}

export interface BudgetTotals {
  readonly title: string;
  readonly baseCurrency: string;
  readonly displayCurrency: string;
  readonly rates: { readonly date: string; readonly source: string };
  readonly rounding: RoundingMode;
  readonly lines: readonly LineTotal[];
  readonly accounts: readonly AccountTotal[];
  readonly categories: readonly CategoryTotal[];
  readonly aboveTheLine: Amounts;
  readonly belowTheLine: Amounts;
  /** Above plus below the line, before contingency. */
  readonly subtotal: Amounts;
  readonly fringes: Money;
  readonly contingency: Amounts;
  readonly total: Amounts;
  readonly partners: readonly PartnerTotal[];
  readonly countries: readonly CountryTotal[];
  readonly currencies: readonly CurrencyTotal[];
  readonly fringeTotals: readonly FringeTotal[];
  readonly variance?: BudgetVariance;
}
