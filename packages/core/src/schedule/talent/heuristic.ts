// A good first order for the exact search, so it prunes from the start: local search over a reduced
// instance, moving one scene at a time to the position where it costs least, until no move helps. Pure and
// deterministic; the search still proves (or improves on) whatever this finds.

import { buildByteTable, tableSum } from "./bitset.ts";
import type { ReducedTalentInstance } from "./preprocess.ts";

/** Cost of orders of the reduced scenes, by prefix and suffix unions of casts: O(n · actor words). */
class OrderCost {
  private readonly reduced: ReducedTalentInstance;
  private readonly table: Float64Array;
  private readonly before: Uint32Array;
  private readonly after: Uint32Array;

  constructor(reduced: ReducedTalentInstance) {
    this.reduced = reduced;
    this.table = buildByteTable(reduced.cost, reduced.actorWords);
    this.before = new Uint32Array((reduced.n + 1) * reduced.actorWords);
    this.after = new Uint32Array((reduced.n + 1) * reduced.actorWords);
  }

  /** Everyone who has a scene before p and one after p, and is not in p, is paid for p's days. */
  of(order: ArrayLike<number>): number {
    const { actorWords: aw, duration, sceneActors } = this.reduced;
    const { before, after, table } = this;
    const n = order.length;
    for (let w = 0; w < aw; w++) {
      before[w] = 0;
      after[n * aw + w] = 0;
    }
    for (let p = 0; p < n; p++) {
      const s = order[p] ?? 0;
      for (let w = 0; w < aw; w++)
        before[(p + 1) * aw + w] = (before[p * aw + w] ?? 0) | (sceneActors[s * aw + w] ?? 0);
    }
    for (let p = n - 1; p >= 0; p--) {
      const s = order[p] ?? 0;
      for (let w = 0; w < aw; w++)
        after[p * aw + w] = (after[(p + 1) * aw + w] ?? 0) | (sceneActors[s * aw + w] ?? 0);
    }
    let total = 0;
    for (let p = 0; p < n; p++) {
      const s = order[p] ?? 0;
      let wage = 0;
      for (let w = 0; w < aw; w++) {
        const held =
          (before[p * aw + w] ?? 0) & (after[(p + 1) * aw + w] ?? 0) & ~(sceneActors[s * aw + w] ?? 0);
        if (held !== 0) wage += tableSum(table, w, held);
      }
      total += wage * (duration[s] ?? 0);
    }
    return total;
  }
}

/** mulberry32: a small seeded generator, so the heuristic is deterministic. */
function seeded(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Moves the scene at `from` so that it ends up at index `to`, writing the result to `target`. */
function moveScene(order: Int32Array, from: number, to: number, target: Int32Array) {
  const s = order[from] ?? 0;
  let k = 0;
  for (let p = 0; p < order.length; p++) {
    if (p === from) continue;
    if (k === to) target[k++] = s;
    target[k++] = order[p] ?? 0;
  }
  if (k === to) target[k] = s;
}

/** Best-improvement single-scene moves until none helps; improves `order` in place, returns its cost. */
function descend(costOf: OrderCost, order: Int32Array, start: number, passes: number): number {
  const n = order.length;
  const trial = new Int32Array(n);
  let best = start;
  for (let pass = 0; pass < passes && best > 0; pass++) {
    let improved = false;
    for (let from = 0; from < n; from++) {
      let bestTo = -1;
      for (let to = 0; to < n; to++) {
        if (to === from) continue;
        moveScene(order, from, to, trial);
        const value = costOf.of(trial);
        if (value < best) {
          best = value;
          bestTo = to;
        }
      }
      if (bestTo >= 0) {
        moveScene(order, from, bestTo, trial);
        order.set(trial);
        improved = true;
      }
    }
    if (!improved) break;
  }
  return best;
}

/**
 * Improves `start` (a permutation of the reduced scenes): single-scene moves to a local optimum, then
 * `kicks` rounds of moving three random scenes and descending again, keeping the best order; each descent
 * makes at most `passes` sweeps of O(n^3 · actor words). Seeded, so the same instance always gives the
 * same order.
 */
export function improveOrder(
  reduced: ReducedTalentInstance,
  start: readonly number[],
  kicks = 20,
  passes = 8,
): { order: number[]; cost: number } {
  const n = start.length;
  const costOf = new OrderCost(reduced);
  const best = Int32Array.from(start);
  let bestCost = descend(costOf, best, costOf.of(best), passes);
  const random = seeded(n * 7919 + reduced.m);
  const current = new Int32Array(n);
  const moved = new Int32Array(n);
  for (let kick = 0; kick < kicks && bestCost > 0 && n > 3; kick++) {
    current.set(best);
    for (let i = 0; i < 3; i++) {
      moveScene(current, Math.floor(random() * n), Math.floor(random() * n), moved);
      current.set(moved);
    }
    const cost = descend(costOf, current, costOf.of(current), passes);
    if (cost < bestCost) {
      bestCost = cost;
      best.set(current);
    }
  }
  return { order: Array.from(best), cost: bestCost };
}
