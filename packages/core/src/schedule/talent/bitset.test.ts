import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { popCount } from "./bitset.ts";

describe("popCount", () => {
  it("counts the set bits of any 32-bit word, the sign bit included", () => {
    expect(popCount(0)).toBe(0);
    expect(popCount(0b1011)).toBe(3);
    expect(popCount(-1)).toBe(32);
    expect(popCount(0x80000000 | 0)).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), (x) => {
        expect(popCount(x)).toBe([...(x >>> 0).toString(2)].filter((c) => c === "1").length);
      }),
      { seed: 1, numRuns: 200 },
    );
  });
});
