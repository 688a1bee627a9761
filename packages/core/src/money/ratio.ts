// Exact rational numbers over bigint for rates, multipliers and formulas: a decimal string is read exactly,
// a product or quotient stays exact, and rounding to whole minor units happens once with a named mode.
// Nothing here uses floating point, and nothing rounds unless roundRatio is called.

/** numerator / denominator, with a positive denominator. Not necessarily in lowest terms. */
export interface Ratio {
  readonly n: bigint;
  readonly d: bigint;
}

/**
 * How a ratio becomes a whole number. "half-even" (banker's rounding) is the default everywhere in money:
 * it has no upward drift when many lines are rounded and summed.
 */
export type RoundingMode = "half-even" | "half-up" | "down" | "up" | "floor" | "ceiling";

export const roundingModes: readonly RoundingMode[] = [
  "half-even",
  "half-up",
  "down",
  "up",
  "floor",
  "ceiling",
];

export const ONE: Ratio = { n: 1n, d: 1n };
export const ZERO: Ratio = { n: 0n, d: 1n };

const powers: bigint[] = [];

/** 10^digits, cached for the small exponents money uses. */
export function powerOfTen(digits: number): bigint {
  if (digits < 0 || !Number.isInteger(digits)) throw new Error(`powerOfTen: bad exponent ${digits}`);
  if (digits < 64) return (powers[digits] ??= 10n ** BigInt(digits));
  return 10n ** BigInt(digits);
}

/** Reads "16.9831", "-0.5" or "42" exactly; anything else (commas, exponents, spaces) is null. */
export function parseDecimalRatio(text: string): Ratio | null {
  // A scan by hand rather than a regular expression: this reads the rate of every budget line on every recompute.
  // It accepts exactly /^[+-]?[0-9]+(\.[0-9]+)?$/, and reads other values as text first, as a RegExp would.
  if (typeof text !== "string") return parseDecimalRatio(String(text));
  const length = text.length;
  const first = text.charCodeAt(0);
  const start = first === 43 || first === 45 ? 1 : 0; // "+" or "-"
  // Digits 0-9 (48-57), and one "." (46) after at least one of them.
  let dot = -1;
  for (let i = start; i < length; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 && dot < 0 && i > start) dot = i;
    else if (code < 48 || code > 57) return null;
  }
  if (length === start || dot === length - 1) return null;
  // BigInt reads the sign and leading zeros itself: "-05" is -5n.
  if (dot < 0) return { n: BigInt(text), d: 1n };
  return { n: BigInt(text.slice(0, dot) + text.slice(dot + 1)), d: powerOfTen(length - dot - 1) };
}

export function ratioOfInteger(value: bigint): Ratio {
  return { n: value, d: 1n };
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

// Denominators are powers of ten in the common case; reducing only large ones keeps the hot path cheap.
const reduceAbove = 10n ** 24n;

function tidy(n: bigint, d: bigint): Ratio {
  if (d < reduceAbove) return { n, d };
  const divisor = gcd(n, d);
  return divisor > 1n ? { n: n / divisor, d: d / divisor } : { n, d };
}

export function addRatio(a: Ratio, b: Ratio): Ratio {
  return a.d === b.d ? { n: a.n + b.n, d: a.d } : tidy(a.n * b.d + b.n * a.d, a.d * b.d);
}

export function subtractRatio(a: Ratio, b: Ratio): Ratio {
  return addRatio(a, { n: -b.n, d: b.d });
}

export function multiplyRatio(a: Ratio, b: Ratio): Ratio {
  return tidy(a.n * b.n, a.d * b.d);
}

/** a ÷ b, or null when b is zero. */
export function divideRatio(a: Ratio, b: Ratio): Ratio | null {
  if (b.n === 0n) return null;
  const n = a.n * b.d;
  const d = a.d * b.n;
  return d < 0n ? tidy(-n, -d) : tidy(n, d);
}

export function compareRatio(a: Ratio, b: Ratio): -1 | 0 | 1 {
  const left = a.n * b.d;
  const right = b.n * a.d;
  return left < right ? -1 : left > right ? 1 : 0;
}

/** numerator ÷ denominator (denominator > 0) as a whole number, rounded by `mode`. */
export function divideRounded(numerator: bigint, denominator: bigint, mode: RoundingMode): bigint {
  if (denominator <= 0n) throw new Error("divideRounded: the denominator must be positive");
  const quotient = numerator / denominator; // truncates toward zero
  const remainder = numerator % denominator;
  if (remainder === 0n) return quotient;
  // One step away from zero; adding it only where needed keeps the hot path free of extra bigints.
  const away = numerator < 0n ? -1n : 1n;
  switch (mode) {
    case "down":
      return quotient;
    case "up":
      return quotient + away;
    case "floor":
      return away < 0n ? quotient + away : quotient;
    case "ceiling":
      return away < 0n ? quotient : quotient + away;
    case "half-up":
    case "half-even": {
      const twice = 2n * (remainder < 0n ? -remainder : remainder);
      if (twice > denominator) return quotient + away;
      if (twice < denominator) return quotient;
      return mode === "half-up" || quotient % 2n !== 0n ? quotient + away : quotient;
    }
  }
}

/** The ratio as a whole number, rounded by `mode` (half-even unless told). */
export function roundRatio(value: Ratio, mode: RoundingMode = "half-even"): bigint {
  return divideRounded(value.n, value.d, mode);
}

/** The ratio as a decimal string with at most `digits` decimals (rounded half-even), trailing zeros dropped. */
export function formatRatio(value: Ratio, digits: number): string {
  const scaled = divideRounded(value.n * powerOfTen(digits), value.d, "half-even");
  const negative = scaled < 0n;
  const text = (negative ? -scaled : scaled).toString().padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  const fraction = text.slice(text.length - digits).replace(/0+$/, "");
  return `${negative ? "-" : ""}${whole}${fraction ? `.${fraction}` : ""}`;
}
