// Benchmark of the Fountain reader against fountain-js (npm), the parser most web tools use. Parses one seeded
// ~120-page English script (script-corpus.ts) with both, several runs each, interleaved, and prints the median
// throughput of each, their ratio and Kinomost's peak memory (measured in a fresh child process); then parses
// the Russian fixture with both and prints how many scene headings each found. Goal: at least 3× fountain-js's
// throughput on the like-for-like parse. Asserts nothing.
//
//   npx tsx packages/core/bench/script.bench.ts      # options: --runs N (9), --seed N (7), --scenes N (120)
//
// Like for like: fountain-js's `new Fountain().parse(text, true)` gives tokens plus the script as HTML with its
// emphasis read; Kinomost's counterpart is parseFountain (elements, headings split into setting, location and
// time, cues and their extensions, warnings) plus collectScenes (scenes, their characters and length in eighths).
// The second pair is the bare reading: parseFountain alone against fountain-js's Lexer.tokenize (no HTML).

import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { GCProfiler, setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { Fountain, Lexer } from "fountain-js";
import { parseFountain } from "../src/screenplay/fountain.ts";
import { usLetterLayout } from "../src/screenplay/length.ts";
import { collectScenes } from "../src/screenplay/scenes.ts";
import { generateFountainScript } from "./script-corpus.ts";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
const runs = option("--runs", 9);
const seed = option("--seed", 7);
const sceneCount = option("--scenes", 120);
const warmups = 3;

const kinomost = (text: string) => collectScenes(parseFountain(text), { layout: usLetterLayout });
const fountainJs = (text: string) => new Fountain().parse(text, true);

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[sorted.length >> 1] ?? 0;
}

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

interface MemoryReport {
  /** Heap in use at its highest during the parse, above the heap in use before it (after a full GC). */
  readonly coldHeapPeak: number;
  readonly warmHeapPeak: number;
  /** Garbage collections that ran during the cold and the warm parse. */
  readonly coldCollections: number;
  readonly warmCollections: number;
  /** Heap still held after a full GC with the result alive: the result's own size. */
  readonly retained: number;
  /** The process's peak resident set before and after the cold parse. */
  readonly rssPeakBefore: number;
  readonly rssPeakAfter: number;
}

/**
 * Runs in the child (`--memory-child`, started with --expose-gc): one parse of the script in a fresh process
 * (cold: code compiled and tables built on the way), then a second (warm). The heap peak is the larger of the
 * heap in use just before each GC that ran during the parse (v8.GCProfiler) and the heap in use at its end.
 */
function measureMemoryInChild(text: string): MemoryReport {
  const collect = (globalThis as { gc?: () => void }).gc;
  if (!collect) throw new Error("the memory child needs --expose-gc");
  const measure = () => {
    collect();
    const before = process.memoryUsage().heapUsed;
    const profiler = new GCProfiler();
    profiler.start();
    const result = kinomost(text);
    const after = process.memoryUsage().heapUsed;
    const collections = profiler.stop()?.statistics ?? [];
    const peak = Math.max(after, ...collections.map((entry) => entry.beforeGC.heapStatistics.usedHeapSize));
    return { result, peak: peak - before, collections: collections.length, before };
  };
  const rssPeakBefore = process.resourceUsage().maxRSS * 1024;
  const cold = measure();
  const rssPeakAfter = process.resourceUsage().maxRSS * 1024;
  collect();
  const retained = process.memoryUsage().heapUsed - cold.before;
  if (cold.result.length === 0) throw new Error("no scenes");
  const warm = measure();
  if (warm.result.length !== cold.result.length) throw new Error("scenes differ");
  return {
    coldHeapPeak: cold.peak,
    warmHeapPeak: warm.peak,
    coldCollections: cold.collections,
    warmCollections: warm.collections,
    retained,
    rssPeakBefore,
    rssPeakAfter,
  };
}

const text = generateFountainScript(seed, sceneCount);

if (process.argv.includes("--memory-child")) {
  console.log(JSON.stringify(measureMemoryInChild(text)));
  process.exit(0);
}

const bytes = Buffer.byteLength(text, "utf8");
const scenes = kinomost(text);
const pages = scenes.reduce((sum, scene) => sum + scene.eighths, 0) / 8;

/** Wall-clock and CPU milliseconds of each run; CPU time is what other work on a shared machine disturbs less. */
interface Samples {
  readonly wall: number[];
  readonly cpu: number[];
}
const samples = (): Samples => ({ wall: [], cpu: [] });
const timings = { kinomost: samples(), fountainJs: samples(), parse: samples(), lex: samples() };
const contenders: [Samples, () => unknown][] = [
  [timings.kinomost, () => kinomost(text)],
  [timings.fountainJs, () => fountainJs(text)],
  [timings.parse, () => parseFountain(text)],
  [timings.lex, () => Lexer.tokenize(text)],
];
for (let run = 0; run < warmups; run++) for (const [, parse] of contenders) parse();
// Interleaved, so a busy moment on the machine falls on all contenders alike; a full GC before each run, so no
// contender pays for collecting another's garbage (fountain-js leaves several times more than Kinomost).
setFlagsFromString("--expose-gc");
const collectGarbage = runInNewContext("gc") as () => void;
for (let run = 0; run < runs; run++) {
  for (const [times, parse] of contenders) {
    collectGarbage();
    const cpu = process.cpuUsage();
    const start = performance.now();
    parse();
    times.wall.push(performance.now() - start);
    const used = process.cpuUsage(cpu);
    times.cpu.push((used.user + used.system) / 1000);
  }
}

