import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { readFileSync } from "node:fs";
import { computeBudget } from "./compute.ts";
import { readBudgetFile } from "./format.ts";
import { lockOriginal } from "./variance.ts";
import { buildRateTable, type RateTable } from "../money/convert.ts";
import type { CurrencyCode } from "../money/currency.ts";
import type { CountryCode } from "../geography/countries.ts";
import type { Budget, BudgetLine } from "./types.ts";
import type { BudgetTotals } from "./totals.ts";

const c = (code: string) => code as CurrencyCode;
const iskra = (() => {
  const file = readBudgetFile(
    JSON.parse(readFileSync(new URL("./fixtures/iskra-budget.json", import.meta.url), "utf8")),
  );
  if (!file.ok) throw new Error(JSON.stringify(file.errors));
  return file.value;
})();

function rates(
  perUnit: Record<string, string> = { KZT: "0.169831", BYN: "27.2959", USD: "84.4" },
): RateTable {
  const table = buildRateTable(c("RUB"), "2025-04-01", "cbr", perUnit);
  if (!table.ok) throw new Error("rates");
  return table.value;
}

/** A one-account budget; overrides replace whole fields, lines get defaults. */
function budget(overrides: Partial<Budget> = {}, lines: Partial<BudgetLine>[] = [{}]): Budget {
  return {
    title: "Test",
    baseCurrency: c("RUB"),
    globals: { SHOOTDAYS: "30" },
    fringes: [],
    groups: [],
    partners: [{ id: "p", name: "Partner" }],
    categories: [
      {
        code: "1000",
        name: "Cast",
        side: "above",
        partner: "p",
        country: "RU" as CountryCode,
        accounts: [
          {
            code: "1100",
            name: "Leads",
            lines: lines.map((line) => ({
              description: "Lead",
              amount: "SHOOTDAYS",
              unit: "day",
              rate: "1000",
              currency: c("RUB"),
              ...line,
            })),
          },
        ],
      },
    ],
    ...overrides,
  };
}

function ok(result: ReturnType<typeof computeBudget>): BudgetTotals {
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.value;
}

describe("computeBudget on «Искра»", () => {
  const totals = ok(computeBudget(iskra.budget, iskra.rates));

  it("computes the top sheet in roubles", () => {
    expect(totals.categories.map((row) => [row.code, row.total.base.minor])).toEqual([
      ["1000", 574_770_000n],
      ["1300", 516_770_000n],
      ["1400", 862_639_496n],
      ["2100", 730_137_632n],
      ["2500", 276_588_839n],
      ["3000", 930_800_000n],
    ]);
    expect(totals.contingency.base.minor).toBe(96_876_324n);
    expect(totals.total.base.minor).toBe(3_988_582_291n);
  });

  it("caps the director's social contributions over the whole fringe range", () => {
    const director = totals.fringeTotals
      .find((row) => row.id === "ru-social")
      ?.ranges.find((row) => row.range === "director");
    // 30 % of the 2 759 000.00 RUB ceiling, though the three lines pay 4 340 000.00
    expect(director).toMatchObject({ pay: { minor: 434_000_000n }, fringe: { minor: 82_770_000n } });
  });

  it("leaves the suppressed what-if group out, and puts it back on request", () => {
    const extended = ok(computeBudget(iskra.budget, iskra.rates, { include: ["vfx-extended"] }));
    expect(extended.categories.at(-1)?.total.base.minor).toBe(930_800_000n + 400_000_000n);
    const noSecondUnit = ok(computeBudget(iskra.budget, iskra.rates, { suppress: ["second-unit"] }));
    expect(noSecondUnit.total.base.minor < totals.total.base.minor).toBe(true);
  });

  it("shows every partner and country with the contingency spread over them", () => {
    expect(totals.partners.map((row) => row.partner)).toEqual([
      "123",
      "belarusfilm",
      "kinoliga",
      "tajikfilm",
      "kyrgyzfilm",
    ]);
    expect(totals.countries.map((row) => row.country)).toEqual(["RU", "BY", "KZ", "TJ", "KG"]);
    expect(totals.currencies.map((row) => row.currency)).toEqual(["RUB", "BYN", "KZT", "TJS", "KGS"]);
  });

  it("displays in tenge with per-line rounding that still adds up", () => {
    const kzt = ok(computeBudget(iskra.budget, iskra.rates, { currency: c("KZT") }));
    expect(kzt.displayCurrency).toBe("KZT");
    const sum =
      kzt.lines.reduce((acc, line) => acc + line.total.display.minor, 0n) + kzt.contingency.display.minor;
    expect(kzt.total.display.minor).toBe(sum);
  });

  it("compares against a locked original", () => {
    const original = lockOriginal(totals, "2026-02-01");
    const changed: Budget = {
      ...iskra.budget,
      globals: { ...iskra.budget.globals, SHOOTDAYS: "54" },
      original,
    };
    const variance = ok(computeBudget(changed, iskra.rates)).variance;
    expect(variance?.lockedOn).toBe("2026-02-01");
    expect(variance?.total.variance.minor).toBeGreaterThan(0n);
    expect(variance?.accounts.find((row) => row.code === "1100")?.variance.minor).toBe(0n);
  });
});

