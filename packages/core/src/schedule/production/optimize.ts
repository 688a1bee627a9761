// The anytime production scheduler. It starts from a first schedule (construct.ts, or the caller's), then
// improves it by late-acceptance local search over these moves, each one priced by the incremental state
// (state.ts) and accepted when it is no worse than the current schedule or than the schedule of L steps ago:
// - relocate a scene to another shift, chosen near its cast's other days, near its location's other
//   shifts, or at random nearby; swap two scenes between shifts; swap two whole days of a unit;
// - re-order a window of a unit's days, or of its location blocks, with the exact talent-scheduling solver
//   (window.ts), which minimises the cast's holding inside the window given who is on call around it;
// - ruin and recreate one person's scenes: take up to five out and put each back where it costs least;
// - while scenes are unplaced, insert them where they fit best, ejecting what blocks them if needed.
// Broken rules weigh VIOLATION_PENALTY each, so an infeasible start is repaired by the same search.
//
// The caller owns time: step(n) runs n moves and reports the best schedule, its exact cost (evaluate.ts), the
// lower bound (bounds.ts) and whether the search is done (proved optimal on a tiny instance by exhaustive
// search (exact.ts), cost equal to the bound, or nothing to schedule). Deterministic for a seed.
import { constructState, type ConstructionStrategy } from "./construct.ts";
import { evaluateWithModel, type ScheduleEvaluation } from "./evaluate.ts";
import { solveExactly } from "./exact.ts";
import { explainModel } from "./feasibility.ts";
import { lowerBound } from "./bounds.ts";
import { compileModel, type Model } from "./model.ts";
import type { ProductionProblem } from "./problems.ts";
import { createRandom, randomInt, shuffle, type Random } from "./random.ts";
import { assignmentOf, ScheduleState, VIOLATION_PENALTY } from "./state.ts";
import type { ProductionInstance, Schedule, ScheduleCost } from "./types.ts";
import { orderWindow, type WindowPack } from "./window.ts";

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
  /** Length of the late-acceptance history (default 400). */
  readonly history?: number;
}

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

class Search implements ProductionOptimizer {
  private readonly m: Model;
  private readonly random: Random;
  private readonly state: ScheduleState;
  private readonly bound: number;
  private readonly nodeLimit: number;
  private readonly history: Float64Array;
  private current: number;
  private bestObjective: number;
  private readonly bestSlots: Int32Array;
  private iterations = 0;
  private accepted = 0;
  private done = false;
  private optimal = false;
  private report: ProductionProgress | null = null;
  private bestChanged = true;
  /** A caller's schedule that no search result has beaten yet, kept as given (its order and shifts). */
  private initialBest: { schedule: Schedule; evaluation: ScheduleEvaluation; total: number } | null = null;
  private readonly locationScenes: number[][];
  private readonly castTouch: Int32Array;

  constructor(m: Model, options: ProductionOptimizerOptions, bound: number) {
    this.m = m;
    this.bound = bound;
    this.random = createRandom((options.seed ?? 1) ^ 0x9e3779b9);
    this.nodeLimit = options.windowNodeLimit ?? 20_000;
    this.locationScenes = Array.from({ length: m.locationCount }, () => []);
    for (let s = 0; s < m.sceneCount; s++) this.locationScenes[m.sceneLocation[s] ?? 0]?.push(s);
    this.castTouch = new Int32Array(m.days);

    const exact = solveExactly(m, options.exactLimit ?? 200_000);
    if (exact !== null) {
      this.state = new ScheduleState(m);
      this.state.load(exact.assignment);
      this.done = true;
      this.optimal = exact.optimal;
    } else if (options.initial !== undefined) {
      this.state = new ScheduleState(m);
      this.state.load(assignmentOf(m, options.initial));
      const evaluation = evaluateWithModel(m, options.initial);
      if (evaluation.ok && evaluation.feasible) {
        this.initialBest = { schedule: options.initial, evaluation, total: evaluation.cost.total };
      }
    } else {
      const strategies: ConstructionStrategy[] =
        options.construction === undefined || options.construction === "best"
          ? ["blocks", "board"]
          : [options.construction];
      let chosen: ScheduleState | null = null;
      for (const strategy of strategies) {
        const { state } = constructState(m, strategy);
        if (chosen === null || state.objective() < chosen.objective()) chosen = state;
      }
      this.state = chosen ?? new ScheduleState(m);
    }
    this.current = this.state.objective();
    this.bestObjective = this.current;
    this.bestSlots = Int32Array.from(this.state.sceneSlot);
    this.history = new Float64Array(Math.max(1, options.history ?? 400)).fill(this.current);
    if (m.sceneCount === 0) this.done = true;
  }

