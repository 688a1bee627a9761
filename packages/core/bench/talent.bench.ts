// Benchmark of the exact talent scheduling solver. Prints figures; asserts nothing.
//
// Public instances (default, or --public): every instance in shared/benchmarks/talent-scheduling, with its
// cost, known optimum, whether the solver proved it optimal, and the median seconds of --runs runs.
//
//   npm run bench:talent                      # public instances, median of 5 runs
//   npm run bench:talent -- --runs 9
//
// The machine is shared: next to the wall-clock median, "cpu s" is the median CPU time of the process over
// the same runs, which other processes disturb less. The peer, measured in the same run, is the textbook
// subset dynamic program of shared/benchmarks/talent-scheduling/verify-optima.mjs (no bounds; up to 22
// merged scenes): "× peer" is our median over its median, below 1 when we are faster.
//
// Random instances (--random): seeded instances of the published random shape (see talent-random.ts for
// the generation scheme and its source), a time limit per instance, and per (n, m) group the share proved
// optimal, the median and slowest seconds, and the mean and largest gap left when the limit struck.
//
//   npm run bench:talent -- --random                        # default grid, 3 per group, 2 s each (~2 min)
//   npm run bench:talent -- --random --groups 32x10,64x22 --count 10 --limit 60
//   npm run bench:talent -- --random --n 16,24,32 --m 8,22 --count 5 --limit 10
//   options: --count N (instances per group), --limit SECONDS (per instance), --seed S (default 1),
//            --offset I (first instance index, to split a long run into shards), --all (public and random)
//
// The full published protocol is every n in {16, 18, …, 64} × m in {8, 10, …, 22}, 100 instances per group,
// 60 s each, and for the hard corner (n = 64, m = 22) 600 s each:
//
//   npm run bench:talent -- --full                                       # all 200 groups, 100 × 60 s
//   npm run bench:talent -- --random --groups 64x22 --count 100 --limit 600
//
// That is days of CPU on two cores; split it with --n/--m/--groups and --offset/--count and run the shards
// one per core (the solver is single-threaded).

import { readdirSync, readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { solveTalentSchedule } from "../src/schedule/talent/solve.ts";
import type { TalentInstance } from "../src/schedule/talent/instance.ts";
import { randomTalentInstance } from "./talent-random.ts";

const folder = new URL("../../../../shared/benchmarks/talent-scheduling/", import.meta.url);

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

function listOption(name: string): number[] | null {
  const index = process.argv.indexOf(name);
  if (index < 0) return null;
  const values = (process.argv[index + 1] ?? "").split(",").map(Number);
  if (values.length === 0 || !values.every((v) => Number.isInteger(v) && v > 0)) {
    throw new Error(`${name} expects a comma-separated list of positive integers`);
  }
  return values;
}

function groupsOption(): [number, number][] | null {
  const index = process.argv.indexOf("--groups");
  if (index < 0) return null;
  return (process.argv[index + 1] ?? "").split(",").map((group) => {
    const [n, m] = group.split("x").map(Number);
    if (!Number.isInteger(n) || !Number.isInteger(m) || (n ?? 0) < 1 || (m ?? 0) < 1) {
      throw new Error(`--groups expects NxM,NxM,… (scenes x actors), not "${group}"`);
    }
    return [n ?? 0, m ?? 0];
  });
}

const full = process.argv.includes("--full");
const all = process.argv.includes("--all");
const randomWanted = full || all || process.argv.includes("--random");
const publicWanted = all || process.argv.includes("--public") || !randomWanted;
const runs = option("--runs", 5);
const count = option("--count", full ? 100 : 3);
const limitSeconds = option("--limit", full ? 60 : 2);
const seed = option("--seed", 1);
const offset = option("--offset", 0);

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
  let within50ms = 0;
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
    if (time <= 0.05) within50ms++;
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
      `${within50ms} within 50 ms, sum of medians ${totalSeconds.toFixed(3)} s, slowest median ${slowest.toFixed(3)} s\n`,
  );
}

/** The (n, m) groups to run: --groups, else the grid --n × --m, else the default or the full grid. */
function randomGroups(): [number, number][] {
  const explicit = groupsOption();
  if (explicit) return explicit;
  const fullScenes = Array.from({ length: 25 }, (_, i) => 16 + 2 * i);
  const fullActors = Array.from({ length: 8 }, (_, i) => 8 + 2 * i);
  const scenes = listOption("--n") ?? (full ? fullScenes : [16, 24, 32, 48, 64]);
  const actors = listOption("--m") ?? (full ? fullActors : [8, 10, 16, 22]);
  return scenes.flatMap((n) => actors.map((m): [number, number] => [n, m]));
}

function benchRandomGroups() {
  const groups = randomGroups();
  const widths = [4, 4, 9, 10, 10, 10, 10, 12];
  console.log(
    `Random instances (talent-random.ts): ${count} per group from index ${offset}, seed ${seed}, ` +
      `${limitSeconds} s limit each`,
  );
  console.log(row(["n", "m", "proved", "median s", "max s", "mean gap", "max gap", "median nodes"], widths));
  let goalGroups = 0;
  let goalGroupsMet = 0;
  for (const [n, m] of groups) {
    let proved = 0;
    const seconds: number[] = [];
    const gaps: number[] = [];
    const nodes: number[] = [];
    for (let i = offset; i < offset + count; i++) {
      const instance = randomTalentInstance(n, m, i, seed);
      const start = performance.now();
      const result = solveTalentSchedule(instance, {
        now: () => performance.now(),
        deadline: start + limitSeconds * 1000,
      });
      seconds.push((performance.now() - start) / 1000);
      gaps.push(result.gap);
      nodes.push(result.nodes);
      if (result.optimal) proved++;
    }
    const meanGap = gaps.reduce((a, b) => a + b, 0) / Math.max(1, gaps.length);
    // The goal: every group with n <= 32 or m <= 10 fully proved within 60 s per instance.
    if (n <= 32 || m <= 10) {
      goalGroups++;
      if (proved === count) goalGroupsMet++;
    }
    console.log(
      row(
        [
          n,
          m,
          `${proved}/${count}`,
          median(seconds).toFixed(3),
          Math.max(...seconds).toFixed(3),
          `${(meanGap * 100).toFixed(2)}%`,
          `${(Math.max(...gaps) * 100).toFixed(2)}%`,
          median(nodes).toFixed(0),
        ],
        widths,
      ),
    );
  }
  console.log(
    `groups with n <= 32 or m <= 10: ${goalGroupsMet}/${goalGroups} fully proved at ${limitSeconds} s per instance\n`,
  );
}

if (publicWanted) benchPublicInstances();
if (randomWanted) benchRandomGroups();
