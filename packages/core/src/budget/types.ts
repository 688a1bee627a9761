// The shapes of a production budget (top sheet → category → account → detail line) and of its errors.
// Types only: nothing here computes, reads JSON or converts money.
import type { CountryCode } from "../geography/countries.ts";
import type { CurrencyCode } from "../money/currency.ts";

/** Above the line (rights, writers, producers, director, cast) or below it (everything else). */
export type BudgetSide = "above" | "below";

/** The kind of work, for rebate rules whose minimums differ by kind. */
export type ProjectKind = "feature" | "series" | "documentary" | "animation";

/**
 * A detail line: amount × x × rate × unit factor, in the line's currency. `amount`, `x` and `rate` are formulas
 * over the budget's globals ("SHOOTDAYS", "EPISODES * 2", "45000"); `rate` is a price in major units ("45000.50").
 */
export interface BudgetLine {
  readonly id?: string;
  readonly description: string;
  readonly amount: string;
  /** Name of a unit definition: "day", "week", "flat", "allow"… */
  readonly unit: string;
  /** The multiplier (people, sets, episodes); "1" when absent. */
  readonly x?: string;
  readonly rate: string;
  readonly currency: CurrencyCode;
  /** The paying partner's id; inherited from the account or category when absent. */
  readonly partner?: string;
  /** Country of spend; inherited from the account or category when absent. */
  readonly country?: CountryCode;
  /** Fringe ids added to those of the account and category. */
  readonly fringes?: readonly string[];
  /** Lines sharing a fringe range (one person's prep, shoot and wrap) share the fringes' cutoffs. */
  readonly fringeRange?: string;
  readonly groups?: readonly string[];
  /** Whether the spend counts as qualifying for the country's rebate; true when absent. */
  readonly qualifying?: boolean;
}

export interface BudgetAccount {
  readonly code: string;
  readonly name: string;
  readonly partner?: string;
  readonly country?: CountryCode;
  readonly fringes?: readonly string[];
  readonly lines: readonly BudgetLine[];
}

export interface BudgetCategory {
  readonly code: string;
  readonly name: string;
  readonly side: BudgetSide;
  readonly partner?: string;
  readonly country?: CountryCode;
  readonly fringes?: readonly string[];
  readonly accounts: readonly BudgetAccount[];
}

/**
 * A fringe (social contributions, holiday pay, insurance). "percent": `value` % of the pay in each fringe range,
 * the pay counted only up to `cutoff`. "flat": `value` per unit worked (amount × x × unit factor), the fringe
 * itself capped at `cutoff`. Amounts are decimals in `currency` (the base currency when absent).
 */
export interface Fringe {
  readonly id: string;
  readonly name: string;
  readonly kind: "percent" | "flat";
  readonly value: string;
  readonly cutoff?: string;
  readonly currency?: CurrencyCode;
}

/** `factor` multiplies the line (a unit "week" with day rates: "5"); "1" when absent. */
export interface UnitDefinition {
  readonly label: string;
  readonly factor?: string;
}

/** A tag on lines; a group that is not included is suppressed from every total (what-if). */
export interface BudgetGroup {
  readonly id: string;
  readonly name: string;
  readonly included: boolean;
}

/** Contingency as a percentage of all lines or of the below-the-line lines, after fringes. */
export interface Contingency {
  readonly percent: string;
  readonly scope: "all" | "below";
}

export interface BudgetPartner {
  readonly id: string;
  readonly name: string;
  readonly country?: CountryCode;
}

/** Totals frozen when the original budget was locked, as decimals in the base currency. */
export interface LockedOriginal {
  readonly lockedOn: string;
  readonly total: string;
  readonly categories: Readonly<Record<string, string>>;
  readonly accounts: Readonly<Record<string, string>>;
}

/** What a rebate rule needs beyond the money: shooting days and the local share of the crew, per country. */
export interface RebateFacts {
  readonly shootDays?: number;
  readonly localCrewPercent?: string;
}

export interface Budget {
  readonly title: string;
  readonly projectKind?: ProjectKind;
  readonly baseCurrency: CurrencyCode;
  readonly displayCurrency?: CurrencyCode;
  readonly globals: Readonly<Record<string, string>>;
  /** Added to (and overriding) the default unit definitions. */
  readonly units?: Readonly<Record<string, UnitDefinition>>;
  readonly fringes: readonly Fringe[];
  readonly groups: readonly BudgetGroup[];
  readonly contingency?: Contingency;
  readonly partners: readonly BudgetPartner[];
  readonly categories: readonly BudgetCategory[];
  readonly original?: LockedOriginal;
  readonly rebateFacts?: Readonly<Record<string, RebateFacts>>;
}

export type BudgetErrorCode =
  /** The JSON does not have the documented shape (format.ts). */
  | "BAD_FORMAT"
  | "BAD_FORMULA"
  | "UNKNOWN_GLOBAL"
  | "GLOBAL_CYCLE"
  | "DIVISION_BY_ZERO"
  | "UNKNOWN_UNIT"
  | "UNKNOWN_FRINGE"
  | "UNKNOWN_GROUP"
  | "UNKNOWN_PARTNER"
  | "UNKNOWN_ACCOUNT"
  | "NO_PARTNER"
  | "NO_COUNTRY"
  | "DUPLICATE_CODE"
  | "MISSING_RATE";

export interface BudgetError {
  readonly code: BudgetErrorCode;
  /** Where, as a JSON path: `categories[0].accounts[2].lines[4].rate`. */
  readonly path: string;
  /** One line for people, naming the thing that failed. */
  readonly message: string;
}
