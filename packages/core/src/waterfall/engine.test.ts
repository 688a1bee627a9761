import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runWaterfall } from "./engine.ts";
import { emptyRateBook, readRateBook, type RateBook } from "./rates.ts";
import { toWaterfallRunJson } from "./result-json.ts";
import { parseReceiptsCsv } from "./receipts-csv.ts";
import { parseWaterfallJson } from "./validate.ts";
import { definitionOf, receipt } from "./testing/factories.ts";
import type { Receipt, WaterfallDefinition, WaterfallRun } from "./types.ts";

const parties = ["agent", "fund", "a", "b", "c", "ru"].map((id) => ({ id }));

/** corridor 10 % (cap 50.00) → fee 20 % of gross → expenses (cap 100.00) → a and b pari passu → 50/25/25. */
const classic = definitionOf({
  parties,
  investments: [
    { id: "a-equity", party: "a", amount: "300.00", premiumPercent: "10" },
    { id: "b-equity", party: "b", amount: "100.00", premiumPercent: "10" },
  ],
  pots: [
    {
      id: "main",
      tiers: [
        { id: "corridor", kind: "corridor", party: "fund", percent: "10", cap: "50.00" },
        { id: "sales-fee", kind: "fee", party: "agent", percent: "20" },
        { id: "expenses", kind: "expenses", party: "agent", cap: "100.00" },
        { id: "equity", kind: "recoup", investments: ["a-equity", "b-equity"] },
        {
          id: "profits",
          kind: "split",
          shares: [
            { party: "a", share: "50" },
            { party: "b", share: "25" },
            { party: "c", share: "25" },
          ],
        },
      ],
    },
  ],
});

function run(
  definition: WaterfallDefinition,
  receipts: Receipt[],
  rates: RateBook = emptyRateBook,
): WaterfallRun {
  const result = runWaterfall(definition, receipts, rates);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return result.value;
}

function totals(result: WaterfallRun): Record<string, string> {
  return toWaterfallRunJson(result).distributed;
}

