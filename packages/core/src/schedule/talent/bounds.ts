// Lower bounds on the holding cost still to pay for a block of unordered scenes between a scheduled
// prefix and suffix. Every bound here must never exceed the true optimum; nothing here allocates per call.
//
// The block is described by R (its scenes), L (actors on location when it starts: seen in the prefix and
// needed later) and Rr (actors on location when it ends: seen in the suffix and needed earlier).
// - An actor in both L and Rr stays through the whole block: their idle time in it is fixed.
// - The actors only in L each stay until their last scene of the block. Splitting every scene among the
//   L-actors it needs, in proportion to their wage, turns this into one-machine weighted completion time,
//   which Smith's ratio rule solves; a per-scene correction makes the relaxation tight for a lone scene
//   (Garcia de la Banda, Stuckey & Chu 2011). The actors only in Rr are the same problem read backwards.

import { lowestBit, tableSum } from "./bitset.ts";
import type { ReducedTalentInstance } from "./preprocess.ts";

export interface BoundContext {
  readonly reduced: ReducedTalentInstance;
  readonly costTable: Float64Array;
  readonly squareTable: Float64Array;
  /** Per-actor scratch: share of processing time per unit of wage. */
  readonly ratio: Float64Array;
  /** Scratch list of actor indices, sorted by ratio. */
  readonly sorted: Int32Array;
  /** Scratch actor set. */
  readonly only: Uint32Array;
}

export function createBoundContext(
  reduced: ReducedTalentInstance,
  costTable: Float64Array,
  squareTable: Float64Array,
): BoundContext {
  return {
    reduced,
    costTable,
    squareTable,
    ratio: new Float64Array(Math.max(1, reduced.m)),
    sorted: new Int32Array(Math.max(1, reduced.m)),
    only: new Uint32Array(reduced.actorWords),
  };
}

/**
 * Lower bound on the idle cost, inside the block, of the actors in `present` (who are on location when the
 * block starts and stay until their last scene in it). `scenes` holds R at `scenes[sceneOffset..]`.
 */
export function boundPresentActors(
  context: BoundContext,
  scenes: Uint32Array,
  sceneOffset: number,
  sceneWords: number,
  present: Uint32Array,
): number {
  const { reduced, costTable, squareTable, ratio, sorted } = context;
  const actorWords = reduced.actorWords;
  const sceneActors = reduced.sceneActors;
  let count = 0;
  for (let w = 0; w < actorWords; w++) {
    let x = present[w] ?? 0;
    while (x !== 0) {
      const a = (w << 5) + lowestBit(x);
      ratio[a] = 0;
      sorted[count++] = a;
      x &= x - 1;
    }
  }
  if (count === 0) return 0;
  let correction = 0;
  for (let sw = 0; sw < sceneWords; sw++) {
    let bits = scenes[sceneOffset + sw] ?? 0;
    while (bits !== 0) {
      const s = (sw << 5) + lowestBit(bits);
      bits &= bits - 1;
      let wage = 0;
      let square = 0;
      for (let w = 0; w < actorWords; w++) {
        const p = (sceneActors[s * actorWords + w] ?? 0) & (present[w] ?? 0);
        if (p !== 0) {
          wage += tableSum(costTable, w, p);
          square += tableSum(squareTable, w, p);
        }
      }
      if (wage === 0) continue;
      const d = reduced.duration[s] ?? 0;
      const share = d / wage;
      for (let w = 0; w < actorWords; w++) {
        let p = (sceneActors[s * actorWords + w] ?? 0) & (present[w] ?? 0);
        while (p !== 0) {
          const a = (w << 5) + lowestBit(p);
          ratio[a] = (ratio[a] ?? 0) + share;
          p &= p - 1;
        }
      }
      correction += (d * (wage + square / wage)) / 2;
    }
  }
  // Insertion sort: a handful of actors, and it keeps the bound deterministic on ties.
  for (let i = 1; i < count; i++) {
    const a = sorted[i] ?? 0;
    const key = ratio[a] ?? 0;
    let j = i - 1;
    while (j >= 0 && (ratio[sorted[j] ?? 0] ?? 0) > key) {
      sorted[j + 1] = sorted[j] ?? 0;
      j--;
    }
    sorted[j + 1] = a;
  }
  let elapsed = 0;
  let weighted = 0;
  for (let i = 0; i < count; i++) {
    const a = sorted[i] ?? 0;
    const c = reduced.cost[a] ?? 0;
    elapsed += c * (ratio[a] ?? 0);
    weighted += c * elapsed;
  }
  return weighted - correction;
}

/** Exact idle cost, inside the block, of the actors waiting at both ends (in L and in Rr). */
export function fixedHolding(
  context: BoundContext,
  left: Uint32Array,
  leftOffset: number,
  right: Uint32Array,
  rightOffset: number,
  workLeft: Float64Array,
  daysLeft: number,
): number {
  const { reduced } = context;
  let fixed = 0;
  for (let w = 0; w < reduced.actorWords; w++) {
    let both = (left[leftOffset + w] ?? 0) & (right[rightOffset + w] ?? 0);
    while (both !== 0) {
      const a = (w << 5) + lowestBit(both);
      fixed += (reduced.cost[a] ?? 0) * (daysLeft - (workLeft[a] ?? 0));
      both &= both - 1;
    }
  }
  return fixed;
}

/** `boundPresentActors` for the actors waiting at the `near` end of the block and not at the `far` end. */
export function boundOneEndOnly(
  context: BoundContext,
  scenes: Uint32Array,
  sceneOffset: number,
  sceneWords: number,
  near: Uint32Array,
  nearOffset: number,
  far: Uint32Array,
  farOffset: number,
): number {
  const { reduced, only } = context;
  for (let w = 0; w < reduced.actorWords; w++)
    only[w] = (near[nearOffset + w] ?? 0) & ~(far[farOffset + w] ?? 0);
  return boundPresentActors(context, scenes, sceneOffset, sceneWords, only);
}

/** The block bound from its three parts, rounded up: every holding cost is an integer. */
export function roundBound(fixed: number, fromLeft: number, fromRight: number): number {
  // The relaxation is computed in floating point; shave a rounding error before rounding up.
  const total = fixed + Math.max(0, fromLeft) + Math.max(0, fromRight);
  return Math.max(0, Math.ceil(total - 1e-9 * Math.max(1, total)));
}

/**
 * Lower bound on the holding cost still to pay inside the block (R, L, Rr). `workLeft[a]` is the number of
 * days of R that need actor a and `daysLeft` the days of R. Rounded up: every holding cost is an integer.
 */
export function boundBlock(
  context: BoundContext,
  scenes: Uint32Array,
  sceneOffset: number,
  sceneWords: number,
  left: Uint32Array,
  leftOffset: number,
  right: Uint32Array,
  rightOffset: number,
  workLeft: Float64Array,
  daysLeft: number,
): number {
  const fixed = fixedHolding(context, left, leftOffset, right, rightOffset, workLeft, daysLeft);
  const fromLeft = boundOneEndOnly(
    context,
    scenes,
    sceneOffset,
    sceneWords,
    left,
    leftOffset,
    right,
    rightOffset,
  );
  const fromRight = boundOneEndOnly(
    context,
    scenes,
    sceneOffset,
    sceneWords,
    right,
    rightOffset,
    left,
    leftOffset,
  );
  return roundBound(fixed, fromLeft, fromRight);
}
