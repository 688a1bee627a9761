// Lower bounds on the holding cost still to pay for a block of unordered scenes between a scheduled
// prefix and suffix. Every bound here must never exceed the true optimum; nothing here allocates per call.
//
// The block is described by R (its scenes), L (actors on location when it starts: seen in the prefix and
// needed later) and Rr (actors on location when it ends: seen in the suffix and needed earlier). Holding
// cost is a sum over actors, and each actor's share is its wage times its idle days, so the actors (and
// even parts of one actor's wage) can be split into groups and the groups' lower bounds added up:
// - An actor in both L and Rr stays through the whole block: their idle time in it is fixed.
// - The actors only in L each stay until their last scene of the block. Splitting every scene among the
//   L-actors it needs, in proportion to their wage, turns this into one-machine weighted completion time,
//   which Smith's ratio rule solves; a per-scene correction makes the relaxation tight for a lone scene
//   (Garcia de la Banda, Stuckey & Chu 2011). The actors only in Rr are the same problem read backwards.
// - Chains across the block (our addition, checked against brute force in bounds.test.ts): an actor a only
//   in L and an actor b only in Rr who share a scene of the block are on location over intervals [0, end
//   of a's last scene) and [start of b's first scene, D) that overlap, so together they cover the block:
//   every scene that needs neither of them is shot while one of them waits. The same holds for a chain
//   a - n - b through an actor n on location at neither end who shares a scene with each. A chain charged
//   y per day (y at most what is left of each member's wage) thus earns y times the days of the block's
//   scenes that need none of its members. Chains are charged greedily, longest such days first, and what
//   is left of the L-only and Rr-only wages goes to the two Smith relaxations. The chains can take wage
//   that Smith's relaxation would have used better, so when they took any, the Smith relaxations on the
//   full wages are computed too and the larger total kept.
// The search only needs to know whether a child's bound reaches its budget, so `boundAcross` stops as
// soon as the part computed so far does (each part is non-negative, so that part is a valid bound).

import { buildByteTable, lowestBit, tableSum } from "./bitset.ts";
import type { ReducedTalentInstance } from "./preprocess.ts";

/**
 * Most chains of each kind (pairs, then chains of three) considered per bound: any subset of chains gives a
 * valid bound. A chain is sorted by one 31-bit integer, days << 10 | slot, so chains are only used while the
 * block has fewer than MAX_CHAIN_DAYS days.
 */
const CHAIN_SLOTS = 1024;
const MAX_CHAIN_DAYS = 1 << 21;

export interface BoundContext {
  readonly reduced: ReducedTalentInstance;
  readonly costTable: Float64Array;
  readonly squareTable: Float64Array;
  /** Per-actor scratch: share of processing time per unit of wage. */
  readonly ratio: Float64Array;
  /** Scratch list of actor indices, sorted by ratio. */
  readonly sorted: Int32Array;
  /** Scratch actor sets. */
  readonly only: Uint32Array;
  readonly kept: Uint32Array;
  /** 32-bit words per scene set. */
  readonly sceneWords: number;
  /** Scenes of actor a (reduced scenes) at `actorScenes[a * sceneWords ..]`. */
  readonly actorScenes: Uint32Array;
  /** Byte table of the scenes' durations (see `buildByteTable`). */
  readonly durationTable: Float64Array;
  /** Per-actor scratch: what is left of the wage after the chains took their part. */
  readonly residual: Float64Array;
  /** Scratch chains: members (the middle one is -1 for a pair) and sort keys (see `chargeChains`). */
  readonly chainA: Int32Array;
  readonly chainN: Int32Array;
  readonly chainB: Int32Array;
  readonly chainKey: Int32Array;
  /** Scratch: actors taking part in chains, and their scenes in R (`sceneWords` words each). */
  readonly members: Int32Array;
  readonly memberScenes: Uint32Array;
}