describe("runWaterfall, worked by hand", () => {
  it("pays a corridor, a fee, capped expenses, a premium pari passu and the profits of one receipt", () => {
    const result = run(classic, [receipt({ amount: "1000.00" })]);
    // corridor: 10 % of 1000.00 = 100.00, capped at 50.00           → 950.00 left
    // fee: 20 % of the gross 1000.00 = 200.00                         → 750.00 left
    // expenses: up to the cap, 100.00                                 → 650.00 left
    // recoupment: a is owed 300.00 + 10 % = 330.00, b 100.00 + 10 % = 110.00; 440.00 in all, 3 : 1 → 210.00 left
    // profits 50/25/25 of 210.00: a 105.00, b 52.50, c 52.50
    expect(totals(result)).toEqual({
      agent: "300.00",
      fund: "50.00",
      a: "435.00",
      b: "162.50",
      c: "52.50",
      ru: "0.00",
    });
    expect(result.retained).toBe(0n);
    expect(result.trace[0]?.steps.map((step) => [step.tier, step.in, step.out])).toEqual([
      ["corridor", 100000n, 95000n],
      ["sales-fee", 95000n, 75000n],
      ["expenses", 75000n, 65000n],
      ["equity", 65000n, 21000n],
      ["profits", 21000n, 0n],
    ]);
  });

  it("recoups unequal investments pro rata and pari passu over several receipts", () => {
    const result = run(classic, [
      receipt({ amount: "500.00", date: "2026-01-10" }),
      receipt({ amount: "250.00", date: "2026-02-10" }),
    ]);
    // 1st: corridor 50.00 (cap reached), fee 100.00, expenses 100.00 → 250.00 to recoupment: 3 : 1 = 187.50 / 62.50
    // 2nd: corridor 0 (capped), fee 50.00, expenses 0 (capped) → 200.00: cumulative 450.00 is more than 440.00,
    //      so 190.00 finishes both (a 142.50 → 330.00, b 47.50 → 110.00) and 10.00 goes 5.00 / 2.50 / 2.50
    const second = result.trace[1];
    expect(second?.steps.find((step) => step.tier === "equity")?.payments).toEqual([
      { party: "a", amount: 14250n, investment: "a-equity" },
      { party: "b", amount: 4750n, investment: "b-equity" },
    ]);
    expect(totals(result)).toMatchObject({
      a: "335.00",
      b: "112.50",
      c: "2.50",
      agent: "250.00",
      fund: "50.00",
    });
  });

  it("leaves what no tier takes in the collection account", () => {
    const definition = definitionOf({
      parties,
      pots: [{ id: "main", tiers: [{ id: "expenses", kind: "expenses", party: "agent", cap: "100.00" }] }],
    });
    const result = run(definition, [receipt({ amount: "30.00" }), receipt({ amount: "90.00" })]);
    // 30.00 + 70.00 reach the cap of 100.00; 20.00 stays
    expect(toWaterfallRunJson(result)).toMatchObject({ received: "120.00", retained: "20.00" });
    expect(result.trace[1]?.retained).toBe(2000n);
  });

  it("splits a kopeck at a time without favouring anyone: the tier's running total is what is shared", () => {
    const definition = definitionOf({
      parties,
      pots: [
        {
          id: "main",
          tiers: [
            {
              id: "thirds",
              kind: "split",
              shares: ["a", "b", "c"].map((party) => ({ party, share: "1" })),
            },
          ],
        },
      ],
    });
    const result = run(
      definition,
      [1, 2, 3].map(() => receipt({ amount: "0.01" })),
    );
    // running totals 0.01, 0.02, 0.03 shared 1:1:1 → (1,0,0), (1,1,0), (1,1,1): each receipt pays the next party
    expect(result.trace.map((trace) => trace.steps[0]?.payments[0]?.party)).toEqual(["a", "b", "c"]);
    expect(totals(result)).toMatchObject({ a: "0.01", b: "0.01", c: "0.01" });
  });

  it("gives a partner its home territory's receipts first, then passes the rest to the common pot", () => {
    const definition = definitionOf({
      parties,
      investments: [
        { id: "ru-equity", party: "ru", amount: "200.00" },
        { id: "a-equity", party: "a", amount: "200.00" },
      ],
      routes: [{ territories: ["RU"], pot: "home-ru" }],
      entry: "common",
      pots: [
        {
          id: "home-ru",
          tiers: [{ id: "ru-home", kind: "recoup", investments: ["ru-equity"] }],
          then: "common",
        },
        {
          id: "common",
          tiers: [
            { id: "fee", kind: "fee", party: "agent", percent: "10" },
            { id: "equity", kind: "recoup", investments: ["ru-equity", "a-equity"] },
            { id: "profits", kind: "split", shares: [{ party: "c", share: "1" }] },
          ],
        },
      ],
    });
    const result = run(definition, [
      receipt({ amount: "150.00", territory: "RU", date: "2026-01-01" }),
      receipt({ amount: "200.00", territory: "DE", date: "2026-01-02" }),
      receipt({ amount: "100.00", territory: "RU", date: "2026-01-03" }),
    ]);
    // RU 150.00: home pot recoups ru 150.00 of 200.00.
    // DE 200.00: common fee 10 % = 20.00; 180.00 to equity: ru is owed 50.00, a 200.00, weights 200 : 200 →
    //   the even share 90.00 is more than ru's 50.00, so ru gets 50.00 (recouped) and a 130.00.
    // RU 100.00: ru is recouped, so all 100.00 pass to the common pot: fee 10.00; a gets its last 70.00; c 20.00.
    expect(result.trace.map((trace) => trace.pot)).toEqual(["home-ru", "common", "home-ru"]);
    expect(totals(result)).toMatchObject({ ru: "200.00", a: "200.00", agent: "30.00", c: "20.00" });
  });

  it("converts each receipt at the rate of its date, looking back over a weekend", () => {
    const rates = readRateBook([
      { date: "2026-03-06", base: "RUB", rates: [{ currency: "USD", perUnit: "84.5" }] },
      { date: "2026-03-07", base: "KZT", rates: [{ currency: "RUB", value: "6.1", nominal: 1 }] },
    ]);
    if (!rates.ok) throw new Error("rates");
    const definition = definitionOf({
      parties,
      pots: [{ id: "main", tiers: [{ id: "all", kind: "split", shares: [{ party: "a", share: "1" }] }] }],
    });
    const result = run(
      definition,
      [
        receipt({ amount: "1000.00", currency: "USD", date: "2026-03-09" }),
        receipt({ amount: "100", currency: "KZT", date: "2026-03-09" }),
      ],
      rates.value,
    );
    // USD: Friday's 84.5 → 84,500.00. KZT: only the NBK table quotes KZT, 6.1 KZT per RUB → 100 ÷ 6.1 = 16.3934… → 16.39
    expect(result.trace.map((trace) => [trace.gross, trace.rate?.via, trace.rate?.date])).toEqual([
      [8450000n, "direct", "2026-03-06"],
      [1639n, "inverse", "2026-03-07"],
    ]);
  });

  it("refuses to run receipts it has no rate for, naming the rows", () => {
    const result = runWaterfall(
      classic,
      [receipt({ amount: "5.00", currency: "EUR", date: "2026-05-04" })],
      emptyRateBook,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors[0]).toMatchObject({
      code: "MISSING_RATE",
      from: "EUR",
      to: "RUB",
      date: "2026-05-04",
    });
    expect(result.errors[0]?.message).toMatch(
      /^row \d+: no EUR→RUB rate on 2026-05-04 or in the 7 days before$/,
    );
  });
});

describe("the «Искра» example", () => {
  const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

  it("runs two years of receipts in four currencies and accounts for every kopeck", () => {
    const definition = parseWaterfallJson(fixture("iskra.waterfall.json"));
    const receipts = parseReceiptsCsv(fixture("iskra.receipts.csv"));
    const rates = readRateBook(JSON.parse(fixture("iskra.rates.json")));
    if (!definition.ok || !receipts.ok || !rates.ok) throw new Error("fixture does not load");
    const result = run(definition.value, [...receipts.value], rates.value);
    const distributed = [...result.distributed.values()].reduce((a, b) => a + b, 0n);
    expect(distributed + result.retained).toBe(result.received);
    expect(result.trace).toHaveLength(26);
    const json = toWaterfallRunJson(result);
    expect(Object.keys(json)).toEqual(["currency", "received", "distributed", "retained", "trace"]);
    // Every partner recouped its investment and 15 % premium (RU: 120 m + 18 m) and went on to net profits.
    expect(BigInt(json.distributed.ru?.replace(".", "") ?? "0")).toBeGreaterThan(13_800_000_000n);
    expect(json.distributed.fund).toBe("8617902.50");
  });
});
