import { describe, expect, it } from "vitest";
import { lowerBound } from "./bounds.ts";
import { compileModel } from "./model.ts";
import { handInstance } from "./test-support.ts";

describe("lowerBound", () => {
  it("adds minimum work days, unavoidable travel, moves and borders on the hand instance", () => {
    const compiled = compileModel(handInstance());
    if (!compiled.ok) throw new Error("instance");
    // A: 900 min over 840-min shifts needs 2 days, and scenes in 2 countries: 2 × 10 000. B: 1 day, at home.
    // 3 locations for 1 unit: 2 moves × 1 000; 2 countries: 1 border × 5 000. 37 000 RUB, less a margin.
    const bound = lowerBound(compiled.model);
    expect(bound.work).toBe(3_000_000);
    expect(bound.travel).toBe(0);
    expect(bound.moves).toBe(200_000);
    expect(bound.borderCrossings).toBe(500_000);
    expect(bound.total).toBeLessThanOrEqual(3_700_000);
    expect(bound.total).toBeGreaterThan(3_699_000);
  });
});
