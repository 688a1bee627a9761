import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluateHoldingCost, TalentInstanceError } from "./instance.ts";
import type { TalentInstance } from "./instance.ts";
import { solveTalentSchedule } from "./solve.ts";

/** Cheapest holding cost over every permutation (Heap's algorithm); fine up to 8 scenes. */
function bruteForceOptimum(instance: TalentInstance): number {
  const order = instance.duration.map((_, s) => s);
  const c = order.map(() => 0);
  let best = evaluateHoldingCost(instance, order);
  let i = 1;
  while (i < order.length) {
    if ((c[i] ?? 0) < i) {
      const j = i % 2 === 0 ? 0 : (c[i] ?? 0);
      [order[j], order[i]] = [order[i] ?? 0, order[j] ?? 0];
      best = Math.min(best, evaluateHoldingCost(instance, order));
      c[i] = (c[i] ?? 0) + 1;
      i = 1;
    } else {
      c[i] = 0;
      i++;
    }
  }
  return best;
}

/** Random instances of up to `maxScenes` scenes, with small durations and wages so ties happen. */
function arbitraryInstance(maxScenes: number, maxActors: number): fc.Arbitrary<TalentInstance> {
  return fc
    .record({ n: fc.integer({ min: 1, max: maxScenes }), m: fc.integer({ min: 1, max: maxActors }) })
    .chain(({ n, m }) =>
      fc.record({
        duration: fc.array(fc.integer({ min: 1, max: 4 }), { minLength: n, maxLength: n }),
        cost: fc.array(fc.integer({ min: 0, max: 9 }), { minLength: m, maxLength: m }),
        requires: fc.array(fc.array(fc.constantFrom(0, 1), { minLength: n, maxLength: n }), {
          minLength: m,
          maxLength: m,
        }),
      }),
    );
}

function expectPermutation(order: readonly number[], n: number) {
  expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, s) => s));
}

describe("solveTalentSchedule on cases worked by hand", () => {
  it("puts the scene whose idle actor is cheapest to hold in the middle", () => {
    // Scene 0 needs A, C; scene 1 needs A, B; scene 2 needs B, C. Wages A 1, B 2, C 4; scene 2 lasts 3 days.
    // Whatever is shot in the middle, the actor of the two outer scenes who is not in it waits through it:
    //   middle 0 → B waits 1 day: 2 × 1 = 2;  middle 1 → C waits 1 day: 4 × 1 = 4;
    //   middle 2 → A waits 3 days: 1 × 3 = 3.  So the optimum is 2, with scene 0 in the middle.
    const result = solveTalentSchedule({
      duration: [1, 1, 3],
      cost: [1, 2, 4],
      requires: [
        [1, 1, 0],
        [0, 1, 1],
        [1, 0, 1],
      ],
    });
    expect(result).toMatchObject({ cost: 2, lowerBound: 2, optimal: true, gap: 0 });
    expect(result.order[1]).toBe(0);
  });

  it("keeps an expensive actor's scenes together and lets the cheap one wait", () => {
    // Star S (10/day) is in scenes 0 and 2, extra E (1/day) in scenes 1 and 3, all one day long.
    // Shooting 0, 2 back to back and 1, 3 back to back (e.g. 0 2 1 3) costs nothing: optimum 0.
    // The input order 0 1 2 3 makes S wait scene 1 and E wait scene 2: 10 + 1 = 11.
    const instance = {
      duration: [1, 1, 1, 1],
      cost: [10, 1],
      requires: [
        [1, 0, 1, 0],
        [0, 1, 0, 1],
      ],
    };
    expect(evaluateHoldingCost(instance, [0, 1, 2, 3])).toBe(11);
    const result = solveTalentSchedule(instance);
    expect(result).toMatchObject({ cost: 0, optimal: true });
  });

  it("handles the degenerate cases", () => {
    expect(solveTalentSchedule({ duration: [], cost: [], requires: [] })).toMatchObject({
      order: [],
      cost: 0,
      optimal: true,
    });
    expect(solveTalentSchedule({ duration: [5], cost: [3], requires: [[1]] }).order).toEqual([0]);
  });

  it("throws a TalentInstanceError that names the field", () => {
    const call = () => solveTalentSchedule({ duration: [1, -1], cost: [1], requires: [[1, 1]] });
    expect(call).toThrow(TalentInstanceError);
    expect(call).toThrow(/duration: scene 1 has duration -1/);
  });
});

