import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { describeParseMoneyError, formatMoneyDecimal, parseMoney } from "./money.ts";
import { isCurrencyCode, type CurrencyCode } from "./currency.ts";

const rub = "RUB" as CurrencyCode;
const jpy = "JPY" as CurrencyCode;

describe("parseMoney", () => {
  it("reads Russian-style grouping and a decimal comma", () => {
    expect(parseMoney("1 234 567,89", rub)).toEqual({
      ok: true,
      value: { minor: 123456789n, currency: "RUB" },
    });
  });

  it("pads missing decimals and keeps the sign", () => {
    expect(parseMoney("-12.5", rub)).toEqual({ ok: true, value: { minor: -1250n, currency: "RUB" } });
  });

  it("refuses more decimals than the currency has", () => {
    expect(parseMoney("10.5", jpy)).toEqual({
      ok: false,
      error: { code: "TOO_MANY_DECIMALS", text: "10.5", digits: 0 },
    });
  });

  it.each(["", "12,5.0", "1e3", "abc", "--1", "1.", ".5"])("refuses %j", (text) => {
    expect(parseMoney(text, rub).ok).toBe(false);
  });

  it("round-trips every amount through its decimal string", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n }),
        fc.constantFrom(rub, jpy),
        (minor, currency) => {
          const text = formatMoneyDecimal({ minor, currency });
          expect(parseMoney(text, currency)).toEqual({ ok: true, value: { minor, currency } });
        },
      ),
    );
  });
});

describe("isCurrencyCode", () => {
  it.each(["RUB", "BYN", "KZT", "TJS", "KGS", "UZS", "USD", "EUR"])("knows %s", (code) => {
    expect(isCurrencyCode(code)).toBe(true);
  });
  it.each(["rub", "XYZ", "RU", "RUBL", ""])("refuses %j", (code) => {
    expect(isCurrencyCode(code)).toBe(false);
  });
});

describe("describeParseMoneyError", () => {
  it("says how many decimals the currency has, or the caller's words for a non-number", () => {
    const tooPrecise = parseMoney("1.005", rub);
    const notMoney = parseMoney("abc", jpy);
    expect(tooPrecise.ok || describeParseMoneyError(tooPrecise.error, rub, "no")).toBe(
      "has more than 2 decimals for RUB",
    );
    expect(notMoney.ok || describeParseMoneyError(notMoney.error, jpy, "is not an amount")).toBe(
      "is not an amount",
    );
  });
});
