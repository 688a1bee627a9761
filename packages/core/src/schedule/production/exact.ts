// Exhaustive search for tiny instances: every placement of every scene in a slot its dates allow, with the
// slot's own rules checked as it goes (they only get worse as scenes are added) and everything else checked at
// the leaves. Used by the optimizer when the number of placements is small, so that a tiny schedule is proved
// optimal rather than merely good; the brute-force tests check it against an independent enumeration.
import type { Model } from "./model.ts";
import { ScheduleState } from "./state.ts";

export interface ExactResult {
  readonly assignment: Int32Array;
  /** True when a schedule without violations exists and this is the cheapest; false when none exists. */
  readonly optimal: boolean;
}

/** The cheapest feasible assignment, or null when the search space has more than `limit` leaves. */
export function solveExactly(m: Model, limit: number): ExactResult | null {
  if (limit <= 0 || m.sceneCount === 0) return null;
  const slots = m.unitCount * m.days;
  const choices: number[][] = [];
  let leaves = 1;
  for (let s = 0; s < m.sceneCount; s++) {
    const list: number[] = [];
    for (let k = 0; k < slots; k++) if (m.allowed[s * slots + k] === 1) list.push(k);
    if (list.length === 0) return null;
    choices.push(list);
    leaves *= list.length;
    if (leaves > limit) return null;
  }
  const state = new ScheduleState(m);
  state.recomputeAll();
  let best: Int32Array | null = null;
  let bestCost = Infinity;
  const visit = (s: number): void => {
    if (s === m.sceneCount) {
      if (state.bad === 0 && state.cost < bestCost - 1e-6) {
        bestCost = state.cost;
        best = Int32Array.from(state.sceneSlot);
      }
      return;
    }
    for (const slot of choices[s] ?? []) {
      if (!state.fits(s, slot)) continue;
      state.move(s, slot);
      state.evaluate();
      state.commit();
      visit(s + 1);
      state.move(s, -1);
      state.evaluate();
      state.commit();
    }
  };
  visit(0);
  if (best === null) return { assignment: new Int32Array(m.sceneCount).fill(-1), optimal: false };
  return { assignment: best, optimal: true };
}
