import { describe, expect, it } from "vitest";
import { expandOrder, reduceTalentInstance } from "./preprocess.ts";
import { hasBit } from "./bitset.ts";

describe("reduceTalentInstance", () => {
  it("drops actors who can never wait and shoots empty scenes first", () => {
    const reduced = reduceTalentInstance({
      duration: [1, 2, 1, 1],
      cost: [5, 7, 3, 0, 9],
      requires: [
        [1, 0, 1, 0], // kept: two strips, not all of them
        [0, 0, 0, 1], // one scene: never waits
        [1, 1, 1, 1], // every scene: never waits
        [1, 0, 0, 1], // paid nothing
        [0, 1, 1, 1], // kept
      ],
    });
    expect(reduced.actorIds).toEqual([0, 4]);
    expect(reduced.leading).toEqual([]);
    // Scenes 1 and 3 now have the same cast (actor 4 alone) and become one strip.
    expect(reduced.groups).toEqual([[0], [1, 3], [2]]);
    expect(Array.from(reduced.cost)).toEqual([5, 9]);
  });

  it("merges scenes with the same cast into one strip, durations summed", () => {
    const reduced = reduceTalentInstance({
      duration: [1, 2, 3, 4],
      cost: [1, 1],
      requires: [
        [1, 1, 0, 1],
        [0, 0, 1, 1],
      ],
    });
    // Scenes 0 and 1 both need only actor 0: one strip of 1 + 2 = 3 days.
    expect(reduced.groups).toEqual([[0, 1], [2], [3]]);
    expect(Array.from(reduced.duration)).toEqual([3, 3, 4]);
    expect(hasBit(reduced.sceneActors, 0, 0)).toBe(true);
    expect(expandOrder(reduced, [2, 0, 1])).toEqual([3, 0, 1, 2]);
  });

  it("keeps a merged strip together when it ends up empty", () => {
    // Actor 0 is in scenes 0 and 2 only: they merge into one strip, the actor then never waits, and the
    // strip is shot first as a whole, so scenes 0 and 2 stay adjacent.
    const reduced = reduceTalentInstance({ duration: [1, 1, 1], cost: [1], requires: [[1, 0, 1]] });
    expect(reduced.n).toBe(0);
    expect(expandOrder(reduced, [])).toEqual([1, 0, 2]);
  });

  it("repeats until nothing changes", () => {
    // Actor 1 is only in scene 2, so it is dropped; then scene 2 has no cast and goes first; then actor 0
    // is in every remaining scene and is dropped as well, leaving nothing to order.
    const reduced = reduceTalentInstance({
      duration: [1, 1, 1],
      cost: [2, 3],
      requires: [
        [1, 1, 0],
        [0, 0, 1],
      ],
    });
    expect(reduced.n).toBe(0);
    expect(reduced.m).toBe(0);
    expect(expandOrder(reduced, [])).toEqual([2, 0, 1]);
  });
});
