import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { allocateLargestRemainder } from "./allocate.ts";

describe("allocateLargestRemainder", () => {
  it("splits 100 by 1:1:1 into 34, 33, 33", () => {
    expect(allocateLargestRemainder(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
  });

  it("splits by the Iskra shares 40/20/20/10/10", () => {
    expect(allocateLargestRemainder(1_000_001n, [40n, 20n, 20n, 10n, 10n])).toEqual([
      400_001n,
      200_000n,
      200_000n,
      100_000n,
      100_000n,
    ]);
  });

  it("keeps the sign of a negative total", () => {
    expect(allocateLargestRemainder(-10n, [1n, 2n])).toEqual([-3n, -7n]);
  });

  it("refuses weights that sum to zero", () => {
    expect(() => allocateLargestRemainder(10n, [0n, 0n])).toThrow(/zero/);
  });

  it("parts always add up to the whole and stay within one unit of the exact share", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 6n }), { minLength: 1, maxLength: 12 }),
        (total, weights) => {
          fc.pre(weights.some((weight) => weight > 0n));
          const parts = allocateLargestRemainder(total, weights);
          expect(parts.reduce((a, b) => a + b, 0n)).toBe(total);
          const sum = weights.reduce((a, b) => a + b, 0n);
          parts.forEach((part, index) => {
            // |part * sum - total * weight| < sum  ⇔  the part is within one unit of total * weight / sum
            const error = part * sum - total * (weights[index] ?? 0n);
            expect(error < sum && error > -sum).toBe(true);
          });
        },
      ),
    );
  });
});
