// Exact talent scheduling: orders scenes to minimise actors' paid idle days and proves the order optimal,
// by a bounded, memoised depth-first dynamic program that fills the schedule from both ends (Garcia de la
// Banda, Stuckey & Chu 2011; Qin, Zhang, Lim & Liang 2016). It never reads the clock itself: time comes in
// through `options.now`, and without it the search runs to the proof.
//
// A search state is a block of unscheduled scenes R between a scheduled prefix and suffix, plus L (actors
// on location when the block starts) and Rr (actors on location when it ends). Its optimum depends on
// nothing else, so the cache keys on (R, L, Rr); a block and its mirror image have the same optimum, so
// the key puts the smaller of L and Rr first. search(t, bound) returns the block's optimum when it is
// below `bound`, otherwise a lower bound that is at least `bound`.
//
// At each block the search looks at both ends: every scene shot first and every scene shot last, each with
// its move cost plus the child's bound. Either end alone covers every completion, so the cheapest child of
// either end is a bound on the block: the front is filled first, and when its cheapest child already
// reaches the bound the block is refuted without looking at the back. Otherwise the search branches at the
// end whose children leave less room under the bound. A child's bound is computed in stages, cheapest
// first (the actors waiting at both ends, the cache, then the chains and Smith relaxations of bounds.ts),
// and only as far as needed to reach the bound; when the scene and actor sets fit one 32-bit word the
// child block is priced without placing it (state.ts `peekChild`). Moves are pruned by dominance (a forced
// first or last scene, twins: see state.ts), and the first incumbent comes from a local search
// (heuristic.ts), so the bound prunes from the start. The block bookkeeping is in state.ts, the bounds in
// bounds.ts, the cache in cache.ts.

import { buildByteTable, lowestBit } from "./bitset.ts";
import {
  boundAcross,
  boundAcrossSmall,
  boundBlock,
  createBoundContext,
  fixedHolding,
  roundBound,
} from "./bounds.ts";
import type { BoundContext } from "./bounds.ts";
import { StateCache } from "./cache.ts";
import { improveOrder } from "./heuristic.ts";
import { evaluateHoldingCost, TalentInstanceError, validateTalentInstance } from "./instance.ts";
import type { TalentInstance } from "./instance.ts";
import { expandOrder, reduceTalentInstance } from "./preprocess.ts";
import type { ReducedTalentInstance } from "./preprocess.ts";
import { BACK, createBlockStack, FRONT } from "./state.ts";

export interface SolveTalentOptions {
  /** Stop at this time, in the units of `now` (e.g. `performance.now() + 10_000`). Needs `now`. */
  readonly deadline?: number;
  /** The caller's clock; read every few thousand search nodes. */
  readonly now?: () => number;
  /** Stop after this many search nodes. */
  readonly nodeLimit?: number;
  /** Most states the cache keeps (default 2^21, about 60 MB for 64 scenes and 32 actors). */
  readonly cacheEntries?: number;
  /**
   * Improve the input order by local search before the exact search starts (default true). With false the
   * first incumbent is the input order itself, and the search has to find any better order on its own.
   */
  readonly localSearch?: boolean;
}

export interface TalentScheduleResult {
  /** Best order found: every scene index (0-based) exactly once. */
  readonly order: number[];
  /** Holding cost of `order`. */
  readonly cost: number;
  /** No order costs less than this; equals `cost` when `optimal`. */
  readonly lowerBound: number;
  /** The search finished: `order` is proved optimal. */
  readonly optimal: boolean;
  /** (cost - lowerBound) / cost, 0 when optimal or when cost is 0. */
  readonly gap: number;
  /** Search nodes visited. */
  readonly nodes: number;
}

/** How many nodes pass between two looks at the clock. */
const CLOCK_EVERY = 1024;

/**
 * Finds a minimum holding cost order of the scenes. Throws `TalentInstanceError` (naming the field) when
 * the instance is malformed. With a deadline or node limit it returns the best order found so far, the best
 * lower bound and the gap; the order is never worse than the input order 0, 1, …, n-1.
 */
