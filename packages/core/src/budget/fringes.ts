// Fringes on pay: a percentage of the pay in a fringe range, counted only up to the cutoff, or a flat sum per unit
// worked, capped at the cutoff. Everything is in base-currency minor units and rounded once per range, so a fringe
// with a cutoff never passes its cap. Nothing here reads a budget file or converts currencies itself.
import { allocateLargestRemainder } from "../money/allocate.ts";
import { divideRounded, type Ratio, type RoundingMode } from "../money/ratio.ts";

/** A fringe ready for arithmetic: its cutoff already in base minor units, a flat value in base minor per unit. */
export interface PreparedFringe {
  readonly id: string;
  readonly name: string;
  readonly kind: "percent" | "flat";
  /** percent: the percentage (30 for 30 %); flat: base minor units per unit worked. */
  readonly value: Ratio;
  /** percent: the most pay the fringe counts; flat: the most the fringe itself can be. Null when uncapped. */
  readonly cutoff: bigint | null;
}

export interface FringeRangeInput {
  /** Pay of the range's lines, base minor units. */
  readonly pay: bigint;
  /** Units worked (amount × x × unit factor, summed), for flat fringes. */
  readonly units: Ratio;
}

export interface RangeFringe {
  readonly fringe: bigint;
  /** The most this fringe can ever be for one range; null when it has no cutoff. */
  readonly cap: bigint | null;
}

/** The fringe of one range: rounded once, never negative, never above its cap. */
export function computeRangeFringe(
  fringe: PreparedFringe,
  range: FringeRangeInput,
  rounding: RoundingMode = "half-even",
): RangeFringe {
  if (fringe.kind === "percent") {
    const pay = range.pay > 0n ? range.pay : 0n;
    const basis = fringe.cutoff !== null && fringe.cutoff < pay ? fringe.cutoff : pay;
    const percentOf = (amount: bigint) =>
      divideRounded(amount * fringe.value.n, fringe.value.d * 100n, rounding);
    // Rounding is monotone, so basis ≤ cutoff gives fringe ≤ cap.
    return { fringe: percentOf(basis), cap: fringe.cutoff === null ? null : percentOf(fringe.cutoff) };
  }
  const raw = divideRounded(range.units.n * fringe.value.n, range.units.d * fringe.value.d, rounding);
  const positive = raw > 0n ? raw : 0n;
  return {
    fringe: fringe.cutoff !== null && fringe.cutoff < positive ? fringe.cutoff : positive,
    cap: fringe.cutoff,
  };
}

/** Splits a range's fringe over its lines in proportion to their pay (equally when none is paid). */
export function spreadFringe(fringe: bigint, linePay: readonly bigint[]): bigint[] {
  if (linePay.length === 0) return [];
  const weights = linePay.map((pay) => (pay > 0n ? pay : 0n));
  const usable = weights.some((weight) => weight > 0n) ? weights : weights.map(() => 1n);
  return allocateLargestRemainder(fringe, usable);
}
