// One unit's shifts priced and checked from the state's aggregates (state.ts): each shift's kind, start, end
// and overtime, the rules of a shift (light, twilight windows, one country, moves a day, length) and of the
// unit's timeline (rest, weekly rest, shifts a week, country blocks), and its moves, border crossings and
// overtime. A shift's kind is night when it has a night scene, day when it has a day scene, and otherwise
// day unless the rest after the previous shift is too short for a day call, then night. Within a shift the
// scenes are grouped by location, and the order of locations is the one that makes the fewest moves given
// the neighbouring shifts (a small dynamic program over the unit's shifts).
import {
  LIGHT_DAWN,
  LIGHT_DAY,
  LIGHT_DUSK,
  LIGHT_KINDS,
  LIGHT_NIGHT,
  LIGHT_TWILIGHT,
  SHIFT_DAY,
  SHIFT_NIGHT,
  type Model,
} from "./model.ts";
import type { ScheduleState } from "./state.ts";
import { Timeline } from "./timeline.ts";

// Local copies of imported constants: read in the innermost loop of the search.
const KINDS = LIGHT_KINDS;
const NIGHT = LIGHT_NIGHT;
const DAY = LIGHT_DAY;
const DAWN = LIGHT_DAWN;
const DUSK = LIGHT_DUSK;
const TWILIGHT = LIGHT_TWILIGHT;
const DAY_SHIFT = SHIFT_DAY;
const NIGHT_SHIFT = SHIFT_NIGHT;

/** Locations of a shift the dynamic program over moves starts with room for (it grows when needed). */
const TRACKED = 8;

export class UnitPricer {
  private readonly timeline: Timeline;
  // The dynamic program over moves: for each location that may end the previous shift, the fewest moves.
  private dpLocs = new Int32Array(TRACKED);
  private dpValue = new Float64Array(TRACKED);
  private nextLocs = new Int32Array(TRACKED);
  private nextValue = new Float64Array(TRACKED);

  /** Days around a shift within which a shift of another unit can be too close (rest is at most this long). */
  private readonly restReach: number;

  constructor(m: Model) {
    this.timeline = new Timeline(m);
    let longest = 0;
    for (const rules of m.labour) longest = Math.max(longest, rules.minRestHours);
    this.restReach = 1 + Math.ceil(longest / 24);
  }

  /** Whether cast member c works for a unit other than u within restReach days of day d. */
  private worksElsewhereNear(state: ScheduleState, c: number, u: number, d: number): boolean {
    const m = state.m;
    const days = m.days;
    const units = m.unitCount;
    const to = Math.min(days - 1, d + this.restReach);
    for (let x = Math.max(0, d - this.restReach); x <= to; x++) {
      const cd = c * days + x;
      const all = state.castDayUnits[cd] ?? 0;
      if (all === 0) continue;
      if (all > ((state.castDayUnit[cd * units + u] ?? 0) > 0 ? 1 : 0)) return true;
    }
    return false;
  }

