import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { divideRounded, formatRatio, parseDecimalRatio, roundRatio, roundingModes } from "./ratio.ts";

describe("parseDecimalRatio", () => {
  it("reads decimals exactly", () => {
    expect(parseDecimalRatio("16.9831")).toEqual({ n: 169831n, d: 10000n });
    expect(parseDecimalRatio("-0.5")).toEqual({ n: -5n, d: 10n });
  });
  it.each(["", "1e3", "12,5", "1.", ".5", "1 000", "0x10", "NaN"])("refuses %j", (text) => {
    expect(parseDecimalRatio(text)).toBeNull();
  });
});

describe("divideRounded", () => {
  it.each([
    ["half-even", [2n, 2n, -2n, -2n, 3n]],
    ["half-up", [3n, 2n, -3n, -2n, 3n]],
    ["down", [2n, 2n, -2n, -2n, 2n]],
    ["up", [3n, 3n, -3n, -3n, 3n]],
    ["floor", [2n, 2n, -3n, -3n, 2n]],
    ["ceiling", [3n, 3n, -2n, -2n, 3n]],
  ] as const)("%s rounds 2.5, 2.4, -2.5, -2.4, 2.6", (mode, expected) => {
    const inputs = [25n, 24n, -25n, -24n, 26n];
    expect(inputs.map((n) => divideRounded(n, 10n, mode))).toEqual(expected);
  });

  it("half-even goes to the even neighbour on ties", () => {
    expect([5n, 15n, 25n, -5n, -15n].map((n) => divideRounded(n, 10n, "half-even"))).toEqual([
      0n,
      2n,
      2n,
      0n,
      -2n,
    ]);
  });

  it("every mode lands within one unit of the exact quotient", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }),
        fc.bigInt({ min: 1n, max: 10n ** 12n }),
        fc.constantFrom(...roundingModes),
        (n, d, mode) => {
          const q = divideRounded(n, d, mode);
          const error = q * d - n;
          expect(error < d && error > -d).toBe(true);
        },
      ),
    );
  });
});

describe("formatRatio", () => {
  it("prints a bounded decimal", () => {
    expect(formatRatio({ n: 1n, d: 3n }, 6)).toBe("0.333333");
    expect(formatRatio({ n: -5n, d: 2n }, 4)).toBe("-2.5");
    expect(roundRatio({ n: 7n, d: 2n })).toBe(4n);
  });
});
