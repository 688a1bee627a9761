// The talent scheduling instance (the shared benchmark JSON shape), its validation and the holding cost
// of a scene order. Plain data in, plain data out: nothing here reads files, the clock or randomness.

/** Scenes are shot back to back; an actor is paid from their first scene to their last, idle days included. */
export interface TalentInstance {
  /** Optional label, e.g. "film103". */
  readonly name?: string;
  /** Length of each scene in days (positive integers), one entry per scene. */
  readonly duration: readonly number[];
  /** Daily wage of each actor (non-negative integers), one entry per actor. */
  readonly cost: readonly number[];
  /** One row per actor, one column per scene: 1 when the actor is needed in the scene. */
  readonly requires: readonly (readonly number[])[];
  /** Number of scenes; when present it must equal `duration.length`. */
  readonly scenes?: number;
  /** Number of actors; when present it must equal `cost.length`. */
  readonly actors?: number;
}

export type TalentInstanceField = "scenes" | "actors" | "duration" | "cost" | "requires";

/** Why an instance cannot be solved; `field` names the offending JSON field. */
export interface TalentInstanceProblem {
  readonly code: "INVALID_TALENT_INSTANCE";
  readonly field: TalentInstanceField;
  readonly message: string;
}

/** Thrown by the solver for an invalid instance; carries the same problem value `validateTalentInstance` returns. */
export class TalentInstanceError extends Error {
  readonly problem: TalentInstanceProblem;
  constructor(problem: TalentInstanceProblem) {
    super(problem.message);
    this.name = "TalentInstanceError";
    this.problem = problem;
  }
}

function problem(field: TalentInstanceField, message: string): TalentInstanceProblem {
  return { code: "INVALID_TALENT_INSTANCE", field, message: `${field}: ${message}` };
}

// Costs are summed as doubles; keeping every input a safe integer keeps every sum exact well past any real budget.
function isCount(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value);
}

/** Returns the first problem found, or null when the instance is well formed. */
export function validateTalentInstance(instance: TalentInstance): TalentInstanceProblem | null {
  const { duration, cost, requires } = instance;
  if (!Array.isArray(duration)) return problem("duration", "must be an array of scene lengths");
  if (!Array.isArray(cost)) return problem("cost", "must be an array of daily wages");
  if (!Array.isArray(requires)) return problem("requires", "must be an array with one row per actor");
  const n = duration.length;
  const m = cost.length;
  if (instance.scenes !== undefined && instance.scenes !== n) {
    return problem("scenes", `says ${String(instance.scenes)} but duration has ${n} entries`);
  }
  if (instance.actors !== undefined && instance.actors !== m) {
    return problem("actors", `says ${String(instance.actors)} but cost has ${m} entries`);
  }
  for (let s = 0; s < n; s++) {
    const d: unknown = duration[s];
    if (!isCount(d) || d <= 0)
      return problem("duration", `scene ${s} has duration ${String(d)}, expected a positive integer`);
  }
  for (let a = 0; a < m; a++) {
    const c: unknown = cost[a];
    if (!isCount(c) || c < 0)
      return problem("cost", `actor ${a} has cost ${String(c)}, expected a non-negative integer`);
  }
  if (requires.length !== m)
    return problem("requires", `has ${requires.length} rows but there are ${m} actors`);
  for (let a = 0; a < m; a++) {
    const row: unknown = requires[a];
    if (!Array.isArray(row) || row.length !== n) {
      return problem("requires", `row ${a} must have ${n} entries, one per scene`);
    }
    for (let s = 0; s < n; s++) {
      const v: unknown = row[s];
      if (v !== 0 && v !== 1)
        return problem("requires", `row ${a}, scene ${s} is ${String(v)}, expected 0 or 1`);
    }
  }
  return null;
}

/** Returns a description of what is wrong with `order` as a permutation of the scenes, or null. */
export function checkSceneOrder(instance: TalentInstance, order: readonly number[]): string | null {
  const n = instance.duration.length;
  if (order.length !== n) return `order has ${order.length} scenes, expected ${n}`;
  const seen = new Uint8Array(n);
  for (const s of order) {
    if (!Number.isInteger(s) || s < 0 || s >= n) return `scene index ${s} is out of range 0..${n - 1}`;
    if (seen[s] === 1) return `scene ${s} appears twice`;
    seen[s] = 1;
  }
  return null;
}

/**
 * Holding cost of a scene order (0-based scene indices): for each actor, the daily wage times the idle
 * days between their first and last scene. Throws when `order` is not a permutation of the scenes.
 */
export function evaluateHoldingCost(instance: TalentInstance, order: readonly number[]): number {
  const wrong = checkSceneOrder(instance, order);
  if (wrong !== null) throw new Error(`evaluateHoldingCost: ${wrong}`);
  const n = order.length;
  const start = new Float64Array(n + 1);
  for (let p = 0; p < n; p++) start[p + 1] = (start[p] ?? 0) + (instance.duration[order[p] ?? 0] ?? 0);
  let holding = 0;
  instance.requires.forEach((row, a) => {
    let first = -1;
    let last = -1;
    let work = 0;
    for (let p = 0; p < n; p++) {
      const s = order[p] ?? 0;
      if (row[s] === 1) {
        if (first < 0) first = p;
        last = p;
        work += instance.duration[s] ?? 0;
      }
    }
    if (first >= 0)
      holding += (instance.cost[a] ?? 0) * ((start[last + 1] ?? 0) - (start[first] ?? 0) - work);
  });
  return holding;
}
