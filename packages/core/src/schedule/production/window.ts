// Re-ordering a window of one unit's shifts with the exact talent-scheduling solver (../talent/solve.ts).
// The shifts of a window are the solver's "scenes" (one day each, or a run of days for a block), the cast in
// them its actors, daily rates its wages. People who work before the window (in any unit) are already on
// call when it starts, and people who work after it stay on call to its end: two pinned dummy scenes, L first
// and R last, carry them. The solver has no pins, so two extra actors with a prohibitive wage pin them: X is
// in L and every real scene, Y in R and every real scene; any order with R (or L) between two real scenes
// pays X (or Y) for it, so in an optimal order L and R are the two ends, and a reversed order is read back.
// People on call on both sides are paid for the whole window whatever its order and are left out.
import { solveTalentSchedule } from "../talent/solve.ts";
import type { TalentInstance } from "../talent/instance.ts";

export interface WindowPack {
  /** Days this pack lasts (1 for a shift, n for a block of n shifts). */
  readonly days: number;
  /** Cast indexes in the pack. */
  readonly cast: readonly number[];
}

export interface WindowOrderInput {
  readonly packs: readonly WindowPack[];
  /** Daily rate per cast index (any positive scale). */
  readonly rate: (c: number) => number;
  /** Whether the person works before / after the window. */
  readonly before: (c: number) => boolean;
  readonly after: (c: number) => boolean;
  readonly nodeLimit: number;
}

export interface WindowOrder {
  /** Pack indexes in the new order. */
  readonly order: number[];
  /** Holding cost of that order in the solver's integer wages, and of the input order. */
  readonly cost: number;
  readonly inputCost: number;
  readonly optimal: boolean;
}

/** The cheapest order of the packs the solver finds within its node limit; null when no one's pay depends on it. */
export function orderWindow(input: WindowOrderInput): WindowOrder | null {
  const k = input.packs.length;
  if (k < 2) return null;
  const people = new Map<number, number>();
  input.packs.forEach((pack) => {
    for (const c of pack.cast) if (!people.has(c)) people.set(c, people.size);
  });
  const rows: number[][] = [];
  const wages: number[] = [];
  let largest = 0;
  for (const c of people.keys()) largest = Math.max(largest, input.rate(c));
  if (largest <= 0) return null;
  // Integer wages up to 10^5: the solver sums doubles, exact for integers this small.
  const scale = 100_000 / largest;
  for (const c of people.keys()) {
    const before = input.before(c);
    const after = input.after(c);
    if (before && after) continue;
    const row = new Array<number>(k + 2).fill(0);
    row[0] = before ? 1 : 0;
    row[k + 1] = after ? 1 : 0;
    input.packs.forEach((pack, i) => {
      if (pack.cast.includes(c)) row[i + 1] = 1;
    });
    rows.push(row);
    wages.push(Math.max(1, Math.round(input.rate(c) * scale)));
  }
  if (rows.length === 0) return null;
  const days = input.packs.reduce((sum, pack) => sum + pack.days, 0) + 2;
  const pin = wages.reduce((a, b) => a + b, 0) * days + 1;
  const x = new Array<number>(k + 2).fill(1);
  x[k + 1] = 0;
  const y = new Array<number>(k + 2).fill(1);
  y[0] = 0;
  const instance: TalentInstance = {
    duration: [1, ...input.packs.map((pack) => pack.days), 1],
    cost: [...wages, pin, pin],
    requires: [...rows, x, y],
  };
  const result = solveTalentSchedule(instance, { nodeLimit: input.nodeLimit, cacheEntries: 1 << 12 });
  let order = result.order;
  if (order[0] !== 0) order = [...order].reverse();
  if (order[0] !== 0 || order[order.length - 1] !== k + 1) return null;
  const inputOrder = Array.from({ length: k + 2 }, (_, i) => i);
  const holding = (o: readonly number[]) => {
    // Holding of the real people only (the pins are 0 when L and R are at the ends).
    let total = 0;
    rows.forEach((row, a) => {
      let first = -1;
      let last = -1;
      let work = 0;
      let at = 0;
      const start: number[] = [];
      o.forEach((s) => {
        start.push(at);
        at += instance.duration[s] ?? 0;
      });
      o.forEach((s, p) => {
        if (row[s] === 1) {
          if (first < 0) first = p;
          last = p;
          work += instance.duration[s] ?? 0;
        }
      });
      if (first >= 0) {
        const span = (start[last] ?? 0) + (instance.duration[o[last] ?? 0] ?? 0) - (start[first] ?? 0);
        total += (wages[a] ?? 0) * (span - work);
      }
    });
    return total;
  };
  return {
    order: order.slice(1, -1).map((s) => s - 1),
    cost: holding(order),
    inputCost: holding(inputOrder),
    optimal: result.optimal,
  };
}
