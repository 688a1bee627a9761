// A good first order for the exact search, so it prunes from the start: local search over a reduced
// instance, moving one scene at a time to the position where it costs least, until no move helps. Pure and
// deterministic; the search still proves (or improves on) whatever this finds.

import { buildByteTable, lowestBit, tableSum } from "./bitset.ts";
import type { ReducedTalentInstance } from "./preprocess.ts";

/** Cost of orders of the reduced scenes, by prefix and suffix unions of casts: O(n · actor words). */
class OrderCost {
  private readonly reduced: ReducedTalentInstance;
  private readonly table: Float64Array;
  private readonly before: Uint32Array;
  private readonly after: Uint32Array;
  /** Scratch for `bestInsertion`: the order without the moved scene, and day counts before each gap. */
  private readonly rest: Int32Array;
  private readonly daysBefore: Float64Array;
  private readonly firstAt: Int32Array;
  private readonly lastAt: Int32Array;

  constructor(reduced: ReducedTalentInstance) {
    this.reduced = reduced;
    this.table = buildByteTable(reduced.cost, reduced.actorWords);
    this.before = new Uint32Array((reduced.n + 1) * reduced.actorWords);
    this.after = new Uint32Array((reduced.n + 1) * reduced.actorWords);
    this.rest = new Int32Array(Math.max(1, reduced.n));
    this.daysBefore = new Float64Array(reduced.n + 1);
    this.firstAt = new Int32Array(Math.max(1, reduced.m));
    this.lastAt = new Int32Array(Math.max(1, reduced.m));
  }

  /** Fills the prefix and suffix cast unions of the first `n` scenes of `order`. */
  private unions(order: ArrayLike<number>, n: number) {
    const { actorWords: aw, sceneActors } = this.reduced;
    const { before, after } = this;
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
  }

  /** Holding cost of the first `n` scenes of `order` as a whole schedule; needs `unions(order, n)`. */
  private costOfUnions(order: ArrayLike<number>, n: number): number {
    const { actorWords: aw, duration, sceneActors } = this.reduced;
    const { before, after, table } = this;
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

  /** Everyone who has a scene before p and one after p, and is not in p, is paid for p's days. */
  of(order: ArrayLike<number>): number {
    this.unions(order, order.length);
    return this.costOfUnions(order, order.length);
  }

  /**
   * The cheapest way to take the scene at index `from` out of `order` and put it back anywhere: returns the
   * index it should end up at and writes the cost of that order to `costOut[0]`. Ties keep the lowest index.
   * O(n · (actor words + cast)): the cost of the other scenes' order is computed once, and each position
   * adds what the scene pays there plus, for each of its actors, the days their stay grows by.
   */
  bestInsertion(order: Int32Array, from: number, costOut: Float64Array): number {
    const { actorWords: aw, duration, sceneActors, cost } = this.reduced;
    const { before, after, table, rest, daysBefore, firstAt, lastAt } = this;
    const n = order.length;
    const s = order[from] ?? 0;
    let k = 0;
    for (let p = 0; p < n; p++) if (p !== from) rest[k++] = order[p] ?? 0;
    const r = n - 1;
    this.unions(rest, r);
    const base = this.costOfUnions(rest, r);
    daysBefore[0] = 0;
    for (let p = 0; p < r; p++) daysBefore[p + 1] = (daysBefore[p] ?? 0) + (duration[rest[p] ?? 0] ?? 0);
    // First and last index in `rest` of each actor of s (-1 when s is their only scene).
    for (let w = 0; w < aw; w++) {
      let x = sceneActors[s * aw + w] ?? 0;
      while (x !== 0) {
        const a = (w << 5) + lowestBit(x);
        x &= x - 1;
        firstAt[a] = -1;
        lastAt[a] = -1;
        const bit = 1 << (a & 31);
        for (let p = 0; p < r; p++) {
          if (((sceneActors[(rest[p] ?? 0) * aw + w] ?? 0) & bit) !== 0) {
            if ((firstAt[a] ?? -1) < 0) firstAt[a] = p;
            lastAt[a] = p;
          }
        }
      }
    }
    const d = duration[s] ?? 0;
    let bestGap = -1;
    let bestValue = Infinity;
    for (let gap = 0; gap <= r; gap++) {
      // s shot before rest[gap]: whoever is on location on both sides and not in s waits through it ...
      let wage = 0;
      for (let w = 0; w < aw; w++) {
        const held =
          (before[gap * aw + w] ?? 0) & (after[gap * aw + w] ?? 0) & ~(sceneActors[s * aw + w] ?? 0);
        if (held !== 0) wage += tableSum(table, w, held);
      }
      let value = base + wage * d;
      // ... and each actor of s whose other scenes all lie on one side waits from s to them.
      for (let w = 0; w < aw; w++) {
        let x = sceneActors[s * aw + w] ?? 0;
        while (x !== 0) {
          const a = (w << 5) + lowestBit(x);
          x &= x - 1;
          const first = firstAt[a] ?? -1;
          if (first < 0) continue;
          const last = lastAt[a] ?? -1;
          if (gap <= first) value += (cost[a] ?? 0) * ((daysBefore[first] ?? 0) - (daysBefore[gap] ?? 0));
          else if (gap > last)
            value += (cost[a] ?? 0) * ((daysBefore[gap] ?? 0) - (daysBefore[last + 1] ?? 0));
        }
      }
      if (value < bestValue) {
        bestValue = value;
        bestGap = gap;
      }
    }
    costOut[0] = bestValue;
    return bestGap;
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
  const value = new Float64Array(1);
  let best = start;
  for (let pass = 0; pass < passes && best > 0; pass++) {
    let improved = false;
    for (let from = 0; from < n && best > 0; from++) {
      const to = costOf.bestInsertion(order, from, value);
      if (to !== from && (value[0] ?? Infinity) < best) {
        best = value[0] ?? best;
        moveScene(order, from, to, trial);
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
  // The moves were priced incrementally; price the order once more from scratch.
  return { order: Array.from(best), cost: costOf.of(best) };
}
