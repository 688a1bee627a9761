import { describe, expect, it } from "vitest";
import { formatFraction, parseDecimalFraction } from "./fraction.ts";

describe("parseDecimalFraction", () => {
  it("keeps every digit of a long decimal", () => {
    expect(parseDecimalFraction("12.3456789012345678901234")).toEqual({
      numerator: 123456789012345678901234n,
      denominator: 10n ** 22n,
    });
  });

  it.each(["1e3", "-1", "12,5", "", " 1", "1."])("refuses %j", (text) => {
    expect(parseDecimalFraction(text)).toBeNull();
  });

  it("formats an exact fraction exactly", () => {
    expect(formatFraction({ numerator: 125n, denominator: 1000n })).toBe("0.125");
  });
});
