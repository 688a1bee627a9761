// The budget-against-actual comparison is exact decimal arithmetic.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { rateChangePercent, rateDifference } from "./compare.ts";

describe("budget rate against actual rate", () => {
  it("subtracts decimals of different lengths exactly", () => {
    expect(rateDifference("27.2959", "28.4410")).toBe("1.1451");
    expect(rateDifference("0.169831", "0.159935")).toBe("-0.009896");
    expect(rateDifference("0.1", "0.3")).toBe("0.2");
    expect(rateDifference("1", "1")).toBe("0");
  });

  it("gives the change as a percentage of the budget rate", () => {
    expect(rateChangePercent("27.2959", "28.4410")).toBe("4.20");
    expect(rateChangePercent("0.169831", "0.159935")).toBe("-5.83");
    expect(rateChangePercent("2", "1")).toBe("-50.00");
    expect(rateChangePercent("0", "1")).toBeNull();
  });

  it("agrees with integer arithmetic on any pair of rates", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        (a, b) => {
          const text = (value: bigint) =>
            `${value / 10_000n}.${(value % 10_000n).toString().padStart(4, "0")}`;
          const difference = rateDifference(text(a), text(b));
          const [whole, fraction] = difference.replace("-", "").split(".");
          const value = BigInt(`${whole}${fraction}`) * (difference.startsWith("-") ? -1n : 1n);
          expect(value).toBe(b - a);
        },
      ),
    );
  });
});