  /** Recomputes unit u's shifts, cost and broken rules into `state`. */
  price(state: ScheduleState, u: number): void {
    const m = state.m;
    const days = m.days;
    const timeline = this.timeline;
    timeline.count = 0;
    const slotScenes = state.slotScenes;
    const slotLight = state.slotLight;
    const slotLocs = state.slotLocs;
    const slotMinutes = state.slotMinutes;
    const kinds = state.kind;
    const ends = state.end;
    const offsets = state.offset;
    const locationCountry = m.locationCountry;
    let bad = 0;
    let cost = 0;
    let moves = 0;
    let borders = 0;
    let prevCountry = -1;
    let prevEndUtc = -Infinity;
    let havePrev = false;
    const shift = m.shiftMinutes[u] ?? 0;
    const maxOver = m.maxOvertimeMinutes[u] ?? 0;
    const perMinute = m.overtimePerMinute[u] ?? 0;
    const dayCall = m.callHour[u * 2 + DAY_SHIFT] ?? 8;
    const nightCall = m.callHour[u * 2 + NIGHT_SHIFT] ?? 18;
    let dpLocs = this.dpLocs;
    let dpValue = this.dpValue;
    let nextLocs = this.nextLocs;
    let nextValue = this.nextValue;
    let dpCount = 0;
    const crossUnit = m.unitCount > 1;
    for (let d = 0; d < days; d++) {
      const slot = u * days + d;
      const scenes = slotScenes[slot] ?? [];
      if (scenes.length === 0) {
        if (kinds[slot] !== -1) {
          kinds[slot] = -1;
          state.slotCountry[slot] = -1;
        }
        continue;
      }
      const base = slot * KINDS;
      const night = (slotLight[base + NIGHT] ?? 0) > 0;
      const day = (slotLight[base + DAY] ?? 0) > 0;
      if (night && day) bad++;
      const dawn = slotLight[base + DAWN] ?? 0;
      const dusk = slotLight[base + DUSK] ?? 0;
      const twilight = slotLight[base + TWILIGHT] ?? 0;
      if (dawn > 1 || dusk > 1 || dawn + dusk + twilight > 2) bad++;
      const locs = slotLocs[slot] ?? [];
      const k = locs.length;
      const first = locs[0] ?? 0;
      const country = locationCountry[first] ?? 0;
      for (let i = 1; i < k; i++) if (locationCountry[locs[i] ?? 0] !== country) bad++;
      if (k - 1 > m.maxMovesPerDay) bad++;
      const used = (slotMinutes[slot] ?? 0) + (k - 1) * m.moveMinutes;
      const over = used > shift ? used - shift : 0;
      if (over > maxOver) bad++;
      state.overtime[slot] = over;
      cost += over * perMinute;
      const offset = m.locationOffset[first * days + d] ?? 0;
      let kind = night ? NIGHT_SHIFT : DAY_SHIFT;
      if (!night && !day && havePrev) {
        const need = Math.max(m.labour[prevCountry]?.minRestHours ?? 0, m.labour[country]?.minRestHours ?? 0);
        if (d * 24 + dayCall - offset - prevEndUtc < need - 1e-9) kind = NIGHT_SHIFT;
      }
      const start = d * 24 + (kind === NIGHT_SHIFT ? nightCall : dayCall);
      const end = start + (shift + over) / 60;
      if (state.slotCountry[slot] !== country) {
        // The country a person works in decides their travel days.
        for (const s of scenes) for (const c of m.sceneCast[s] ?? []) state.touchCast(c);
      } else if (crossUnit && (kinds[slot] !== kind || ends[slot] !== end || offsets[slot] !== offset)) {
        // Someone working for another unit a day or two before or after may now rest too little.
        for (const s of scenes) {
          for (const c of m.sceneCast[s] ?? [])
            if (this.worksElsewhereNear(state, c, u, d)) state.touchCast(c);
        }
      }
      kinds[slot] = kind;
      state.start[slot] = start;
      ends[slot] = end;
      offsets[slot] = offset;
      state.slotCountry[slot] = country;
      timeline.push(d, start, end, offset, country);
      // Moves: the fewest changes of location, choosing which location ends each shift.
      if (k > nextLocs.length) {
        const grown = (size: number) => Math.max(size * 2, k);
        const copy = <T extends Int32Array | Float64Array>(from: T, to: T): T => {
          to.set(from.subarray(0, dpCount));
          return to;
        };
        dpLocs = copy(dpLocs, new Int32Array(grown(dpLocs.length)));
        dpValue = copy(dpValue, new Float64Array(grown(dpValue.length)));
        nextLocs = new Int32Array(dpLocs.length);
        nextValue = new Float64Array(dpValue.length);
      }
      for (let i = 0; i < k; i++) {
        const x = locs[i] ?? 0;
        let best = dpCount === 0 ? 0 : Infinity;
        for (let p = 0; p < dpCount; p++) {
          const prev = dpLocs[p] ?? -1;
          const matched = k === 1 ? prev === x : prev !== x && locs.includes(prev);
          const value = (dpValue[p] ?? 0) + (matched ? 0 : 1);
          if (value < best) best = value;
        }
        nextLocs[i] = x;
        nextValue[i] = best + k - 1;
      }
      dpCount = k;
      [dpLocs, nextLocs] = [nextLocs, dpLocs];
      [dpValue, nextValue] = [nextValue, dpValue];
      if (havePrev && country !== prevCountry) borders++;
      prevCountry = country;
      prevEndUtc = end - offset;
      havePrev = true;
    }
    this.dpLocs = dpLocs;
    this.dpValue = dpValue;
    this.nextLocs = nextLocs;
    this.nextValue = nextValue;
    if (dpCount > 0) {
      moves = Infinity;
      for (let p = 0; p < dpCount; p++) if ((dpValue[p] ?? 0) < moves) moves = dpValue[p] ?? 0;
    }
    bad += timeline.check(m);
    cost += moves * m.moveCost + borders * m.borderCost;
    state.unitCost[u] = cost;
    state.brokenInParts += bad - (state.unitBad[u] ?? 0);
    state.unitBad[u] = bad;
    state.unitMoves[u] = moves;
    state.unitBorders[u] = borders;
  }
}