const wall = (times: Samples) => median(times.wall);
const cpu = (times: Samples) => median(times.cpu);
const row = (label: string, times: Samples) =>
  `  ${label.padEnd(38)} ${wall(times).toFixed(1).padStart(6)} ms  ` +
  `${(bytes / 1000 / wall(times)).toFixed(2).padStart(6)} MB/s  ` +
  `${((pages * 1000) / wall(times)).toFixed(0).padStart(6)} pages/s   cpu ${cpu(times).toFixed(1).padStart(6)} ms`;
const ratioLine = (ours: Samples, theirs: Samples) =>
  `  Kinomost / fountain-js throughput:      ${(wall(theirs) / wall(ours)).toFixed(2)}× ` +
  `(by CPU time ${(cpu(theirs) / cpu(ours)).toFixed(2)}×)`;
const ratio = wall(timings.fountainJs) / wall(timings.kinomost);
console.log(
  `Fountain script: seed ${seed}, ${sceneCount} scenes, ${(bytes / 1000).toFixed(0)} kB, ` +
    `${text.split("\n").length} lines, ${pages.toFixed(1)} pages (US Letter, measureEighths); ` +
    `median of ${runs} runs after ${warmups} warm-up, interleaved, full GC before each`,
);
const peer = createRequire(import.meta.url)("fountain-js/package.json") as { version: string };
console.log(`  peer: fountain-js ${peer.version} from npm, measured in the same process`);
console.log(row("Kinomost parseFountain + collectScenes", timings.kinomost));
console.log(row("fountain-js parse(text, true)", timings.fountainJs));
console.log(
  `${ratioLine(timings.kinomost, timings.fountainJs)}   goal ≥ 3×: ${ratio >= 3 ? "met" : "missed"}`,
);
console.log("  parse only:");
console.log(row("Kinomost parseFountain", timings.parse));
console.log(row("fountain-js Lexer.tokenize (no HTML)", timings.lex));
console.log(ratioLine(timings.parse, timings.lex));

const child = spawnSync(
  process.execPath,
  [
    ...process.execArgv,
    "--expose-gc",
    fileURLToPath(import.meta.url),
    "--memory-child",
    ...process.argv.slice(2),
  ],
  { encoding: "utf8" },
);
const memoryLine = child.stdout.trim().split("\n").at(-1) ?? "";
if (child.status !== 0 || !memoryLine.startsWith("{")) {
  console.log(`  memory: the child process failed (${child.status}): ${child.stderr.trim().slice(0, 300)}`);
} else {
  const memory = JSON.parse(memoryLine) as MemoryReport;
  console.log(
    "Kinomost peak memory, parseFountain + collectScenes in a fresh process (--expose-gc, full GC before each):",
  );
  console.log(
    `  heap peak above baseline: ${megabytes(memory.coldHeapPeak)} MB first parse (${memory.coldCollections} GCs ` +
      `during it), ${megabytes(memory.warmHeapPeak)} MB second parse (${memory.warmCollections} GCs); ` +
      `${(memory.warmHeapPeak / bytes).toFixed(0)}× the script's size`,
  );
  console.log(`  result retained after GC:  ${megabytes(memory.retained)} MB`);
  console.log(
    `  process RSS peak (maxRSS): ${megabytes(memory.rssPeakBefore)} MB before the first parse, ` +
      `${megabytes(memory.rssPeakAfter)} MB after it (+${megabytes(memory.rssPeakAfter - memory.rssPeakBefore)} MB)`,
  );
}

const russianUrl = new URL("../src/screenplay/fixtures/ru-episode.fountain", import.meta.url);
const russian = readFileSync(russianUrl, "utf8");
const ourHeadings = parseFountain(russian).elements.filter((element) => element.kind === "heading").length;
const englishHeadings = fountainJs(text).tokens.filter((token) => token.type === "scene_heading").length;

/** fountain-js's scene headings, or why it found none: it throws on some valid Fountain. */
function theirHeadings(source: string): string {
  try {
    return String(fountainJs(source).tokens.filter((token) => token.type === "scene_heading").length);
  } catch (error) {
    return `none: it threw ${String(error).split("\n")[0]}`;
  }
}

console.log("Scene headings found:");
console.log(`  English bench script:        Kinomost ${scenes.length}, fountain-js ${englishHeadings}`);
console.log(`  Russian ru-episode.fountain: Kinomost ${ourHeadings}, fountain-js ${theirHeadings(russian)}`);
// fountain-js 1.2 fails on a cue followed directly by a lyric (`ДЕД МАТВЕЙ (З.К.)` then `~Мне…`); with the
// lyric marks taken out, what it reads of the rest of the script can still be counted.
const lyricMarks = russian.match(/^~/gmu)?.length ?? 0;
if (lyricMarks > 0) {
  const withoutLyrics = theirHeadings(russian.replace(/^~/gmu, ""));
  console.log(`  the same with its ${lyricMarks} lyric marks (~) removed: fountain-js ${withoutLyrics}`);
}