  step(maxIterations: number): ProductionProgress {
    const end = this.iterations + Math.max(0, Math.floor(maxIterations));
    while (!this.done && this.iterations < end) {
      this.iterations++;
      this.move();
      if (this.accepted >= 5000) {
        // Re-sum the costs from scratch now and then, so rounding in the running totals cannot drift.
        this.accepted = 0;
        this.state.recomputeAll();
        this.current = this.state.objective();
      }
      if (this.state.bad === 0 && this.state.cost <= this.bound) this.done = true;
    }
    return this.progress();
  }

  // ---- acceptance ----

  private accept(candidate: number): boolean {
    const v = this.iterations % this.history.length;
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
  private decide(): boolean {
    const candidate = this.state.evaluate();
    if (this.accept(candidate)) {
      this.state.commit();
      return true;
    }
    this.state.rollback();
    return false;
  }

  // ---- moves ----

  private move(): void {
    const r = this.random();
    const w = this.weights;
    if (this.state.unplaced > 0 && r < 0.3) this.insertUnplaced();
    else if (r < w[0]) this.relocate();
    else if (r < w[1]) this.swapScenes();
    else if (r < w[2]) this.swapDays();
    else if (r < w[3]) this.shiftDay();
    else if (r < w[4]) this.reorderWindow();
    else if (r < w[5]) this.reorderBlocks();
    else this.ruinAndRecreate();
  }

  /** Cumulative shares of the moves: relocate, swap scenes, swap days, shift a day, window, blocks, (ruin). */
  weights: [number, number, number, number, number, number] = [0.45, 0.55, 0.7, 0.8, 0.85, 0.87];

  /** Moves one day's shifts of a unit to another working day, sliding the days between by one. */
  private shiftDay(): void {
    const m = this.m;
    const days = m.days;
    const u = randomInt(this.random, m.unitCount);
    const a = randomInt(this.random, days);
    if (m.workingDay[a] !== 1 || (this.state.slotScenes[u * days + a] ?? []).length === 0) return;
    const positions: number[] = [a];
    const forward = this.random() < 0.5;
    const span = 1 + randomInt(this.random, 12);
    for (
      let d = a + (forward ? 1 : -1);
      d >= 0 && d < days && positions.length <= span;
      d += forward ? 1 : -1
    ) {
      if (m.workingDay[d] === 1) positions.push(d);
    }
    if (positions.length < 2) return;
    const contents = positions.map((d) => [...(this.state.slotScenes[u * days + d] ?? [])]);
    // Day a's shift goes to the far end; the others each move one working day towards a.
    const slots = this.state.slotCount;
    const target = (i: number) => u * days + (positions[i === 0 ? positions.length - 1 : i - 1] ?? 0);
    for (let i = 0; i < contents.length; i++) {
      for (const s of contents[i] ?? []) if (m.allowed[s * slots + target(i)] !== 1) return;
    }
    for (let i = 0; i < contents.length; i++)
      for (const s of contents[i] ?? []) this.state.move(s, target(i));
    this.decide();
  }

  private randomScene(): number {
    return randomInt(this.random, this.m.sceneCount);
  }

  /** A slot near where the scene would cost little: its cast's days, its location's shifts, or nearby. */
  private candidateSlot(s: number): number {
    const m = this.m;
    const days = m.days;
    const current = this.state.sceneSlot[s] ?? -1;
    const r = this.random();
    const cast = m.sceneCast[s] ?? [];
    let unit = -1;
    let day = -1;
    if (r < 0.4 && cast.length > 0) {
      const c = cast[randomInt(this.random, cast.length)] ?? 0;
      let count = 0;
      for (let d = 0; d < days; d++)
        if ((this.state.castDayUnits[c * days + d] ?? 0) > 0) this.castTouch[count++] = d;
      if (count > 0) {
        day = this.castTouch[randomInt(this.random, count)] ?? 0;
        for (let u = 0; u < m.unitCount; u++)
          if ((this.state.castDayUnit[(c * days + day) * m.unitCount + u] ?? 0) > 0) unit = u;
        const shift = this.random();
        if (shift < 0.25) day--;
        else if (shift < 0.5) day++;
      }
    } else if (r < 0.75) {
      const others = this.locationScenes[m.sceneLocation[s] ?? 0] ?? [];
      const t = others[randomInt(this.random, others.length)] ?? s;
      const slot = this.state.sceneSlot[t] ?? -1;
      if (slot >= 0) {
        unit = this.state.unitOf(slot);
        day = this.state.dayOf(slot);
      }
    }
    if (day < 0 || day >= days) {
      const base = current >= 0 ? this.state.dayOf(current) : randomInt(this.random, days);
      day = this.random() < 0.7 ? base + randomInt(this.random, 21) - 10 : randomInt(this.random, days);
      if (day < 0 || day >= days) return -1;
    }
    if (unit < 0 || m.sceneUnit[s * m.unitCount + unit] !== 1) unit = randomInt(this.random, m.unitCount);
    const slot = unit * days + day;
    return slot === current ? -1 : slot;
  }

  private relocate(): void {
    const s = this.randomScene();
    const slot = this.candidateSlot(s);
    if (slot < 0 || !this.state.fits(s, slot)) return;
    this.state.move(s, slot);
    this.decide();
  }

  private swapScenes(): void {
    const m = this.m;
    const s = this.randomScene();
    const from = this.state.sceneSlot[s] ?? -1;
    const slot = this.candidateSlot(s);
    if (from < 0 || slot < 0) return;
    const there = this.state.slotScenes[slot] ?? [];
    if (there.length === 0) return;
    const t = there[randomInt(this.random, there.length)] ?? s;
    const slots = this.state.slotCount;
    if (m.allowed[s * slots + slot] !== 1 || m.allowed[t * slots + from] !== 1) return;
    this.state.move(s, slot);
    this.state.move(t, from);
    this.decide();
  }

  private swapDays(): void {
    const m = this.m;
    const days = m.days;
    const u = randomInt(this.random, m.unitCount);
    const d1 = randomInt(this.random, days);
    const d2 = d1 + (this.random() < 0.5 ? -1 : 1) * (1 + randomInt(this.random, 10));
    if (d2 < 0 || d2 >= days || m.workingDay[d1] !== 1 || m.workingDay[d2] !== 1) return;
    const a = u * days + d1;
    const b = u * days + d2;
    const left = [...(this.state.slotScenes[a] ?? [])];
    const right = [...(this.state.slotScenes[b] ?? [])];
    if (left.length + right.length === 0) return;
    const slots = this.state.slotCount;
    for (const s of left) if (m.allowed[s * slots + b] !== 1) return;
    for (const s of right) if (m.allowed[s * slots + a] !== 1) return;
    for (const s of left) this.state.move(s, b);
    for (const s of right) this.state.move(s, a);
    this.decide();
  }

  /** Whether person c works (in any unit) before day `from` / after day `to`. */
  private worksOutside(c: number, from: number, to: number): [boolean, boolean] {
    const days = this.m.days;
    let before = false;
    let after = false;
    for (let d = 0; d < from && !before; d++)
      if ((this.state.castDayUnits[c * days + d] ?? 0) > 0) before = true;
    for (let d = to + 1; d < days && !after; d++)
      if ((this.state.castDayUnits[c * days + d] ?? 0) > 0) after = true;
    return [before, after];
  }

  /** Re-orders the shifts of a window of one unit's working days (empty ones included) with the talent solver. */
  private reorderWindow(): void {
    const m = this.m;
    const days = m.days;
    const u = randomInt(this.random, m.unitCount);
    const k = 5 + randomInt(this.random, 10);
    const start = randomInt(this.random, days);
    const positions: number[] = [];
    for (let d = start; d < days && positions.length < k; d++) if (m.workingDay[d] === 1) positions.push(d);
    if (positions.length < 3) return;
    const packs = positions.map((d) => [...(this.state.slotScenes[u * days + d] ?? [])]);
    this.applyOrder(
      u,
      positions,
      packs.map((pack) => [pack]),
    );
  }

  /** Re-orders the location blocks (runs of shifts at one location) within a stretch of one unit's days. */
  private reorderBlocks(): void {
    const m = this.m;
    const days = m.days;
    const u = randomInt(this.random, m.unitCount);
    const start = randomInt(this.random, days);
    const positions: number[] = [];
    const segments: number[][][] = [];
    let lastLocation = -2;
    for (let d = start; d < days && segments.length <= 10; d++) {
      const scenes = this.state.slotScenes[u * days + d] ?? [];
      if (scenes.length === 0) continue;
      const location = this.state.slotLocs[u * days + d]?.[0] ?? -1;
      if (location !== lastLocation) segments.push([]);
      lastLocation = location;
      segments[segments.length - 1]?.push([...scenes]);
      positions.push(d);
    }
    if (segments.length > 10) {
      const dropped = segments.pop() ?? [];
      positions.length -= dropped.length;
    }
    if (segments.length < 3) return;
    this.applyOrder(u, positions, segments);
  }

  /**
   * Orders `groups` (each a run of shifts' scene lists) with the talent solver and lays them out again over
   * `positions` (the same days, in order). Groups that cannot go where the order puts them (their dates)
   * give way to the next group that can.
   */
  private applyOrder(
    u: number,
    positions: readonly number[],
    groups: readonly (readonly number[][])[],
  ): void {
    const m = this.m;
    const days = m.days;
    const from = positions[0] ?? 0;
    const to = positions[positions.length - 1] ?? 0;
    const outside = new Map<number, [boolean, boolean]>();
    const packs: WindowPack[] = groups.map((group) => {
      const cast = new Set<number>();
      for (const shift of group) for (const s of shift) for (const c of m.sceneCast[s] ?? []) cast.add(c);
      for (const c of cast) if (!outside.has(c)) outside.set(c, this.worksOutside(c, from, to));
      return { days: group.length, cast: [...cast] };
    });
    const result = orderWindow({
      packs,
      rate: (c) => m.castRate[c] ?? 0,
      before: (c) => outside.get(c)?.[0] ?? false,
      after: (c) => outside.get(c)?.[1] ?? false,
      nodeLimit: this.nodeLimit,
    });
    if (result === null || result.cost >= result.inputCost) return;
    // Lay the groups out in the solver's order, skipping a group that cannot go at the next position.
    const slots = this.state.slotCount;
    const used = new Uint8Array(groups.length);
    const layout: number[][] = [];
    let at = 0;
    for (let placed = 0; placed < groups.length; placed++) {
      let chosen = -1;
      for (const g of result.order) {
        if (used[g] === 1) continue;
        const group = groups[g] ?? [];
        let ok = at + group.length <= positions.length;
        for (let i = 0; i < group.length && ok; i++) {
          const slot = u * days + (positions[at + i] ?? 0);
          for (const s of group[i] ?? []) if (m.allowed[s * slots + slot] !== 1) ok = false;
        }
        if (ok) {
          chosen = g;
          break;
        }
      }
      if (chosen < 0) return;
      used[chosen] = 1;
      for (const shift of groups[chosen] ?? []) layout.push(shift);
      at += groups[chosen]?.length ?? 0;
    }
    let changed = false;
    layout.forEach((shift, i) => {
      const slot = u * days + (positions[i] ?? 0);
      for (const s of shift) {
        if (this.state.sceneSlot[s] !== slot) changed = true;
        this.state.move(s, slot);
      }
    });
    if (changed) this.decide();
    else this.state.rollback();
  }

  /** The cheapest slot for scene s among its candidates and its own slot, by trial; -1 when none fits. */
  private bestInsertion(s: number, tries: number): number {
    let best = -1;
    let bestValue = Infinity;
    const seen = new Set<number>();
    for (let i = 0; i < tries; i++) {
      const slot = this.candidateSlot(s);
      if (slot < 0 || seen.has(slot)) continue;
      seen.add(slot);
      if (!this.state.fits(s, slot)) continue;
      this.state.move(s, slot);
      const value = this.state.evaluate();
      this.state.rollback();
      if (value < bestValue) {
        bestValue = value;
        best = slot;
      }
    }
    return best;
  }

  private ruinAndRecreate(): void {
    const m = this.m;
    const s0 = this.randomScene();
    const cast = m.sceneCast[s0] ?? [];
    let taken: number[];
    if (cast.length > 0) {
      const c = cast[randomInt(this.random, cast.length)] ?? 0;
      taken = shuffle(this.random, [...(m.castScenes[c] ?? [])]).slice(0, 5);
    } else {
      const others = this.locationScenes[m.sceneLocation[s0] ?? 0] ?? [];
      taken = shuffle(this.random, [...others]).slice(0, 4);
    }
    const original = taken.map((s) => this.state.sceneSlot[s] ?? -1);
    const before = this.current;
    for (const s of taken) this.state.move(s, -1);
    this.state.evaluate();
    this.state.commit();
    for (const s of shuffle(this.random, [...taken])) {
      const slot = this.bestInsertion(s, 12);
      const back = original[taken.indexOf(s)] ?? -1;
      const target = slot >= 0 ? slot : back >= 0 && this.state.fits(s, back) ? back : -1;
      if (target < 0) continue;
      this.state.move(s, target);
      this.state.evaluate();
      this.state.commit();
    }
    const after = this.state.objective();
    this.current = before;
    if (!this.accept(after)) {
      taken.forEach((s, i) => this.state.move(s, original[i] ?? -1));
      this.state.evaluate();
      this.state.commit();
    }
  }

  /** Places an unplaced scene where it costs least; if it fits nowhere, ejects what blocks it from a slot. */
  private insertUnplaced(): void {
    const m = this.m;
    const unplaced: number[] = [];
    for (let s = 0; s < m.sceneCount; s++) if (this.state.sceneSlot[s] === -1) unplaced.push(s);
    const s = unplaced[randomInt(this.random, unplaced.length)];
    if (s === undefined) return;
    const slots = this.state.slotCount;
    let best = -1;
    let bestValue = Infinity;
    for (let slot = 0; slot < slots; slot++) {
      if (!this.state.fits(s, slot)) continue;
      this.state.move(s, slot);
      const value = this.state.evaluate();
      this.state.rollback();
      if (value < bestValue) {
        bestValue = value;
        best = slot;
      }
    }
    if (best >= 0) {
      this.state.move(s, best);
      this.decide();
      return;
    }
    // Ejection: clear a random allowed slot of what stands in the way, then put the ejected elsewhere.
    const allowed: number[] = [];
    for (let slot = 0; slot < slots; slot++) if (m.allowed[s * slots + slot] === 1) allowed.push(slot);
    const slot = allowed[randomInt(this.random, allowed.length)];
    if (slot === undefined) return;
    const before = this.current;
    const ejected = [...(this.state.slotScenes[slot] ?? [])].filter(() => this.random() < 0.7);
    const d = this.state.dayOf(slot);
    for (const c of m.sceneCast[s] ?? []) {
      for (let u = 0; u < m.unitCount; u++) {
        const other = u * m.days + d;
        if (other === slot) continue;
        for (const t of this.state.slotScenes[other] ?? [])
          if (m.sceneCast[t]?.includes(c) && !ejected.includes(t)) ejected.push(t);
      }
    }
    const original = ejected.map((t) => this.state.sceneSlot[t] ?? -1);
    for (const t of ejected) this.state.move(t, -1);
    this.state.move(s, slot);
    this.state.evaluate();
    this.state.commit();
    for (const t of ejected) {
      const target = this.bestInsertion(t, 30);
      if (target < 0) continue;
      this.state.move(t, target);
      this.state.evaluate();
      this.state.commit();
    }
    const after = this.state.objective();
    this.current = before;
    if (!this.accept(after)) {
      this.state.move(s, -1);
      ejected.forEach((t, i) => this.state.move(t, original[i] ?? -1));
      this.state.evaluate();
      this.state.commit();
    }
  }

  // ---- reporting ----

  private progress(): ProductionProgress {
    if (!this.bestChanged && this.report !== null) {
      return { ...this.report, iterations: this.iterations, done: this.done };
    }
    this.bestChanged = false;
    const snapshot = new ScheduleState(this.m);
    snapshot.load(this.bestSlots);
    let schedule = snapshot.toSchedule();
    let evaluation = evaluateWithModel(this.m, schedule);
    let feasible = evaluation.ok && evaluation.feasible;
    if (
      this.initialBest !== null &&
      (!feasible || !evaluation.ok || evaluation.cost.total >= this.initialBest.total)
    ) {
      // Never worse than the caller's schedule: keep it as given until the search beats it.
      schedule = this.initialBest.schedule;
      evaluation = this.initialBest.evaluation;
      feasible = true;
    } else if (feasible) this.initialBest = null;
    const unplaced: ProductionProblem[] = [];
    for (let s = 0; s < this.m.sceneCount; s++) {
      if (snapshot.sceneSlot[s] === -1 && !feasible) {
        unplaced.push({
          code: "SCENE_UNPLACED",
          sceneId: this.m.sceneIds[s],
          detail: `scene ${this.m.instance.scenes[s]?.label ?? ""} does not fit anywhere yet without breaking a rule`,
        });
      }
    }
    const cost = evaluation.ok ? evaluation.cost : null;
    if (feasible && cost !== null && cost.total <= this.bound) this.done = true;
    this.report = {
      best: schedule,
      bestCost: cost,
      feasible,
      violations: evaluation.ok ? evaluation.violations.length : 0,
      lowerBound: this.optimal && cost !== null ? cost.total : this.bound,
      iterations: this.iterations,
      done: this.done,
      optimal: this.optimal,
      problems: unplaced,
      evaluation,
    };
    return this.report;
  }
}

export { VIOLATION_PENALTY };