export function createBoundContext(
  reduced: ReducedTalentInstance,
  costTable: Float64Array,
  squareTable: Float64Array,
): BoundContext {
  const { n, m, actorWords: aw, sceneActors } = reduced;
  const sceneWords = Math.max(1, Math.ceil(n / 32));
  const actorScenes = new Uint32Array(Math.max(1, m) * sceneWords);
  for (let s = 0; s < n; s++) {
    for (let w = 0; w < aw; w++) {
      let x = sceneActors[s * aw + w] ?? 0;
      while (x !== 0) {
        const a = (w << 5) + lowestBit(x);
        x &= x - 1;
        const i = a * sceneWords + (s >>> 5);
        actorScenes[i] = (actorScenes[i] ?? 0) | (1 << (s & 31));
      }
    }
  }
  return {
    reduced,
    costTable,
    squareTable,
    ratio: new Float64Array(Math.max(1, m)),
    sorted: new Int32Array(Math.max(1, m)),
    only: new Uint32Array(aw),
    kept: new Uint32Array(aw),
    sceneWords,
    actorScenes,
    durationTable: buildByteTable(reduced.duration, sceneWords),
    residual: new Float64Array(Math.max(1, m)),
    chainA: new Int32Array(CHAIN_SLOTS),
    chainN: new Int32Array(CHAIN_SLOTS),
    chainB: new Int32Array(CHAIN_SLOTS),
    chainKey: new Int32Array(CHAIN_SLOTS),
    members: new Int32Array(Math.max(1, m)),
    memberScenes: new Uint32Array(Math.max(1, m) * sceneWords),
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
  return smithOrder(context, count, reduced.cost) - correction;
}

/** Sorts the `count` actors in `sorted` by ratio and sums Smith's weighted completion times. */
function smithOrder(context: BoundContext, count: number, wages: ArrayLike<number>): number {
  const { ratio, sorted } = context;
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
    const c = wages[a] ?? 0;
    elapsed += c * (ratio[a] ?? 0);
    weighted += c * elapsed;
  }
  return weighted;
}

/**
 * `boundPresentActors` with per-actor wages `wages` instead of the actors' costs (actors with no wage left
 * are dropped): the relaxation holds for any non-negative wages.
 */
export function boundPresentActorsWith(
  context: BoundContext,
  scenes: Uint32Array,
  sceneOffset: number,
  sceneWords: number,
  present: Uint32Array,
  wages: Float64Array,
): number {
  const { reduced, ratio, sorted } = context;
  const actorWords = reduced.actorWords;
  const sceneActors = reduced.sceneActors;
  const only = context.kept;
  let count = 0;
  for (let w = 0; w < actorWords; w++) {
    let x = present[w] ?? 0;
    let kept = 0;
    while (x !== 0) {
      const low = x & -x;
      x ^= low;
      const a = (w << 5) + (31 - Math.clz32(low));
      if ((wages[a] ?? 0) <= 0) continue;
      kept |= low;
      ratio[a] = 0;
      sorted[count++] = a;
    }
    only[w] = kept;
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
        let p = (sceneActors[s * actorWords + w] ?? 0) & (only[w] ?? 0);
        while (p !== 0) {
          const c = wages[(w << 5) + lowestBit(p)] ?? 0;
          p &= p - 1;
          wage += c;
          square += c * c;
        }
      }
      if (wage === 0) continue;
      const d = reduced.duration[s] ?? 0;
      const share = d / wage;
      for (let w = 0; w < actorWords; w++) {
        let p = (sceneActors[s * actorWords + w] ?? 0) & (only[w] ?? 0);
        while (p !== 0) {
          const a = (w << 5) + lowestBit(p);
          ratio[a] = (ratio[a] ?? 0) + share;
          p &= p - 1;
        }
      }
      correction += (d * (wage + square / wage)) / 2;
    }
  }
  return smithOrder(context, count, wages) - correction;
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

/**
 * Charges the `count` chains, most days first (ties: first found first), each as much as its members'
 * wages left allow. `chainKey[i]` is days << 10 | (CHAIN_SLOTS - 1 - k) for the chain in slot k: durations
 * are integers, so sorting the keys sorts the chains.
 */
function chargeChains(context: BoundContext, count: number): number {
  const { residual, chainA, chainN, chainB, chainKey } = context;
  if (count <= 48) {
    // Insertion sort, largest key first: a dozen or two chains in practice.
    for (let i = 1; i < count; i++) {
      const key = chainKey[i] ?? 0;
      let j = i - 1;
      while (j >= 0 && (chainKey[j] ?? 0) < key) {
        chainKey[j + 1] = chainKey[j] ?? 0;
        j--;
      }
      chainKey[j + 1] = key;
    }
  } else {
    chainKey.subarray(0, count).sort().reverse();
  }
  let total = 0;
  for (let i = 0; i < count; i++) {
    const key = chainKey[i] ?? 0;
    const k = CHAIN_SLOTS - 1 - (key & (CHAIN_SLOTS - 1));
    const a = chainA[k] ?? 0;
    const b = chainB[k] ?? 0;
    const n = chainN[k] ?? -1;
    let y = Math.min(residual[a] ?? 0, residual[b] ?? 0);
    if (n >= 0) y = Math.min(y, residual[n] ?? 0);
    if (y <= 0) continue;
    residual[a] = (residual[a] ?? 0) - y;
    residual[b] = (residual[b] ?? 0) - y;
    if (n >= 0) residual[n] = (residual[n] ?? 0) - y;
    total += y * (key >>> 10);
  }
  return total;
}

