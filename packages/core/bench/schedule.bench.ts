// Benchmark of the production scheduler on the generated series (12 episodes, ~1,200 scenes, 120 cast, 90 sets
// at 40 locations in 5 countries, 130 shooting days, two units, availability windows, country blocks). Prints
// the cost of the board sorted by location (as by hand), of the first feasible schedule, and of the best
// schedule after 5, 30 and 60 seconds, with the lower bound and the time to the first feasible schedule.
// Prints figures; asserts nothing. The goal: feasible within 5 s, at least 30 % below the board.
//
//   npm run bench:schedule                       # 60 s
//   npm run bench:schedule -- --seconds 10       # checkpoints past 10 s are skipped
//   options: --seed N (instance and search, default 1), --size tiny|small|medium|series (default series)
//
// The machine may be shared: next to wall-clock seconds the process's CPU seconds are printed.
import { performance } from "node:perf_hooks";
import { evaluateSchedule } from "../src/schedule/production/evaluate.ts";
import { constructSchedule } from "../src/schedule/production/construct.ts";
import {
  generateSeriesInstance,
  seriesSizes,
  type SeriesSizeName,
} from "../src/schedule/production/generate.ts";
import { createProductionOptimizer } from "../src/schedule/production/optimize.ts";
import type { ScheduleCost } from "../src/schedule/production/types.ts";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

function textOption(name: string, fallback: string): string {
  const index = process.argv.indexOf(name);
  return index >= 0 ? (process.argv[index + 1] ?? fallback) : fallback;
}

const seconds = option("--seconds", 60);
const seed = option("--seed", 1);
const sizeName = textOption("--size", "series");
if (!(sizeName in seriesSizes))
  throw new Error(`--size must be one of ${Object.keys(seriesSizes).join(", ")}`);
const size = sizeName as SeriesSizeName;

const cpuStart = process.cpuUsage();
const cpu = () => {
  const used = process.cpuUsage(cpuStart);
  return (used.user + used.system) / 1e6;
};
const roubles = (minor: number) => (minor / 100).toLocaleString("en-US", { maximumFractionDigits: 0 });
const percent = (value: number, base: number) => `${((100 * (base - value)) / base).toFixed(1)} %`;
function terms(cost: ScheduleCost): string {
  return `work ${roubles(cost.work)}, hold ${roubles(cost.holding)}, travel ${roubles(cost.travel)}, moves ${roubles(
    cost.moves,
  )}, borders ${roubles(cost.borderCrossings)}, overtime ${roubles(cost.overtime)}`;
}

const generated = performance.now();
const instance = generateSeriesInstance(seed, size);
console.log(
  `instance ${instance.name ?? ""}: ${instance.scenes.length} scenes, ${instance.cast.length} cast, ${
    instance.locations.length
  } locations, ${instance.units.length} units, ${instance.calendar.firstDate} … ${instance.calendar.lastDate} ` +
    `(generated in ${((performance.now() - generated) / 1000).toFixed(1)} s); costs in ${instance.reportingCurrency}`,
);

// The board sorted by location, as a second director would sort the strips by hand.
const boardStart = performance.now();
const board = constructSchedule(instance, "board");
if (!board.ok) throw new Error(board.problems[0]?.detail ?? "board");
const boardEvaluation = evaluateSchedule(instance, board.schedule);
if (!boardEvaluation.ok) throw new Error("board evaluation");
console.log(
  `board sorted by location: ${roubles(boardEvaluation.cost.total)} with ${board.unplacedSceneIds.length} scenes it could not place ` +
    `(${boardEvaluation.violations.length} violations), built in ${((performance.now() - boardStart) / 1000).toFixed(1)} s`,
);
console.log(`  ${terms(boardEvaluation.cost)}`);
let boardCost = boardEvaluation.cost.total;
if (!boardEvaluation.feasible) {
  // Complete the board the way a person would: fit the missing strips in with as few changes as it takes.
  const repair = createProductionOptimizer(instance, { seed, initial: board.schedule });
  const repairStart = performance.now();
  let progress = repair.step(0);
  // A board the repair cannot complete in a third of the run (seed 1: the strips it leaves out would split
  // a country block) is not worth the wait.
  const repairSeconds = Math.min(seconds, 20);
  while (!progress.feasible && performance.now() - repairStart < repairSeconds * 1000)
    progress = repair.step(100);
  if (progress.feasible && progress.bestCost) {
    boardCost = progress.bestCost.total;
    console.log(
      `board completed by the search's repair: ${roubles(boardCost)} after ${(
        (performance.now() - repairStart) /
        1000
      ).toFixed(1)} s (the reference below)`,
    );
    console.log(`  ${terms(progress.bestCost)}`);
  } else {
    console.log(
      `board could not be completed in ${repairSeconds} s; its incomplete cost is the reference (a complete ` +
        `board costs more: compare with the first feasible schedule too)`,
    );
  }
}

const wallStart = performance.now();
const cpuAtStart = cpu();
const wall = () => (performance.now() - wallStart) / 1000;
const optimizer = createProductionOptimizer(instance, { seed });
let progress = optimizer.step(0);
console.log(
  `lower bound ${roubles(progress.lowerBound)} (${percent(progress.lowerBound, boardCost)} below the board)`,
);
while (!progress.feasible && !progress.done && wall() < seconds) progress = optimizer.step(100);
const firstCost = progress.feasible && progress.bestCost ? progress.bestCost.total : null;
if (progress.feasible && progress.bestCost) {
  console.log(
    `first feasible after ${wall().toFixed(2)} s (cpu ${(cpu() - cpuAtStart).toFixed(2)} s): ${roubles(
      progress.bestCost.total,
    )}, ${percent(progress.bestCost.total, boardCost)} below the board`,
  );
  console.log(`  ${terms(progress.bestCost)}`);
} else console.log(`no feasible schedule within ${seconds} s: ${progress.problems.length} problems`);

for (const checkpoint of [5, 30, 60].filter((s) => s <= seconds)) {
  while (!progress.done && wall() < checkpoint) progress = optimizer.step(1000);
  const cost = progress.bestCost;
  console.log(
    `after ${checkpoint} s (cpu ${(cpu() - cpuAtStart).toFixed(1)} s, ${progress.iterations} moves): ` +
      (cost
        ? `${roubles(cost.total)}, ${percent(cost.total, boardCost)} below the board` +
          (firstCost === null ? "" : ` (${percent(cost.total, firstCost)} below the first feasible)`) +
          `, gap to the bound ${percent(progress.lowerBound, cost.total)}` +
          (progress.feasible ? "" : ` — ${progress.violations} violations`)
        : "no schedule"),
  );
  if (cost) console.log(`  ${terms(cost)}`);
}
