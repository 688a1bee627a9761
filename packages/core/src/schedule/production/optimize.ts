// The anytime production scheduler. It starts from a first schedule (construct.ts, or the caller's) and
// improves it by late-acceptance local search on the schedule itself (local-search.ts): moves of scenes
// (scene-moves.ts), of whole shifts (day-moves.ts), windows re-ordered by the exact talent solver
// (window-moves.ts), ruin and recreate, and the repair of unplaced scenes (repair-moves.ts). A tiny instance
// is solved exhaustively instead (exact.ts) and proved optimal.
//
// The caller owns time: step(n) runs n moves and reports the best schedule, its exact cost (evaluate.ts), the
// lower bound (bounds.ts) and whether the search is done (proved optimal, cost equal to the bound, or nothing
// to schedule). Nothing here reads the clock; the same seed, instance and calls give the same schedules.
import { lowerBound } from "./bounds.ts";
import { constructState, type ConstructionStrategy } from "./construct.ts";
import { evaluateWithModel } from "./evaluate.ts";
import { solveExactly } from "./exact.ts";
import { explainModel } from "./feasibility.ts";
import { LocalSearch } from "./local-search.ts";
import { compileModel, type Model } from "./model.ts";
import type { ProductionProblem } from "./problems.ts";
import { ProgressReporter, type GivenSchedule, type ProductionProgress } from "./progress.ts";
import { createRandom, type Random } from "./random.ts";
import { assignmentOf } from "./schedule-slots.ts";
import { ScheduleState } from "./state.ts";
import type { ProductionInstance, Schedule } from "./types.ts";

export type { ProductionProgress } from "./progress.ts";

export interface ProductionOptimizerOptions {
  /** Seed of the search's generator; the same seed, instance and calls give the same schedules. */
  readonly seed?: number;
  /** Start from this schedule (its scenes' days and units) instead of building one. */
  readonly initial?: Schedule;
  /** How to build the first schedule when there is no initial one: "best" tries both. */
  readonly construction?: ConstructionStrategy | "best";
  /** Node limit of each call of the talent solver on a window (default 20 000). */
  readonly windowNodeLimit?: number;
  /** Search exhaustively when the instance has at most this many placements to try (default 200 000; 0: never). */
  readonly exactLimit?: number;
  /**
   * Length of the late-acceptance history (default 30: on a series a short memory gets further in a minute
   * than a long one).
   */
  readonly history?: number;
}

export interface ProductionOptimizer {
  step(maxIterations: number): ProductionProgress;
}

const emptySchedule: Schedule = { days: [] };

/** An optimizer that has nothing to search: the input cannot be read or cannot be scheduled. */
function finished(problems: ProductionProblem[], lowerBoundValue: number): ProductionOptimizer {
  const progress: ProductionProgress = {
    best: emptySchedule,
    bestCost: null,
    feasible: false,
    violations: problems.length,
    lowerBound: lowerBoundValue,
    iterations: 0,
    done: true,
    optimal: false,
    problems,
    evaluation: null,
  };
  return { step: () => progress };
}

export function createProductionOptimizer(
  instance: ProductionInstance,
  options: ProductionOptimizerOptions = {},
): ProductionOptimizer {
  const compiled = compileModel(instance);
  if (!compiled.ok) return finished(compiled.problems, 0);
  const m = compiled.model;
  const problems = explainModel(m);
  const bound = lowerBound(m).total;
  if (problems.length > 0) return finished(problems, bound);
  return new Search(m, options, bound);
}

/** The first schedule: the caller's, or the cheapest of the construction strategies asked for. */
function firstState(m: Model, options: ProductionOptimizerOptions): ScheduleState {
  if (options.initial !== undefined) {
    const state = new ScheduleState(m);
    state.load(assignmentOf(m, options.initial));
    return state;
  }
  const strategies: ConstructionStrategy[] =
    options.construction === undefined || options.construction === "best"
      ? ["blocks", "board"]
      : [options.construction];
  let chosen: ScheduleState | null = null;
  for (const strategy of strategies) {
    const { state } = constructState(m, strategy);
    if (chosen === null || state.objective() < chosen.objective()) chosen = state;
  }
  return chosen ?? new ScheduleState(m);
}

class Search implements ProductionOptimizer {
  private readonly local: LocalSearch;
  private readonly reporter: ProgressReporter;
  private readonly bound: number;
  private iterations = 0;
  private done = false;
  private readonly optimal: boolean;

  constructor(m: Model, options: ProductionOptimizerOptions, bound: number) {
    this.bound = bound;
    const random: Random = createRandom((options.seed ?? 1) ^ 0x9e3779b9);
    let state: ScheduleState;
    let given: GivenSchedule | null = null;
    const exact = solveExactly(m, options.exactLimit ?? 200_000);
    if (exact !== null) {
      state = new ScheduleState(m);
      state.load(exact.assignment);
      this.done = true;
      this.optimal = exact.optimal;
    } else {
      this.optimal = false;
      state = firstState(m, options);
      if (options.initial !== undefined) {
        const evaluation = evaluateWithModel(m, options.initial);
        if (evaluation.ok && evaluation.feasible) {
          given = { schedule: options.initial, evaluation, total: evaluation.cost.total };
        }
      }
    }
    this.local = new LocalSearch(m, state, random, {
      history: options.history ?? 30,
      windowNodeLimit: options.windowNodeLimit ?? 20_000,
    });
    this.reporter = new ProgressReporter(m, bound, given);
    if (m.sceneCount === 0) this.done = true;
  }

  step(maxIterations: number): ProductionProgress {
    const end = this.iterations + Math.max(0, Math.floor(maxIterations));
    const local = this.local;
    while (!this.done && this.iterations < end) {
      this.iterations++;
      local.move();
      if (local.state.bad === 0 && local.state.cost <= this.bound) this.done = true;
    }
    const changed = local.bestChanged;
    local.bestChanged = false;
    const progress = this.reporter.progress(
      local.bestSlots,
      changed,
      this.iterations,
      this.done,
      this.optimal,
    );
    this.done = progress.done;
    return progress;
  }
}
