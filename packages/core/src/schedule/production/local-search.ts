// Late-acceptance local search over the state (state.ts): each move (scene-moves.ts, day-moves.ts,
// window-moves.ts, repair-moves.ts) changes the state inside a transaction, and the search keeps it when the
// result is no worse than the current schedule or than the schedule of L moves ago. Broken rules weigh
// VIOLATION_PENALTY each, so an infeasible start is repaired by the same search. The best schedule seen is
// kept as its slots. Randomness comes from the seeded generator it is given.
import { swapDays, shiftDay, closeGap } from "./day-moves.ts";
import type { Model } from "./model.ts";
import { randomInt, type Random } from "./random.ts";
import { insertUnplaced, ruinAndRecreate, ruinCastMember } from "./repair-moves.ts";
import { relocate, swapScenes } from "./scene-moves.ts";
import type { ScheduleState } from "./state.ts";
import { reorderBlocks, reorderWindow } from "./window-moves.ts";

export interface LocalSearchOptions {
  /** Length of the late-acceptance history. */
  readonly history: number;
  /** Node limit of each call of the talent solver on a window. */
  readonly windowNodeLimit: number;
}

/**
 * The moves and their shares of the draws. Measured on the series (seeds 1 and 3): moving all of one person's
 * scenes is rare because it prices some 25 × 8 placements per move for no gain per second seen.
 */
const moves: readonly [number, (search: LocalSearch) => void][] = [
  [0.45, relocate],
  [0.1, swapScenes],
  [0.15, swapDays],
  [0.1, shiftDay],
  [0.04, closeGap],
  [0.05, reorderWindow],
  [0.02, reorderBlocks],
  [0.01, ruinCastMember],
  [0.08, ruinAndRecreate],
];

export class LocalSearch {
  readonly m: Model;
  readonly state: ScheduleState;
  readonly random: Random;
  readonly nodeLimit: number;
  /** Scenes of each location. */
  readonly locationScenes: readonly number[][];
  /** A day-sized scratch buffer for the moves. */
  readonly scratch: Int32Array;
  /** Objective of the state as the search last accepted it. */
  current: number;
  bestObjective: number;
  readonly bestSlots: Int32Array;
  /** Set whenever the best schedule changes; the reporter clears it. */
  bestChanged = true;
  /** Moves made, for the history's index. */
  moveCount = 0;
  private readonly history: Float64Array;
  private accepted = 0;
  private readonly cumulative: number[];

  constructor(m: Model, state: ScheduleState, random: Random, options: LocalSearchOptions) {
    this.m = m;
    this.state = state;
    this.random = random;
    this.nodeLimit = options.windowNodeLimit;
    const locationScenes: number[][] = Array.from({ length: m.locationCount }, () => []);
    for (let s = 0; s < m.sceneCount; s++) locationScenes[m.sceneLocation[s] ?? 0]?.push(s);
    this.locationScenes = locationScenes;
    this.scratch = new Int32Array(m.days);
    this.current = state.objective();
    this.bestObjective = this.current;
    this.bestSlots = Int32Array.from(state.sceneSlot);
    this.history = new Float64Array(Math.max(1, options.history)).fill(this.current);
    let total = 0;
    this.cumulative = moves.map(([share]) => (total += share));
  }

  /** Takes the state's present schedule as the current and the best one (after the caller replaced it). */
  restart(): void {
    this.current = this.state.objective();
    this.history.fill(this.current);
    if (this.current < this.bestObjective - 1e-6) {
      this.bestObjective = this.current;
      this.bestSlots.set(this.state.sceneSlot);
      this.bestChanged = true;
    }
  }

  /** One move. */
  move(): void {
    this.moveCount++;
    const r = this.random();
    if (this.state.unplaced > 0 && r < 0.3) insertUnplaced(this);
    else {
      const pick = this.random() * (this.cumulative[this.cumulative.length - 1] ?? 1);
      let i = 0;
      while (i < moves.length - 1 && (this.cumulative[i] ?? 0) <= pick) i++;
      moves[i]?.[1](this);
    }
    if (this.accepted >= 5000) {
      // Re-sum the costs from scratch now and then, so rounding in the running totals cannot drift.
      this.accepted = 0;
      this.state.recomputeAll();
      this.current = this.state.objective();
    }
  }

  /** Whether a schedule of objective `candidate` is kept; updates the current and the best. */
  accept(candidate: number): boolean {
    const v = this.moveCount % this.history.length;
    const ok = candidate <= this.current + 1e-6 || candidate <= (this.history[v] ?? Infinity);
    if (ok) {
      this.current = candidate;
      this.accepted++;
      if (candidate < this.bestObjective - 1e-6) {
        this.bestObjective = candidate;
        this.bestSlots.set(this.state.sceneSlot);
        this.bestChanged = true;
      }
    }
    if (this.current < (this.history[v] ?? Infinity)) this.history[v] = this.current;
    return ok;
  }

  /** Evaluates the open transaction and keeps it if accepted. */
  decide(): boolean {
    const candidate = this.state.evaluate();
    if (this.accept(candidate)) {
      this.state.commit();
      return true;
    }
    this.state.rollback();
    return false;
  }

  randomScene(): number {
    return randomInt(this.random, this.m.sceneCount);
  }
}
