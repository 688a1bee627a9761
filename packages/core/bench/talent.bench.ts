// Benchmark of the exact talent scheduling solver: every public instance in shared/benchmarks/talent-scheduling
// (cost, known optimum, proved or not, median seconds of 5 runs) and seeded random instances of the published
// shape with a time limit (share proved optimal per group). Prints figures; asserts nothing.
//
//   npx tsx packages/core/bench/talent.bench.ts            # default, under ~2 minutes
//   npx tsx packages/core/bench/talent.bench.ts --full     # bigger random groups, 60 s per instance
//   options: --runs N (default 5), --count N (random instances per group), --limit SECONDS,
//            --public (public instances only)
// The machine is shared: next to the wall-clock median, "cpu s" is the median CPU time of the process over
// the same runs, which other processes disturb less. The peer, measured in the same run, is the textbook
// subset dynamic program of shared/benchmarks/talent-scheduling/verify-optima.mjs (no bounds; up to 22
// merged scenes): "× peer" is our median over its median, below 1 when we are faster.

import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { solveTalentSchedule } from "../src/schedule/talent/solve.ts";
import type { TalentInstance } from "../src/schedule/talent/instance.ts";

const folder = new URL("../../../../shared/benchmarks/talent-scheduling/", import.meta.url);
const peer = (await import(new URL("verify-optima.mjs", folder).href)) as {
  solveExact(instance: unknown): unknown;
};

/** The peer's median seconds on the instance, or null where it cannot solve it (too many scenes). */
function timePeer(instance: TalentInstance): number | null {
  const seconds: number[] = [];
  try {
    peer.solveExact(instance);
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      peer.solveExact(instance);
      seconds.push((performance.now() - start) / 1000);
    }
  } catch {
    return null;
  }
  return median(seconds);
}

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const full = process.argv.includes("--full");
const runs = option("--runs", 5);
const count = option("--count", full ? 10 : 5);
const limitSeconds = option("--limit", full ? 60 : 2);
const publicOnly = process.argv.includes("--public");

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function row(cells: (string | number)[], widths: number[]): string {
  return cells.map((cell, i) => String(cell).padStart(widths[i] ?? 8)).join(" ");
}

interface BenchmarkInstance extends TalentInstance {
  readonly name: string;
  readonly optimum: number | null;
}

function benchPublicInstances() {
  const widths = [18, 4, 4, 8, 8, 7, 10, 10, 10, 10, 8];
  console.log(`Public instances (median of ${runs} runs)`);
  console.log(
    row(
      ["instance", "n", "m", "cost", "optimum", "proved", "median s", "cpu s", "nodes", "peer s", "× peer"],
      widths,
    ),
  );
  let totalSeconds = 0;
  let slowest = 0;
  let proved = 0;
  let matched = 0;
  const files = readdirSync(folder)
    .filter((file) => file.endsWith(".json"))
    .sort();
  for (const file of files) {
    const instance = JSON.parse(readFileSync(new URL(file, folder), "utf8")) as BenchmarkInstance;
    const seconds: number[] = [];
    const cpuSeconds: number[] = [];
    let result = solveTalentSchedule(instance);
    for (let run = 0; run < runs; run++) {
      const start = performance.now();
      const cpu = process.cpuUsage();
      result = solveTalentSchedule(instance);
      const used = process.cpuUsage(cpu);
      seconds.push((performance.now() - start) / 1000);
      cpuSeconds.push((used.user + used.system) / 1e6);
    }
    const time = median(seconds);
    const peerTime = timePeer(instance);
    totalSeconds += time;
    slowest = Math.max(slowest, time);
    if (result.optimal) proved++;
    if (result.cost === instance.optimum) matched++;
    const { duration, cost } = instance;
    console.log(
      row(
        [
          instance.name,
          duration.length,
          cost.length,
          result.cost,
          instance.optimum ?? "?",
          result.optimal ? "yes" : "no",
          time.toFixed(4),
          median(cpuSeconds).toFixed(4),
          result.nodes,
          peerTime === null ? "—" : peerTime.toFixed(4),
          peerTime === null || peerTime === 0 ? "—" : (time / peerTime).toFixed(2),
        ],
        widths,
      ),
    );
  }
  console.log(
    `total: ${files.length} instances, ${proved} proved optimal, ${matched} at the known optimum, ` +
      `sum of medians ${totalSeconds.toFixed(3)} s, slowest median ${slowest.toFixed(3)} s\n`,
  );
}

/** mulberry32: a small seeded generator, so every run sees the same random instances. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A random instance shaped like the Type 2 set of Garcia de la Banda et al. 2011 (n scenes, m actors):
 * durations 1..4 days, wages 1..100, each actor in each scene with probability 0.3, and every actor in at
 * least two scenes and every scene with at least one actor. (Our reading of the published shape; the
 * original files are not reproduced.)
 */
function randomInstance(n: number, m: number, random: () => number): TalentInstance {
  const pick = (k: number) => Math.floor(random() * k);
  const duration = Array.from({ length: n }, () => 1 + pick(4));
  const cost = Array.from({ length: m }, () => 1 + pick(100));
  const requires = Array.from({ length: m }, () =>
    Array.from({ length: n }, (): number => (random() < 0.3 ? 1 : 0)),
  );
  for (const row of requires) {
    while (row.reduce((a, b) => a + b, 0) < 2) row[pick(n)] = 1;
  }
  for (let s = 0; s < n; s++) {
    if (!requires.some((row) => row[s] === 1)) {
      const row = requires[pick(m)];
      if (row) row[s] = 1;
    }
  }
  return { duration, cost, requires };
}

function benchRandomGroups() {
  const groups: [number, number][] = full
    ? [
        [16, 8],
        [24, 10],
        [32, 10],
        [32, 16],
        [40, 12],
        [48, 16],
        [64, 22],
      ]
    : [
        [16, 8],
        [16, 12],
        [20, 10],
        [24, 8],
      ];
  const widths = [8, 4, 10, 12, 12, 10];
  console.log(`Random instances: ${count} per group, ${limitSeconds} s limit each, seeded`);
  console.log(row(["n", "m", "proved", "median s", "mean gap", "max gap"], widths));
  for (const [n, m] of groups) {
    const random = mulberry32(n * 1000 + m);
    let proved = 0;
    const seconds: number[] = [];
    const gaps: number[] = [];
    for (let i = 0; i < count; i++) {
      const instance = randomInstance(n, m, random);
      const start = performance.now();
      const result = solveTalentSchedule(instance, {
        now: () => performance.now(),
        deadline: start + limitSeconds * 1000,
      });
      seconds.push((performance.now() - start) / 1000);
      gaps.push(result.gap);
      if (result.optimal) proved++;
    }
    const meanGap = gaps.reduce((a, b) => a + b, 0) / gaps.length;
    console.log(
      row(
        [
          n,
          m,
          `${proved}/${count}`,
          median(seconds).toFixed(3),
          `${(meanGap * 100).toFixed(1)}%`,
          `${(Math.max(...gaps) * 100).toFixed(1)}%`,
        ],
        widths,
      ),
    );
  }
}

benchPublicInstances();
if (!publicOnly) benchRandomGroups();
