// Amounts are formatted from their exact decimal strings, and bar widths come from integer minor units.
import { describe, expect, it } from "vitest";
import {
  currencyDigits,
  formatDecimal,
  formatPercent,
  formatPlain,
  isZero,
  normalizeAmountInput,
  percentWidth,
  shareOf,
} from "./format.ts";

const spaces = (text: string) => text.replace(/[\u00a0\u202f]/gu, " ");

describe("money formatting", () => {
  it("keeps every digit of a large amount", () => {
    expect(spaces(formatPlain("123456789012345.67", "RUB", "ru"))).toBe("123 456 789 012 345,67");
    expect(formatPlain("-987.05", "RUB", "en")).toBe("-987.05");
    expect(spaces(formatPlain("13230000", "KZT", "ru"))).toBe("13 230 000,00");
  });

  it("knows the currency's decimals", () => {
    expect(currencyDigits("RUB")).toBe(2);
    expect(currencyDigits("JPY")).toBe(0);
  });

  it("writes rates and percentages with the locale's decimal sign", () => {
    expect(formatDecimal("0.169831", "ru")).toBe("0,169831");
    expect(formatPercent("60.53", "ru")).toBe("60,53 %");
    expect(formatPercent(null, "ru")).toBe("—");
    expect(isZero("0.00")).toBe(true);
    expect(isZero("-0.01")).toBe(false);
  });

  it("measures bars from minor units without floats of money", () => {
    expect(shareOf("1", "3")).toBe(33.3);
    expect(shareOf("9007199254740993", "18014398509481986")).toBe(50);
    expect(shareOf("5", "0")).toBeNull();
    expect(shareOf("-5", "10")).toBe(0);
    expect(shareOf("20", "10")).toBe(100);
    expect(percentWidth("62.60")).toBe(62.6);
    expect(percentWidth("140")).toBe(100);
    expect(percentWidth(null)).toBe(0);
  });
});

describe("typed amounts", () => {
  it("reads what an accountant types, leaving the rest for the server to refuse", () => {
    expect(normalizeAmountInput("12 500,50")).toBe("12500.50");
    expect(normalizeAmountInput("-1 200")).toBe("-1200");
    expect(normalizeAmountInput("(1 200,00)")).toBe("-1200.00");
    expect(normalizeAmountInput(" 12,5.0 ")).toBe("12,5.0");
  });
});
