import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import {
  buildRateTable,
  convertMoney,
  convertWithTable,
  findRate,
  invertRate,
  rateTableFromRateFile,
} from "./convert.ts";
import type { CurrencyCode } from "./currency.ts";
import { parseRateFile } from "../rates/parse.ts";

const c = (code: string) => code as CurrencyCode;
const table = (() => {
  const built = buildRateTable(c("RUB"), "2025-04-01", "cbr", {
    BYN: "27.2959",
    KZT: "0.169831",
    UZS: "0.00662085",
    JPY: "0.5612",
    KWD: "274.1",
  });
  if (!built.ok) throw new Error("fixture");
  return built.value;
})();

describe("convertMoney", () => {
  it("converts KZT to RUB at the CBR rate, rounding half-even once", () => {
    // 1 000 000.00 KZT × 0.169831 = 169 831.00 RUB
    expect(convertWithTable({ minor: 100_000_000n, currency: c("KZT") }, c("RUB"), table)).toEqual({
      ok: true,
      value: { minor: 16_983_100n, currency: "RUB" },
    });
  });

  it("crosses BYN to KZT through the rouble exactly, without a rounded middle step", () => {
    const rate = findRate(table, c("BYN"), c("KZT"));
    expect(rate.ok && rate.value.rate).toEqual({ n: 272959n * 1000000n, d: 10000n * 169831n });
    // 100.00 BYN = 2729.59 RUB = 16 072.389… KZT → 16 072.39, rounded once
    expect(convertWithTable({ minor: 10_000n, currency: c("BYN") }, c("KZT"), table)).toEqual({
      ok: true,
      value: { minor: 1_607_239n, currency: "KZT" },
    });
  });

  it("says which rate is missing, never zero", () => {
    expect(convertWithTable({ minor: 100n, currency: c("USD") }, c("RUB"), table)).toEqual({
      ok: false,
      error: { code: "MISSING_RATE", from: "USD", to: "RUB", date: "2025-04-01", source: "cbr" },
    });
  });

  it("refuses rates that are not plain positive decimals", () => {
    for (const text of ["0", "-1", "1e3", "12,5", ""]) {
      expect(buildRateTable(c("RUB"), "2025-04-01", "manual", { KZT: text }).ok).toBe(false);
    }
  });

  it("honours a named rounding mode", () => {
    const rate = findRate(table, c("UZS"), c("RUB"));
    if (!rate.ok) throw new Error("rate");
    const money = { minor: 1_000_000n, currency: c("UZS") }; // 10 000.00 UZS = 66.2085 RUB
    expect(convertMoney(money, rate.value).minor).toBe(6621n);
    expect(convertMoney(money, rate.value, "down").minor).toBe(6620n);
  });

  it("reads a bank file's rates exactly from value and nominal", () => {
    const file = parseRateFile(
      new Uint8Array(readFileSync(new URL("../rates/fixtures/cbr-2025-04-01.xml", import.meta.url))),
    );
    if (!file.ok) throw new Error("fixture");
    const fromFile = rateTableFromRateFile(file.value);
    expect(fromFile.perUnit.get(c("UZS"))).toEqual({ n: 662085n, d: 10000n * 10000n });
    expect(fromFile).toMatchObject({ base: "RUB", date: "2025-04-01", source: "cbr" });
  });

  it("there and back stays within one minor unit (of the coarser currency when going to a coarser one)", () => {
    const currencies = ["RUB", "BYN", "KZT", "UZS", "JPY", "KWD"].map(c);
    fc.assert(
      fc.property(
        fc.bigInt({ min: -(10n ** 15n), max: 10n ** 15n }),
        fc.constantFrom(...currencies),
        fc.constantFrom(...currencies),
        (minor, from, to) => {
          const rate = findRate(table, from, to);
          if (!rate.ok) throw new Error("rate");
          const there = convertMoney({ minor, currency: from }, rate.value);
          const back = convertMoney(there, invertRate(rate.value));
          // One minor unit of `to` is worth 1/(rate × 10^(dTo − dFrom)) minor units of `from`: m.
          // |back − minor| ≤ m/2 + 1/2, so at most max(1, m) minor units.
          const distance = back.minor > minor ? back.minor - minor : minor - back.minor;
          const forward = convertMoney({ minor: 1_000_000_000n, currency: from }, rate.value).minor;
          const oneTargetUnit = forward === 0n ? 10n ** 18n : (1_000_000_000n + forward - 1n) / forward;
          expect(distance <= (oneTargetUnit > 1n ? oneTargetUnit : 1n)).toBe(true);
          if (oneTargetUnit <= 1n) expect(distance <= 1n).toBe(true);
        },
      ),
    );
  });
});
