import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { actualFields, detectColumns, type ActualColumnMapping } from "./columns.ts";
import { readActualsCsv } from "./csv.ts";
import { inspectActualRows, readActualRows } from "./read-rows.ts";

const header = ["Date", "Vendor", "Account", "Description", "Currency", "Amount", "Country", "Reference"];
const mapping = detectColumns(header);
const goodRow = fc.record({
  date: fc.constantFrom("2026-04-01", "29.02.2028", "31.12.2026"),
  vendor: fc.constantFrom("ООО «Ромашка»", "Lights, Inc.", "ТОО Жарык"),
  account: fc.constantFrom("1100", "2100", "A-17"),
  description: fc.constantFrom("", "Аренда", "catering\nday 3"),
  currency: fc.constantFrom("RUB", "byn", "KZT"),
  amount: fc.constantFrom("12 500,50", "12500.50", "12,500.50", "0,5", "7"),
  country: fc.constantFrom("RU", "by", "Казахстан", "Kyrgyzstan"),
  reference: fc.constantFrom("", "П-17", "INV 2026/04"),
});
type Cells = string[];
const toCells = (row: Record<string, string>): Cells =>
  ["date", "vendor", "account", "description", "currency", "amount", "country", "reference"].map(
    (field) => row[field]!,
  );
// Cells no strict reader may take: a day that does not exist, malformed or ambiguous amounts, unknown codes.
const badCells: Record<number, string[]> = {
  0: ["31.02.2026", "2026-13-01", "1.4.2026", "04/01/2026", "", "2026-04-01T00:00"],
  1: ["", "  ", "a\u0000b"],
  2: [""],
  4: ["RUR", "руб", "", "XXX"],
  5: ["12,5.0", "1.2.3", "", "12,500", "-5", "(1 200,00)", "12.345", "1e3"],
  6: ["", "ZZ", "Атлантида", "SU"],
};
const badCell = fc.constantFrom(
  ...Object.entries(badCells).flatMap(([column, values]) =>
    values.map((value) => [Number(column), value] as const),
  ),
);

describe("ledger reading properties", () => {
  it("never throws on arbitrary cells and mappings", () => {
    const anyMapping = fc.dictionary(
      fc.constantFrom(...actualFields),
      fc.integer({ min: -2, max: 12 }),
    ) as fc.Arbitrary<ActualColumnMapping>;
    const table = fc.array(fc.array(fc.string({ maxLength: 12 }), { maxLength: 10 }), { maxLength: 8 });
    fc.assert(
      fc.property(
        table,
        fc.oneof(fc.constant(mapping), anyMapping),
        fc.boolean(),
        (rows, map, allowNegative) => {
          const result = readActualRows(rows, map, { allowNegative });
          if (result.ok) expect(result.actuals.length).toBeGreaterThan(0);
          else expect(result.errors.every((error) => error.row >= 1 && error.message !== "")).toBe(true);
        },
      ),
    );
  });

  it("never throws on arbitrary CSV bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 400 }), (bytes) => {
        const result = readActualsCsv(bytes);
        if (result.ok) expect(Array.isArray(result.rows)).toBe(true);
        else expect(result.error.message).not.toBe("");
      }),
    );
  });

  it("reports a row with any bad cell by its row and column, and no costs come out", () => {
    fc.assert(
      fc.property(
        fc.array(goodRow, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        badCell,
        (rows, at, [column, value]) => {
          const cells = rows.map(toCells);
          const target = at % cells.length;
          cells[target]![column] = value;
          const result = readActualRows([header, ...cells], mapping);
          expect(result.ok).toBe(false);
          if (result.ok) return;
          expect(result.errors).toContainEqual(
            expect.objectContaining({ row: target + 2, column: expect.objectContaining({ index: column }) }),
          );
          expect(result.errors.every((error) => error.row === target + 2)).toBe(true);
          expect("actuals" in result).toBe(false);
        },
      ),
    );
  });

  it("reads every good row, and the preview shows the same costs", () => {
    fc.assert(
      fc.property(fc.array(goodRow, { minLength: 1, maxLength: 6 }), (rows) => {
        const table = [header, ...rows.map(toCells)];
        const result = readActualRows(table, mapping);
        expect(result.ok).toBe(true);
        if (!result.ok) return;
        expect(result.actuals.map((actual) => actual.row)).toEqual(rows.map((_, index) => index + 2));
        expect(inspectActualRows(table, mapping).rows.map((row) => row.actual)).toEqual(result.actuals);
      }),
    );
  });
});
