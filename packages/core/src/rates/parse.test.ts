import { readFileSync, readdirSync } from "node:fs";
import Decimal from "decimal.js";
import { describe, expect, it } from "vitest";
import { isCurrencyCode } from "../money/currency.ts";
import { parseRateFile } from "./parse.ts";
import { homeCurrency } from "./rate-row.ts";
import type { ParseRateFileResult, RateFile } from "./types.ts";

const fixtures = new URL("./fixtures/", import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, fixtures)));
const text = (source: string) => new TextEncoder().encode(source);

function parsed(result: ParseRateFileResult): RateFile {
  if (!result.ok) throw new Error(`expected a rate file, got ${result.error.code}: ${result.error.message}`);
  return result.value;
}

function failure(result: ParseRateFileResult) {
  if (result.ok) throw new Error("expected an error");
  return result.error;
}

// Every sample file goes through the same checks, whatever its bank (Hono's common.case style).
describe.each(readdirSync(fixtures).filter((name) => !name.includes("no-data")))(
  "conformance: %s",
  (name) => {
    const result = parseRateFile(fixture(name));

    it("parses, keyed by the date in the file name", () => {
      expect(parsed(result).date).toBe(/\d{4}-\d{2}-\d{2}/.exec(name)?.[0]);
    });

    it("quotes in the bank's home currency, the bank named by the file name", () => {
      const file = parsed(result);
      expect(name.startsWith(file.source)).toBe(true);
      expect(file.base).toBe(homeCurrency[file.source]);
    });

    it("gives ISO codes, whole positive nominals and per-unit values that multiply back exactly", () => {
      for (const rate of parsed(result).rates) {
        expect(isCurrencyCode(rate.currency)).toBe(true);
        expect(Number.isSafeInteger(rate.nominal) && rate.nominal > 0).toBe(true);
        expect(rate.value).toMatch(/^\d+(\.\d+)?$/);
        expect(new Decimal(rate.perUnit).times(rate.nominal).equals(rate.value)).toBe(true);
      }
    });
  },
);

describe("parseRateFile on each bank's sample", () => {
  it("reads the Bank of Russia's windows-1251 file with comma decimals", () => {
    const result = parseRateFile(fixture("cbr-2025-04-01.xml"));
    expect(result).toEqual({
      ok: true,
      value: {
        source: "cbr",
        date: "2025-04-01",
        base: "RUB",
        rates: [
          { currency: "BYN", nominal: 1, value: "27.2959", perUnit: "27.2959" },
          { currency: "KZT", nominal: 100, value: "16.9831", perUnit: "0.169831" },
          { currency: "UZS", nominal: 10000, value: "66.2085", perUnit: "0.00662085" },
        ],
      },
      warnings: [],
    });
  });

  it("reads the National Bank of Belarus JSON with the number's digits kept", () => {
    expect(parsed(parseRateFile(fixture("nbrb-2022-02-19.json")))).toEqual({
      source: "nbrb",
      date: "2022-02-19",
      base: "BYN",
      rates: [{ currency: "RUB", nominal: 100, value: "3.3874", perUnit: "0.033874" }],
    });
  });

  it("keeps digits a float would lose", () => {
    const json = `[{"Date":"2024-03-01T00:00:00","Cur_Abbreviation":"USD","Cur_Scale":1,"Cur_OfficialRate":3.27000000000000000001}]`;
    expect(parsed(parseRateFile(text(json))).rates[0]?.value).toBe("3.27000000000000000001");
  });

  it("reads the NBRB XML variant with mm/dd/yyyy dates and restates pre-2016 BYR in BYN", () => {
    const result = parseRateFile(fixture("nbrb-2011-01-31.xml"));
    expect(parsed(result)).toEqual({
      source: "nbrb",
      date: "2011-01-31",
      base: "BYN",
      rates: [
        { currency: "AUD", nominal: 1, value: "0.2958", perUnit: "0.2958" },
        { currency: "USD", nominal: 1, value: "0.3004", perUnit: "0.3004" },
        { currency: "RUB", nominal: 1, value: "0.01005", perUnit: "0.01005" },
      ],
    });
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual(["BYR_RESTATED"]);
  });

  it("reads the National Bank of Kazakhstan's get_rates file", () => {
    expect(parsed(parseRateFile(fixture("nbk-2024-01-10.xml")))).toEqual({
      source: "nbk",
      date: "2024-01-10",
      base: "KZT",
      rates: [
        { currency: "USD", nominal: 1, value: "453.19", perUnit: "453.19" },
        { currency: "RUB", nominal: 1, value: "5.02", perUnit: "5.02" },
      ],
    });
  });

  it("reads the NBK RSS feed, dated by its items' pubDate", () => {
    expect(parsed(parseRateFile(fixture("nbk-feed-2024-04-03.xml")))).toEqual({
      source: "nbk",
      date: "2024-04-03",
      base: "KZT",
      rates: [{ currency: "USD", nominal: 1, value: "419.16", perUnit: "419.16" }],
    });
  });

  it("says so when NBK has no rates for the date", () => {
    expect(failure(parseRateFile(fixture("nbk-no-data.xml")))).toMatchObject({
      code: "NO_RATES",
      message: 'the bank has no rates for this date: "на выбранную дату информации нет."',
      path: "rates/info[1]",
    });
  });

  it("reads the Central Bank of Uzbekistan JSON, where every value is a string", () => {
    expect(parsed(parseRateFile(fixture("cbu-2023-08-01.json")))).toEqual({
      source: "cbu",
      date: "2023-08-01",
      base: "UZS",
      rates: [{ currency: "USD", nominal: 1, value: "11618.15", perUnit: "11618.15" }],
    });
  });

  it("reads the Kyrgyz daily file, keeping the bank's trailing zeros in value only", () => {
    expect(parsed(parseRateFile(fixture("nbkr-2026-09-18.xml")))).toEqual({
      source: "nbkr",
      date: "2026-09-18",
      base: "KGS",
      rates: [
        { currency: "USD", nominal: 1, value: "87.4500", perUnit: "87.45" },
        { currency: "JPY", nominal: 10, value: "5.6749", perUnit: "0.56749" },
      ],
    });
  });

  it("tells the Tajik ValCurs from the Russian one by its ISO date", () => {
    expect(parsed(parseRateFile(fixture("nbt-2026-05-20.xml")))).toEqual({
      source: "nbt",
      date: "2026-05-20",
      base: "TJS",
      rates: [{ currency: "USD", nominal: 1, value: "9.3288", perUnit: "9.3288" }],
    });
  });
});

