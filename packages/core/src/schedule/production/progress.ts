// What the optimizer reports after each step: the best schedule as data, priced exactly by evaluate.ts, with
// the lower bound and the scenes still unplaced. A caller's own feasible schedule is reported as given (its
// order and shifts) until the search finds a cheaper one, so the optimizer never hands back something worse.
import { evaluateWithModel, type ScheduleEvaluation } from "./evaluate.ts";
import type { Model } from "./model.ts";
import type { ProductionProblem } from "./problems.ts";
import { ScheduleState } from "./state.ts";
import type { Schedule, ScheduleCost } from "./types.ts";

export interface ProductionProgress {
  /** The best schedule so far (all scenes placed when `feasible`). */
  readonly best: Schedule;
  /** Its exact cost by term. */
  readonly bestCost: ScheduleCost | null;
  /** The best schedule breaks no rule and places every scene. */
  readonly feasible: boolean;
  /** Broken rules (including unplaced scenes) of the best schedule. */
  readonly violations: number;
  /** No schedule costs less (minor units of the reporting currency). */
  readonly lowerBound: number;
  /** Moves tried so far, over all calls. */
  readonly iterations: number;
  /** Nothing more to do: proved optimal, at the bound, or the input cannot be scheduled. */
  readonly done: boolean;
  /** The best schedule is proved optimal. */
  readonly optimal: boolean;
  /** Why the input cannot be scheduled (explainInfeasibility), or the scenes still unplaced. */
  readonly problems: readonly ProductionProblem[];
  /** The exact evaluation of the best schedule (violations, per cast, per unit). */
  readonly evaluation: ScheduleEvaluation | null;
}

/** A caller's schedule that no search result has beaten yet. */
export interface GivenSchedule {
  readonly schedule: Schedule;
  readonly evaluation: ScheduleEvaluation;
  readonly total: number;
}

export class ProgressReporter {
  private readonly m: Model;
  private readonly bound: number;
  private given: GivenSchedule | null;
  private report: ProductionProgress | null = null;

  constructor(m: Model, bound: number, given: GivenSchedule | null) {
    this.m = m;
    this.bound = bound;
    this.given = given;
  }

  /** The progress for the best slots; re-prices them only when `changed`. */
  progress(
    bestSlots: Int32Array,
    changed: boolean,
    iterations: number,
    done: boolean,
    optimal: boolean,
  ): ProductionProgress {
    if (!changed && this.report !== null)
      return { ...this.report, iterations, done: done || this.report.done };
    const m = this.m;
    const snapshot = new ScheduleState(m);
    snapshot.load(bestSlots);
    let schedule = snapshot.toSchedule();
    let evaluation = evaluateWithModel(m, schedule);
    let feasible = evaluation.ok && evaluation.feasible;
    if (this.given !== null && (!feasible || !evaluation.ok || evaluation.cost.total >= this.given.total)) {
      // Never worse than the caller's schedule: keep it as given until the search beats it.
      schedule = this.given.schedule;
      evaluation = this.given.evaluation;
      feasible = true;
    } else if (feasible) this.given = null;
    const unplaced: ProductionProblem[] = [];
    for (let s = 0; s < m.sceneCount; s++) {
      if (snapshot.sceneSlot[s] === -1 && !feasible) {
        unplaced.push({
          code: "SCENE_UNPLACED",
          sceneId: m.sceneIds[s],
          detail: `scene ${m.instance.scenes[s]?.label ?? ""} does not fit anywhere yet without breaking a rule`,
        });
      }
    }
    const cost = evaluation.ok ? evaluation.cost : null;
    const atBound = feasible && cost !== null && cost.total <= this.bound;
    this.report = {
      best: schedule,
      bestCost: cost,
      feasible,
      violations: evaluation.ok ? evaluation.violations.length : 0,
      lowerBound: optimal && cost !== null ? cost.total : this.bound,
      iterations,
      done: done || atBound,
      optimal,
      problems: unplaced,
      evaluation,
    };
    return this.report;
  }
}
