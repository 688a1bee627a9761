// Splits a whole number of minor units by weights with the largest-remainder method:
// the parts always add up to the whole and each is within one unit of its exact share.

/**
 * Allocates `total` in proportion to `weights` (non-negative integers, at least one positive).
 * Ties in the remainders go to the earlier weight, so the result is deterministic.
 */
export function allocateLargestRemainder(total: bigint, weights: readonly bigint[]): bigint[] {
  if (weights.length === 0) throw new Error("allocate: no weights");
  if (weights.some((weight) => weight < 0n)) throw new Error("allocate: negative weight");
  const sum = weights.reduce((a, b) => a + b, 0n);
  if (sum === 0n) throw new Error("allocate: weights sum to zero");
  const negative = total < 0n;
  const whole = negative ? -total : total;
  const parts = weights.map((weight) => (whole * weight) / sum);
  const remainders = weights.map((weight, index) => ({ index, remainder: (whole * weight) % sum }));
  let left = whole - parts.reduce((a, b) => a + b, 0n);
  remainders.sort((a, b) =>
    a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1,
  );
  for (const { index } of remainders) {
    if (left === 0n) break;
    parts[index] = (parts[index] ?? 0n) + 1n;
    left -= 1n;
  }
  return negative ? parts.map((part) => -part) : parts;
}
