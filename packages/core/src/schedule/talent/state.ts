// The search's view of a block and how it changes: per-depth stacks of the unscheduled scenes R, the
// actors waiting at the front (L) and at the back (Rr), the actors still needed; placing a scene at one
// end and undoing it, or peeking at the block that placing it would leave; the cost of a move; the cache
// key of a block; and the dominance rules that prune moves (a forced first or last scene, twins). Depth t
// has t scenes placed. Nothing here allocates after construction, reads the clock or searches.

import { lowestBit, popCount, tableSum, wordsFor } from "./bitset.ts";
import type { ReducedTalentInstance } from "./preprocess.ts";

export const FRONT = 0;
export const BACK = 1;

export type BlockStack = ReturnType<typeof createBlockStack>;

/** `costTable` is the byte table of the actors' wages (see `buildByteTable`). */
export function createBlockStack(reduced: ReducedTalentInstance, costTable: Float64Array) {
  const { n, m, actorWords: aw, duration, sceneActors } = reduced;
  const sw = wordsFor(n);
  const keyWords = sw + 2 * aw;

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
  const sizeAt = new Int32Array(n + 1);
  // Current per-actor counters for R, updated on place and restored on undo.
  const scenesLeft = new Int32Array(Math.max(1, m));
  const workLeft = new Float64Array(Math.max(1, m));
  const key = new Uint32Array(keyWords);
  const twinAt = new Uint32Array(sw);
  const peek = new Uint32Array(3);

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

  /** Holding cost of the actors waiting at one end only: at the front (side FRONT) or at the back. */
  function waitingOnlyAt(t: number, side: number): number {
    const near = side === FRONT ? leftAt : rightAt;
    const far = side === FRONT ? rightAt : leftAt;
    let total = 0;
    for (let w = 0; w < aw; w++) {
      const x = (near[t * aw + w] ?? 0) & ~(far[t * aw + w] ?? 0);
      if (x !== 0) total += tableSum(costTable, w, x) + popCount(x);
    }
    return total;
  }

  /**
   * Marks in `twinAt` every scene of the block at depth t whose cast differs from a lower-numbered scene's
   * of the block only in actors waiting at both ends. Such twins can be shot back to back in an optimal
   * order of the block, in either order (the merge rule of the preprocessing, applied to the block, where
   * the actors present throughout pay the same whatever the order); so the block never needs to start or
   * end with the higher-numbered twin, and only the lower one is tried at either end.
   */
  function markTwins(t: number) {
    for (let w = 0; w < sw; w++) twinAt[w] = 0;
    for (let w0 = 0; w0 < sw; w0++) {
      let bits = scenesAt[t * sw + w0] ?? 0;
      while (bits !== 0) {
        const s = (w0 << 5) + lowestBit(bits);
        bits &= bits - 1;
        if ((((twinAt[s >>> 5] ?? 0) >>> (s & 31)) & 1) === 1) continue;
        for (let w1 = w0; w1 < sw; w1++) {
          let later = (scenesAt[t * sw + w1] ?? 0) & (w1 === w0 ? bits : -1);
          candidates: while (later !== 0) {
            const u = (w1 << 5) + lowestBit(later);
            later &= later - 1;
            for (let w = 0; w < aw; w++) {
              const differ = (sceneActors[s * aw + w] ?? 0) ^ (sceneActors[u * aw + w] ?? 0);
              if ((differ & ~((leftAt[t * aw + w] ?? 0) & (rightAt[t * aw + w] ?? 0))) !== 0)
                continue candidates;
            }
            twinAt[u >>> 5] = (twinAt[u >>> 5] ?? 0) | (1 << (u & 31));
          }
        }
      }
    }
  }

  /**
   * The block left after shooting s at one end of the block at depth t, without placing it, when the scene
   * and actor sets each fit one 32-bit word: writes its scenes, L and Rr to `peek` (as `place` would write
   * them at depth t + 1) and returns the idle cost, in it, of the actors who would wait at both ends.
   */
  function peekChild(t: number, s: number, side: number): number {
    const scenes = (scenesAt[t] ?? 0) & ~(1 << s);
    const castOfS = sceneActors[s] ?? 0;
    // Actors of s with no other scene left in the block are no longer needed in it.
    let needed = neededAt[t] ?? 0;
    for (let i = castStart[s] ?? 0; i < (castStart[s + 1] ?? 0); i++) {
      const a = cast[i] ?? 0;
      if ((scenesLeft[a] ?? 0) === 1) needed &= ~(1 << a);
    }
    let left = leftAt[t] ?? 0;
    let right = rightAt[t] ?? 0;
    if (side === FRONT) left = (left | castOfS) & (needed | right);
    else right = (right | castOfS) & (needed | left);
    peek[0] = scenes;
    peek[1] = left;
    peek[2] = right;
    const d = duration[s] ?? 0;
    const days = (daysAt[t] ?? 0) - d;
    let fixed = 0;
    for (let x = left & right; x !== 0; x &= x - 1) {
      const a = lowestBit(x);
      const work = (workLeft[a] ?? 0) - (((castOfS >>> a) & 1) === 1 ? d : 0);
      fixed += (reduced.cost[a] ?? 0) * (days - work);
    }
    return fixed;
  }

  function lowestSceneAt(t: number): number {
    for (let w = 0; w < sw; w++) {
      const x = scenesAt[t * sw + w] ?? 0;
      if (x !== 0) return (w << 5) + lowestBit(x);
    }
    return -1;
  }

  return {
    sceneWords: sw,
    keyWords,
    scenesAt,
    leftAt,
    rightAt,
    neededAt,
    daysAt,
    sizeAt,
    workLeft,
    key,
    twinAt,
    setRoot,
    moveCost,
    place,
    unplace,
    writeKey,
    forcedMove,
    waitingOnlyAt,
    markTwins,
    peekChild,
    peek,
    lowestSceneAt,
  };
}
