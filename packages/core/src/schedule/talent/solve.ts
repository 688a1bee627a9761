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

import { buildByteTable, lowestBit, wordsFor } from "./bitset.ts";
import { boundBlock, createBoundContext } from "./bounds.ts";
import type { BoundContext } from "./bounds.ts";
import { StateCache } from "./cache.ts";
import { evaluateHoldingCost, TalentInstanceError, validateTalentInstance } from "./instance.ts";
import type { TalentInstance } from "./instance.ts";
import { expandOrder, reduceTalentInstance } from "./preprocess.ts";
import type { ReducedTalentInstance } from "./preprocess.ts";

export interface SolveTalentOptions {
  /** Stop at this time, in the units of `now` (e.g. `performance.now() + 10_000`). Needs `now`. */
  readonly deadline?: number;
  /** The caller's clock; read every few thousand search nodes. */
  readonly now?: () => number;
  /** Stop after this many search nodes. */
  readonly nodeLimit?: number;
  /** Most states the cache keeps (default 2^21, about 60 MB for 64 scenes and 32 actors). */
  readonly cacheEntries?: number;
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

const FRONT = 0;
const BACK = 1;
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
  const { n, m, actorWords: aw, duration, cost, sceneActors } = reduced;
  const sw = wordsFor(n);
  const keyWords = sw + 2 * aw;
  const costTable = buildByteTable(cost, aw);
  const squareTable = buildByteTable(
    Array.from(cost, (c) => c * c),
    aw,
  );
  const bounds: BoundContext = createBoundContext(reduced, costTable, squareTable);
  const cache = new StateCache(keyWords, options.cacheEntries ?? 1 << 21);

  // Cast of each scene as a list, for the per-actor counters.
  const castStart = new Int32Array(n + 1);
  const castList: number[] = [];
  for (let s = 0; s < n; s++) {
    for (let w = 0; w < aw; w++) {
      let x = sceneActors[s * aw + w] ?? 0;
      while (x !== 0) {
        castList.push((w << 5) + lowestBit(x));
        x &= x - 1;
      }
    }
    castStart[s + 1] = castList.length;
  }
  const cast = Int32Array.from(castList);

  // Per-depth stacks: depth t has t scenes placed.
  const scenesAt = new Uint32Array((n + 1) * sw);
  const leftAt = new Uint32Array((n + 1) * aw);
  const rightAt = new Uint32Array((n + 1) * aw);
  const neededAt = new Uint32Array((n + 1) * aw); // actors with a scene still in R
  const daysAt = new Float64Array(n + 1);
  const paidAt = new Float64Array(n + 1); // holding cost of the placed scenes
  const sizeAt = new Int32Array(n + 1);
  // Current per-actor counters for R, updated on place and restored on undo.
  const scenesLeft = new Int32Array(Math.max(1, m));
  const workLeft = new Float64Array(Math.max(1, m));
  // The schedule being built: front scenes in order, back scenes from the end inwards.
  const front = new Int32Array(n);
  const back = new Int32Array(n);
  let frontLength = 0;
  let backLength = 0;
  // Children of the node at depth t, at [t * n ..].
  const childScene = new Int32Array(n * n + 1);
  const childCost = new Float64Array(n * n + 1);
  const childBound = new Float64Array(n * n + 1);
  const key = new Uint32Array(keyWords);

  let incumbent: number[] = [];
  let incumbentCost = Infinity;
  let nodes = 0;
  let aborted = false;
  let rebuilding = false;
  const now = options.now;
  const deadline = now !== undefined && options.deadline !== undefined ? options.deadline : Infinity;
  const nodeLimit = options.nodeLimit ?? Infinity;

  function setRoot() {
    for (let s = 0; s < n; s++) scenesAt[s >>> 5] = (scenesAt[s >>> 5] ?? 0) | (1 << (s & 31));
    let days = 0;
    for (let s = 0; s < n; s++) {
      days += duration[s] ?? 0;
      for (let i = castStart[s] ?? 0; i < (castStart[s + 1] ?? 0); i++) {
        const a = cast[i] ?? 0;
        scenesLeft[a] = (scenesLeft[a] ?? 0) + 1;
        workLeft[a] = (workLeft[a] ?? 0) + (duration[s] ?? 0);
        neededAt[a >>> 5] = (neededAt[a >>> 5] ?? 0) | (1 << (a & 31));
      }
    }
    daysAt[0] = days;
    sizeAt[0] = n;
  }

