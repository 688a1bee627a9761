import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { computeRangeFringe, spreadFringe, type PreparedFringe } from "./fringes.ts";

const percent = (value: bigint, cutoff: bigint | null): PreparedFringe => ({
  id: "ru-social",
  name: "Страховые взносы",
  kind: "percent",
  value: { n: value, d: 1n },
  cutoff,
});

describe("computeRangeFringe", () => {
  it("counts pay only up to the cutoff", () => {
    // 30 % of min(3 000 000.00, 2 759 000.00) RUB
    expect(
      computeRangeFringe(percent(30n, 275_900_000n), { pay: 300_000_000n, units: { n: 0n, d: 1n } }),
    ).toEqual({
      fringe: 82_770_000n,
      cap: 82_770_000n,
    });
  });

  it("caps a flat fringe per unit at its cutoff", () => {
    const flat: PreparedFringe = {
      id: "insurance",
      name: "Insurance",
      kind: "flat",
      value: { n: 150_000n, d: 1n },
      cutoff: 6_000_000n,
    };
    expect(computeRangeFringe(flat, { pay: 0n, units: { n: 48n, d: 1n } }).fringe).toBe(6_000_000n);
    expect(computeRangeFringe(flat, { pay: 0n, units: { n: 14n, d: 1n } }).fringe).toBe(2_100_000n);
  });

  it("a fringe with a cutoff never passes its cap", () => {
    fc.assert(
      fc.property(
        fc.constantFrom<"percent" | "flat">("percent", "flat"),
        fc.bigInt({ min: 0n, max: 10_000n }),
        fc.bigInt({ min: 1n, max: 1000n }),
        fc.bigInt({ min: 0n, max: 10n ** 12n }),
        fc.bigInt({ min: -(10n ** 13n), max: 10n ** 13n }),
        fc.bigInt({ min: -1000n, max: 100_000n }),
        fc.constantFrom("half-even", "half-up", "up", "ceiling") as fc.Arbitrary<"half-even">,
        (kind, value, valueDenominator, cutoff, pay, units, rounding) => {
          const fringe: PreparedFringe = {
            id: "f",
            name: "f",
            kind,
            value: { n: value, d: valueDenominator },
            cutoff,
          };
          const result = computeRangeFringe(fringe, { pay, units: { n: units, d: 1n } }, rounding);
          expect(result.cap).not.toBeNull();
          expect(result.fringe <= (result.cap ?? 0n)).toBe(true);
          expect(result.fringe >= 0n).toBe(true);
        },
      ),
    );
  });
});

describe("spreadFringe", () => {
  it("splits by pay and sums exactly", () => {
    expect(spreadFringe(100n, [1n, 1n, 1n])).toEqual([34n, 33n, 33n]);
    expect(spreadFringe(10n, [0n, 0n])).toEqual([5n, 5n]);
    expect(spreadFringe(10n, [-5n, 5n])).toEqual([0n, 10n]);
  });
});
