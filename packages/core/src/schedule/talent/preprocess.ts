// Shrinks a valid talent instance without changing its optimum (Garcia de la Banda, Stuckey & Chu 2011):
// drops actors whose holding cost is zero in every order, shoots scenes nobody waits for first, and merges
// scenes with the same cast into one strip. It never searches and never reads the clock.

import type { TalentInstance } from "./instance.ts";
import { setBit, wordsFor } from "./bitset.ts";

/** The instance the search works on, with every set as packed bits. */
export interface ReducedTalentInstance {
  /** Scenes (merged strips) left to order. */
  readonly n: number;
  /** Actors whose holding cost depends on the order. */
  readonly m: number;
  /** 32-bit words per actor set. */
  readonly actorWords: number;
  readonly duration: Float64Array;
  readonly cost: Float64Array;
  /** Cast of reduced scene s at `sceneActors[s * actorWords ..]`. */
  readonly sceneActors: Uint32Array;
  /** Original scene indices shot as reduced scene s, in this order. */
  readonly groups: readonly (readonly number[])[];
  /** Original scenes that no kept actor needs, strip by strip: shooting them first costs nothing. */
  readonly leading: readonly number[];
  /** Original index of each kept actor. */
  readonly actorIds: readonly number[];
}

/** Reduces an instance that `validateTalentInstance` accepted. */
export function reduceTalentInstance(instance: TalentInstance): ReducedTalentInstance {
  let groups: number[][] = instance.duration.map((_, s) => [s]);
  let actors = instance.cost.map((_, a) => a).filter((a) => (instance.cost[a] ?? 0) > 0);
  const leading: number[] = [];
  const isNeeded = (a: number, group: readonly number[]) =>
    group.some((s) => instance.requires[a]?.[s] === 1);

  // Each step can enable another (a dropped actor can empty a scene or make two casts equal), so repeat.
  for (;;) {
    const before = groups.length + actors.length;
    // An actor in at most one strip, or in every strip, is never idle between their scenes.
    actors = actors.filter((a) => {
      const strips = groups.filter((group) => isNeeded(a, group)).length;
      return strips >= 2 && strips < groups.length;
    });
    // Nobody is on location yet at the start of the shoot, so a strip with no kept actor costs nothing there.
    groups = groups.filter((group) => {
      if (actors.some((a) => isNeeded(a, group))) return true;
      leading.push(...group);
      return false;
    });
    // Strips with the same cast can always be shot back to back in some optimal order.
    const byCast = new Map<string, number[]>();
    for (const group of groups) {
      const cast = actors.map((a) => (isNeeded(a, group) ? "1" : "0")).join("");
      const same = byCast.get(cast);
      if (same) same.push(...group);
      else byCast.set(cast, [...group]);
    }
    groups = [...byCast.values()];
    if (groups.length + actors.length === before) break;
  }

  const n = groups.length;
  const m = actors.length;
  const actorWords = wordsFor(m);
  const duration = new Float64Array(n);
  const cost = new Float64Array(m);
  const sceneActors = new Uint32Array(n * actorWords);
  actors.forEach((a, i) => (cost[i] = instance.cost[a] ?? 0));
  groups.forEach((group, s) => {
    duration[s] = group.reduce((sum, scene) => sum + (instance.duration[scene] ?? 0), 0);
    actors.forEach((a, i) => {
      if (isNeeded(a, group)) setBit(sceneActors, s * actorWords, i);
    });
  });
  return { n, m, actorWords, duration, cost, sceneActors, groups, leading, actorIds: actors };
}

/** Turns an order of reduced scenes into an order of the original scenes. */
export function expandOrder(reduced: ReducedTalentInstance, order: readonly number[]): number[] {
  return [...reduced.leading, ...order.flatMap((s) => reduced.groups[s] ?? [])];
}