  /** Holding cost of shooting scene s at the given end of the block at depth t. */
  function moveCost(t: number, s: number, side: number): number {
    const held = side === FRONT ? leftAt : rightAt;
    let total = 0;
    for (let w = 0; w < aw; w++) {
      const x = (held[t * aw + w] ?? 0) & ~(sceneActors[s * aw + w] ?? 0);
      if (x !== 0) {
        const base = w << 10;
        total +=
          (costTable[base + (x & 255)] ?? 0) +
          (costTable[base + 256 + ((x >>> 8) & 255)] ?? 0) +
          (costTable[base + 512 + ((x >>> 16) & 255)] ?? 0) +
          (costTable[base + 768 + (x >>> 24)] ?? 0);
      }
    }
    return total * (duration[s] ?? 0);
  }

  /** Fills depth t + 1 with the block left after shooting s at one end of the block at depth t. */
  function place(t: number, s: number, side: number) {
    const d = duration[s] ?? 0;
    for (let w = 0; w < sw; w++) scenesAt[(t + 1) * sw + w] = scenesAt[t * sw + w] ?? 0;
    scenesAt[(t + 1) * sw + (s >>> 5)] = (scenesAt[(t + 1) * sw + (s >>> 5)] ?? 0) & ~(1 << (s & 31));
    for (let w = 0; w < aw; w++) neededAt[(t + 1) * aw + w] = neededAt[t * aw + w] ?? 0;
    for (let i = castStart[s] ?? 0; i < (castStart[s + 1] ?? 0); i++) {
      const a = cast[i] ?? 0;
      const left = (scenesLeft[a] ?? 0) - 1;
      scenesLeft[a] = left;
      workLeft[a] = (workLeft[a] ?? 0) - d;
      if (left === 0) {
        const w = (t + 1) * aw + (a >>> 5);
        neededAt[w] = (neededAt[w] ?? 0) & ~(1 << (a & 31));
      }
    }
    // The end that grows gains the scene's cast; either end keeps only actors still needed in the block
    // or waiting at the other end (those stay through the whole block).
    const grows = side === FRONT ? leftAt : rightAt;
    const other = side === FRONT ? rightAt : leftAt;
    for (let w = 0; w < aw; w++) {
      const i = (t + 1) * aw + w;
      const stays = (neededAt[i] ?? 0) | (other[t * aw + w] ?? 0);
      grows[i] = ((grows[t * aw + w] ?? 0) | (sceneActors[s * aw + w] ?? 0)) & stays;
      other[i] = other[t * aw + w] ?? 0;
    }
    daysAt[t + 1] = (daysAt[t] ?? 0) - d;
    sizeAt[t + 1] = (sizeAt[t] ?? 0) - 1;
  }

  function unplace(s: number) {
    const d = duration[s] ?? 0;
    for (let i = castStart[s] ?? 0; i < (castStart[s + 1] ?? 0); i++) {
      const a = cast[i] ?? 0;
      scenesLeft[a] = (scenesLeft[a] ?? 0) + 1;
      workLeft[a] = (workLeft[a] ?? 0) + d;
    }
  }

  /** What the cache knows about depth t (an optimum or a bound, never below the static bound), else the static bound. */
  function knownBoundAt(t: number): number {
    if ((sizeAt[t] ?? 0) > 1) {
      writeKey(t);
      const slot = cache.find(key, 0);
      if (slot >= 0) return cache.value(slot);
    }
    return boundAt(t);
  }

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

  /** Writes the cache key of depth t; returns true when L and Rr were swapped (the mirror block). */
  function writeKey(t: number): boolean {
    for (let w = 0; w < sw; w++) key[w] = scenesAt[t * sw + w] ?? 0;
    let mirrored = false;
    for (let w = aw - 1; w >= 0; w--) {
      const l = leftAt[t * aw + w] ?? 0;
      const r = rightAt[t * aw + w] ?? 0;
      if (l !== r) {
        mirrored = l > r;
        break;
      }
    }
    const first = mirrored ? rightAt : leftAt;
    const second = mirrored ? leftAt : rightAt;
    for (let w = 0; w < aw; w++) {
      key[sw + w] = first[t * aw + w] ?? 0;
      key[sw + aw + w] = second[t * aw + w] ?? 0;
    }
    return mirrored;
  }

