// The phrasebook of the qualification engine: one function per kind of message, with typed params, and one
// implementation per interface language (en.ts, ru.ts). Rules decide and compute; a phrasebook only words what
// it is given, so adding a language never touches a rule. Nothing here reads the clock or the consortium.
import type { Money } from "../../money/money.ts";
import type { PartnerRole, PersonRole, PlaceKind, WorkKind } from "../consortium.ts";
import type { ConversionError } from "../conversion.ts";
import type { PointsElement } from "../rule-pack.ts";

export const messageLocales = ["ru", "en"] as const;
/** The interface languages the engine speaks; Russian is the product's first. */
export type MessageLocale = (typeof messageLocales)[number];

/** An exact decimal as the engine computes it, with a dot and at most two decimals: "12.5", "33.33". */
export type DecimalText = string;

/** A partner as messages cite it: name, country of registration (ISO 3166) and agreed share. */
export interface PartnerMention {
  readonly name: string;
  readonly country: string;
  readonly share: DecimalText;
}

export interface PersonMention {
  readonly name: string;
  readonly role: PersonRole;
  readonly citizenship: readonly string[];
}

/** An actor cited as a lead role, with the days worked, else the scenes, when known. */
export interface LeadMention extends PersonMention {
  readonly daysWorked?: number;
  readonly scenes?: number;
}

/** Two co-producers make a bilateral co-production, more make a multilateral one. */
export type ShareMode = "bilateral" | "multilateral";

export interface ShareLimitOffence {
  readonly partner: PartnerMention;
  readonly mode: ShareMode;
  readonly problem: "below-minimum" | "above-maximum";
  readonly limit: number;
}

export interface FinancialShareOffence {
  readonly partner: PartnerMention;
  readonly min: number;
  readonly max: number;
}

export type ThirdCountryOffence =
  | { readonly problem: "below"; readonly partner: PartnerMention; readonly limit: number }
  | { readonly problem: "above"; readonly partner: PartnerMention; readonly limit: number }
  | {
      readonly problem: "above-party";
      readonly partner: PartnerMention;
      /** The party country with the smallest share, and that share. */
      readonly party: string;
      readonly partyShare: DecimalText;
    };

/** A third-country co-producer's bounds, in %; either may be absent. */
export interface ThirdCountryBounds {
  readonly min?: number;
  readonly max?: number;
}

/** One party country's creative and technical contribution set against its money share. */
export interface ContributionRow {
  readonly country: string;
  readonly creativeShare: DecimalText;
  readonly moneyShare: DecimalText;
}

/** Why a points element scores nothing; `label` is already in the phrasebook's language. */
export type PointsLoss =
  | { readonly kind: "element-missing"; readonly label: string }
  | { readonly kind: "people-outside"; readonly label: string; readonly people: readonly PersonMention[] }
  | { readonly kind: "lead-missing"; readonly label: string }
  | { readonly kind: "lead-outside"; readonly label: string; readonly lead: LeadMention }
  | { readonly kind: "places-unweighable"; readonly label: string; readonly why: ConversionError }
  | { readonly kind: "places-mixed"; readonly label: string }
  | {
      readonly kind: "places-outside";
      readonly label: string;
      /** Whole percent of the days (or spend) in party countries. */
      readonly share: DecimalText;
      readonly unit: "days" | "spend";
    };

/** What a money rule measures, and against which country. */
export type MoneyMeasure =
  | { readonly kind: "company-work"; readonly country: string }
  | { readonly kind: "foreign-financing"; readonly country: string }
  | { readonly kind: "state-funding"; readonly country: string };

export interface MoneyShare {
  readonly measure: MoneyMeasure;
  readonly share: DecimalText;
  readonly part: Money;
  readonly total: Money;
  /** A minimum for company work, a maximum for the others. */
  readonly limit: number;
  /** When the rule fails: how much must move for it to pass. */
  readonly move?: Money;
}

export interface Phrasebook {
  readonly locale: MessageLocale;

  // Terms of the trade.
  personRole(role: PersonRole): string;
  partnerRole(role: PartnerRole): string;
  placeKind(kind: PlaceKind): string;
  workKind(kind: WorkKind): string;
  /** A points element's label when the pack gives none in this language. */
  elementLabel(element: PointsElement): string;

  // Shares.
  shareLimitsTooFew(p: { coProducers: number; partiesOnly: boolean }): string;
  shareLimitsMet(p: { mode: ShareMode; shares: readonly DecimalText[]; min: number; max: number }): string;
  shareLimitOffence(offence: ShareLimitOffence): string;
  shareLimitsBroken(p: {
    mode: ShareMode;
    coProducers: number;
    partiesOnly: boolean;
    min: number;
    max: number;
    offences: readonly ShareLimitOffence[];
  }): string;
  noFinancialCoProducer(): string;
  financialSharesMet(p: { min: number; max: number; partners: readonly PartnerMention[] }): string;
  financialShareOffence(offence: FinancialShareOffence): string;
  financialSharesBroken(p: { min: number; max: number; offences: readonly FinancialShareOffence[] }): string;
  allCoProducersFromParties(): string;
  nonPartySharesMet(p: { share: DecimalText; max: number }): string;
  nonPartySharesBroken(p: {
    partners: readonly PartnerMention[];
    share: DecimalText;
    max: number;
    excess: DecimalText;
  }): string;
  partiesPresent(p: { coProducers: number; countries: readonly string[] }): string;
  partiesAbsent(p: {
    tooFew: { coProducers: number; minimum: number } | null;
    missing: readonly string[];
  }): string;
  noThirdCountryCoProducer(): string;
  thirdCountryMet(p: ThirdCountryBounds & { partners: readonly PartnerMention[] }): string;
  thirdCountryOffence(offence: ThirdCountryOffence): string;
  thirdCountryBroken(p: ThirdCountryBounds & { offences: readonly ThirdCountryOffence[] }): string;

  // People and versions.
  languageVersionsPlanned(p: { languages: readonly string[] }): string;
  languageVersionsMissing(p: { required: readonly string[]; missing: readonly string[] }): string;
  producerFound(p: { country: string; producers: readonly string[] }): string;
  producerMissing(p: { country: string; roles: readonly PartnerRole[] }): string;
  nobodyInRoles(p: { roles: readonly PersonRole[] }): string;
  keyCreatives(p: {
    citizens: number;
    total: number;
    roles: readonly PersonRole[];
    country: string;
    atLeast: "majority" | "all";
    shortfall?: { count: number; others: readonly PersonMention[] };
  }): string;
  noCreativeCrew(): string;
  foreignCrew(p: {
    foreign: number;
    total: number;
    share: DecimalText;
    max: number;
    country: string;
    excess?: number;
  }): string;
  contributionFollowsMoney(p: { tolerance: number; rows: readonly ContributionRow[] }): string;
  contributionOffMoney(p: { tolerance: number; rows: readonly ContributionRow[] }): string;

  // Points.
  noPointsTable(p: { kind: WorkKind }): string;
  pointsTally(p: {
    points: number;
    maximum: number;
    required: number;
    lost: readonly { readonly loss: PointsLoss; readonly points: number }[];
  }): string;
  pointsLoss(loss: PointsLoss): string;

  // Money.
  noCompanyWork(): string;
  noFinancing(): string;
  cannotWeigh(p: { what: "work" | "financing"; why: ConversionError }): string;
  moneyShare(p: MoneyShare): string;
  conversionError(error: ConversionError): string;

  /** For a caller that has no agreed shares to evaluate yet. */
  sharesNotAgreed(): string;
}
