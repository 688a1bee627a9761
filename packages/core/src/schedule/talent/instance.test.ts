import { describe, expect, it } from "vitest";
import { checkSceneOrder, evaluateHoldingCost, validateTalentInstance } from "./instance.ts";
import type { TalentInstance } from "./instance.ts";

// Three one-day-or-longer scenes and three actors, each actor in two of the scenes (a triangle):
// scene 0 needs A and C, scene 1 needs A and B, scene 2 needs B and C.
function triangle(overrides: Partial<TalentInstance> = {}): TalentInstance {
  return {
    duration: [1, 1, 3],
    cost: [1, 2, 4],
    requires: [
      [1, 1, 0],
      [0, 1, 1],
      [1, 0, 1],
    ],
    ...overrides,
  };
}

describe("evaluateHoldingCost", () => {
  it("charges the actor who is not in the middle scene for its days", () => {
    // Order 1, 0, 2: B (2/day) is in scenes 1 and 2 and waits through scene 0 (1 day): 2 × 1 = 2.
    expect(evaluateHoldingCost(triangle(), [1, 0, 2])).toBe(2);
    // Order 0, 1, 2: C (4/day) waits through scene 1 (1 day): 4 × 1 = 4.
    expect(evaluateHoldingCost(triangle(), [0, 1, 2])).toBe(4);
    // Order 0, 2, 1: A (1/day) waits through scene 2 (3 days): 1 × 3 = 3.
    expect(evaluateHoldingCost(triangle(), [0, 2, 1])).toBe(3);
  });

  it("is the same for an order and its reverse", () => {
    expect(evaluateHoldingCost(triangle(), [2, 0, 1])).toBe(evaluateHoldingCost(triangle(), [1, 0, 2]));
  });

  it("refuses an order that is not a permutation", () => {
    expect(() => evaluateHoldingCost(triangle(), [0, 0, 1])).toThrow(/scene 0 appears twice/);
    expect(checkSceneOrder(triangle(), [0, 1])).toMatch(/expected 3/);
    expect(checkSceneOrder(triangle(), [0, 1, 3])).toMatch(/out of range/);
  });
});

describe("validateTalentInstance", () => {
  it("accepts a well-formed instance", () => {
    expect(validateTalentInstance(triangle({ scenes: 3, actors: 3 }))).toBeNull();
  });

  it.each([
    ["scenes", triangle({ scenes: 4 }), /scenes: says 4 but duration has 3/],
    ["actors", triangle({ actors: 2 }), /actors: says 2 but cost has 3/],
    ["duration", triangle({ duration: [1, 0, 3] }), /duration: scene 1 has duration 0/],
    ["duration", triangle({ duration: [1, 1.5, 3] }), /duration: scene 1 has duration 1.5/],
    ["cost", triangle({ cost: [1, -2, 4] }), /cost: actor 1 has cost -2/],
    ["requires", triangle({ requires: [[1, 1, 0]] }), /requires: has 1 rows but there are 3 actors/],
    [
      "requires",
      triangle({
        requires: [
          [1, 1],
          [0, 1, 1],
          [1, 0, 1],
        ],
      }),
      /requires: row 0 must have 3 entries/,
    ],
    [
      "requires",
      triangle({
        requires: [
          [1, 1, 0],
          [0, 2, 1],
          [1, 0, 1],
        ],
      }),
      /requires: row 1, scene 1 is 2/,
    ],
  ])("names the field %s", (field, instance, message) => {
    const problem = validateTalentInstance(instance);
    expect(problem?.code).toBe("INVALID_TALENT_INSTANCE");
    expect(problem?.field).toBe(field);
    expect(problem?.message).toMatch(message);
  });
});
