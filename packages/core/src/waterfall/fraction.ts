// Exact decimals for the waterfall: percentages, shares and rates read from text into bigint fractions
// (read exactly by money/ratio.ts), applied with its half-even rounding, once per amount.
// Nothing here uses a binary float for money.
import { Decimal } from "decimal.js";
import { divideRounded, parseDecimalRatio, type Ratio } from "../money/ratio.ts";
import type { Fraction } from "./types.ts";

const plainDecimal = /^\d+(?:\.\d+)?$/;

/**
 * "12.5" → 12.5 exactly, however many digits; null for anything but a plain non-negative decimal
 * ("1e3", "-1", "12,5" are null).
 */
export function parseDecimalFraction(text: string): Fraction | null {
  if (!plainDecimal.test(text)) return null;
  const ratio = parseDecimalRatio(text);
  return ratio === null ? null : { numerator: ratio.n, denominator: ratio.d };
}

/** A percentage's text ("12.5") as the fraction of one it means (0.125). */
export function percentFraction(percent: Fraction): Fraction {
  return { numerator: percent.numerator, denominator: percent.denominator * 100n };
}

/** amount × fraction, rounded half to even (amount ≥ 0). */
export function applyFraction(amount: bigint, fraction: Fraction): bigint {
  return divideRounded(amount * fraction.numerator, fraction.denominator, "half-even");
}

/** The fraction as money/ratio.ts's Ratio. */
export function fractionRatio(fraction: Fraction): Ratio {
  return { n: fraction.numerator, d: fraction.denominator };
}

/** The fraction as a decimal string: exact when it terminates, else 12 significant digits. */
export function formatFraction(fraction: Fraction): string {
  const value = new Decimal(fraction.numerator.toString()).dividedBy(fraction.denominator.toString());
  const exact = value.times(fraction.denominator.toString()).equals(fraction.numerator.toString());
  return (exact ? value : value.toSignificantDigits(12)).toFixed();
}
