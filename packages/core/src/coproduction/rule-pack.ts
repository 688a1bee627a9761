// The shape of a rule pack: a treaty's or a national-film test's thresholds, points tables and required roles as
// versioned data with its source. Types only: the numbers live in packs/, the evaluators in rules/.
import type { PartnerRole, PersonRole, PlaceKind, WorkKind } from "./consortium.ts";

/** A closed range of percentages, inclusive at both ends. */
export interface PercentRange {
  readonly min: number;
  readonly max: number;
}

export interface RuleBase {
  /** Stable within the pack; a UI translates messages by it. */
  readonly id: string;
  /** Where the rule comes from, and what about it is unverified. */
  readonly note?: string;
}

/** Co-producers (majority and minority partners) each within the range; which range by how many there are. */
export interface ShareLimitsRule extends RuleBase {
  readonly kind: "share-limits";
  readonly bilateral: PercentRange;
  readonly multilateral: PercentRange;
  /** Count and limit only co-producers established in a party country (treaties that admit outsiders apart). */
  readonly partiesOnly: boolean;
}

/** Financial-only co-producers each within the range. */
export interface FinancialShareRule extends RuleBase {
  readonly kind: "financial-share";
  readonly range: PercentRange;
}

/** Co-producers not established in a party country, together at most `max` %. */
export interface NonPartyShareRule extends RuleBase {
  readonly kind: "non-party-share";
  readonly max: number;
}

/** At least `minimum` co-producers from party countries, and one from each of `countries` when given. */
export interface PartiesPresentRule extends RuleBase {
  readonly kind: "parties-present";
  readonly minimum: number;
  readonly countries?: readonly string[];
}

/** Co-producers from outside the parties: each within [min, max] and, if asked, not above any party's share. */
export interface ThirdCountryShareRule extends RuleBase {
  readonly kind: "third-country-share";
  readonly min?: number;
  readonly max?: number;
  readonly notAboveParties?: boolean;
}

/** The language versions the film must be made in (ISO 639-1). */
export interface LanguageVersionsRule extends RuleBase {
  readonly kind: "language-versions";
  readonly languages: readonly string[];
}

/**
 * Each party country's creative and technical contribution (its citizens' share of the people in `roles`) is
 * within `tolerance` percentage points of its co-producers' money share.
 */
export interface ProportionalContributionRule extends RuleBase {
  readonly kind: "proportional-contribution";
  readonly roles: readonly PersonRole[];
  readonly tolerance: number;
}

/**
 * One line of a points table: a person in a role, a lead role by rank, or a kind of place. `label` is English;
 * `labels` gives it in other interface languages by language code (`{ "ru": "первая роль" }`).
 */
export type PointsElement = {
  readonly id: string;
  readonly label: string;
  readonly labels?: Readonly<Record<string, string>>;
  readonly points: number;
} & (
  { readonly role: PersonRole } | { readonly leadRank: number } | { readonly places: readonly PlaceKind[] }
);

export interface PointsTable {
  readonly required: number;
  readonly elements: readonly PointsElement[];
}

/**
 * An element scores when it comes from a party country: a person by citizenship (or residence, if allowed), every
 * holder of the role; a place when more than half its days (or spend) are there. Lead roles rank actors by days.
 */
export interface PointsRule extends RuleBase {
  readonly kind: "points";
  readonly tables: Partial<Record<WorkKind, PointsTable>>;
  readonly residenceCounts: boolean;
}

/** At least one partner in `roles` is registered in `country`. */
export interface ProducerFromRule extends RuleBase {
  readonly kind: "producer-from";
  readonly country: string;
  readonly roles: readonly PartnerRole[];
}

/** More than half (or all) of the people in `roles` are citizens of `country`. */
export interface KeyCreativesRule extends RuleBase {
  readonly kind: "key-creatives";
  readonly country: string;
  readonly roles: readonly PersonRole[];
  readonly atLeast: "majority" | "all";
}

/** At most `max` % of the people in `roles` are not citizens of `country`. */
export interface ForeignCrewRule extends RuleBase {
  readonly kind: "foreign-crew-max";
  readonly country: string;
  readonly roles: readonly PersonRole[];
  readonly max: number;
}

/** At least `min` % of the value of the companies' work is done by companies registered in `country`. */
export interface CompanyWorkRule extends RuleBase {
  readonly kind: "company-work-min";
  readonly country: string;
  readonly min: number;
}

/** At most `max` % of the financing comes from outside `country`. */
export interface ForeignFinancingRule extends RuleBase {
  readonly kind: "foreign-financing-max";
  readonly country: string;
  readonly max: number;
}

/** At most `max` % of the financing is state money of `country`. */
export interface StateFundingRule extends RuleBase {
  readonly kind: "state-funding-max";
  readonly country: string;
  readonly max: number;
}

export type Rule =
  | ShareLimitsRule
  | FinancialShareRule
  | NonPartyShareRule
  | PartiesPresentRule
  | ThirdCountryShareRule
  | LanguageVersionsRule
  | ProportionalContributionRule
  | PointsRule
  | ProducerFromRule
  | KeyCreativesRule
  | ForeignCrewRule
  | CompanyWorkRule
  | ForeignFinancingRule
  | StateFundingRule;

export type RuleKind = Rule["kind"];

export interface RulePackSource {
  /** The instrument's name as cited. */
  readonly title: string;
  readonly urls: readonly string[];
}

export interface RulePack {
  /** Stable, lower-case with hyphens: "european-convention-2017". */
  readonly id: string;
  /** The name in English, the default. */
  readonly name: string;
  /** The name in other interface languages, by language code: `{ "ru": "Европейская конвенция (2017)" }`. */
  readonly names?: Readonly<Record<string, string>>;
  /** The pack's own version; bump it when a number changes. */
  readonly version: string;
  readonly kind: "treaty" | "national-film";
  readonly source: RulePackSource;
  /** YYYY-MM-DD from which the instrument applies. */
  readonly validFrom: string;
  readonly validTo?: string;
  /** ISO 3166 codes of the countries party to the instrument (for a national-film test, the one country). */
  readonly parties: readonly string[];
  readonly rules: readonly Rule[];
  /** What the pack leaves out or could not verify; shown beside its results. */
  readonly notes?: readonly string[];
}

/** The result of one rule: `message` for people in the language asked for, `params` for programs. */
export interface RuleOutcome {
  readonly id: string;
  readonly pass: boolean;
  readonly message: string;
  readonly params: Readonly<Record<string, string | number | boolean | readonly string[]>>;
}
