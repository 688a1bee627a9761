// Shares money among payees of one tier pro rata and pari passu, with caps, by largest remainder; and turns the
// tier's cumulative total into this receipt's payments so that period totals do not depend on receipt order.
// Pure bigint arithmetic; it knows nothing of tiers, pots or parties.
import { allocateLargestRemainder } from "../money/allocate.ts";

/**
 * Splits `total` by `weights`, no part above its cap (water-filling: a capped payee is set at its cap and the
 * rest is split again among the others). `total` must not exceed the sum of the caps.
 */
export function allocateCapped(total: bigint, weights: readonly bigint[], caps: readonly bigint[]): bigint[] {
  const parts = weights.map(() => 0n);
  const open = weights.map((weight, index) => weight > 0n && (caps[index] ?? 0n) > 0n);
  let rest = total;
  while (rest > 0n) {
    const indexes = open.flatMap((isOpen, index) => (isOpen ? [index] : []));
    if (indexes.length === 0) throw new Error("allocateCapped: the total is more than the caps allow");
    const shares = allocateLargestRemainder(
      rest,
      indexes.map((index) => weights[index] ?? 0n),
    );
    const over = indexes.filter((index, at) => (shares[at] ?? 0n) >= (caps[index] ?? 0n));
    if (over.length === 0) {
      indexes.forEach((index, at) => (parts[index] = shares[at] ?? 0n));
      return parts;
    }
    for (const index of over) {
      parts[index] = caps[index] ?? 0n;
      rest -= parts[index];
      open[index] = false;
    }
  }
  return parts;
}

/**
 * This receipt's payments, when the tier has paid `paid` so far and `amount` more comes in: each payee's
 * cumulative target is its share of the tier's new total (capped by `rooms`, what each may still receive, unless
 * null), and the payment is the step to it.
 *
 * Largest remainder is not monotone in the total (the Alabama paradox: one more unit can take a unit from one
 * payee), so a step can come out at −1. A payment is never negative: such a step becomes 0 and the unit is taken
 * from the largest other steps; the next receipt's targets then heal the difference.
 */
export function stepToCumulative(
  amount: bigint,
  paid: readonly bigint[],
  weights: readonly bigint[],
  rooms: readonly bigint[] | null,
): bigint[] {
  let total = amount;
  for (const value of paid) total += value;
  const targets =
    rooms === null
      ? allocateLargestRemainder(total, weights)
      : allocateCapped(
          total,
          weights,
          paid.map((value, index) => value + (rooms[index] ?? 0n)),
        );
  const steps = targets.map((target, index) => target - (paid[index] ?? 0n));
  let owed = 0n;
  for (const [index, step] of steps.entries()) {
    if (step < 0n) {
      owed -= step;
      steps[index] = 0n;
    }
  }
  while (owed > 0n) {
    let largest = -1;
    for (const [index, step] of steps.entries())
      if (largest < 0 || step > (steps[largest] ?? 0n)) largest = index;
    steps[largest] = (steps[largest] ?? 0n) - 1n;
    owed -= 1n;
  }
  return steps;
}
