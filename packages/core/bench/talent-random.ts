// Seeded random talent-scheduling instances of the published random shape, for the random part of
// talent.bench.ts. Deterministic: the same (n, m, seed) always gives the same instance.
//
// Source: the random ("Type 2") set of Garcia de la Banda, Stuckey & Chu (2011, "Solving talent scheduling
// with dynamic programming", INFORMS J. Computing 23(1), experiments section), reused by Qin, Zhang, Lim &
// Liang (2016, EJOR 250, computational experiments): 100 instances for every n in {16, 18, …, 64} scenes
// and m in {8, 10, …, 22} actors, 20,000 in all; each actor appears in a random subset of the scenes, and
// scene durations and actor wages are drawn uniformly from fixed integer ranges. The files themselves are
// published only on people.eng.unimelb.edu.au/pstuckey/talent/ (see the README of
// shared/benchmarks/talent-scheduling), so this generator re-creates the shape, not the files. The
// distributions below are our reading of that description; the papers' text could not be re-checked from
// this environment, so treat the ranges as this benchmark's definition, not as a citation:
//   - each actor appears in k scenes, k uniform in 2..n, the k scenes a uniform random subset;
//   - each actor's daily wage is uniform in 1..100;
//   - each scene's duration is uniform in 1..10 days.
// Actors in fewer than two scenes are never idle, so k starts at 2. A scene that no actor needs is allowed
// (the solver shoots it first at no cost).

import type { TalentInstance } from "../src/schedule/talent/instance.ts";

export const RANDOM_SHAPE = {
  minScenesPerActor: 2,
  wage: [1, 100],
  duration: [1, 10],
} as const;

/** mulberry32: a small seeded generator, so every run sees the same random instances. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Instance `index` (0-based) of the group (n scenes, m actors) for a run seed. */
export function randomTalentInstance(n: number, m: number, index: number, seed = 1): TalentInstance {
  // One independent stream per (seed, n, m, index), so instances do not depend on the group's count.
  const random = mulberry32(
    Math.imul(seed, 0x9e3779b1) ^ Math.imul(n * 1009 + m, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35),
  );
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const duration = Array.from({ length: n }, () =>
    between(RANDOM_SHAPE.duration[0], RANDOM_SHAPE.duration[1]),
  );
  const cost = Array.from({ length: m }, () => between(RANDOM_SHAPE.wage[0], RANDOM_SHAPE.wage[1]));
  const requires = Array.from({ length: m }, () => {
    const k = between(Math.min(RANDOM_SHAPE.minScenesPerActor, n), n);
    // Partial Fisher-Yates: the first k of a shuffled 0..n-1.
    const scenes = Array.from({ length: n }, (_, s) => s);
    for (let i = 0; i < k; i++) {
      const j = between(i, n - 1);
      const swap = scenes[i] ?? 0;
      scenes[i] = scenes[j] ?? 0;
      scenes[j] = swap;
    }
    const row = Array.from({ length: n }, () => 0);
    for (let i = 0; i < k; i++) row[scenes[i] ?? 0] = 1;
    return row;
  });
  return { name: `random-${n}x${m}-${seed}-${index}`, duration, cost, requires };
}
