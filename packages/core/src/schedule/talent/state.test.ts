import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { buildByteTable, hasBit } from "./bitset.ts";
import type { TalentInstance } from "./instance.ts";
import { reduceTalentInstance } from "./preprocess.ts";
import type { ReducedTalentInstance } from "./preprocess.ts";
import { BACK, createBlockStack, FRONT } from "./state.ts";
import { createBoundContext, fixedHolding } from "./bounds.ts";

/** Holding cost of a full order of reduced scenes. */
function reducedCost(reduced: ReducedTalentInstance, order: readonly number[]): number {
  let total = 0;
  for (let a = 0; a < reduced.m; a++) {
    const needs = (s: number) => hasBit(reduced.sceneActors, s * reduced.actorWords, a);
    const first = order.findIndex(needs);
    if (first < 0) continue;
    let last = first;
    order.forEach((s, p) => {
      if (needs(s)) last = p;
    });
    for (let p = first; p <= last; p++) {
      const s = order[p] ?? 0;
      if (!needs(s)) total += (reduced.cost[a] ?? 0) * (reduced.duration[s] ?? 0);
    }
  }
  return total;
}

function permutations(items: readonly number[]): number[][] {
  if (items.length <= 1) return [items.slice()];
  return items.flatMap((x, i) =>
    permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((p) => [x, ...p]),
  );
}

/** Random instances over few actors, so that scenes often share a cast up to the actors waiting at both ends. */
const fewActors: fc.Arbitrary<TalentInstance> = fc
  .record({ n: fc.integer({ min: 3, max: 7 }), m: fc.integer({ min: 2, max: 4 }) })
  .chain(({ n, m }) =>
    fc.record({
      duration: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }),
      cost: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: m, maxLength: m }),
      requires: fc.array(fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }), {
        minLength: m,
        maxLength: m,
      }),
    }),
  );

/**
 * Places `prefix` at the front and `suffix` at the back of a block stack over the reduced instance, and
 * returns the stack, the depth reached and the best cost of every order of the remaining block, overall and
 * restricted by a predicate on (first scene of the block, last scene of the block).
 */
function setUpBlock(reduced: ReducedTalentInstance, prefixLength: number, suffixLength: number) {
  const stack = createBlockStack(reduced, buildByteTable(reduced.cost, reduced.actorWords));
  stack.setRoot();
  const scenes = Array.from({ length: reduced.n }, (_, s) => s);
  const prefix = scenes.slice(0, prefixLength);
  const suffix = scenes.slice(prefixLength, prefixLength + suffixLength);
  const block = scenes.slice(prefixLength + suffixLength);
  let t = 0;
  for (const s of prefix) stack.place(t++, s, FRONT);
  for (const s of [...suffix].reverse()) stack.place(t++, s, BACK);
  const orders = permutations(block).map((middle) => [...prefix, ...middle, ...suffix]);
  const bestWhere = (keep: (first: number, last: number) => boolean) =>
    Math.min(
      ...orders
        .filter((o) => keep(o[prefix.length] ?? -1, o[prefix.length + block.length - 1] ?? -1))
        .map((o) => reducedCost(reduced, o)),
    );
  return { stack, t, block, bestWhere };
}

