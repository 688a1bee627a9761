// The shape of a rebate rule pack: one country's incentive as versioned data with its source, validity dates and
// status, tiers of percentages with the requirements that unlock each, and a cap. Types only; no figures here.
import type { CountryCode } from "../geography/countries.ts";
import type { CurrencyCode } from "../money/currency.ts";
import type { ProjectKind } from "./types.ts";

export type RebateRequirement =
  /**
   * Qualifying spend at least (or strictly over) an amount, in `currency` (the pack's when absent), or as a
   * number of index units (`indexUnit: "MCI"`, valued by the pack's index table on the evaluation date).
   */
  | {
      readonly kind: "spend";
      readonly atLeast?: string;
      readonly over?: string;
      readonly currency?: CurrencyCode;
      readonly indexUnit?: string;
    }
  | { readonly kind: "shootDays"; readonly atLeast: number }
  | { readonly kind: "localCrewPercent"; readonly atLeast: string }
  | { readonly kind: "projectKind"; readonly oneOf: readonly ProjectKind[] }
  | { readonly kind: "anyOf"; readonly options: readonly RebateRequirement[] };

export interface RebateTier {
  /** Percentage of the qualifying spend ("30" for 30 %). */
  readonly percent: string;
  /** All must hold for the tier to apply. */
  readonly requires: readonly RebateRequirement[];
  /** A cap of this tier alone, in the pack's currency. */
  readonly cap?: string;
}

export interface IndexUnitValue {
  readonly validFrom: string;
  /** Value of one index unit in the pack's currency. */
  readonly value: string;
}

export interface RebatePack {
  readonly id: string;
  readonly country: CountryCode;
  readonly version: string;
  readonly name: string;
  /** YYYY-MM-DD, inclusive. */
  readonly validFrom: string;
  readonly validUntil?: string;
  /** "unverified" packs are placeholders from secondary sources: shown, but to be checked before use. */
  readonly status: "official" | "secondary" | "unverified";
  readonly sources: readonly string[];
  readonly notes?: string;
  /** The currency the rule's amounts (caps, minimums) are stated in; the rebate is reported in it. */
  readonly currency: CurrencyCode;
  /** The best tier whose requirements all hold applies; no tiers means the country has no rebate. */
  readonly tiers: readonly RebateTier[];
  /** A cap per project in the pack's currency. */
  readonly cap?: string;
  /** For "up to N %" schemes: the estimate uses the tier's percentage, and N is shown as the most possible. */
  readonly upToPercent?: string;
  readonly indexUnits?: Readonly<Record<string, readonly IndexUnitValue[]>>;
}
