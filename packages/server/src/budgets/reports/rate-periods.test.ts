// Summing the ledger groups one rate table serves must change nothing the core computes: every amount stays in its
// account, partner, country and currency, and the core converts the sums at the tables it would have used.
import {
  buildRateTable,
  computeBudget,
  computeCostReport,
  type Actual,
  type Budget,
  type CountryCode,
  type CurrencyCode,
  type RateTable,
} from "@kinomost/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ActualGroup } from "./aggregate.ts";
import { convertingDates, latestOnOrBefore, mergeByRatePeriod } from "./rate-periods.ts";

const rub = "RUB" as CurrencyCode;

function table(date: string, perUnit: Record<string, string>): RateTable {
  const built = buildRateTable(rub, date, "manual", perUnit);
  if (!built.ok) throw new Error("rates");
  return built.value;
}

// Rates whose conversions of whole tenge and roubles end in whole kopecks, so that summing before converting
// cannot change a rounding: the comparison below is exact.
const tables = [
  table("2026-01-31", { KZT: "0.25" }),
  table("2026-02-28", { BYN: "25" }),
  table("2026-03-31", { KZT: "0.5", BYN: "30" }),
];

const budget: Budget = {
  title: "t",
  baseCurrency: rub,
  globals: {},
  fringes: [],
  groups: [],
  partners: [
    { id: "a", name: "A" },
    { id: "b", name: "B" },
  ],
  categories: [
    {
      code: "1",
      name: "c",
      side: "below",
      partner: "a",
      country: "KZ" as CountryCode,
      accounts: ["10", "20"].map((code) => ({
        code,
        name: code,
        lines: [{ description: "x", amount: "1", unit: "flat", rate: "1000", currency: rub }],
      })),
    },
  ],
};

const group = fc.record({
  account: fc.constantFrom("10", "20"),
  partner: fc.constantFrom("a", "b"),
  country: fc.constantFrom("KZ", "BY"),
  currency: fc.constantFrom("KZT", "BYN", "RUB"),
  date: fc
    .integer({ min: 0, max: 120 })
    .map((day) => new Date(Date.UTC(2026, 0, 20 + day)).toISOString().slice(0, 10)),
  minor: fc.bigInt({ min: -1_000_000n, max: 100_000_000n }).map((value) => value * 4n),
  rows: fc.integer({ min: 1, max: 50 }),
});

const key = (g: Pick<ActualGroup, "account" | "partner" | "country" | "currency">) =>
  [g.account, g.partner, g.country, g.currency].join("/");

function sums(groups: readonly ActualGroup[]) {
  const totals = new Map<string, { minor: bigint; rows: number }>();
  for (const g of groups) {
    const known = totals.get(key(g)) ?? { minor: 0n, rows: 0 };
    totals.set(key(g), { minor: known.minor + g.minor, rows: known.rows + g.rows });
  }
  return totals;
}

const actuals = (groups: readonly ActualGroup[]): Actual[] =>
  groups.map((g) => ({ ...g, amount: { minor: g.minor, currency: g.currency as CurrencyCode } }));

describe("mergeByRatePeriod", () => {
  it("finds the latest date on or before a day", () => {
    const dates = ["2026-01-31", "2026-02-28", "2026-03-31"];
    expect(latestOnOrBefore(dates, "2026-01-30")).toBeNull();
    expect(latestOnOrBefore(dates, "2026-01-31")).toBe("2026-01-31");
    expect(latestOnOrBefore(dates, "2026-03-30")).toBe("2026-02-28");
    expect(latestOnOrBefore(dates, "2027-01-01")).toBe("2026-03-31");
    expect(latestOnOrBefore([], "2027-01-01")).toBeNull();
  });

  it("keeps every amount where it was and what the core makes of it, at both bases", () => {
    const totals = computeBudget(budget, table("2026-01-01", { KZT: "0.25", BYN: "25" }));
    if (!totals.ok) throw new Error("budget");
    const datesOf = convertingDates(tables, rub);
    fc.assert(
      fc.property(fc.array(group, { maxLength: 60 }), (groups) => {
        const merged = mergeByRatePeriod(groups, datesOf);
        expect(sums(merged)).toEqual(sums(groups));
        expect(merged.length).toBeLessThanOrEqual(groups.length);
        for (const basis of ["budget", "actual"] as const) {
          const input = {
            budget: totals.value,
            budgetRates: table("2026-01-01", { KZT: "0.25", BYN: "25" }),
            actualRates: tables,
            currency: rub,
            basis,
          };
          const before = computeCostReport({ ...input, actuals: actuals(groups) });
          const after = computeCostReport({ ...input, actuals: actuals(merged) });
          expect(after.ok).toBe(before.ok);
          if (before.ok && after.ok) expect(after.value).toEqual(before.value);
        }
      }),
      { numRuns: 200 },
    );
  });

  it("sums a month of daily groups served by one month-end table into one", () => {
    const daily = Array.from({ length: 28 }, (_, day) => ({
      account: "10",
      partner: "a",
      country: "KZ",
      currency: "KZT",
      date: `2026-02-${String(day + 1).padStart(2, "0")}`,
      minor: 100n,
      rows: 2,
    }));
    const merged = mergeByRatePeriod(daily, convertingDates(tables, rub));
    // 1–27 Feb are served by the January table; 28 Feb by its own (which quotes no KZT): still January's.
    expect(merged).toEqual([{ ...daily[0], date: "2026-01-31", minor: 2800n, rows: 56 }]);
  });
});
