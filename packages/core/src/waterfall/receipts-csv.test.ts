import { describe, expect, it } from "vitest";
import { parseReceiptsCsv } from "./receipts-csv.ts";

const header = "date,source,territory,media,currency,amount";

function errorsOf(text: string) {
  const result = parseReceiptsCsv(text);
  return result.ok ? [] : result.errors.map((error) => error.message);
}

describe("parseReceiptsCsv", () => {
  it("reads receipts in both date layouts, with a BOM, CRLF and quoted decimal commas", () => {
    const result = parseReceiptsCsv(
      `\uFEFF${header}\r\n2026-03-01,Кинопоиск,ru,SVOD,rub,"1 250 000,50"\r\n\r\n15.04.2026,Caravan,WW,all,USD,300\r\n`,
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toEqual([
      {
        row: 2,
        date: "2026-03-01",
        source: "Кинопоиск",
        territory: "RU",
        media: "svod",
        amount: { minor: 125000050n, currency: "RUB" },
      },
      {
        row: 4,
        date: "2026-04-15",
        source: "Caravan",
        territory: "WW",
        media: "all",
        amount: { minor: 30000n, currency: "USD" },
      },
    ]);
  });

  it("accepts columns in any order and semicolons as the separator", () => {
    const result = parseReceiptsCsv(
      "amount;currency;media;territory;source;date\n10,5;KZT;free-tv;KZ;Хабар;2026-01-02\n",
    );
    expect(result.ok && result.value[0]?.amount).toEqual({ minor: 1050n, currency: "KZT" });
  });

  it("refuses the whole file, naming each bad row and column", () => {
    const errors = errorsOf(
      [
        header,
        "31.02.2026,A,RU,theatrical,RUB,100",
        '2026-01-05,B,RU,theatrical,RUB,"12,5.0"',
        "2026-01-05,C,RU,theatrical,XYZ,100",
        "2026-01-05,D,RU,theatrical,RUB,-500.00",
        "2026-01-05,E,RU,theatrical,JPY,1.5",
        "2026-01-05,,Narnia,cinema,RUB,1",
        "2026-01-05,G,RU,theatrical,RUB,100",
      ].join("\n"),
    );
    expect(errors).toEqual([
      'row 2, column "date": "31.02.2026" is not a real day (YYYY-MM-DD or DD.MM.YYYY)',
      'row 3, column "amount": "12,5.0" is not a number',
      'row 4, column "currency": "XYZ" is not an ISO 4217 currency',
      'row 5, column "amount": "-500.00" is negative: a receipt is money collected, never less than zero',
      'row 6, column "amount": "1.5" has more than 0 decimals for JPY',
      'row 7, column "source": is empty',
      'row 7, column "territory": "Narnia" is not an ISO 3166-1 alpha-2 code or "WW"',
      'row 7, column "media": "cinema" is not one of theatrical, free-tv, pay-tv, svod, avod, tvod, est, fast, airline, ship, non-theatrical, all',
    ]);
  });

  it("names missing columns and unreadable CSV", () => {
    expect(errorsOf("date,source,amount\n")).toEqual([
      'row 1: no column "territory" (the header must name date, source, territory, media, currency, amount)',
      'row 1: no column "media" (the header must name date, source, territory, media, currency, amount)',
      'row 1: no column "currency" (the header must name date, source, territory, media, currency, amount)',
    ]);
    expect(errorsOf(`${header}\n2026-01-01,"open quote,RU,all,RUB,1\n`)[0]).toMatch(
      /^row 2: not readable CSV/,
    );
    expect(errorsOf("")).toHaveLength(6);
  });

  it("takes a header with no rows as no receipts", () => {
    expect(parseReceiptsCsv(`${header}\n`)).toEqual({ ok: true, value: [] });
  });
});