describe("block dominance rules", () => {
  it("marks a scene whose cast differs from a lower one's only by actors waiting at both ends", () => {
    // Scenes 0 (A, C), 1 (A), 2 (A, B), 3 (B), 4 (B, C). Shoot 0 first and 1 last: A is then on location
    // at both ends of the block {2, 3, 4} and paid through all of it. Scenes 2 and 3 differ only in A, so
    // 3 is a twin of 2; scene 4 also needs C, who waits at the front only, so it is nobody's twin.
    const reduced = reduceTalentInstance({
      duration: [1, 1, 1, 1, 1],
      cost: [1, 1, 1],
      requires: [
        [1, 1, 1, 0, 0],
        [0, 0, 1, 1, 1],
        [1, 0, 0, 0, 1],
      ],
    });
    expect(reduced.groups).toEqual([[0], [1], [2], [3], [4]]);
    const { stack, t } = setUpBlock(reduced, 1, 1);
    stack.markTwins(t);
    expect(stack.twinAt[0]).toBe(1 << 3);
  });

  it("never loses the block's optimum by skipping twins at either end", () => {
    fc.assert(
      fc.property(fewActors, fc.nat(), fc.nat(), (instance, p, q) => {
        const reduced = reduceTalentInstance(instance);
        if (reduced.n < 2) return;
        const prefixLength = p % reduced.n;
        const suffixLength = q % (reduced.n - prefixLength);
        const { stack, t, bestWhere } = setUpBlock(reduced, prefixLength, suffixLength);
        stack.markTwins(t);
        const isTwin = (s: number) => hasBit(stack.twinAt, 0, s);
        const best = bestWhere(() => true);
        expect(bestWhere((first) => !isTwin(first))).toBe(best);
        expect(bestWhere((_, last) => !isTwin(last))).toBe(best);
      }),
      { seed: 11, numRuns: 400 },
    );
  });

  it("never loses the block's optimum by taking a forced move", () => {
    fc.assert(
      fc.property(fewActors, fc.nat(), fc.nat(), (instance, p, q) => {
        const reduced = reduceTalentInstance(instance);
        if (reduced.n < 2) return;
        const prefixLength = p % reduced.n;
        const suffixLength = q % (reduced.n - prefixLength);
        const { stack, t, bestWhere } = setUpBlock(reduced, prefixLength, suffixLength);
        const forced = stack.forcedMove(t);
        if (forced < 0) return;
        const s = forced >> 1;
        const atFront = (forced & 1) === FRONT;
        expect(bestWhere((first, last) => (atFront ? first === s : last === s))).toBe(bestWhere(() => true));
      }),
      { seed: 12, numRuns: 400 },
    );
  });

  it("peeks at a child block exactly as placing the scene would leave it", () => {
    // The search prices most children without placing them (`peekChild`); that must agree with `place`
    // and with the bounds' fixed part on the placed block, for every scene at either end.
    const instances: fc.Arbitrary<TalentInstance> = fc
      .record({ n: fc.integer({ min: 2, max: 9 }), m: fc.integer({ min: 1, max: 8 }) })
      .chain(({ n, m }) =>
        fc.record({
          duration: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }),
          cost: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: m, maxLength: m }),
          requires: fc.array(fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }), {
            minLength: m,
            maxLength: m,
          }),
        }),
      );
    fc.assert(
      fc.property(instances, fc.nat(), fc.nat(), (instance, p, q) => {
        const reduced = reduceTalentInstance(instance);
        if (reduced.n < 2) return;
        const prefixLength = p % reduced.n;
        const suffixLength = q % (reduced.n - prefixLength);
        const { stack, t, block } = setUpBlock(reduced, prefixLength, suffixLength);
        const costTable = buildByteTable(reduced.cost, reduced.actorWords);
        const context = createBoundContext(
          reduced,
          costTable,
          buildByteTable(
            Array.from(reduced.cost, (c) => c * c),
            reduced.actorWords,
          ),
        );
        for (const s of block) {
          for (const side of [FRONT, BACK]) {
            const fixed = stack.peekChild(t, s, side);
            const peeked = Array.from(stack.peek);
            stack.place(t, s, side);
            expect(peeked).toEqual([stack.scenesAt[t + 1], stack.leftAt[t + 1], stack.rightAt[t + 1]]);
            expect(fixed).toBe(
              fixedHolding(
                context,
                stack.leftAt,
                t + 1,
                stack.rightAt,
                t + 1,
                stack.workLeft,
                stack.daysAt[t + 1] ?? 0,
              ),
            );
            stack.unplace(s);
          }
        }
      }),
      { seed: 13, numRuns: 300 },
    );
  });

  it("computes the move cost and the mirror-image key of a block", () => {
    // Scenes 0 (A), 1 (A, B), 2 (B), 3 (A, B), 4 (C, A), wages A 2, B 3, C 1; one day each except scene 2
    // (two days). Shooting 0 first puts A on location; shooting 2 next holds A for 2 days: 2 × 2 = 4.
    const reduced = reduceTalentInstance({
      duration: [1, 1, 2, 1, 1],
      cost: [2, 3, 1],
      requires: [
        [1, 1, 0, 1, 1],
        [0, 1, 1, 1, 0],
        [0, 0, 1, 0, 1],
      ],
    });
    const stack = createBlockStack(reduced, buildByteTable(reduced.cost, reduced.actorWords));
    stack.setRoot();
    stack.place(0, 0, FRONT);
    expect(stack.moveCost(1, 2, FRONT)).toBe(4);
    // The mirror block (shoot 0 last instead of first) has the same key, with L and Rr swapped.
    const mirror = createBlockStack(reduced, buildByteTable(reduced.cost, reduced.actorWords));
    mirror.setRoot();
    mirror.place(0, 0, BACK);
    const swapped = [stack.writeKey(1), mirror.writeKey(1)];
    expect(Array.from(stack.key)).toEqual(Array.from(mirror.key));
    expect(swapped[0]).not.toBe(swapped[1]);
  });
});
