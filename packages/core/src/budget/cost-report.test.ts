import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { buildRateTable, type RateTable } from "../money/convert.ts";
import type { CurrencyCode } from "../money/currency.ts";
import type { CountryCode } from "../geography/countries.ts";
import { computeBudget } from "./compute.ts";
import { computeCostReport, type Actual } from "./cost-report.ts";
import type { Budget } from "./types.ts";

const c = (code: string) => code as CurrencyCode;
function table(date: string, kzt: string): RateTable {
  const built = buildRateTable(c("RUB"), date, "cbr", { KZT: kzt });
  if (!built.ok) throw new Error("rates");
  return built.value;
}
function buildRub(date: string, perUnit: Record<string, string>): RateTable {
  const built = buildRateTable(c("RUB"), date, "cbr", perUnit);
  if (!built.ok) throw new Error("rates");
  return built.value;
}
const budgetRates = table("2025-04-01", "0.17");
const budget: Budget = {
  title: "cost report",
  baseCurrency: c("RUB"),
  globals: {},
  fringes: [],
  groups: [],
  partners: [
    { id: "ru", name: "RU" },
    { id: "kz", name: "KZ" },
  ],
  categories: [
    {
      code: "2000",
      name: "Crew",
      side: "below",
      accounts: [
        {
          code: "2110",
          name: "RU crew",
          partner: "ru",
          country: "RU" as CountryCode,
          lines: [{ description: "crew", amount: "10", unit: "day", rate: "100000", currency: c("RUB") }],
        },
        {
          code: "2130",
          name: "KZ crew",
          partner: "kz",
          country: "KZ" as CountryCode,
          lines: [{ description: "crew", amount: "10", unit: "day", rate: "500000", currency: c("KZT") }],
        },
      ],
    },
  ],
};
const totals = computeBudget(budget, budgetRates);
if (!totals.ok) throw new Error("budget");
const actuals: Actual[] = [
  {
    date: "2025-05-10",
    account: "2110",
    amount: { minor: 40_000_000n, currency: c("RUB") },
    partner: "ru",
    country: "RU",
  },
  {
    date: "2025-05-12",
    account: "2130",
    amount: { minor: 200_000_000n, currency: c("KZT") },
    partner: "kz",
    country: "KZ",
  },
];
const input = {
  budget: totals.value,
  budgetRates,
  actualRates: [table("2025-05-01", "0.16"), table("2025-05-11", "0.18")],
  actuals,
  currency: c("RUB"),
};