/**
 * Lower bound on the idle cost, inside the block, of every actor not waiting at both ends: chains across
 * the block (see the top of this file), then Smith's relaxation at each end on the wages left. Stops early,
 * with a smaller but still valid bound, once the bound reaches `enough`.
 */
export function boundAcross(
  context: BoundContext,
  scenes: Uint32Array,
  sceneOffset: number,
  left: Uint32Array,
  leftOffset: number,
  right: Uint32Array,
  rightOffset: number,
  enough = Infinity,
): number {
  if (context.sceneWords === 1 && context.reduced.actorWords === 1) {
    return boundAcrossSmall(
      context,
      scenes[sceneOffset] ?? 0,
      left[leftOffset] ?? 0,
      right[rightOffset] ?? 0,
      enough,
    );
  }
  const {
    reduced,
    residual,
    only,
    sceneWords: sw,
    actorScenes,
    durationTable,
    members,
    memberScenes,
  } = context;
  const { chainA, chainN, chainB, chainKey } = context;
  const { actorWords: aw, cost, m } = reduced;
  // Members: the L-only actors, then the Rr-only actors, then (when both exist) the actors of R waiting at
  // neither end; each with its scenes in R.
  let leftCount = 0;
  for (let w = 0; w < aw; w++) {
    let x = (left[leftOffset + w] ?? 0) & ~(right[rightOffset + w] ?? 0);
    while (x !== 0) {
      const a = (w << 5) + lowestBit(x);
      x &= x - 1;
      residual[a] = cost[a] ?? 0;
      members[leftCount++] = a;
    }
  }
  let rightEnd = leftCount;
  for (let w = 0; w < aw; w++) {
    let x = (right[rightOffset + w] ?? 0) & ~(left[leftOffset + w] ?? 0);
    while (x !== 0) {
      const a = (w << 5) + lowestBit(x);
      x &= x - 1;
      residual[a] = cost[a] ?? 0;
      members[rightEnd++] = a;
    }
  }
  let total = 0;
  let blockDays = 0;
  for (let w = 0; w < sw; w++) blockDays += tableSum(durationTable, w, scenes[sceneOffset + w] ?? 0);
  if (leftCount > 0 && rightEnd > leftCount && blockDays < MAX_CHAIN_DAYS) {
    for (let i = 0; i < rightEnd; i++) {
      const a = members[i] ?? 0;
      for (let w = 0; w < sw; w++)
        memberScenes[i * sw + w] = (scenes[sceneOffset + w] ?? 0) & (actorScenes[a * sw + w] ?? 0);
    }
    // Pairs: an L-only actor and an Rr-only actor who share a scene.
    let count = 0;
    for (let i = 0; i < leftCount; i++) {
      for (let j = leftCount; j < rightEnd && count < CHAIN_SLOTS; j++) {
        let shared = 0;
        let days = 0;
        for (let w = 0; w < sw; w++) {
          const si = memberScenes[i * sw + w] ?? 0;
          const sj = memberScenes[j * sw + w] ?? 0;
          shared |= si & sj;
          const rest = (scenes[sceneOffset + w] ?? 0) & ~(si | sj);
          if (rest !== 0) days += tableSum(durationTable, w, rest);
        }
        if (shared === 0 || days <= 0) continue;
        chainA[count] = members[i] ?? 0;
        chainB[count] = members[j] ?? 0;
        chainN[count] = -1;
        chainKey[count] = (days << 10) | (CHAIN_SLOTS - 1 - count);
        count++;
      }
    }
    if (count > 0) total += chargeChains(context, count);
    if (total >= enough) return total;
    // Chains through one actor of R waiting at neither end, between members with wage left.
    let middleEnd = rightEnd;
    for (let a = 0; a < m; a++) {
      const bit = 1 << (a & 31);
      const w0 = a >>> 5;
      if ((((left[leftOffset + w0] ?? 0) | (right[rightOffset + w0] ?? 0)) & bit) !== 0) continue;
      let any = 0;
      for (let w = 0; w < sw; w++) {
        const x = (scenes[sceneOffset + w] ?? 0) & (actorScenes[a * sw + w] ?? 0);
        memberScenes[middleEnd * sw + w] = x;
        any |= x;
      }
      if (any === 0) continue;
      residual[a] = cost[a] ?? 0;
      members[middleEnd++] = a;
    }
    count = 0;
    for (let k = rightEnd; k < middleEnd && count < CHAIN_SLOTS; k++) {
      for (let i = 0; i < leftCount; i++) {
        if ((residual[members[i] ?? 0] ?? 0) <= 0) continue;
        let meetLeft = 0;
        for (let w = 0; w < sw; w++)
          meetLeft |= (memberScenes[i * sw + w] ?? 0) & (memberScenes[k * sw + w] ?? 0);
        if (meetLeft === 0) continue;
        for (let j = leftCount; j < rightEnd && count < CHAIN_SLOTS; j++) {
          if ((residual[members[j] ?? 0] ?? 0) <= 0) continue;
          let meetRight = 0;
          let days = 0;
          for (let w = 0; w < sw; w++) {
            const sk = memberScenes[k * sw + w] ?? 0;
            const sj = memberScenes[j * sw + w] ?? 0;
            meetRight |= sk & sj;
            const rest = (scenes[sceneOffset + w] ?? 0) & ~((memberScenes[i * sw + w] ?? 0) | sk | sj);
            if (rest !== 0) days += tableSum(durationTable, w, rest);
          }
          if (meetRight === 0 || days <= 0) continue;
          chainA[count] = members[i] ?? 0;
          chainB[count] = members[j] ?? 0;
          chainN[count] = members[k] ?? 0;
          chainKey[count] = (days << 10) | (CHAIN_SLOTS - 1 - count);
          count++;
        }
      }
    }
    if (count > 0) total += chargeChains(context, count);
    if (total >= enough) return total;
  }
  const charged = total > 0;
  for (let w = 0; w < aw; w++) only[w] = (left[leftOffset + w] ?? 0) & ~(right[rightOffset + w] ?? 0);
  total += Math.max(0, boundPresentActorsWith(context, scenes, sceneOffset, sw, only, residual));
  if (total >= enough) return total;
  for (let w = 0; w < aw; w++) only[w] = (right[rightOffset + w] ?? 0) & ~(left[leftOffset + w] ?? 0);
  total += Math.max(0, boundPresentActorsWith(context, scenes, sceneOffset, sw, only, residual));
  if (!charged || total >= enough) return total;
  // The chains took wage that Smith's relaxation may have used better: try without them.
  const plain =
    Math.max(0, boundOneEndOnly(context, scenes, sceneOffset, sw, left, leftOffset, right, rightOffset)) +
    Math.max(0, boundOneEndOnly(context, scenes, sceneOffset, sw, right, rightOffset, left, leftOffset));
  return Math.max(total, plain);
}

