import { describe, expect, it } from "vitest";
import { buildRateTable } from "../money/convert.ts";
import type { CurrencyCode } from "../money/currency.ts";
import { defaultRebatePacks } from "./rebate-packs.ts";
import { estimateRebates, findRebatePack } from "./rebates.ts";

const rub = "RUB" as CurrencyCode;
const table = buildRateTable(rub, "2025-04-01", "cbr", {
  KZT: "0.169831",
  UZS: "0.00662085",
  KGS: "0.9788",
  USD: "84.4",
});
if (!table.ok) throw new Error("rates");
const rates = table.value;
const spend = (country: string, roubles: bigint) => ({
  country,
  qualifying: { minor: roubles * 100n, currency: rub },
});

describe("estimateRebates", () => {
  it("picks the Uzbek pack valid on the date: 2021 caps before 20 Nov 2025, the 4 bn cap after", () => {
    expect(findRebatePack(defaultRebatePacks, "UZ", "2025-06-01")?.id).toBe("uz-tourism-2021");
    expect(findRebatePack(defaultRebatePacks, "UZ", "2026-01-15")?.id).toBe("uz-tourism-2025");
  });

  it("applies the Uzbek tiers to the whole spend and caps at 4 bn UZS", () => {
    // 40 m RUB ≈ 6.04 bn UZS → 20 % tier; 200 m RUB ≈ 30.2 bn UZS → 25 %, capped
    const [mid, big] = estimateRebates(
      [spend("UZ", 40_000_000n), spend("UZ", 200_000_000n)],
      defaultRebatePacks,
      {
        on: "2026-01-15",
        rates,
      },
    );
    expect(mid).toMatchObject({ percent: "20", capped: false, next: { percent: "25" } });
    expect(mid?.rebate.currency).toBe("UZS");
    expect(mid?.next?.missing[0]).toMatchObject({ kind: "spend", missing: { currency: "UZS" } });
    expect(big).toMatchObject({
      percent: "25",
      capped: true,
      rebate: { minor: 400_000_000_000n, currency: "UZS" },
      next: null,
    });
  });

  it("gates Kazakhstan at 130 000 MCI of the year and says what is missing", () => {
    // 2025: 130 000 × 3 932 = 511 160 000 KZT ≈ 86.8 m RUB
    const [short, enough] = estimateRebates(
      [spend("KZ", 20_000_000n), spend("KZ", 100_000_000n)],
      defaultRebatePacks,
      {
        on: "2025-04-01",
        rates,
      },
    );
    expect(short).toMatchObject({
      percent: null,
      rebate: { minor: 0n },
      upToPercent: "30",
      next: { percent: "30" },
    });
    const missing = short?.next?.missing[0];
    expect(missing?.kind === "spend" && missing.missing.currency).toBe("KZT");
    expect(missing?.kind === "spend" && missing.missing.minor).toBe(
      51_116_000_000n - (short?.qualifyingSpend.minor ?? 0n),
    );
    expect(enough).toMatchObject({ percent: "30", next: null });
  });

  it("gives Russia 30 % and lists what the 40 % tier still needs", () => {
    const [estimate] = estimateRebates([spend("RU", 30_000_000n)], defaultRebatePacks, {
      on: "2026-03-01",
      rates,
      projectKind: "series",
      facts: { RU: { shootDays: 18, localCrewPercent: "85" } },
    });
    expect(estimate).toMatchObject({ percent: "30", rebate: { minor: 900_000_000n, currency: "RUB" } });
    expect(estimate?.next).toEqual({
      percent: "40",
      missing: [
        { kind: "spend", missing: { minor: 4_500_000_000n, currency: "RUB" } },
        { kind: "shootDays", missing: 1 },
      ],
    });
  });

  it("reads a Kyrgyz minimum stated in dollars, and knows Belarus and Tajikistan have no scheme", () => {
    const estimates = estimateRebates(
      [spend("KG", 7_000_000n), spend("BY", 1n), spend("TJ", 1n), spend("AM", 1n)],
      defaultRebatePacks,
      {
        on: "2026-03-01",
        rates,
        projectKind: "series",
        facts: { KG: { shootDays: 6 } },
      },
    );
    expect(estimates.map((row) => [row.country, row.percent, row.pack?.id ?? null])).toEqual([
      ["KG", "15", "kg-film-in-kyrgyzstan"],
      ["BY", null, "by-none"],
      ["TJ", null, "tj-none"],
      ["AM", null, null],
    ]);
  });

  it("reports a missing rate as a problem, not a zero spend", () => {
    const [estimate] = estimateRebates([spend("KG", 7_000_000n)], defaultRebatePacks, {
      on: "2026-03-01",
      rates: { ...rates, perUnit: new Map() },
      projectKind: "series",
    });
    expect(estimate?.problems[0]?.code).toBe("MISSING_RATE");
  });
});
