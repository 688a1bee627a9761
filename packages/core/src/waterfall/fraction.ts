// Exact decimals for the waterfall: percentages, shares and rates read from text into bigint fractions
// (decimal.js does the reading), and the one rounding rule money uses, half-even, applied once per amount.
// Nothing here uses a binary float for money.
import { Decimal } from "decimal.js";
import type { Fraction } from "./types.ts";

const plainDecimal = /^\d+(?:\.\d+)?$/;

/** "12.5" → 12.5 exactly; null for anything but a plain non-negative decimal ("1e3", "-1", "12,5" are null). */
export function parseDecimalFraction(text: string): Fraction | null {
  if (!plainDecimal.test(text)) return null;
  const value = new Decimal(text);
  const places = value.decimalPlaces();
  return {
    numerator: BigInt(value.times(new Decimal(10).pow(places)).toFixed(0)),
    denominator: 10n ** BigInt(places),
  };
}

/** A percentage's text ("12.5") as the fraction of one it means (0.125). */
export function percentFraction(percent: Fraction): Fraction {
  return { numerator: percent.numerator, denominator: percent.denominator * 100n };
}

/** numerator ÷ denominator (denominator > 0, numerator ≥ 0) rounded half to even. */
export function divideHalfEven(numerator: bigint, denominator: bigint): bigint {
  const quotient = numerator / denominator;
  const twice = 2n * (numerator % denominator);
  if (twice > denominator) return quotient + 1n;
  if (twice < denominator) return quotient;
  return quotient % 2n === 0n ? quotient : quotient + 1n;
}

/** amount × fraction, rounded half to even (amount ≥ 0). */
export function applyFraction(amount: bigint, fraction: Fraction): bigint {
  return divideHalfEven(amount * fraction.numerator, fraction.denominator);
}

/** True when the fraction is one or more. */
export function isWhole(fraction: Fraction): boolean {
  return fraction.numerator >= fraction.denominator;
}

/** The fraction as a decimal string: exact when it terminates, else 12 significant digits. */
export function formatFraction(fraction: Fraction): string {
  const value = new Decimal(fraction.numerator.toString()).dividedBy(fraction.denominator.toString());
  const exact = value.times(fraction.denominator.toString()).equals(fraction.numerator.toString());
  return (exact ? value : value.toSignificantDigits(12)).toFixed();
}