/** Days of the scenes in the set `scenes` (at most 32 scenes). */
function daysOf(table: Float64Array, scenes: number): number {
  return (
    (table[scenes & 255] ?? 0) +
    (table[256 + ((scenes >>> 8) & 255)] ?? 0) +
    (table[512 + ((scenes >>> 16) & 255)] ?? 0) +
    (table[768 + (scenes >>> 24)] ?? 0)
  );
}

/** `boundAcross` when the scenes and the actors each fit one 32-bit word (sets passed as numbers). */
export function boundAcrossSmall(
  context: BoundContext,
  scenes: number,
  left: number,
  right: number,
  enough: number,
): number {
  const { reduced, residual, actorScenes, durationTable, members, memberScenes } = context;
  const { chainA, chainN, chainB, chainKey } = context;
  const { cost, m } = reduced;
  const leftOnly = left & ~right;
  const rightOnly = right & ~left;
  let leftCount = 0;
  for (let x = leftOnly; x !== 0; x &= x - 1) {
    const a = lowestBit(x);
    residual[a] = cost[a] ?? 0;
    memberScenes[leftCount] = scenes & (actorScenes[a] ?? 0);
    members[leftCount++] = a;
  }
  let rightEnd = leftCount;
  for (let x = rightOnly; x !== 0; x &= x - 1) {
    const a = lowestBit(x);
    residual[a] = cost[a] ?? 0;
    memberScenes[rightEnd] = scenes & (actorScenes[a] ?? 0);
    members[rightEnd++] = a;
  }
  let total = 0;
  if (leftCount > 0 && rightEnd > leftCount && daysOf(durationTable, scenes) < MAX_CHAIN_DAYS) {
    let count = 0;
    for (let i = 0; i < leftCount; i++) {
      const si = memberScenes[i] ?? 0;
      for (let j = leftCount; j < rightEnd && count < CHAIN_SLOTS; j++) {
        const sj = memberScenes[j] ?? 0;
        if ((si & sj) === 0) continue;
        const rest = scenes & ~(si | sj);
        if (rest === 0) continue;
        chainA[count] = members[i] ?? 0;
        chainB[count] = members[j] ?? 0;
        chainN[count] = -1;
        chainKey[count] = (daysOf(durationTable, rest) << 10) | (CHAIN_SLOTS - 1 - count);
        count++;
      }
    }
    if (count > 0) total += chargeChains(context, count);
    if (total >= enough) return total;
    // Chains through one actor of R waiting at neither end.
    let middleEnd = rightEnd;
    const elsewhere = left | right;
    for (let a = 0; a < m; a++) {
      if ((elsewhere >>> a) & 1) continue;
      const sa = scenes & (actorScenes[a] ?? 0);
      if (sa === 0) continue;
      residual[a] = cost[a] ?? 0;
      memberScenes[middleEnd] = sa;
      members[middleEnd++] = a;
    }
    count = 0;
    for (let k = rightEnd; k < middleEnd && count < CHAIN_SLOTS; k++) {
      const sk = memberScenes[k] ?? 0;
      for (let i = 0; i < leftCount; i++) {
        const si = memberScenes[i] ?? 0;
        if ((si & sk) === 0 || (residual[members[i] ?? 0] ?? 0) <= 0) continue;
        for (let j = leftCount; j < rightEnd && count < CHAIN_SLOTS; j++) {
          const sj = memberScenes[j] ?? 0;
          if ((sk & sj) === 0 || (residual[members[j] ?? 0] ?? 0) <= 0) continue;
          const rest = scenes & ~(si | sj | sk);
          if (rest === 0) continue;
          chainA[count] = members[i] ?? 0;
          chainB[count] = members[j] ?? 0;
          chainN[count] = members[k] ?? 0;
          chainKey[count] = (daysOf(durationTable, rest) << 10) | (CHAIN_SLOTS - 1 - count);
          count++;
        }
      }
    }
    if (count > 0) total += chargeChains(context, count);
    if (total >= enough) return total;
  }
  const charged = total > 0;
  total += Math.max(0, smithSmall(context, scenes, leftOnly));
  if (total >= enough) return total;
  total += Math.max(0, smithSmall(context, scenes, rightOnly));
  if (!charged || total >= enough) return total;
  // The chains took wage that Smith's relaxation may have used better: try without them.
  for (let x = leftOnly | rightOnly; x !== 0; x &= x - 1) {
    const a = lowestBit(x);
    residual[a] = cost[a] ?? 0;
  }
  const plain =
    Math.max(0, smithSmall(context, scenes, leftOnly)) + Math.max(0, smithSmall(context, scenes, rightOnly));
  return Math.max(total, plain);
}

