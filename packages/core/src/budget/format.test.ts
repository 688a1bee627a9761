import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { readBudgetFile } from "./format.ts";

const fixture = () =>
  JSON.parse(readFileSync(new URL("./fixtures/iskra-budget.json", import.meta.url), "utf8")) as Record<
    string,
    unknown
  >;

describe("readBudgetFile", () => {
  it("reads the «Искра» fixture", () => {
    const result = readBudgetFile(fixture());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.budget.categories).toHaveLength(6);
    expect(result.value.rates).toMatchObject({ base: "RUB", date: "2025-04-01", source: "cbr" });
  });

  it("names the JSON path of each problem", () => {
    const json = fixture();
    const categories = json.categories as { accounts: { lines: Record<string, unknown>[] }[] }[];
    const line = categories[0]?.accounts[0]?.lines[1];
    if (!line) throw new Error("fixture");
    line.rate = 60000.5;
    line.currency = "RUR";
    delete line.unit;
    json.version = 2;
    (json.rates as { perUnit: Record<string, unknown> }).perUnit.KZT = "0,169831";
    const result = readBudgetFile(json);
    expect(result.ok ? [] : result.errors.map((error) => error.message)).toEqual([
      "version: expected 1",
      'rates.perUnit.KZT: "0,169831" is not a positive decimal rate for an ISO 4217 currency',
      "categories[0].accounts[0].lines[1].unit: expected non-empty text, found nothing",
      'categories[0].accounts[0].lines[1].rate: write 60000.5 as a string ("60000.5") to keep it exact',
      'categories[0].accounts[0].lines[1].currency: expected an ISO 4217 currency code such as "RUB", found "RUR"',
    ]);
  });

  it("refuses a file that is not an object", () => {
    expect(readBudgetFile([1, 2])).toMatchObject({ ok: false, errors: [{ path: "$", code: "BAD_FORMAT" }] });
  });

  it("never throws on arbitrary JSON", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.jsonValue(),
          fc.record({
            format: fc.constant("kinomost-budget"),
            version: fc.constant(1),
            categories: fc.jsonValue(),
            rates: fc.jsonValue(),
            partners: fc.jsonValue(),
            fringes: fc.jsonValue(),
          }),
        ),
        (json) => {
          const result = readBudgetFile(json);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 500 },
    );
  });
});
