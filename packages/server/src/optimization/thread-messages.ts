// What the parent and an optimization thread say to each other: plain, structured-cloneable data.
import type { ProductionInstance, Schedule, ScheduleCost } from "@kinomost/core";

export interface SolveJob {
  instance: ProductionInstance;
  /** The board as it stands: the search starts from it when it keeps every rule. */
  initial: Schedule;
  seed: number;
  seconds: number;
}

export interface RunProgress {
  elapsedSeconds: number;
  bestCost: ScheduleCost | null;
  lowerBound: number;
  feasible: boolean;
  violations: number;
  iterations: number;
  optimal: boolean;
}

export type ThreadMessage =
  | { kind: "progress"; progress: RunProgress }
  | {
      kind: "result";
      progress: RunProgress;
      schedule: Schedule;
      problems: { code: string; message: string }[];
      cancelled: boolean;
    }
  | { kind: "failure"; message: string };
