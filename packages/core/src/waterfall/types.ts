// The shapes of a recoupment waterfall once validated, of receipts, of a run and of its trace.
// Types and small constant lists only: nothing here parses, validates or moves money.
import type { CurrencyCode } from "../money/currency.ts";
import type { Money } from "../money/money.ts";

/** An exact non-negative fraction: a percentage of 12.5 % is { numerator: 125n, denominator: 1000n }. */
export interface Fraction {
  readonly numerator: bigint;
  readonly denominator: bigint;
}

/** Media a receipt comes from; "all" is a deal across media (a minimum guarantee for a territory). */
export const waterfallMedia = [
  "theatrical",
  "free-tv",
  "pay-tv",
  "svod",
  "avod",
  "tvod",
  "est",
  "fast",
  "airline",
  "ship",
  "non-theatrical",
  "all",
] as const;

export type WaterfallMedia = (typeof waterfallMedia)[number];

/** A territory code on a receipt: ISO 3166-1 alpha-2, or "WW" for a worldwide or multi-territory deal. */
export const worldwideTerritory = "WW";

export interface WaterfallParty {
  readonly id: string;
  readonly name: string;
}

/** Money a party put in, recouped with a premium: the target is amount × (1 + premium), rounded half-even. */
export interface WaterfallInvestment {
  readonly id: string;
  readonly party: string;
  readonly amount: bigint;
  readonly premium: Fraction;
  readonly target: bigint;
}

/** A percentage of the money reaching the pot ("gross") or of what reaches this tier ("remainder"). */
export interface FeeTier {
  readonly kind: "fee";
  readonly id: string;
  readonly party: string;
  readonly rate: Fraction;
  readonly of: "gross" | "remainder";
  /** Total the fee may ever take, in minor units; null for none. */
  readonly cap: bigint | null;
}

/** A share of gross reserved for one party from the first money, ahead of everyone below it. */
export interface CorridorTier {
  readonly kind: "corridor";
  readonly id: string;
  readonly party: string;
  readonly rate: Fraction;
  readonly cap: bigint | null;
}

/** Expenses a party gets back before anyone below, never more than the agreed cap in total. */
export interface ExpensesTier {
  readonly kind: "expenses";
  readonly id: string;
  readonly party: string;
  readonly cap: bigint;
}

/** Investments recouped pro rata and pari passu (in proportion to each target, together) up to their targets. */
export interface RecoupTier {
  readonly kind: "recoup";
  readonly id: string;
  readonly investments: readonly string[];
}

/** Deferred fees paid pro rata and pari passu up to each amount. */
export interface DefermentTier {
  readonly kind: "deferment";
  readonly id: string;
  readonly payees: readonly { readonly party: string; readonly amount: bigint }[];
}

/** Everything that reaches it, split by shares; the shares are exact and kept as integer weights. */
export interface SplitTier {
  readonly kind: "split";
  readonly id: string;
  readonly shares: readonly { readonly party: string; readonly share: string; readonly weight: bigint }[];
}

export type WaterfallTier = FeeTier | CorridorTier | ExpensesTier | RecoupTier | DefermentTier | SplitTier;
export type WaterfallTierKind = WaterfallTier["kind"];

/** An ordered list of tiers; what passes the last tier flows to `then`, or stays in the collection account. */
export interface WaterfallPot {
  readonly id: string;
  readonly tiers: readonly WaterfallTier[];
  readonly then: string | null;
}

/** Receipts from these territories and media enter `pot`; null matches anything. The first match wins. */
export interface WaterfallRoute {
  readonly territories: readonly string[] | null;
  readonly media: readonly WaterfallMedia[] | null;
  readonly pot: string;
}

/** A validated waterfall: every reference resolves, every tier can be reached, the pots form no cycle. */
export interface WaterfallDefinition {
  readonly title: string;
  readonly currency: CurrencyCode;
  readonly parties: readonly WaterfallParty[];
  readonly investments: readonly WaterfallInvestment[];
  readonly pots: readonly WaterfallPot[];
  readonly routes: readonly WaterfallRoute[];
  /** The pot for receipts no route matches. */
  readonly entry: string;
  /** How many days back a receipt may look for the latest published rate (weekends, holidays). */
  readonly rateLookbackDays: number;
}

/** One line of money collected; `row` is the line of the receipts file it came from (the header is line 1). */
export interface Receipt {
  readonly row: number;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly source: string;
  readonly territory: string;
  readonly media: WaterfallMedia;
  readonly amount: Money;
}

/** The rate a receipt was converted at: one `from` is `value` units of `to`, in force on `date`. */
export interface AppliedRate {
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  readonly date: string;
  /** Decimal string, exact when it terminates, else 12 significant digits. */
  readonly value: string;
  /** "direct", "inverse" or "cross" through the table's base. */
  readonly via: "direct" | "inverse" | "cross";
  readonly base: CurrencyCode;
}

export interface TracePayment {
  readonly party: string;
  readonly amount: bigint;
  /** Set on recoupment: the investment the payment recoups. */
  readonly investment?: string;
}

/** One tier applied to one receipt: what reached it, who was paid, what went on. */
export interface TraceStep {
  readonly pot: string;
  readonly tier: string;
  readonly kind: WaterfallTierKind;
  readonly in: bigint;
  readonly payments: readonly TracePayment[];
  readonly out: bigint;
}

export interface ReceiptTrace {
  readonly row: number;
  readonly date: string;
  readonly source: string;
  readonly territory: string;
  readonly media: WaterfallMedia;
  readonly amount: Money;
  readonly rate: AppliedRate | null;
  /** The receipt in the waterfall's currency, minor units. */
  readonly gross: bigint;
  /** The pot the receipt entered (its route's, or the entry). */
  readonly pot: string;
  readonly steps: readonly TraceStep[];
  /** What no tier took: it stays in the collection account. */
  readonly retained: bigint;
}

export interface WaterfallRun {
  readonly currency: CurrencyCode;
  readonly received: bigint;
  /** Every party of the definition, in its order, with what it was paid in total. */
  readonly distributed: ReadonlyMap<string, bigint>;
  readonly retained: bigint;
  /** Empty when the run was asked for totals only. */
  readonly trace: readonly ReceiptTrace[];
}

/** A receipt that cannot enter the waterfall: no published rate in reach of its date. */
export interface WaterfallRunError {
  readonly code: "MISSING_RATE";
  readonly row: number;
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  readonly date: string;
  readonly message: string;
}

export type WaterfallRunResult =
  | { readonly ok: true; readonly value: WaterfallRun }
  | { readonly ok: false; readonly errors: readonly WaterfallRunError[] };
