import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sumDecimals, sumPercentages } from "./percent.ts";

describe("sumPercentages", () => {
  it("adds exactly, with a comma or a dot, and refuses what is not a percentage", () => {
    expect(sumPercentages(["40", "20", "20", "10", "10"])).toBe("100");
    expect(sumPercentages(["33.33333333", "33.33333333", "33.33333334"])).toBe("100");
    expect(sumPercentages(["12,5", "87.5"])).toBe("100");
    expect(sumPercentages(["0.1", "0.2"])).toBe("0.3");
    expect(sumPercentages(["40", "сорок"])).toBeNull();
    expect(sumPercentages(["-5"])).toBeNull();
    expect(sumPercentages(["1000"])).toBeNull();
    expect(sumDecimals(["140000000.00", "80000000.50"])).toBe("220000000.5");
  });

  it("gives 100 for any split of 100 into whole hundredths", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 10000 }), { minLength: 1, maxLength: 8 }), (parts) => {
        const rest = 10000 - parts.slice(1).reduce((sum, part) => sum + part, 0);
        fc.pre(rest >= 0 && rest <= 10000);
        const all = [rest, ...parts.slice(1)].map(
          (part) => `${Math.floor(part / 100)}.${String(part % 100).padStart(2, "0")}`,
        );
        expect(sumPercentages(all)).toBe("100");
      }),
    );
  });
});
