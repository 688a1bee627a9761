// Benchmark of computeBudget: a seeded 10,000-line budget with fringes, globals and eight currencies, recomputed
// from scratch; prints the median of several runs and the ratio against a naive float peer measured in the same
// run (the float baseline: what the arithmetic costs without exactness), then the memory one result keeps and the
// process's peak. Goal: within 100 ms. Asserts nothing.
//
//   npx tsx packages/core/bench/budget.bench.ts            # options: --lines N (10000), --runs N (9), --seed N (7)

import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { computeBudget } from "../src/budget/compute.ts";
import type { Budget, BudgetCategory, BudgetLine } from "../src/budget/types.ts";
import { buildRateTable } from "../src/money/convert.ts";
import type { CurrencyCode } from "../src/money/currency.ts";
import type { CountryCode } from "../src/geography/countries.ts";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
const lineCount = option("--lines", 10_000);
const runs = option("--runs", 9);
const seed = option("--seed", 7);

/** mulberry32: a small seeded generator, so every run benches the same budget. */
function generator(start: number) {
  let state = start >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const perUnit: Record<string, string> = {
  BYN: "27.2959",
  KZT: "0.169831",
  UZS: "0.00662085",
  TJS: "7.7529",
  KGS: "0.9788",
  USD: "84.4",
  EUR: "91.32",
};
const currencies = ["RUB", ...Object.keys(perUnit)];
const countries = ["RU", "BY", "KZ", "UZ", "TJ", "KG"];
const formulas = ["SHOOTDAYS", "SHOOTDAYS / 6", "PREPWEEKS + 2", "EPISODES * 3", "12", "4.5"];

function generateBudget(): Budget {
  const random = generator(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const categories: BudgetCategory[] = [];
  let made = 0;
  for (let c = 0; made < lineCount; c++) {
    const accounts = [];
    for (let a = 0; a < 10 && made < lineCount; a++) {
      const lines: BudgetLine[] = [];
      for (let l = 0; l < 25 && made < lineCount; l++, made++) {
        lines.push({
          description: `line ${made}`,
          amount: pick(formulas),
          unit: pick(["day", "week", "flat", "week5"]),
          x: String(1 + Math.floor(random() * 4)),
          rate: `${Math.floor(random() * 500_000)}.${Math.floor(random() * 100)}`,
          currency: pick(currencies) as CurrencyCode,
          partner: `p${Math.floor(random() * 5)}`,
          country: pick(countries) as CountryCode,
          fringes: random() < 0.5 ? ["social", "insurance"] : random() < 0.5 ? ["holiday"] : [],
          ...(random() < 0.3 ? { fringeRange: `person${Math.floor(random() * 500)}` } : {}),
          ...(random() < 0.1 ? { groups: ["whatif"] } : {}),
        });
      }
      accounts.push({ code: `${c}-${a}`, name: `account ${c}-${a}`, lines });
    }
    categories.push({ code: `C${c}`, name: `category ${c}`, side: c < 4 ? "above" : "below", accounts });
  }
  return {
    title: "bench",
    baseCurrency: "RUB" as CurrencyCode,
    globals: { SHOOTDAYS: "48", PREPWEEKS: "SHOOTDAYS / 6", EPISODES: "12" },
    units: { week5: { label: "Week of 5 days", factor: "5" } },
    fringes: [
      { id: "social", name: "social", kind: "percent", value: "30", cutoff: "2759000" },
      { id: "holiday", name: "holiday", kind: "percent", value: "8.33" },
      {
        id: "insurance",
        name: "insurance",
        kind: "flat",
        value: "15",
        cutoff: "600",
        currency: "USD" as CurrencyCode,
      },
    ],
    groups: [{ id: "whatif", name: "what-if", included: false }],
    contingency: { percent: "7.5", scope: "below" },
    partners: [0, 1, 2, 3, 4].map((i) => ({ id: `p${i}`, name: `partner ${i}` })),
    categories,
  };
}

/** The float baseline: the same shape of work with numbers and a naive formula lookup. Not exact; not for use. */
function floatPeer(budget: Budget): number {
  const globals: Record<string, number> = { SHOOTDAYS: 48, PREPWEEKS: 8, EPISODES: 12 };
  const fx: Record<string, number> = { RUB: 1 };
  for (const [code, text] of Object.entries(perUnit)) fx[code] = Number(text);
  const value = (text: string) => {
    const [left = "", op, right = ""] = text.split(" ");
    const a = globals[left] ?? Number(left);
    const b = globals[right] ?? Number(right);
    return op === "/" ? a / b : op === "*" ? a * b : op === "+" ? a + b : a;
  };
  const sums = new Map<string, number>();
  const ranges = new Map<string, number>();
  let total = 0;
  for (const category of budget.categories) {
    for (const account of category.accounts) {
      for (const line of account.lines) {
        if (line.groups?.includes("whatif")) continue;
        const factor = line.unit === "week5" ? 5 : 1;
        const amount =
          value(line.amount) * Number(line.x ?? "1") * Number(line.rate) * factor * (fx[line.currency] ?? 1);
        const pay = Math.round(amount * 100) / 100;
        let fringe = 0;
        if (line.fringes?.includes("social")) {
          const key = line.fringeRange ?? line.description;
          const before = ranges.get(key) ?? 0;
          ranges.set(key, before + pay);
          fringe += 0.3 * Math.max(0, Math.min(before + pay, 2759000) - Math.min(before, 2759000));
        }
        if (line.fringes?.includes("holiday")) fringe += pay * 0.0833;
        if (line.fringes?.includes("insurance"))
          fringe += Math.min(15 * 84.4 * value(line.amount), 600 * 84.4);
        const lineTotal = pay + fringe;
        for (const key of [account.code, category.code, line.partner ?? "", line.country ?? ""]) {
          sums.set(key, (sums.get(key) ?? 0) + lineTotal);
        }
        total += lineTotal;
      }
    }
  }
  return total * 1.075;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

// A full collection on demand, for the memory figures: allowed at run time, then fetched from a fresh context.
setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;
const heapUsed = () => {
  gc();
  gc();
  return process.memoryUsage().heapUsed;
};
const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
const rssBefore = process.memoryUsage().rss;

const budget = generateBudget();
const table = buildRateTable("RUB" as CurrencyCode, "2025-04-01", "bench", perUnit);
if (!table.ok) throw new Error("rates");
const exact: number[] = [];
const float: number[] = [];
let result = computeBudget(budget, table.value, { currency: "KZT" as CurrencyCode });
if (!result.ok) throw new Error(result.errors[0]?.message);
floatPeer(budget);
for (let run = 0; run < runs; run++) {
  let start = performance.now();
  result = computeBudget(budget, table.value, { currency: "KZT" as CurrencyCode });
  exact.push(performance.now() - start);
  start = performance.now();
  floatPeer(budget);
  float.push(performance.now() - start);
}
const exactMs = median(exact);
const floatMs = median(float);
console.log(
  `computeBudget: ${lineCount} lines, 8 currencies, 3 fringes, globals; median of ${runs} runs (seed ${seed})`,
);
console.log(
  `  exact (bigint):    ${exactMs.toFixed(1)} ms   goal ≤ 100 ms: ${exactMs <= 100 ? "met" : "missed"}`,
);
console.log(`  float baseline:    ${floatMs.toFixed(1)} ms   (naive numbers, same run)`);
console.log(`  exact / float:     ${(exactMs / floatMs).toFixed(1)}×`);

// Memory: the heap one result keeps (four results held at once, between full collections, divided by four), and
// the process's peak resident size.
result = { ok: false, errors: [] };
const heapBefore = heapUsed();
const held = [1, 2, 3, 4].map(() => computeBudget(budget, table.value, { currency: "KZT" as CurrencyCode }));
const retained = (heapUsed() - heapBefore) / held.length;
const peak = process.resourceUsage().maxRSS * 1024;
console.log(`  result retains:    ${megabytes(retained)} of heap (${lineCount} lines)`);
console.log(
  `  peak RSS:          ${megabytes(peak)}   (${megabytes(rssBefore)} before the budget was generated)`,
);
