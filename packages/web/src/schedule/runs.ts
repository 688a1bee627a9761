// What an optimizer run's state means for the screen: whether to keep polling it, whether it waits for a
// decision, and whether its result can be put on the board.
import type { OptimizerRun } from "../api/types.ts";

/** How often a queued or running run is asked for its progress. */
export const runPollMs = 500;

/** The run lengths a person chooses from, in seconds. */
export const runLengths = [10, 30, 60, 300] as const;

/** The run is still searching: queued, running, or stopped and about to hand in the best it found. */
export function isRunActive(run: OptimizerRun): boolean {
  return (
    run.status === "queued" ||
    run.status === "running" ||
    (run.status === "cancelled" && run.finishedAt === null)
  );
}

/** The run has ended and nobody has accepted or discarded it yet. */
export function isRunUndecided(run: OptimizerRun): boolean {
  return (
    !isRunActive(run) && (run.status === "finished" || run.status === "cancelled" || run.status === "failed")
  );
}

/** The run found a schedule that keeps every rule: it can go on the board. */
export function isRunAcceptable(run: OptimizerRun): boolean {
  return (
    (run.status === "finished" || run.status === "cancelled") &&
    run.result !== null &&
    run.result.feasible &&
    run.result.cost !== null
  );
}

/** The run the optimizer panel shows: the newest one, while it runs or waits for a decision. */
export function currentRun(runs: readonly OptimizerRun[]): OptimizerRun | null {
  const newest = runs[0];
  return newest && (isRunActive(newest) || isRunUndecided(newest)) ? newest : null;
}
