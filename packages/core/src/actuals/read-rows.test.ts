import { describe, expect, it } from "vitest";
import type { CountryCode } from "../geography/countries.ts";
import type { CurrencyCode } from "../money/currency.ts";
import { detectColumns } from "./columns.ts";
import { inspectActualRows, readActualRows } from "./read-rows.ts";
import type { ReadActualsOptions } from "./types.ts";

const header = ["Дата", "Контрагент", "Статья", "Описание", "Валюта", "Сумма", "Страна", "№ документа"];
const good = ["01.04.2026", "ООО «Ромашка»", "2100", "Аренда света", "BYN", "12 500,50", "BY", "П-17"];
/** A row of the file with some cells replaced: `row({ 5: "12,5.0" })`. */
const row = (changes: Record<number, string> = {}) => good.map((cell, index) => changes[index] ?? cell);
const read = (rows: string[][], options: ReadActualsOptions = {}) =>
  readActualRows([header, ...rows], detectColumns(header), options);

describe("readActualRows", () => {
  it("reads costs with dates, amounts, countries and references", () => {
    const result = read([
      row(),
      row({ 0: "2026-04-02", 4: "rub", 5: "1,234.5", 6: "Казахстан", 7: "" }),
      [],
      row({ 3: "", 5: "0", 6: "Кыргызстан" }),
    ]);
    expect(result).toEqual({
      ok: true,
      actuals: [
        {
          row: 2,
          date: "2026-04-01",
          vendor: "ООО «Ромашка»",
          account: "2100",
          description: "Аренда света",
          amount: { minor: 1250050n, currency: "BYN" },
          partner: null,
          country: "BY",
          reference: "П-17",
        },
        expect.objectContaining({
          row: 3,
          date: "2026-04-02",
          amount: { minor: 123450n, currency: "RUB" },
          country: "KZ",
          reference: null,
        }),
        // Row 4 is blank: skipped, and the next row keeps the number the spreadsheet shows.
        expect.objectContaining({
          row: 5,
          description: "",
          amount: { minor: 0n, currency: "BYN" },
          country: "KG",
        }),
      ],
    });
  });

  it("names every bad cell by row and column and gives no costs", () => {
    const result = read([
      row({ 0: "31.02.2026" }),
      row({ 5: "12,5.0" }),
      row({ 5: "-300" }),
      row({ 4: "RUR" }),
      row({ 6: "Атлантида" }),
      row(),
      row({ 0: "2026-4-1", 1: " " }),
    ]);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors.map((error) => [error.row, error.column?.letter, error.field, error.code])).toEqual([
      [2, "A", "date", "BAD_DATE"],
      [3, "F", "amount", "NOT_A_NUMBER"],
      [4, "F", "amount", "NEGATIVE_AMOUNT"],
      [5, "E", "currency", "UNKNOWN_CURRENCY"],
      [6, "G", "country", "UNKNOWN_COUNTRY"],
      [8, "A", "date", "BAD_DATE"],
      [8, "B", "vendor", "EMPTY_CELL"],
    ]);
    expect(result.errors[1]).toEqual({
      row: 3,
      column: { index: 5, letter: "F", name: "Сумма" },
      field: "amount",
      code: "NOT_A_NUMBER",
      value: "12,5.0",
      message: 'row 3, column F "Сумма": "12,5.0" is not a number: digits between "," must come in threes',
    });
  });

  it("checks accounts against the budget's, refunds, and defaults for missing columns", () => {
    const accounts = new Set(["2100", "2200"]);
    expect(read([row({ 2: "9999" })], { accounts })).toMatchObject({
      ok: false,
      errors: [{ row: 2, field: "account", code: "UNKNOWN_ACCOUNT", value: "9999" }],
    });
    expect(read([row({ 5: "(1 200,00)" })], { accounts, allowNegative: true })).toMatchObject({
      ok: true,
      actuals: [{ amount: { minor: -120000n } }],
    });
    const short = ["Дата", "Контрагент", "Статья", "Сумма"];
    const defaults = {
      defaultCurrency: "KZT" as CurrencyCode,
      defaultCountry: "KZ" as CountryCode,
    };
    expect(
      readActualRows(
        [short, ["01.04.2026", "ТОО «Свет»", "2100", "100 000"]],
        detectColumns(short),
        defaults,
      ),
    ).toMatchObject({
      ok: true,
      actuals: [{ amount: { minor: 10000000n, currency: "KZT" }, country: "KZ" }],
    });
  });

  it("refuses a file whose columns are wrong, naming what is missing", () => {
    const wrong = ["Number", "When", "Who", "How much"];
    const result = readActualRows([wrong, ["1", "2026-04-01", "x", "5"]], detectColumns(wrong));
    expect(result.ok ? [] : result.errors.map((error) => [error.row, error.field, error.code])).toEqual([
      [1, "date", "MISSING_COLUMN"],
      [1, "vendor", "MISSING_COLUMN"],
      [1, "account", "MISSING_COLUMN"],
      [1, "amount", "MISSING_COLUMN"],
      [1, "currency", "MISSING_COLUMN"],
      [1, "country", "MISSING_COLUMN"],
    ]);
  });

  it("refuses a mapping outside the header or with one column for two fields", () => {
    const mapping = { ...detectColumns(header), vendor: 0, reference: 40 };
    const result = readActualRows([header, row()], mapping);
    expect(result.ok ? [] : result.errors.map((error) => [error.field, error.code])).toEqual([
      ["vendor", "BAD_MAPPING"],
      ["reference", "BAD_MAPPING"],
    ]);
  });

  it("takes a partner column only when it names the paying partner", () => {
    const withPartner = [...header, "Партнёр"];
    const partner = { id: "org-1", names: ["Беларусьфильм", "Belarusfilm"] };
    const rows = [withPartner, [...row(), "беларусьфильм"], [...row(), ""], [...row(), "Казахфильм"]];
    const result = readActualRows(rows, detectColumns(withPartner), { partner });
    expect(result).toMatchObject({
      ok: false,
      errors: [{ row: 4, column: { letter: "I", name: "Партнёр" }, code: "OTHER_PARTNER" }],
    });
  });

  it("refuses an empty file, a header alone and too many rows", () => {
    expect(readActualRows([], {})).toMatchObject({
      ok: false,
      errors: expect.arrayContaining([expect.objectContaining({ row: 1, code: "MISSING_COLUMN" })]),
    });
    expect(read([[], [" "]])).toMatchObject({ ok: false, errors: [{ row: 2, code: "NO_ROWS" }] });
    expect(read([row(), row(), row()], { maxRows: 2 })).toMatchObject({
      ok: false,
      errors: [{ row: 4, code: "TOO_MANY_ROWS" }],
    });
  });

  it("refuses control characters and overlong texts", () => {
    expect(read([row({ 1: "ООО\u0000Ромашка" }), row({ 7: "x".repeat(101) })])).toMatchObject({
      ok: false,
      errors: [
        { row: 2, field: "vendor", code: "CONTROL_CHARACTERS" },
        { row: 3, field: "reference", code: "TOO_LONG" },
      ],
    });
    expect(read([row({ 3: "Свет\nи генератор" })])).toMatchObject({
      ok: true,
      actuals: [{ description: "Свет\nи генератор" }],
    });
  });

  it("finds the header under blank rows and numbers rows as the file does", () => {
    const inspection = inspectActualRows(
      [[], ["", ""], header, row({ 5: "1.2.3" }), row()],
      detectColumns(header),
    );
    expect(inspection.headerRow).toBe(3);
    expect(inspection.rows.map((entry) => [entry.row, entry.actual === null, entry.errors.length])).toEqual([
      [4, true, 1],
      [5, false, 0],
    ]);
    expect(inspection.errors).toEqual([expect.objectContaining({ row: 4, field: "amount" })]);
  });
});