const cbr = (valutes: string, date = "01.04.2025") =>
  text(`<?xml version="1.0"?><ValCurs Date="${date}" name="Foreign Currency Market">${valutes}</ValCurs>`);
const valute = (code: string, nominal: string, value: string, id = "R01235") =>
  `<Valute ID="${id}"><CharCode>${code}</CharCode><Nominal>${nominal}</Nominal><Value>${value}</Value></Valute>`;

describe("parseRateFile on bad files", () => {
  it.each([
    ["an empty file", new Uint8Array(), "NOT_A_RATE_FILE"],
    ["plain text", text("USD 87,45"), "NOT_A_RATE_FILE"],
    ["a stranger's XML", text("<html><body/></html>"), "NOT_A_RATE_FILE"],
    ["a stranger's JSON", text('[{"name":"x"}]'), "NOT_A_RATE_FILE"],
    ["an empty JSON list", text("[]"), "NO_RATES"],
    ["broken XML", text("<ValCurs Date='01.04.2025'><Valute>"), "MALFORMED"],
    ["broken JSON", text('[{"Ccy":"USD","Rate":"1",}]'), "MALFORMED"],
    [
      "an unknown declared encoding",
      text('<?xml version="1.0" encoding="x-mars"?><ValCurs/>'),
      "UNSUPPORTED_ENCODING",
    ],
  ])("refuses %s", (_, bytes, code) => {
    expect(failure(parseRateFile(bytes)).code).toBe(code);
  });

  it("refuses element names that would pollute prototypes, and absurd nesting, without throwing", () => {
    expect(failure(parseRateFile(text("<ValCurs><__proto__>1</__proto__></ValCurs>"))).code).toBe(
      "MALFORMED",
    );
    expect(failure(parseRateFile(text("<a>".repeat(20_000) + "</a>".repeat(20_000)))).code).toBe("MALFORMED");
  });

  it("reads a file whose declaration claims UTF-16 but whose bytes are ASCII", () => {
    const file = text(`<?xml version="1.0" encoding="utf-16"?><CurrencyRates Date="18.09.2026">
      <Currency ISOCode="USD"><Nominal>1</Nominal><Value>87,4500</Value></Currency></CurrencyRates>`);
    expect(parsed(parseRateFile(file)).source).toBe("nbkr");
  });

  it("names the element of a value like 12,5.0", () => {
    expect(failure(parseRateFile(cbr(valute("USD", "1", "80,1") + valute("EUR", "1", "12,5.0"))))).toEqual({
      code: "BAD_VALUE",
      message: 'Valute 2 (EUR), Value: "12,5.0" is not a decimal number',
      path: "ValCurs/Valute[2]/Value",
    });
  });

  it.each([
    ["0", "must be at least 1"],
    ["-10", "must be at least 1"],
    ["1.5", "is not a whole number"],
    ["", "is not a whole number"],
  ])("refuses the nominal %j", (nominal, reason) => {
    expect(failure(parseRateFile(cbr(valute("USD", nominal, "80,1"))))).toEqual({
      code: "BAD_NOMINAL",
      message: `Valute 1 (USD), Nominal: "${nominal}" ${reason}`,
      path: "ValCurs/Valute[1]/Nominal",
    });
  });

  it.each([
    ["-80,1", "is negative: a rate must be greater than zero"],
    ["0,0000", "is zero: a rate must be greater than zero"],
    ["1 234,5", "is not a decimal number"],
    ["8e1", "is not a decimal number"],
  ])("refuses the value %j", (value, reason) => {
    expect(failure(parseRateFile(cbr(valute("USD", "1", value)))).message).toBe(
      `Valute 1 (USD), Value: "${value}" ${reason}`,
    );
  });

  it("names a missing date and a date no calendar has", () => {
    const noDate = text(`<ValCurs name="x">${valute("USD", "1", "80,1")}</ValCurs>`);
    expect(failure(parseRateFile(noDate))).toEqual({
      code: "MISSING_DATE",
      message: "the file has no date (ValCurs Date)",
      path: "ValCurs/@Date",
    });
    expect(failure(parseRateFile(cbr(valute("USD", "1", "80,1"), "31.02.2026")))).toEqual({
      code: "BAD_DATE",
      message: 'ValCurs Date "31.02.2026" is not a date in dd.mm.yyyy',
      path: "ValCurs/@Date",
    });
  });

  it("names a row that lacks a field", () => {
    const missing = `<Valute ID="R01235"><CharCode>USD</CharCode><Nominal>1</Nominal></Valute>`;
    expect(failure(parseRateFile(cbr(missing)))).toEqual({
      code: "MISSING_FIELD",
      message: "Valute 1 (USD) has no Value",
      path: "ValCurs/Valute[1]/Value",
    });
  });

  it("refuses rows of one file dated on different days", () => {
    const rows = [
      { Ccy: "USD", Nominal: "1", Rate: "11618.15", Date: "01.08.2023" },
      { Ccy: "EUR", Nominal: "1", Rate: "12800.00", Date: "02.08.2023" },
    ];
    expect(failure(parseRateFile(text(JSON.stringify(rows))))).toEqual({
      code: "MIXED_DATES",
      message: "row 2 is dated 2023-08-02 but row 1 2023-08-01: one file, one date",
      path: "[2].Date",
    });
  });

  it("refuses a JSON null where a rate should be", () => {
    const json = `[{"Date":"2022-02-19T00:00:00","Cur_Abbreviation":"RUB","Cur_Scale":100,"Cur_OfficialRate":null}]`;
    expect(failure(parseRateFile(text(json)))).toMatchObject({
      code: "BAD_VALUE",
      path: "[1].Cur_OfficialRate",
    });
  });

  it("refuses the same currency at two rates", () => {
    expect(failure(parseRateFile(cbr(valute("USD", "1", "80,1") + valute("USD", "1", "80,2")))).code).toBe(
      "DUPLICATE_CURRENCY",
    );
  });
});

