// One cast member priced and checked from the state's aggregates (state.ts): the days they are called, by
// which unit and in which country, counted by cast-days.ts (work, hold, travel, drops), and the rules that
// concern them alone (a hold where none is allowed, too little rest between two units' shifts).
import { countCastDays, emptyCastDayCounts } from "./cast-days.ts";
import type { Model } from "./model.ts";
import type { ScheduleState } from "./state.ts";

export class CastPricer {
  private readonly workDays: Int32Array;
  private readonly workCountry: Int32Array;
  private readonly workUnit: Int32Array;
  private readonly counts = emptyCastDayCounts();

  constructor(m: Model) {
    this.workDays = new Int32Array(m.days);
    this.workCountry = new Int32Array(m.days);
    this.workUnit = new Int32Array(m.days);
  }

  /** Recomputes cast member c's cost and broken rules into `state`. */
  price(state: ScheduleState, c: number): void {
    const m = state.m;
    const days = m.days;
    const units = m.unitCount;
    const castDayUnits = state.castDayUnits;
    const castDayUnit = state.castDayUnit;
    const slotCountry = state.slotCountry;
    const workDays = this.workDays;
    const workUnit = this.workUnit;
    const workCountry = this.workCountry;
    let count = 0;
    const row = c * days;
    for (let d = 0; d < days; d++) {
      if ((castDayUnits[row + d] ?? 0) === 0) continue;
      let u = 0;
      while (u < units - 1 && (castDayUnit[(row + d) * units + u] ?? 0) === 0) u++;
      workDays[count] = d;
      workUnit[count] = u;
      workCountry[count] = slotCountry[u * days + d] ?? 0;
      count++;
    }
    const counts = countCastDays(m, c, workDays, workCountry, count, this.counts);
    let bad = counts.badHolds;
    if (units > 1) {
      for (let i = 1; i < count; i++) {
        const ua = workUnit[i - 1] ?? 0;
        const ub = workUnit[i] ?? 0;
        if (ua === ub) continue;
        const a = ua * days + (workDays[i - 1] ?? 0);
        const b = ub * days + (workDays[i] ?? 0);
        const rest =
          (state.start[b] ?? 0) - (state.offset[b] ?? 0) - ((state.end[a] ?? 0) - (state.offset[a] ?? 0));
        const need = Math.max(
          m.labour[slotCountry[a] ?? 0]?.minRestHours ?? 0,
          m.labour[slotCountry[b] ?? 0]?.minRestHours ?? 0,
        );
        if (rest < need - 1e-9) bad++;
      }
    }
    const paid = counts.work + counts.hold + counts.travel;
    state.brokenInParts += bad - (state.castBad[c] ?? 0);
    state.castCost[c] = paid * (m.castRate[c] ?? 0);
    state.castBad[c] = bad;
  }
}
