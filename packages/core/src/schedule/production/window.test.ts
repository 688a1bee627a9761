import { describe, expect, it } from "vitest";
import { orderWindow } from "./window.ts";

describe("orderWindow", () => {
  it("puts the shift of someone already on call first and of someone staying on last", () => {
    // Packs 0, 1, 2 with one person each. Person 10 worked before the window, 20 works after it, 30 only here.
    // Input order 0, 1, 2 = [20], [30], [10]: 10 waits 2 days, 20 waits 2 days. Best: [10], [30], [20].
    const result = orderWindow({
      packs: [
        { days: 1, cast: [20] },
        { days: 1, cast: [30] },
        { days: 1, cast: [10] },
      ],
      rate: () => 100,
      before: (c) => c === 10,
      after: (c) => c === 20,
      nodeLimit: 10_000,
    });
    expect(result?.order).toEqual([2, 1, 0]);
    expect(result?.cost).toBe(0);
    expect(result?.inputCost).toBeGreaterThan(0);
  });

  it("groups a person's shifts by wage", () => {
    // The expensive person 1 is in packs 0 and 2; the cheap 2 in packs 1 and 3: keep 1's together.
    const result = orderWindow({
      packs: [
        { days: 1, cast: [1] },
        { days: 1, cast: [2] },
        { days: 1, cast: [1] },
        { days: 1, cast: [2] },
      ],
      rate: (c) => (c === 1 ? 1000 : 1),
      before: () => false,
      after: () => false,
      nodeLimit: 10_000,
    });
    expect(result?.cost).toBe(0);
    const at = (pack: number) => result?.order.indexOf(pack) ?? -1;
    expect(Math.abs(at(0) - at(2))).toBe(1);
  });

  it("has nothing to do when nobody's pay depends on the order", () => {
    expect(
      orderWindow({
        packs: [
          { days: 1, cast: [] },
          { days: 1, cast: [] },
        ],
        rate: () => 1,
        before: () => false,
        after: () => false,
        nodeLimit: 10,
      }),
    ).toBeNull();
  });
});
