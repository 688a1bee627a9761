// Adding decimals as people type them ("40", "12.5", "12,5") exactly, in hundred-millionths, never through a
// float: the shares form says «100 %» only when the server will agree, and totals of money stay exact.
const scale = 10n ** 8n;

/** The exact sum of decimal texts; null when one of them is not a non-negative decimal. */
export function sumDecimals(values: readonly string[], maxIntegerDigits = 15): string | null {
  let total = 0n;
  const pattern = new RegExp(`^\\s*(\\d{1,${maxIntegerDigits}})(?:[.,](\\d{1,8}))?\\s*$`, "u");
  for (const value of values) {
    const match = pattern.exec(value);
    if (!match) return null;
    total += BigInt(match[1]!) * scale + BigInt((match[2] ?? "").padEnd(8, "0"));
  }
  const fraction = (total % scale).toString().padStart(8, "0").replace(/0+$/u, "");
  return fraction ? `${total / scale}.${fraction}` : String(total / scale);
}

/** The sum of percentages (at most three whole digits each). */
export const sumPercentages = (values: readonly string[]) => sumDecimals(values, 3);