describe("solveTalentSchedule properties", () => {
  it("agrees with brute force on small random instances", () => {
    fc.assert(
      fc.property(arbitraryInstance(7, 6), (instance) => {
        const result = solveTalentSchedule(instance);
        expect(result.optimal).toBe(true);
        expect(result.cost).toBe(bruteForceOptimum(instance));
      }),
      { seed: 20240611, numRuns: 300 },
    );
  });

  it("agrees with brute force when few actors make many scenes twins inside a block", () => {
    // With 2 to 4 actors, scenes often differ only in actors who wait at both ends of a block, the case
    // where the search tries only the lower-numbered twin at either end.
    fc.assert(
      fc.property(arbitraryInstance(7, 4), (instance) => {
        const result = solveTalentSchedule(instance);
        expect(result.optimal).toBe(true);
        expect(result.cost).toBe(bruteForceOptimum(instance));
      }),
      { seed: 31, numRuns: 300 },
    );
  });

  it("agrees with brute force when the search starts from the input order, with no local search", () => {
    // The local search alone often finds these optima; without it, a bound or a dominance rule that cuts an
    // optimal order away shows up as a wrong cost.
    fc.assert(
      fc.property(arbitraryInstance(7, 7), (instance) => {
        const result = solveTalentSchedule(instance, { localSearch: false });
        expect(result.optimal).toBe(true);
        expect(result.cost).toBe(bruteForceOptimum(instance));
      }),
      { seed: 1100, numRuns: 400 },
    );
  });

  it("agrees with brute force on eight scenes with crowded casts", () => {
    // Most actors wait at one end or the other in most blocks, so the chains of the bound form often.
    fc.assert(
      fc.property(arbitraryInstance(8, 9), (instance) => {
        const result = solveTalentSchedule(instance, { localSearch: false });
        expect(result.optimal).toBe(true);
        expect(result.cost).toBe(bruteForceOptimum(instance));
      }),
      { seed: 1101, numRuns: 40 },
    );
  });

  it("agrees with brute force when more than 32 actors make every actor set two words wide", () => {
    // Each actor in 2 to n-1 of the scenes, so the reduction keeps them all: the general (multi-word) code
    // paths of the search and the bounds instead of the one-word ones.
    const manyActors = fc.integer({ min: 4, max: 7 }).chain((n) =>
      fc.integer({ min: 33, max: 40 }).chain((m) =>
        fc.record({
          duration: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: n, maxLength: n }),
          cost: fc.array(fc.integer({ min: 1, max: 9 }), { minLength: m, maxLength: m }),
          requires: fc.array(
            fc
              .uniqueArray(fc.integer({ min: 0, max: n - 1 }), { minLength: 2, maxLength: n - 1 })
              .map((scenes) => Array.from({ length: n }, (_, s) => (scenes.includes(s) ? 1 : 0))),
            { minLength: m, maxLength: m },
          ),
        }),
      ),
    );
    fc.assert(
      fc.property(manyActors, (instance) => {
        const result = solveTalentSchedule(instance, { localSearch: false });
        expect(result.optimal).toBe(true);
        expect(result.cost).toBe(bruteForceOptimum(instance));
      }),
      { seed: 1102, numRuns: 30 },
    );
  });

  it("finds the optimum of a small instance inside 34 more scenes, with every set two words wide", () => {
    // A chain of 34 scenes (actor i needs scenes i and i+1, so shooting them in order costs nothing) next to
    // a small random instance on other actors: the optimum is the small instance's, found by brute force,
    // and the reduced instance has more than 32 scenes and 32 actors.
    fc.assert(
      fc.property(arbitraryInstance(6, 5), (small) => {
        const chain = 34;
        const n = chain + small.duration.length;
        const instance: TalentInstance = {
          duration: [...Array.from({ length: chain }, (_, s) => 1 + (s % 3)), ...small.duration],
          cost: [...Array.from({ length: chain - 1 }, (_, a) => 1 + (a % 5)), ...small.cost],
          requires: [
            ...Array.from({ length: chain - 1 }, (_, a) =>
              Array.from({ length: n }, (_, s) => (s === a || s === a + 1 ? 1 : 0)),
            ),
            ...small.requires.map((row) => [...Array.from({ length: chain }, () => 0), ...row]),
          ],
        };
        const result = solveTalentSchedule(instance, { localSearch: false });
        expect(result.optimal).toBe(true);
        expect(result.cost).toBe(bruteForceOptimum(small));
        expect(evaluateHoldingCost(instance, result.order)).toBe(result.cost);
      }),
      { seed: 1103, numRuns: 12 },
    );
  });

  it("schedules each scene once, reports the true cost and never loses to the input order", () => {
    fc.assert(
      fc.property(arbitraryInstance(14, 10), (instance) => {
        const result = solveTalentSchedule(instance);
        const n = instance.duration.length;
        expectPermutation(result.order, n);
        expect(result.cost).toBe(evaluateHoldingCost(instance, result.order));
        expect(result.cost).toBeLessThanOrEqual(
          evaluateHoldingCost(
            instance,
            Array.from({ length: n }, (_, s) => s),
          ),
        );
        expect(result.lowerBound).toBe(result.cost);
      }),
      { seed: 7, numRuns: 150 },
    );
  });

  it("stops at the node limit with a valid order, a lower bound and the gap", () => {
    fc.assert(
      fc.property(arbitraryInstance(16, 12), fc.integer({ min: 1, max: 200 }), (instance, nodeLimit) => {
        const exact = solveTalentSchedule(instance);
        const cut = solveTalentSchedule(instance, { nodeLimit });
        expectPermutation(cut.order, instance.duration.length);
        expect(cut.cost).toBe(evaluateHoldingCost(instance, cut.order));
        expect(cut.cost).toBeGreaterThanOrEqual(exact.cost);
        expect(cut.lowerBound).toBeLessThanOrEqual(exact.cost);
        expect(cut.gap).toBeCloseTo(cut.cost === 0 ? 0 : (cut.cost - cut.lowerBound) / cut.cost);
        if (cut.optimal) expect(cut.cost).toBe(exact.cost);
      }),
      { seed: 99, numRuns: 100 },
    );
  });

  it("stops at the caller's deadline, reading only the injected clock", () => {
    let ticks = 0;
    const instance = {
      duration: Array.from({ length: 30 }, (_, s) => 1 + (s % 3)),
      cost: Array.from({ length: 12 }, (_, a) => 1 + ((a * 7) % 10)),
      requires: Array.from({ length: 12 }, (_, a) =>
        Array.from({ length: 30 }, (_, s) => ((a * 31 + s * 17) % 5 < 2 ? 1 : 0)),
      ),
    };
    // The clock is read at the first node, already past the deadline: the search stops at once.
    const result = solveTalentSchedule(instance, { now: () => ++ticks, deadline: 0 });
    expect(ticks).toBeGreaterThan(0);
    expect(result.optimal).toBe(false);
    expectPermutation(result.order, 30);
    expect(result.cost).toBe(evaluateHoldingCost(instance, result.order));
    expect(result.lowerBound).toBeLessThanOrEqual(result.cost);
  });

  it("gives the same answer with a tiny cache that must evict", () => {
    fc.assert(
      fc.property(arbitraryInstance(12, 8), (instance) => {
        const roomy = solveTalentSchedule(instance);
        const cramped = solveTalentSchedule(instance, { cacheEntries: 1024 });
        expect(cramped.cost).toBe(roomy.cost);
        expect(cramped.optimal).toBe(true);
      }),
      { seed: 3, numRuns: 40 },
    );
  });
});