export function solveTalentSchedule(
  instance: TalentInstance,
  options: SolveTalentOptions = {},
): TalentScheduleResult {
  const wrong = validateTalentInstance(instance);
  if (wrong !== null) throw new TalentInstanceError(wrong);
  const reduced = reduceTalentInstance(instance);
  const search = createSearch(reduced, options);
  const outcome = search.run();
  const identity = instance.duration.map((_, s) => s);
  let order = expandOrder(reduced, outcome.order);
  let cost = evaluateHoldingCost(instance, order);
  const identityCost = evaluateHoldingCost(instance, identity);
  if (identityCost < cost) {
    order = identity;
    cost = identityCost;
  }
  const lowerBound = Math.min(cost, outcome.lowerBound);
  const optimal = lowerBound >= cost;
  return {
    order,
    cost,
    lowerBound,
    optimal,
    gap: cost === 0 ? 0 : (cost - lowerBound) / cost,
    nodes: outcome.nodes,
  };
}

interface SearchOutcome {
  order: number[];
  lowerBound: number;
  nodes: number;
}

function createSearch(reduced: ReducedTalentInstance, options: SolveTalentOptions) {
  const { n, actorWords: aw, cost } = reduced;
  const costTable = buildByteTable(cost, aw);
  const squareTable = buildByteTable(
    Array.from(cost, (c) => c * c),
    aw,
  );
  const bounds: BoundContext = createBoundContext(reduced, costTable, squareTable);
  const stack = createBlockStack(reduced, costTable);
  const { sceneWords: sw, scenesAt, leftAt, rightAt, daysAt, sizeAt, workLeft, key, twinAt } = stack;
  const { setRoot, moveCost, place, unplace, writeKey, forcedMove, waitingOnlyAt, markTwins, lowestSceneAt } =
    stack;
  const { peekChild, peek } = stack;
  const cache = new StateCache(stack.keyWords, options.cacheEntries ?? 1 << 21);
  const small = sw === 1 && aw === 1;

  const paidAt = new Float64Array(n + 1); // holding cost of the placed scenes
  // The schedule being built: front scenes in order, back scenes from the end inwards.
  const front = new Int32Array(n);
  const back = new Int32Array(n);
  let frontLength = 0;
  let backLength = 0;
  // Children of the node at depth t: front moves at [2tn ..], back moves at [2tn + n ..].
  const childScene = new Int32Array(2 * n * n + 1);
  const childCost = new Float64Array(2 * n * n + 1);
  const childLowerAt = new Float64Array(2 * n * n + 1);

  let incumbent: number[] = [];
  let incumbentCost = Infinity;
  let nodes = 0;
  let aborted = false;
  let rebuilding = false;
  const now = options.now;
  const deadline = now !== undefined && options.deadline !== undefined ? options.deadline : Infinity;
  const nodeLimit = options.nodeLimit ?? Infinity;

  function boundAt(t: number): number {
    return boundBlock(
      bounds,
      scenesAt,
      t * sw,
      sw,
      leftAt,
      t * aw,
      rightAt,
      t * aw,
      workLeft,
      daysAt[t] ?? 0,
    );
  }

  /**
   * Lower bound on the block left after shooting s at one end of the block at depth t (move cost c): the
   * fixed part (actors waiting at both ends), and unless c plus that already reaches `bound`, the cached
   * value or else the rest of the block bound, computed only as far as needed to reach `bound`.
   */
  function childBound(t: number, s: number, side: number, c: number, bound: number): number {
    place(t, s, side);
    let b = roundBound(
      fixedHolding(bounds, leftAt, (t + 1) * aw, rightAt, (t + 1) * aw, workLeft, daysAt[t + 1] ?? 0),
      0,
      0,
    );
    // The fixed part is cheap; when it already rules the child out, the cache and the rest are not needed.
    if (c + b < bound) {
      let slot = -1;
      if ((sizeAt[t + 1] ?? 0) > 1) {
        writeKey(t + 1);
        slot = cache.find(key, 0);
      }
      if (slot >= 0) b = Math.max(b, cache.value(slot));
      else {
        b = roundBound(
          b,
          boundAcross(
            bounds,
            scenesAt,
            (t + 1) * sw,
            leftAt,
            (t + 1) * aw,
            rightAt,
            (t + 1) * aw,
            bound - c - b,
          ),
          0,
        );
      }
    }
    unplace(s);
    return b;
  }

  /** `childBound` when the scenes and the actors each fit one word: the child block is three numbers. */
  function childBoundSmall(t: number, s: number, side: number, c: number, bound: number): number {
    const fixed = peekChild(t, s, side);
    const b = roundBound(fixed, 0, 0);
    if (c + b >= bound) return b;
    const scenes = peek[0] ?? 0;
    const left = peek[1] ?? 0;
    const right = peek[2] ?? 0;
    if ((sizeAt[t] ?? 0) > 2) {
      // The key `writeKey` would write: the scenes, then the smaller of L and Rr.
      key[0] = scenes;
      key[1] = left > right ? right : left;
      key[2] = left > right ? left : right;
      const slot = cache.find(key, 0);
      if (slot >= 0) return Math.max(b, cache.value(slot));
    }
    return roundBound(fixed, boundAcrossSmall(bounds, scenes, left, right, bound - c - b), 0);
  }

  /**
   * Writes the children of depth t at one end to the buffers at `base`, sorted by move cost plus child
   * bound (ties keep scene order, so the search is deterministic); returns how many.
   */
  function fillChildren(t: number, side: number, base: number, bound: number): number {
    let count = 0;
    for (let w0 = 0; w0 < sw; w0++) {
      let bits = (scenesAt[t * sw + w0] ?? 0) & ~(twinAt[w0] ?? 0);
      while (bits !== 0) {
        const s = (w0 << 5) + lowestBit(bits);
        bits &= bits - 1;
        const c = moveCost(t, s, side);
        const b = small ? childBoundSmall(t, s, side, c, bound) : childBound(t, s, side, c, bound);
        let i = count++;
        while (i > 0 && (childCost[base + i - 1] ?? 0) + (childLowerAt[base + i - 1] ?? 0) > c + b) {
          childScene[base + i] = childScene[base + i - 1] ?? 0;
          childCost[base + i] = childCost[base + i - 1] ?? 0;
          childLowerAt[base + i] = childLowerAt[base + i - 1] ?? 0;
          i--;
        }
        childScene[base + i] = s;
        childCost[base + i] = c;
        childLowerAt[base + i] = b;
      }
    }
    return count;
  }

  /** Sum over the children at [base, base + count) of how far move cost plus bound stays below `bound`. */
  function slackBelow(base: number, count: number, bound: number): number {
    let total = 0;
    for (let i = 0; i < count; i++) {
      const gap = bound - (childCost[base + i] ?? 0) - (childLowerAt[base + i] ?? 0);
      if (gap <= 0) break; // sorted: the rest are cut too
      total += gap;
    }
    return total;
  }

  function recordSchedule(completion: readonly number[]): number[] {
    const order: number[] = [];
    for (let i = 0; i < frontLength; i++) order.push(front[i] ?? 0);
    order.push(...completion);
    for (let i = backLength - 1; i >= 0; i--) order.push(back[i] ?? 0);
    return order;
  }

  /**
   * Follows cached best moves from depth t to an optimal completion of its block; null when a state on
   * the way was evicted. Leaves the counters as it found them.
   */
  function completionFromCache(t: number): number[] | null {
    const placed: number[] = [];
    const sides: number[] = [];
    let depth = t;
    let ok = true;
    while ((sizeAt[depth] ?? 0) > 0) {
      const mirrored = writeKey(depth);
      const slot = cache.find(key, 0);
      let move = -1;
      if (slot >= 0 && cache.isExact(slot)) move = cache.move(slot);
      else if ((sizeAt[depth] ?? 0) === 1) move = lowestSceneAt(depth) * 2 + FRONT;
      if (move < 0) {
        ok = false;
        break;
      }
      const s = move >> 1;
      const side = mirrored ? (move & 1) ^ 1 : move & 1;
      place(depth, s, side);
      placed.push(s);
      sides.push(side);
      depth++;
    }
    for (let i = placed.length - 1; i >= 0; i--) unplace(placed[i] ?? 0);
    if (!ok) return null;
    const head: number[] = [];
    const tail: number[] = [];
    placed.forEach((s, i) => (sides[i] === FRONT ? head.push(s) : tail.push(s)));
    return [...head, ...tail.reverse()];
  }

  function offerIncumbent(t: number, blockCost: number) {
    const total = (paidAt[t] ?? 0) + blockCost;
    if (rebuilding || total >= incumbentCost) return;
    const completion = completionFromCache(t);
    if (completion === null) return;
    incumbent = recordSchedule(completion);
    incumbentCost = total;
  }

  function search(t: number, bound: number, staticBound: number): number {
    nodes++;
    if (!rebuilding && !aborted) {
      if (nodes >= nodeLimit) aborted = true;
      else if ((nodes & (CLOCK_EVERY - 1)) === 1 && now !== undefined && now() >= deadline) aborted = true;
    }
    const size = sizeAt[t] ?? 0;
    if (size === 0) {
      offerIncumbent(t, 0);
      return 0;
    }
    if (size === 1) {
      const s = lowestSceneAt(t);
      const value = moveCost(t, s, FRONT);
      if (value < bound) offerLeaf(t, s, value);
      return value;
    }
    if (aborted) return staticBound;
    const mirrored = writeKey(t);
    const slot = cache.find(key, 0);
    let lower = staticBound;
    if (slot >= 0) {
      const known = cache.value(slot);
      if (cache.isExact(slot)) {
        if (known < bound) offerIncumbent(t, known);
        return known;
      }
      if (known > lower) lower = known;
    }
    if (lower >= bound) return lower;

    // Children: a forced move alone; otherwise every scene at the front and every scene at the back. Each
    // end alone covers every completion, so the block's optimum is at least the cheaper child of either end:
    // keep the larger of the two as the block's bound.
    let base = 2 * t * n;
    let count = 0;
    let side = FRONT;
    const forced = forcedMove(t);
    if (forced >= 0) {
      const s = forced >> 1;
      side = forced & 1;
      childScene[base] = s;
      childCost[base] = moveCost(t, s, side);
      place(t, s, side);
      childLowerAt[base] = boundAt(t + 1);
      unplace(s);
      count = 1;
    } else {
      markTwins(t);
      // The front first: when its cheapest child already reaches the bound, the back is not needed.
      const frontCount = fillChildren(t, FRONT, base, bound);
      const frontLeast = (childCost[base] ?? 0) + (childLowerAt[base] ?? 0);
      if (frontLeast > lower) lower = frontLeast;
      if (lower >= bound) {
        writeKey(t);
        cache.store(key, 0, lower, false, -1, size);
        return lower;
      }
      const backCount = fillChildren(t, BACK, base + n, bound);
      const backLeast = (childCost[base + n] ?? 0) + (childLowerAt[base + n] ?? 0);
      if (backLeast > lower) lower = backLeast;
      if (lower >= bound) {
        writeKey(t);
        cache.store(key, 0, lower, false, -1, size);
        return lower;
      }
      // Branch at the end whose children leave less room under the bound in total (the cheaper end to
      // refute); on a tie, at the end with the larger least child, then where more wages wait, then by depth.
      const frontSlack = slackBelow(base, frontCount, bound);
      const backSlack = slackBelow(base + n, backCount, bound);
      let back = backSlack < frontSlack;
      if (backSlack === frontSlack) {
        back = backLeast > frontLeast;
        if (backLeast === frontLeast) {
          const frontWaiting = waitingOnlyAt(t, FRONT);
          const backWaiting = waitingOnlyAt(t, BACK);
          back = backWaiting > frontWaiting || (backWaiting === frontWaiting && (t & 1) === 1);
        }
      }
      side = back ? BACK : FRONT;
      count = back ? backCount : frontCount;
      if (back) base += n;
    }

    const initialBound = bound;
    let best = Infinity;
    let bestMove = -1;
    for (let i = 0; i < count; i++) {
      const s = childScene[base + i] ?? 0;
      const c = childCost[base + i] ?? 0;
      const childLower = childLowerAt[base + i] ?? 0;
      if (c + childLower >= bound || aborted) {
        // Sorted by c + childLower: this child's bound is the least of the rest.
        if (c + childLower < best) best = c + childLower;
        if (!aborted) break;
        continue;
      }
      place(t, s, side);
      paidAt[t + 1] = (paidAt[t] ?? 0) + c;
      if (side === FRONT) front[frontLength++] = s;
      else back[backLength++] = s;
      const value = c + search(t + 1, bound - c, childLower);
      if (side === FRONT) frontLength--;
      else backLength--;
      unplace(s);
      if (value < best) best = value;
      if (!aborted && value < bound) {
        bound = value;
        bestMove = s * 2 + side;
      }
    }
    if (best < lower) best = lower;
    const isExact = !aborted && bestMove >= 0 && best < initialBound;
    writeKey(t);
    const stored = mirrored ? bestMove ^ 1 : bestMove;
    cache.store(key, 0, best, isExact, isExact ? stored : -1, size);
    if (isExact) offerIncumbent(t, best);
    return best;
  }

  function offerLeaf(t: number, s: number, value: number) {
    const total = (paidAt[t] ?? 0) + value;
    if (rebuilding || total >= incumbentCost) return;
    incumbent = recordSchedule([s]);
    incumbentCost = total;
  }

  function run(): SearchOutcome {
    if (n === 0) return { order: [], lowerBound: 0, nodes: 0 };
    setRoot();
    // Start from the input order improved by local search: the better the first incumbent, the more the
    // search prunes before it finds anything itself. A descent pass costs O(n^2 · (actor words + cast)), so
    // the effort shrinks as n grows (it does not read the clock); below a dozen scenes the search itself is
    // cheaper than the kicks.
    const identity = Array.from({ length: n }, (_, s) => s);
    const first =
      options.localSearch === false
        ? improveOrder(reduced, identity, 0, 0)
        : n <= 12
          ? improveOrder(reduced, identity, 0, 1)
          : n <= 64
            ? improveOrder(reduced, identity, 8, 8)
            : n <= 128
              ? improveOrder(reduced, identity, 2, 4)
              : improveOrder(reduced, identity, 0, 2);
    incumbent = first.order;
    incumbentCost = first.cost;
    const value = search(0, incumbentCost, boundAt(0));
    if (!aborted && value < incumbentCost) {
      // Proved: value is the optimum. The incumbent normally already has it; if a state on its path was
      // evicted from the cache, walk down again, re-solving the children from what the cache still knows.
      if (incumbentCost > value) {
        incumbent = rebuild(value);
        incumbentCost = value;
      }
    }
    return { order: incumbent, lowerBound: Math.min(value, incumbentCost), nodes };
  }

  /** An order of cost `optimum`, found by descending through children whose optimum adds up to it. */
  function rebuild(optimum: number): number[] {
    rebuilding = true;
    const head: number[] = [];
    const tail: number[] = [];
    let target = optimum;
    let t = 0;
    while ((sizeAt[t] ?? 0) > 0) {
      const forced = forcedMove(t);
      const side = forced >= 0 ? forced & 1 : t & 1 ? BACK : FRONT;
      let chosen = -1;
      for (let s = 0; s < n && chosen < 0; s++) {
        if ((((scenesAt[t * sw + (s >>> 5)] ?? 0) >>> (s & 31)) & 1) === 0) continue;
        if (forced >= 0 && s !== forced >> 1) continue;
        const c = moveCost(t, s, side);
        place(t, s, side);
        if (c + search(t + 1, target - c + 1, boundAt(t + 1)) === target) chosen = s;
        else unplace(s);
        if (chosen >= 0) target -= c;
      }
      if (chosen < 0)
        throw new Error("solveTalentSchedule: internal error, no child reaches the proved optimum");
      (side === FRONT ? head : tail).push(chosen);
      t++;
    }
    rebuilding = false;
    return [...head, ...tail.reverse()];
  }

  return { run };
}
