import { readFileSync, readdirSync } from "node:fs";
import Decimal from "decimal.js";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseRateFile } from "./parse.ts";
import type { ParseRateFileResult } from "./types.ts";

const fixtures = new URL("./fixtures/", import.meta.url);
const samples = readdirSync(fixtures).map((name) => readFileSync(new URL(name, fixtures), "latin1"));
const latin1 = (text: string) => Uint8Array.from(text, (char) => char.charCodeAt(0) & 0xff);

function expectValue(result: ParseRateFileResult) {
  expect(typeof result.ok).toBe("boolean");
  if (!result.ok) expect(result.error.message).not.toBe("");
}

describe("parseRateFile never throws", () => {
  it("on arbitrary bytes", () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => expectValue(parseRateFile(bytes))));
  });

  it("on arbitrary text, JSON and XML-looking text", () => {
    const texts = fc.oneof(
      fc.string({ unit: "binary", maxLength: 300 }),
      fc.json(),
      fc.string({ unit: fc.constantFrom(..."<>/=\"' ?!-[]{}:,.0123456789AaRVxml"), maxLength: 200 }),
    );
    fc.assert(fc.property(texts, (text) => expectValue(parseRateFile(new TextEncoder().encode(text)))));
  });

  it("on the sample files with a slice cut out or replaced", () => {
    const mutation = fc
      .record({
        sample: fc.constantFrom(...samples),
        at: fc.nat(),
        length: fc.nat({ max: 40 }),
        insert: fc.string({ unit: fc.constantFrom(...'<>/"=,.-0123456789 eE[]{}Valute'), maxLength: 12 }),
      })
      .map(({ sample, at, length, insert }) => {
        const start = at % (sample.length + 1);
        return sample.slice(0, start) + insert + sample.slice(start + length);
      });
    fc.assert(fc.property(mutation, (text) => expectValue(parseRateFile(latin1(text)))));
  });
});

// Nominals as banks use them: powers of ten, plus the odd products of 2 and 5 that still divide exactly.
const nominal = fc.oneof(
  fc.integer({ min: 0, max: 9 }).map((power) => 10 ** power),
  fc.tuple(fc.integer({ min: 0, max: 12 }), fc.integer({ min: 0, max: 8 })).map(([a, b]) => 2 ** a * 5 ** b),
);
const value = fc
  .tuple(fc.bigInt({ min: 1n, max: 10n ** 12n }), fc.integer({ min: 0, max: 8 }))
  .map(([digits, scale]) => {
    const text = digits.toString().padStart(scale + 1, "0");
    return scale === 0 ? text : `${text.slice(0, -scale)}.${text.slice(-scale)}`;
  });
const rows = fc.uniqueArray(
  fc.record({
    currency: fc.constantFrom("USD", "EUR", "CNY", "JPY", "GBP", "CHF", "TRY", "AED", "INR"),
    nominal,
    value,
  }),
  { selector: (row) => row.currency, minLength: 1, maxLength: 9 },
);
type Row = { currency: string; nominal: number; value: string };
const comma = (text: string) => text.replace(".", ",");

const writers: Record<string, (rows: Row[]) => string> = {
  cbr: (rs) =>
    `<?xml version="1.0" encoding="windows-1251"?><ValCurs Date="02.03.2026" name="Foreign Currency Market">${rs
      .map(
        (r) =>
          `<Valute ID="R0"><CharCode>${r.currency}</CharCode><Nominal>${r.nominal}</Nominal><Value>${comma(r.value)}</Value></Valute>`,
      )
      .join("")}</ValCurs>`,
  nbt: (rs) =>
    `<ValCurs Date="2026-03-02" name="x">${rs
      .map(
        (r) =>
          `<Valute ID="840"><CharCode>${r.currency}</CharCode><Nominal>${r.nominal}</Nominal><Value>${r.value}</Value></Valute>`,
      )
      .join("")}</ValCurs>`,
  nbkr: (rs) =>
    `<CurrencyRates Date="02.03.2026">${rs
      .map(
        (r) =>
          `<Currency ISOCode="${r.currency}"><Nominal>${r.nominal}</Nominal><Value>${comma(r.value)}</Value></Currency>`,
      )
      .join("")}</CurrencyRates>`,
  nbk: (rs) =>
    `<rates><date>02.03.2026</date>${rs
      .map(
        (r) =>
          `<item><title>${r.currency}</title><description>${r.value}</description><quant>${r.nominal}</quant></item>`,
      )
      .join("")}</rates>`,
  cbu: (rs) =>
    JSON.stringify(
      rs.map((r) => ({ Ccy: r.currency, Nominal: String(r.nominal), Rate: r.value, Date: "02.03.2026" })),
    ),
  nbrb: (rs) =>
    `[${rs
      .map(
        (r) =>
          `{"Date":"2026-03-02T00:00:00","Cur_Abbreviation":"${r.currency}","Cur_Scale":${r.nominal},"Cur_OfficialRate":${r.value}}`,
      )
      .join(",")}]`,
};

describe("every parsed rate", () => {
  it.each(Object.keys(writers))(
    "%s: keeps the bank's digits and perUnit × nominal == value exactly",
    (source) => {
      const write = writers[source];
      if (!write) throw new Error(source);
      fc.assert(
        fc.property(rows, (generated) => {
          const result = parseRateFile(new TextEncoder().encode(write(generated)));
          if (!result.ok) throw new Error(result.error.message);
          expect(result.value).toMatchObject({ source, date: "2026-03-02" });
          expect(
            result.value.rates.map(({ currency, nominal, value }) => ({ currency, nominal, value })),
          ).toEqual(generated);
          for (const rate of result.value.rates) {
            expect(new Decimal(rate.perUnit).times(rate.nominal).equals(rate.value)).toBe(true);
          }
          expect(result.warnings).toEqual([]);
        }),
        { numRuns: 60 },
      );
    },
  );
});