describe("parseRateFile warnings", () => {
  const warningCodes = (result: ParseRateFileResult) => (result.ok ? result.warnings.map((w) => w.code) : []);

  it("leaves out codes outside ISO 4217 and says which", () => {
    const result = parseRateFile(cbr(valute("USD", "1", "80,1") + valute("XYZ", "1", "1,0")));
    expect(parsed(result).rates.map((rate) => rate.currency)).toEqual(["USD"]);
    expect(result.ok && result.warnings[0]).toMatchObject({
      code: "UNKNOWN_CURRENCY",
      path: "ValCurs/Valute[2]/CharCode",
    });
  });

  it("restates a BYR quote in BYN: 10,000 BYR are 1 BYN", () => {
    const result = parseRateFile(
      cbr(valute("BYR", "10000", "36,1234") + valute("USD", "1", "33,2"), "01.04.2015"),
    );
    expect(parsed(result).rates[0]).toEqual({
      currency: "BYN",
      nominal: 1,
      value: "36.1234",
      perUnit: "36.1234",
    });
    const odd = parseRateFile(cbr(valute("BYR", "1000", "3,61234"), "01.04.2015"));
    expect(parsed(odd).rates[0]).toEqual({
      currency: "BYN",
      nominal: 1000,
      value: "36123.4",
      perUnit: "36.1234",
    });
    expect(warningCodes(odd)).toEqual(["BYR_RESTATED"]);
  });

  it("rounds a per-unit value that never terminates to 12 significant digits, and says so", () => {
    const result = parseRateFile(cbr(valute("USD", "3", "100")));
    expect(parsed(result).rates[0]?.perUnit).toBe("33.3333333333");
    expect(warningCodes(result)).toEqual(["INEXACT_PER_UNIT"]);
  });

  it("checks the bank's VunitRate against value ÷ nominal", () => {
    const row = `<Valute ID="R01335"><CharCode>KZT</CharCode><Nominal>100</Nominal><Value>16,9831</Value><VunitRate>0,17</VunitRate></Valute>`;
    expect(warningCodes(parseRateFile(cbr(row)))).toEqual(["UNIT_RATE_MISMATCH"]);
  });

  it("leaves out a row quoting the base currency itself", () => {
    const result = parseRateFile(cbr(valute("RUB", "1", "1") + valute("USD", "1", "80,1")));
    expect(parsed(result).rates).toHaveLength(1);
    expect(warningCodes(result)).toEqual(["SKIPPED_ROW"]);
  });
});

describe("homeCurrency", () => {
  it("names an active ISO 4217 code for every bank", () => {
    expect(Object.values(homeCurrency).every((code) => isCurrencyCode(code))).toBe(true);
  });
});
