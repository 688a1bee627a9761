import { describe, expect, it } from "vitest";
import fc from "fast-check";
import type { CountryCode } from "../../geography/countries.ts";
import type { CurrencyCode } from "../../money/currency.ts";
import { chartCategories, exportChart, readChart } from "./chart.ts";
import { budgetTemplate } from "./template.ts";

const template = budgetTemplate({
  kind: "feature",
  language: "ru",
  title: "Фильм",
  currency: "RUB" as CurrencyCode,
  partner: "studio",
  country: "RU" as CountryCode,
});

const chartJson = () => JSON.parse(JSON.stringify(exportChart(template))) as Record<string, unknown>;

describe("chart of accounts exchange", () => {
  it("exports categories and accounts without lines and reads them back", () => {
    const json = chartJson();
    expect(json).toMatchObject({ format: "kinomost-chart", version: 1, title: "Фильм" });
    expect(JSON.stringify(json)).not.toContain("lines");
    const read = readChart(json);
    if (!read.ok) throw new Error(read.errors.map((error) => error.message).join("\n"));
    expect(read.value.categories.map((category) => category.code)).toEqual(
      template.categories.map((category) => category.code),
    );
    expect(read.value.categories[0]?.accounts[0]).toEqual({
      code: "1101",
      name: "Права на литературную основу",
    });
    const categories = chartCategories(read.value, { partner: "p", country: "KZ" as CountryCode });
    expect(categories[3]).toMatchObject({
      code: "1400",
      name: "Актёры",
      side: "above",
      partner: "p",
      country: "KZ",
    });
    expect(
      categories.every((category) => category.accounts.every((account) => account.lines.length === 0)),
    ).toBe(true);
  });

  it("names the JSON path of every problem", () => {
    const json = chartJson();
    const categories = json.categories as Record<string, unknown>[];
    const accounts = categories[1]!.accounts as Record<string, unknown>[];
    accounts[1]!.code = "1101";
    categories[2]!.side = "middle";
    categories[3]!.colour = "red";
    delete (categories[4]!.accounts as Record<string, unknown>[])[0]!.name;
    json.version = 2;
    const read = readChart(json);
    expect(read.ok ? [] : read.errors.map((error) => [error.code, error.message])).toEqual([
      ["BAD_FORMAT", "version: expected 1"],
      ["DUPLICATE_CODE", "categories[1].accounts[1].code: account 1101 appears twice"],
      ["BAD_FORMAT", 'categories[2].side: expected one of "above", "below", found "middle"'],
      ["BAD_FORMAT", 'categories[3].colour: unknown field "colour"'],
      ["BAD_FORMAT", "categories[4].accounts[0].name: expected non-empty text, found nothing"],
    ]);
    expect(readChart("chart").ok).toBe(false);
    expect(readChart({ format: "kinomost-budget", version: 1, categories: [] })).toMatchObject({
      ok: false,
      errors: [{ path: "format" }],
    });
  });

  it("never throws, whatever the JSON", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const read = readChart(value);
        expect(typeof read.ok).toBe("boolean");
      }),
    );
    fc.assert(
      fc.property(
        fc.array(fc.record({ code: fc.string(), name: fc.string(), side: fc.string() })),
        (items) => {
          const read = readChart({ format: "kinomost-chart", version: 1, categories: items });
          if (!read.ok) expect(read.errors.every((error) => error.path.startsWith("categories"))).toBe(true);
        },
      ),
    );
  });
});
