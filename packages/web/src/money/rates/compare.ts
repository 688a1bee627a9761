// Budget rate against actual rate, exactly: the difference of two decimal rates and its percentage of the budget
// rate, computed in integers scaled to the longer fraction (a rate is never a float here either).

function scaled(decimal: string, scale: number): bigint {
  const negative = decimal.startsWith("-");
  const [whole = "0", fraction = ""] = decimal.replace(/^-/, "").split(".");
  const digits = BigInt(`${whole}${fraction.padEnd(scale, "0")}`);
  return negative ? -digits : digits;
}

const fractionOf = (decimal: string) => decimal.split(".")[1]?.length ?? 0;

function toDecimal(value: bigint, scale: number): string {
  const negative = value < 0n;
  const digits = (negative ? -value : value).toString().padStart(scale + 1, "0");
  const whole = digits.slice(0, digits.length - scale);
  const fraction = scale > 0 ? `.${digits.slice(digits.length - scale)}` : "";
  return `${negative ? "-" : ""}${whole}${fraction}`;
}

/** actual − budget, as a decimal with the longer of the two fractions. */
export function rateDifference(budget: string, actual: string): string {
  const scale = Math.max(fractionOf(budget), fractionOf(actual));
  return toDecimal(scaled(actual, scale) - scaled(budget, scale), scale);
}

/** (actual − budget) ÷ budget × 100, rounded half away from zero to two decimals; null for a zero budget rate. */
export function rateChangePercent(budget: string, actual: string): string | null {
  const scale = Math.max(fractionOf(budget), fractionOf(actual));
  const base = scaled(budget, scale);
  if (base === 0n) return null;
  const numerator = (scaled(actual, scale) - base) * 10_000n;
  const negative = numerator < 0n !== base < 0n;
  const magnitude = (numerator < 0n ? -numerator : numerator) * 2n;
  const divisor = base < 0n ? -base : base;
  const rounded = (magnitude / divisor + 1n) / 2n;
  return toDecimal(negative ? -rounded : rounded, 2);
}