/** `boundPresentActorsWith` with the residual wages, when scenes and actors each fit one word. */
function smithSmall(context: BoundContext, scenes: number, present: number): number {
  const { reduced, ratio, sorted, residual } = context;
  const { sceneActors, duration } = reduced;
  let count = 0;
  let kept = 0;
  for (let x = present; x !== 0; x &= x - 1) {
    const a = lowestBit(x);
    if ((residual[a] ?? 0) <= 0) continue;
    kept |= 1 << a;
    ratio[a] = 0;
    sorted[count++] = a;
  }
  if (count === 0) return 0;
  let correction = 0;
  for (let bits = scenes; bits !== 0; bits &= bits - 1) {
    const s = lowestBit(bits);
    const cast = (sceneActors[s] ?? 0) & kept;
    if (cast === 0) continue;
    let wage = 0;
    let square = 0;
    for (let p = cast; p !== 0; p &= p - 1) {
      const c = residual[lowestBit(p)] ?? 0;
      wage += c;
      square += c * c;
    }
    const d = duration[s] ?? 0;
    const share = d / wage;
    for (let p = cast; p !== 0; p &= p - 1) {
      const a = lowestBit(p);
      ratio[a] = (ratio[a] ?? 0) + share;
    }
    correction += (d * (wage + square / wage)) / 2;
  }
  return smithOrder(context, count, residual) - correction;
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
  _sceneWords: number,
  left: Uint32Array,
  leftOffset: number,
  right: Uint32Array,
  rightOffset: number,
  workLeft: Float64Array,
  daysLeft: number,
): number {
  const fixed = fixedHolding(context, left, leftOffset, right, rightOffset, workLeft, daysLeft);
  const across = boundAcross(context, scenes, sceneOffset, left, leftOffset, right, rightOffset);
  return roundBound(fixed, across, 0);
}