describe("computeBudget errors", () => {
  it("names the path of a bad formula, an unknown global, unit, partner and a missing rate", () => {
    const result = computeBudget(
      budget({}, [
        { amount: "SHOOTDAYS *" },
        { amount: "PREPDAYS" },
        { unit: "fortnight" },
        { partner: "nobody" },
        { currency: c("TJS") },
        { rate: "10 / (SHOOTDAYS - 30)" },
      ]),
      rates(),
    );
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.path])).toEqual([
      ["BAD_FORMULA", "categories[0].accounts[0].lines[0].amount"],
      ["UNKNOWN_GLOBAL", "categories[0].accounts[0].lines[1].amount"],
      ["UNKNOWN_UNIT", "categories[0].accounts[0].lines[2].unit"],
      ["UNKNOWN_PARTNER", "categories[0].accounts[0].lines[3].partner"],
      ["MISSING_RATE", "categories[0].accounts[0].lines[4].currency"],
      ["DIVISION_BY_ZERO", "categories[0].accounts[0].lines[5].rate"],
    ]);
  });

  it("finds a circle of globals", () => {
    const result = computeBudget(budget({ globals: { A: "B + 1", B: "A * 2", SHOOTDAYS: "1" } }), rates());
    expect(result.ok ? null : result.errors[0]?.code).toBe("GLOBAL_CYCLE");
  });

  it("refuses a display currency without a rate", () => {
    const result = computeBudget(budget(), rates(), { currency: c("EUR") });
    expect(result.ok ? null : result.errors[0]).toMatchObject({
      code: "MISSING_RATE",
      path: "displayCurrency",
    });
  });
});

// ---- the property: totals equal the sum of their lines, for any budget --------------------------------------

const currencies = ["RUB", "BYN", "KZT", "TJS", "KGS", "UZS", "USD", "JPY"];
const countries = ["RU", "BY", "KZ", "TJ", "KG"];
const decimal = (max: number) =>
  fc
    .tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max: 99 }))
    .map(([whole, cents]) => `${whole}.${cents}`);

const lineArbitrary = fc.record({
  description: fc.constant("line"),
  amount: fc.oneof(decimal(100), fc.constantFrom("SHOOTDAYS", "SHOOTDAYS / 7", "EPISODES * 2", "-1")),
  x: fc.oneof(fc.constant("1"), decimal(5)),
  unit: fc.constantFrom("day", "week", "flat", "week5"),
  rate: decimal(1_000_000),
  currency: fc.constantFrom(...currencies).map(c),
  partner: fc.constantFrom("a", "b", "c"),
  country: fc.constantFrom(...countries).map((code) => code as CountryCode),
  fringes: fc.subarray(["pct", "capped", "flat"]),
  fringeRange: fc.option(fc.constantFrom("r1", "r2"), { nil: undefined }),
  groups: fc.subarray(["g1", "g2"]),
});

