// Amounts on screen are the server's exact decimals: formatting keeps every digit, sums and differences are exact
// in minor units, and a bar's share never leaves 0–100 %.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatDecimal, minorToDecimal, percentOf, signOf, subtractMoney, sumMoney } from "./amounts.ts";
import type { Money } from "./types.ts";

const rub = (minor: bigint): Money => ({
  currency: "RUB",
  minor: minor.toString(),
  amount: minorToDecimal(minor, 2),
});
const minor = fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n });

describe("budget amounts", () => {
  it("write minor units as the exact decimal and read back the same integer", () => {
    fc.assert(
      fc.property(minor, fc.integer({ min: 0, max: 3 }), (value, digits) => {
        const text = minorToDecimal(value, digits);
        expect(BigInt(text.replace(".", ""))).toBe(value);
        expect(text.split(".")[1]?.length ?? 0).toBe(digits);
      }),
    );
  });

  it("add and subtract exactly, beyond what a float holds", () => {
    fc.assert(
      fc.property(fc.array(minor, { minLength: 1, maxLength: 20 }), (values) => {
        const sum = sumMoney(values.map(rub), rub(0n));
        expect(BigInt(sum.minor)).toBe(values.reduce((a, b) => a + b, 0n));
        expect(sum.amount).toBe(minorToDecimal(BigInt(sum.minor), 2));
        expect(subtractMoney(sum, rub(values[0]!)).minor).toBe((BigInt(sum.minor) - values[0]!).toString());
      }),
    );
  });

  it("format with the locale's separators and every digit", () => {
    expect(formatDecimal("182031862.13", "ru").replace(/\s/gu, " ")).toBe("182 031 862,13");
    expect(formatDecimal("182031862.13", "en")).toBe("182,031,862.13");
    expect(formatDecimal("90071992547409931.07", "en")).toBe("90,071,992,547,409,931.07");
    expect(formatDecimal("4806872.67", "ru", { signed: true }).replace(/\s/gu, " ")).toBe("+4 806 872,67");
    expect(formatDecimal("0.00", "ru", { signed: true })).toBe("0,00");
  });

  it("tell over from under and draw shares within the bar", () => {
    expect(signOf(rub(1n))).toBe("over");
    expect(signOf(rub(-1n))).toBe("under");
    expect(signOf(rub(0n))).toBe("even");
    fc.assert(
      fc.property(minor, minor, (part, whole) => {
        const share = percentOf(rub(part), rub(whole));
        expect(share).toBeGreaterThanOrEqual(0);
        expect(share).toBeLessThanOrEqual(100);
      }),
    );
    expect(percentOf(rub(1n), rub(3n))).toBe(33.3);
  });
});
