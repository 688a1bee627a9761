// Benchmark of the recoupment waterfall engine: seeded receipts (RUB, USD, EUR, KZT over two years) through a
// 20-tier waterfall with home-territory pots, exact bigint money, totals only (no trace). Prints the median of
// several runs, receipts per second, the conservation check, and a float baseline (the same tiers in plain JS
// numbers, per-receipt proportional splits) measured in the same process. Asserts nothing.
//
//   npx tsx packages/core/bench/waterfall.bench.ts                 # 1,000,000 receipts, 3 runs each
//   options: --receipts N, --runs N, --seed N, --trace (also time one traced run of 100,000 receipts)

import { performance } from "node:perf_hooks";
import { runWaterfall } from "../src/waterfall/engine.ts";
import { readRateBook } from "../src/waterfall/rates.ts";
import { validateWaterfall } from "../src/waterfall/validate.ts";
import type { CurrencyCode } from "../src/money/currency.ts";
import type { Receipt, WaterfallDefinition, WaterfallTier } from "../src/waterfall/types.ts";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const receiptCount = option("--receipts", 1_000_000);
const runs = option("--runs", 3);
const seed = option("--seed", 20260401);

/** mulberry32: small, fast and seeded, so every run sees the same receipts. */
function generator(start: number): () => number {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const partners = ["ru", "by", "kz", "tj", "kg"];
const rub = (amount: number) => `${amount}.00`;
const recoup = (id: string, investments: string[]) => ({ id, kind: "recoup", investments });

// Targets are set so that recoupment runs through most of the receipts and the split works for the rest.
const definitionJson = {
  format: "kinomost.waterfall/1",
  title: "bench: 20 tiers",
  currency: "RUB",
  rateLookbackDays: 7,
  parties: [...partners, "agent", "fund", "cam", "rep", "bank", "mezz", "gap", "talent", "guild", "bond"].map(
    (id) => ({ id }),
  ),
  investments: [
    { id: "senior", party: "bank", amount: rub(60_000_000_000), premiumPercent: "8" },
    { id: "mezz", party: "mezz", amount: rub(40_000_000_000), premiumPercent: "12" },
    { id: "gap", party: "gap", amount: rub(20_000_000_000), premiumPercent: "15" },
    ...partners.map((party, index) => ({
      id: `${party}-equity`,
      party,
      amount: rub([120, 60, 60, 30, 30][index]! * 1_000_000_000),
      premiumPercent: "20",
    })),
  ],
  routes: [
    { territories: ["RU"], pot: "home-ru" },
    { territories: ["KZ"], pot: "home-kz" },
    { territories: ["BY"], pot: "home-by" },
  ],
  entry: "world",
  pots: [
    { id: "home-ru", tiers: [recoup("ru-home", ["ru-equity"])], then: "common" },
    { id: "home-kz", tiers: [recoup("kz-home", ["kz-equity"])], then: "common" },
    { id: "home-by", tiers: [recoup("by-home", ["by-equity"])], then: "common" },
    {
      id: "world",
      tiers: [
        { id: "cam-fee", kind: "fee", party: "cam", percent: "1" },
        { id: "corridor", kind: "corridor", party: "fund", percent: "5", cap: rub(30_000_000_000) },
        { id: "bond-fee", kind: "fee", party: "bond", percent: "2", cap: rub(2_000_000_000) },
        { id: "sales-fee", kind: "fee", party: "agent", percent: "20" },
        { id: "sales-expenses", kind: "expenses", party: "agent", cap: rub(5_000_000_000) },
        { id: "rep-fee", kind: "fee", party: "rep", percent: "5", of: "remainder" },
        { id: "delivery", kind: "expenses", party: "agent", cap: rub(1_000_000_000) },
      ],
      then: "common",
    },
    {
      id: "common",
      tiers: [
        recoup("senior-debt", ["senior"]),
        recoup("mezzanine", ["mezz"]),
        recoup("gap-loan", ["gap"]),
        recoup(
          "equity",
          partners.map((party) => `${party}-equity`),
        ),
        {
          id: "deferments",
          kind: "deferment",
          payees: [
            { party: "talent", amount: rub(3_000_000_000) },
            { party: "ru", amount: rub(2_000_000_000) },
            { party: "kz", amount: rub(1_000_000_000) },
          ],
        },
        {
          id: "talent-deferment",
          kind: "deferment",
          payees: [{ party: "talent", amount: rub(1_500_000_000) }],
        },
        {
          id: "guild-residual",
          kind: "fee",
          party: "guild",
          percent: "2",
          of: "remainder",
          cap: rub(20_000_000_000),
        },
        { id: "financing-costs", kind: "expenses", party: "bank", cap: rub(4_000_000_000) },
        { id: "producer-bonus", kind: "expenses", party: "ru", cap: rub(2_500_000_000) },
        {
          id: "net-profits",
          kind: "split",
          shares: [
            { party: "ru", share: "19" },
            { party: "by", share: "9.5" },
            { party: "kz", share: "9.5" },
            { party: "tj", share: "4.75" },
            { party: "kg", share: "4.75" },
            { party: "talent", share: "7.5" },
            { party: "gap", share: "45" },
          ],
        },
      ],
    },
  ],
};

const validated = validateWaterfall(definitionJson);
if (!validated.ok) throw new Error(validated.errors.map((error) => error.message).join("\n"));
const definition: WaterfallDefinition = validated.value;
const tierCount = definition.pots.reduce((sum, pot) => sum + pot.tiers.length, 0);

// Daily Bank-of-Russia-like tables over 2025–2026 with a random walk, so every receipt finds its own day's rate.
const random = generator(seed);
const days: string[] = [];
for (let month = 0; month < 24; month++) {
  for (let day = 1; day <= 28; day++) {
    days.push(
      `${2025 + Math.floor(month / 12)}-${String((month % 12) + 1).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    );
  }
}
let usd = 90;
const tables = days.map((date) => {
  usd *= 1 + (random() - 0.5) * 0.01;
  return {
    date,
    base: "RUB",
    rates: [
      { currency: "USD", perUnit: usd.toFixed(4) },
      { currency: "EUR", perUnit: (usd * 1.08).toFixed(4) },
      { currency: "KZT", nominal: 100, value: (usd / 5.2).toFixed(4) },
    ],
  };
});
const book = readRateBook(tables);
if (!book.ok) throw new Error(book.errors[0]?.message);
const rates = book.value;
const floatRate = new Map(
  tables.map((table) => [
    table.date,
    table.rates.map((rate) => Number(rate.value ?? rate.perUnit) / (rate.nominal ?? 1)),
  ]),
);

const currencies = ["RUB", "USD", "EUR", "KZT"] as CurrencyCode[];
const territories = ["RU", "RU", "KZ", "BY", "DE", "FR", "CN", "US", "TR", "WW"];
const media = ["theatrical", "svod", "free-tv", "all"] as const;
const receipts: Receipt[] = [];
for (let index = 0; index < receiptCount; index++) {
  const currencyIndex = Math.floor(random() * 4);
  const currency = currencies[currencyIndex]!;
  // Roughly 1,000 to 5,000,000 roubles' worth, in whole minor units of the receipt's currency.
  const rubles = 1_000 + random() * random() * 5_000_000;
  const divisor = [1, 90, 97, 0.17][currencyIndex]!;
  receipts.push({
    row: index + 2,
    date: days[Math.floor((index / receiptCount) * days.length)]!,
    source: "bench",
    territory: territories[Math.floor(random() * territories.length)]!,
    media: media[Math.floor(random() * media.length)]!,
    amount: { minor: BigInt(Math.round((rubles / divisor) * 100)), currency },
  });
}

/** The float baseline: the same tiers with JS numbers, rates as floats, pro rata per receipt, no rounding. */
function runFloat(): { received: number; distributed: number; retained: number } {
  const potIndex = new Map(definition.pots.map((pot, index) => [pot.id, index]));
  const tierPaid = new Map<WaterfallTier, number>();
  const investmentPaid = new Map(definition.investments.map((investment) => [investment.id, 0]));
  const investmentTarget = new Map(
    definition.investments.map((investment) => [investment.id, Number(investment.target) / 100]),
  );
  const deferred = new Map<string, number>();
  const routes = new Map(
    definition.routes.map((route) => [route.territories?.[0] ?? "", potIndex.get(route.pot) ?? 0]),
  );
  const entry = potIndex.get(definition.entry) ?? 0;
  let received = 0;
  let distributed = 0;
  let retained = 0;
  for (const receipt of receipts) {
    const currencyIndex = currencies.indexOf(receipt.amount.currency);
    const rate = currencyIndex === 0 ? 1 : (floatRate.get(receipt.date)?.[currencyIndex - 1] ?? 0);
    const gross = (Number(receipt.amount.minor) / 100) * rate;
    received += gross;
    let remaining = gross;
    let potAt = routes.get(receipt.territory) ?? entry;
    while (potAt >= 0 && remaining > 0) {
      const pot = definition.pots[potAt]!;
      const potGross = remaining;
      for (const tier of pot.tiers) {
        if (remaining <= 0) break;
        let take = 0;
        if (tier.kind === "fee" || tier.kind === "corridor") {
          const base = tier.kind === "fee" && tier.of === "remainder" ? remaining : potGross;
          take = (base * Number(tier.rate.numerator)) / Number(tier.rate.denominator);
          if (tier.cap !== null) take = Math.min(take, Number(tier.cap) / 100 - (tierPaid.get(tier) ?? 0));
        } else if (tier.kind === "expenses") take = Number(tier.cap) / 100 - (tierPaid.get(tier) ?? 0);
        else if (tier.kind === "split") take = remaining;
        else {
          const rooms =
            tier.kind === "recoup"
              ? tier.investments.map((id) => (investmentTarget.get(id) ?? 0) - (investmentPaid.get(id) ?? 0))
              : tier.payees.map(
                  (payee) => Number(payee.amount) / 100 - (deferred.get(`${tier.id}/${payee.party}`) ?? 0),
                );
          const room = rooms.reduce((a, b) => a + b, 0);
          take = Math.min(remaining, room);
          if (take > 0) {
            rooms.forEach((value, index) => {
              const part = (take * value) / room;
              if (tier.kind === "recoup") {
                const id = tier.investments[index]!;
                investmentPaid.set(id, (investmentPaid.get(id) ?? 0) + part);
              } else {
                const key = `${tier.id}/${tier.payees[index]!.party}`;
                deferred.set(key, (deferred.get(key) ?? 0) + part);
              }
            });
          }
        }
        take = Math.max(0, Math.min(take, remaining));
        tierPaid.set(tier, (tierPaid.get(tier) ?? 0) + take);
        distributed += take;
        remaining -= take;
      }
      potAt = pot.then === null ? -1 : (potIndex.get(pot.then) ?? -1);
    }
    retained += remaining;
  }
  return { received, distributed, retained };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

console.log(
  `Waterfall engine: ${receiptCount.toLocaleString("en")} receipts (RUB, USD, EUR, KZT; 2025–2026, seed ${seed}) ` +
    `through ${tierCount} tiers in ${definition.pots.length} pots; median of ${runs} runs`,
);
const exactSeconds: number[] = [];
const floatSeconds: number[] = [];
let exact = runWaterfall(definition, receipts, rates, { trace: false });
let float = runFloat();
for (let run = 0; run < runs; run++) {
  let start = performance.now();
  exact = runWaterfall(definition, receipts, rates, { trace: false });
  exactSeconds.push((performance.now() - start) / 1000);
  start = performance.now();
  float = runFloat();
  floatSeconds.push((performance.now() - start) / 1000);
}
if (!exact.ok) throw new Error(exact.errors[0]?.message);
const exactMedian = median(exactSeconds);
const floatMedian = median(floatSeconds);
const { received, retained, distributed } = exact.value;
const paid = [...distributed.values()].reduce((a, b) => a + b, 0n);
const perSecond = (seconds: number) => Math.round(receiptCount / seconds).toLocaleString("en");
const perMillion = (exactMedian / receiptCount) * 1_000_000;
console.log(
  `exact (bigint minor units)   ${exactMedian.toFixed(3)} s   ${perSecond(exactMedian)} receipts/s`,
);
console.log(
  `goal: 1,000,000 receipts within 2 s — ${perMillion.toFixed(2)} s per million: ${perMillion <= 2 ? "met" : "missed"}` +
    (receiptCount === 1_000_000 ? "" : " (projected)"),
);
console.log(
  `float baseline (JS numbers)  ${floatMedian.toFixed(3)} s   ${perSecond(floatMedian)} receipts/s`,
);
console.log(`exact ÷ float baseline       ${(exactMedian / floatMedian).toFixed(2)}×`);
console.log(
  `conservation (exact): distributed ${paid} + retained ${retained} = ${paid + retained} minor units; ` +
    `received ${received}: ${paid + retained === received ? "OK" : "BROKEN"}`,
);
const floatDrift = float.received - float.distributed - float.retained;
console.log(
  `conservation (float baseline): received − distributed − retained = ${floatDrift.toExponential(3)} RUB ` +
    `(received ${float.received.toFixed(2)} vs exact ${(Number(received) / 100).toFixed(2)})`,
);

if (process.argv.includes("--trace")) {
  const sample = receipts.slice(0, 100_000);
  const start = performance.now();
  const traced = runWaterfall(definition, sample, rates);
  const seconds = (performance.now() - start) / 1000;
  const steps = traced.ok ? traced.value.trace.reduce((sum, trace) => sum + trace.steps.length, 0) : 0;
  console.log(
    `traced run of 100,000 receipts: ${seconds.toFixed(3)} s, ${steps.toLocaleString("en")} steps kept`,
  );
}