const budgetArbitrary = fc
  .record({
    categories: fc.array(
      fc.record({
        side: fc.constantFrom<"above" | "below">("above", "below"),
        accounts: fc.array(fc.array(lineArbitrary, { maxLength: 6 }), { minLength: 1, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 4 },
    ),
    g1: fc.boolean(),
    g2: fc.boolean(),
    contingency: fc.option(
      fc.record({ percent: decimal(15), scope: fc.constantFrom<"all" | "below">("all", "below") }),
      {
        nil: undefined,
      },
    ),
  })
  .map(({ categories, g1, g2, contingency }): Budget => {
    let account = 0;
    return {
      title: "generated",
      baseCurrency: c("RUB"),
      globals: { SHOOTDAYS: "31", EPISODES: "SHOOTDAYS / 3" },
      units: { week5: { label: "Week", factor: "5" } },
      fringes: [
        { id: "pct", name: "pct", kind: "percent", value: "30.2" },
        { id: "capped", name: "capped", kind: "percent", value: "13", cutoff: "1500000", currency: c("KZT") },
        { id: "flat", name: "flat", kind: "flat", value: "12.50", cutoff: "400", currency: c("USD") },
      ],
      groups: [
        { id: "g1", name: "g1", included: g1 },
        { id: "g2", name: "g2", included: g2 },
      ],
      ...(contingency ? { contingency } : {}),
      partners: ["a", "b", "c"].map((id) => ({ id, name: id })),
      categories: categories.map((category, index) => ({
        code: `C${index}`,
        name: `C${index}`,
        side: category.side,
        accounts: category.accounts.map((lines) => ({ code: `A${account++}`, name: "a", lines })),
      })),
    };
  });

const propertyRates = rates({
  BYN: "27.2959",
  KZT: "0.169831",
  TJS: "7.7529",
  KGS: "0.9788",
  UZS: "0.00662085",
  USD: "84.4",
  JPY: "0.5612",
});

describe("computeBudget properties", () => {
  it("totals equal the sum of their lines, in base and display, for any budget", () => {
    fc.assert(
      fc.property(budgetArbitrary, fc.constantFrom(...currencies).map(c), (generated, display) => {
        const totals = ok(computeBudget(generated, propertyRates, { currency: display }));
        const sum = (values: bigint[]) => values.reduce((a, b) => a + b, 0n);
        for (const field of ["base", "display"] as const) {
          for (const account of totals.accounts) {
            const lines = totals.lines.filter((line) => line.account === account.code);
            expect(account.total[field].minor).toBe(sum(lines.map((line) => line.total[field].minor)));
          }
          for (const category of totals.categories) {
            const accounts = totals.accounts.filter((account) => account.category === category.code);
            expect(category.total[field].minor).toBe(
              sum(accounts.map((account) => account.total[field].minor)),
            );
          }
          const lines = sum(totals.lines.map((line) => line.total[field].minor));
          expect(totals.aboveTheLine[field].minor + totals.belowTheLine[field].minor).toBe(lines);
          expect(totals.subtotal[field].minor).toBe(lines);
          expect(totals.total[field].minor).toBe(lines + totals.contingency[field].minor);
          expect(sum(totals.partners.map((row) => row.total[field].minor))).toBe(totals.total[field].minor);
          expect(sum(totals.countries.map((row) => row.total[field].minor))).toBe(totals.total[field].minor);
        }
        for (const line of totals.lines) {
          expect(line.total.base.minor).toBe(
            line.included ? line.subtotalBase.minor + line.fringes.minor : 0n,
          );
        }
        expect(sum(totals.fringeTotals.map((row) => row.total.minor))).toBe(totals.fringes.minor);
        expect(sum(totals.lines.map((line) => line.fringes.minor))).toBe(totals.fringes.minor);
        for (const row of totals.fringeTotals.flatMap((fringe) => fringe.ranges)) {
          if (row.cap) expect(row.fringe.minor <= row.cap.minor).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });
});