describe("computeCostReport", () => {
  it("reports budget, actual, ETC, EAC, variance and the FX variance at budget rates", () => {
    const report = computeCostReport({
      ...input,
      basis: "budget",
      estimates: [
        { account: "2110", partner: "ru", country: "RU", amount: { minor: 70_000_000n, currency: c("RUB") } },
      ],
    });
    if (!report.ok) throw new Error(JSON.stringify(report.errors));
    const [ru, kz] = report.value.accounts;
    // RU: budget 1 000 000, actual 400 000, explicit ETC 700 000 → EAC 1 100 000, 100 000 over
    expect(ru).toMatchObject({
      budget: { minor: 100_000_000n },
      actual: { minor: 40_000_000n },
      estimateToComplete: { minor: 70_000_000n },
      estimateAtCompletion: { minor: 110_000_000n },
      variance: { minor: -10_000_000n },
      fxVariance: { minor: 0n },
    });
    // KZ: budget 5 m KZT × 0.17 = 850 000; 2 m KZT spent = 340 000 at budget rate, 360 000 at the 11 May rate
    expect(kz).toMatchObject({
      budget: { minor: 85_000_000n },
      actual: { minor: 34_000_000n },
      estimateToComplete: { minor: 51_000_000n },
      variance: { minor: 0n },
      fxVariance: { minor: 2_000_000n },
    });
    expect(report.value.partners.map((row) => row.key)).toEqual(["ru", "kz"]);
    expect(report.value.total.budget.minor).toBe(185_000_000n);
  });

  it("uses each actual's own date's rate on the actual basis", () => {
    const report = computeCostReport({ ...input, basis: "actual" });
    if (!report.ok) throw new Error("report");
    expect(report.value.countries.find((row) => row.key === "KZ")?.actual.minor).toBe(36_000_000n);
  });

  it("names an unknown account and a missing rate", () => {
    const report = computeCostReport({
      ...input,
      basis: "budget",
      actuals: [
        { ...actuals[0]!, account: "9999" },
        { ...actuals[1]!, date: "2025-04-15" },
      ],
    });
    expect(report.ok ? [] : report.errors.map((error) => [error.code, error.path])).toEqual([
      ["UNKNOWN_ACCOUNT", "actuals[0].account"],
      ["MISSING_RATE", "actuals[1].date"],
    ]);
  });

  describe("an account's whole estimate to complete, as the accountant enters it", () => {
    // One account paid by both partners: 1 000 000 RUB in Russia and 5 m KZT (850 000 RUB) in Kazakhstan.
    const shared: Budget = {
      ...budget,
      categories: [
        {
          code: "2000",
          name: "Crew",
          side: "below",
          accounts: [
            {
              code: "2150",
              name: "Camera crew",
              lines: [
                {
                  description: "RU camera",
                  amount: "10",
                  unit: "day",
                  rate: "100000",
                  currency: c("RUB"),
                  partner: "ru",
                  country: "RU" as CountryCode,
                },
                {
                  description: "KZ camera",
                  amount: "10",
                  unit: "day",
                  rate: "500000",
                  currency: c("KZT"),
                  partner: "kz",
                  country: "KZ" as CountryCode,
                },
              ],
            },
            { code: "2160", name: "Not yet budgeted", lines: [] },
          ],
        },
      ],
    };
    const sharedTotals = computeBudget(shared, budgetRates);
    if (!sharedTotals.ok) throw new Error("budget");
    const base = { ...input, budget: sharedTotals.value, actuals: [], basis: "budget" as const };

    it("is spread over the account's partners and countries by their budget, adding up exactly", () => {
      const report = computeCostReport({
        ...base,
        estimates: [{ account: "2150", amount: { minor: 92_500_001n, currency: c("RUB") } }],
      });
      if (!report.ok) throw new Error(JSON.stringify(report.errors));
      const [camera] = report.value.accounts;
      expect(camera?.estimateToComplete.minor).toBe(92_500_001n);
      expect(camera?.estimateAtCompletion.minor).toBe(92_500_001n);
      expect(camera?.variance.minor).toBe(185_000_000n - 92_500_001n);
      // 100 : 85 of 925 000.01 — 500 000.01 (the larger remainder takes the kopeck) and 425 000.00.
      expect(report.value.partners.map((row) => [row.key, row.estimateToComplete.minor])).toEqual([
        ["ru", 50_000_001n],
        ["kz", 42_500_000n],
      ]);
    });

    it("keeps an entered zero, and computes the rest of the budget for the other accounts", () => {
      const report = computeCostReport({
        ...base,
        estimates: [{ account: "2150", amount: { minor: 0n, currency: c("RUB") } }],
      });
      if (!report.ok) throw new Error(JSON.stringify(report.errors));
      expect(report.value.accounts[0]?.estimateToComplete.minor).toBe(0n);
      expect(report.value.total.variance.minor).toBe(185_000_000n);
    });

    it("needs a partner and a country for an account with neither budget nor actuals", () => {
      const amount = { minor: 100_000_000n, currency: c("KZT") };
      const unplaced = computeCostReport({ ...base, estimates: [{ account: "2160", amount }] });
      expect(unplaced.ok ? [] : unplaced.errors.map((error) => [error.code, error.path])).toEqual([
        ["NO_PARTNER", "estimates[0].partner"],
      ]);
      const placed = computeCostReport({
        ...base,
        estimates: [{ account: "2160", partner: "kz", country: "KZ", amount }],
      });
      if (!placed.ok) throw new Error(JSON.stringify(placed.errors));
      // 1 000 000 KZT at 0.17: 170 000 RUB over a budget of nothing.
      expect(placed.value.accounts[1]).toMatchObject({
        estimateToComplete: { minor: 17_000_000n },
        variance: { minor: -17_000_000n },
      });
    });

    it("takes the budget rate on the actual basis when the latest table lacks the currency", () => {
      const report = computeCostReport({
        ...base,
        basis: "actual",
        actualRates: [buildRub("2025-05-11", { BYN: "27" })],
        estimates: [{ account: "2150", amount: { minor: 100_000_000n, currency: c("KZT") } }],
      });
      if (!report.ok) throw new Error(JSON.stringify(report.errors));
      expect(report.value.accounts[0]?.estimateToComplete.minor).toBe(17_000_000n);
    });

    it("always adds up to the amount entered, whatever it is", () => {
      fc.assert(
        fc.property(fc.bigInt({ min: 0n, max: 10n ** 15n }), (minor) => {
          const report = computeCostReport({
            ...base,
            estimates: [{ account: "2150", amount: { minor, currency: c("RUB") } }],
          });
          if (!report.ok) throw new Error(JSON.stringify(report.errors));
          const partners = report.value.partners.reduce((sum, row) => sum + row.estimateToComplete.minor, 0n);
          const countries = report.value.countries.reduce(
            (sum, row) => sum + row.estimateToComplete.minor,
            0n,
          );
          expect(partners).toBe(minor);
          expect(countries).toBe(minor);
        }),
      );
    });
  });
});