  /** A move forced by dominance at depth t, as scene * 2 + side, or -1. */
  function forcedMove(t: number): number {
    // Scene s can go first in the block when moving it there from anywhere later lengthens nobody's stay:
    // its actors already waiting at the front only leave sooner; its other actors have no other scene in
    // the block or at the back (their stay is s alone); and everyone waiting at the front whom s does not
    // need also waits at the back, so they are paid through s wherever it goes. The mirror rule holds for
    // the back.
    for (let side = FRONT; side <= BACK; side++) {
      const near = side === FRONT ? leftAt : rightAt;
      const far = side === FRONT ? rightAt : leftAt;
      for (let w0 = 0; w0 < sw; w0++) {
        let bits = scenesAt[t * sw + w0] ?? 0;
        scenes: while (bits !== 0) {
          const s = (w0 << 5) + lowestBit(bits);
          bits &= bits - 1;
          for (let w = 0; w < aw; w++) {
            const idle = (near[t * aw + w] ?? 0) & ~(sceneActors[s * aw + w] ?? 0);
            if ((idle & ~(far[t * aw + w] ?? 0)) !== 0) continue scenes;
          }
          for (let i = castStart[s] ?? 0; i < (castStart[s + 1] ?? 0); i++) {
            const a = cast[i] ?? 0;
            const bit = 1 << (a & 31);
            if (((near[t * aw + (a >>> 5)] ?? 0) & bit) !== 0) continue;
            if ((scenesLeft[a] ?? 0) > 1 || ((far[t * aw + (a >>> 5)] ?? 0) & bit) !== 0) continue scenes;
          }
          return s * 2 + side;
        }
      }
    }
    return -1;
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

  function lowestSceneAt(t: number): number {
    for (let w = 0; w < sw; w++) {
      const x = scenesAt[t * sw + w] ?? 0;
      if (x !== 0) return (w << 5) + lowestBit(x);
    }
    return -1;
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

    // Children: a forced move alone, otherwise every scene at one end, alternating ends with depth.
    const base = t * n;
    let count = 0;
    const forced = forcedMove(t);
    const side = forced >= 0 ? forced & 1 : t & 1 ? BACK : FRONT;
    if (forced >= 0) {
      const s = forced >> 1;
      childScene[base] = s;
      childCost[base] = moveCost(t, s, side);
      place(t, s, side);
      childBound[base] = boundAt(t + 1);
      unplace(s);
      count = 1;
    } else {
      for (let w0 = 0; w0 < sw; w0++) {
        let bits = scenesAt[t * sw + w0] ?? 0;
        while (bits !== 0) {
          const s = (w0 << 5) + lowestBit(bits);
          bits &= bits - 1;
          const c = moveCost(t, s, side);
          place(t, s, side);
          const b = knownBoundAt(t + 1);
          unplace(s);
          // Insertion by c + b; ties keep scene order, so the search is deterministic.
          let i = count++;
          while (i > 0 && (childCost[base + i - 1] ?? 0) + (childBound[base + i - 1] ?? 0) > c + b) {
            childScene[base + i] = childScene[base + i - 1] ?? 0;
            childCost[base + i] = childCost[base + i - 1] ?? 0;
            childBound[base + i] = childBound[base + i - 1] ?? 0;
            i--;
          }
          childScene[base + i] = s;
          childCost[base + i] = c;
          childBound[base + i] = b;
        }
      }
    }

    const initialBound = bound;
    let best = Infinity;
    let bestMove = -1;
    for (let i = 0; i < count; i++) {
      const s = childScene[base + i] ?? 0;
      const c = childCost[base + i] ?? 0;
      const childLower = childBound[base + i] ?? 0;
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

  /** Holding cost of a reduced order, computed from the reduced data. */
  function costOfOrder(order: readonly number[]): number {
    let total = 0;
    const firstAt = new Int32Array(Math.max(1, m)).fill(-1);
    const lastAt = new Int32Array(Math.max(1, m)).fill(-1);
    const startAt = new Float64Array(order.length + 1);
    order.forEach((s, p) => {
      startAt[p + 1] = (startAt[p] ?? 0) + (duration[s] ?? 0);
      for (let i = castStart[s] ?? 0; i < (castStart[s + 1] ?? 0); i++) {
        const a = cast[i] ?? 0;
        if ((firstAt[a] ?? -1) < 0) firstAt[a] = p;
        lastAt[a] = p;
      }
    });
    for (let a = 0; a < m; a++) {
      const first = firstAt[a] ?? -1;
      if (first < 0) continue;
      let work = 0;
      for (let s = 0; s < n; s++) {
        if ((((sceneActors[s * aw + (a >>> 5)] ?? 0) >>> (a & 31)) & 1) === 1) work += duration[s] ?? 0;
      }
      total += (cost[a] ?? 0) * ((startAt[(lastAt[a] ?? 0) + 1] ?? 0) - (startAt[first] ?? 0) - work);
    }
    return total;
  }

  function run(): SearchOutcome {
    if (n === 0) return { order: [], lowerBound: 0, nodes: 0 };
    setRoot();
    incumbent = Array.from({ length: n }, (_, s) => s);
    incumbentCost = costOfOrder(incumbent);
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
