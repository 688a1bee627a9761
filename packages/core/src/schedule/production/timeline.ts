// Labour rules over one unit's shifts in day order, shared by the search and evaluate.ts: rest between
// shifts, weekly rest, shifts per week, and country blocks. Times are hours from the calendar's first day
// at local midnight ("local hours"); the rest between two shifts subtracts each one's UTC offset, so it is
// measured across time zones.
//
// Weekly rest (art. 110 reads "weekly uninterrupted rest"): each calendar week (Monday to Sunday) with a
// shift must overlap a rest at least as long as the strictest rule among the countries it shoots in. The
// rest before the first shift and after the last count as long enough.
import type { Model } from "./model.ts";

export const TIMELINE_REST = 0;
export const TIMELINE_WEEKLY_REST = 1;
export const TIMELINE_SHIFTS_PER_WEEK = 2;
export const TIMELINE_COUNTRY_BLOCK = 3;

export type TimelineReport = (kind: number, shift: number, detail: number) => void;

/** One unit's shifts in day order: the caller fills the first `count` entries. */
export class Timeline {
  count = 0;
  readonly day: Int32Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly offset: Float64Array;
  readonly country: Int32Array;
  private readonly weekNeed: Float64Array;
  private readonly weekLimit: Int32Array;
  private readonly weekShifts: Int32Array;
  private readonly weekRested: Uint8Array;
  private readonly seen: Uint8Array;

  constructor(m: Model) {
    this.day = new Int32Array(m.days);
    this.start = new Float64Array(m.days);
    this.end = new Float64Array(m.days);
    this.offset = new Float64Array(m.days);
    this.country = new Int32Array(m.days);
    this.weekNeed = new Float64Array(m.weeks);
    this.weekLimit = new Int32Array(m.weeks);
    this.weekShifts = new Int32Array(m.weeks);
    this.weekRested = new Uint8Array(m.weeks);
    this.seen = new Uint8Array(m.countries.length);
  }

  push(day: number, start: number, end: number, offset: number, country: number): void {
    const i = this.count++;
    this.day[i] = day;
    this.start[i] = start;
    this.end[i] = end;
    this.offset[i] = offset;
    this.country[i] = country;
  }

  /** Counts the broken rules; `report` hears each (kind, index of the shift, detail). */
  check(m: Model, report?: TimelineReport): number {
    const n = this.count;
    if (n === 0) return 0;
    let bad = 0;
    const { day, start, end, offset, country, weekNeed, weekLimit, weekShifts, weekRested, seen } = this;
    const weekOf = (hours: number) => {
      const d = Math.min(m.days - 1, Math.max(0, Math.floor(hours / 24)));
      return m.week[d] ?? 0;
    };
    const firstWeek = weekOf(start[0] ?? 0);
    const lastWeek = weekOf(end[n - 1] ?? 0);
    for (let w = firstWeek; w <= lastWeek; w++) {
      weekNeed[w] = 0;
      weekLimit[w] = 7;
      weekShifts[w] = 0;
      weekRested[w] = 0;
    }
    seen.fill(0);
    for (let i = 0; i < n; i++) {
      const c = country[i] ?? 0;
      const rules = m.labour[c];
      const w = m.week[day[i] ?? 0] ?? 0;
      if (rules !== undefined) {
        if (rules.minWeeklyRestHours > (weekNeed[w] ?? 0)) weekNeed[w] = rules.minWeeklyRestHours;
        if (rules.maxShiftsPerWeek < (weekLimit[w] ?? 7)) weekLimit[w] = rules.maxShiftsPerWeek;
      }
      weekShifts[w] = (weekShifts[w] ?? 0) + 1;
      if (i > 0) {
        const prevCountry = country[i - 1] ?? 0;
        const need = Math.max(m.labour[prevCountry]?.minRestHours ?? 0, rules?.minRestHours ?? 0);
        const rest = (start[i] ?? 0) - (offset[i] ?? 0) - ((end[i - 1] ?? 0) - (offset[i - 1] ?? 0));
        if (rest < need - 1e-9) {
          bad++;
          report?.(TIMELINE_REST, i, rest);
        }
        if (m.countryBlocks && c !== prevCountry) {
          if (seen[c] === 1) {
            bad++;
            report?.(TIMELINE_COUNTRY_BLOCK, i, c);
          }
        }
      }
      seen[c] = 1;
    }
    // Weekly rest: the open rests before the first and after the last shift, then every rest in between.
    weekRested[firstWeek] = 1;
    weekRested[lastWeek] = 1;
    for (let i = 1; i < n; i++) {
      const from = end[i - 1] ?? 0;
      const to = start[i] ?? 0;
      const length = to - (offset[i] ?? 0) - (from - (offset[i - 1] ?? 0));
      const w0 = weekOf(from);
      const w1 = weekOf(to - 1e-6);
      for (let w = w0; w <= w1; w++) if (length >= (weekNeed[w] ?? 0) - 1e-9) weekRested[w] = 1;
    }
    for (let w = firstWeek; w <= lastWeek; w++) {
      if ((weekShifts[w] ?? 0) === 0) continue;
      if (weekRested[w] !== 1) {
        bad++;
        report?.(TIMELINE_WEEKLY_REST, w, weekNeed[w] ?? 0);
      }
      if ((weekShifts[w] ?? 0) > (weekLimit[w] ?? 7)) {
        bad++;
        report?.(TIMELINE_SHIFTS_PER_WEEK, w, weekShifts[w] ?? 0);
      }
    }
    return bad;
  }
}
