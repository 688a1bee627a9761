// The search's mutable schedule: which slot (unit, day) each scene is in, with the aggregates every check
// and cost needs kept up to date as scenes move, and the cost and the number of broken rules recomputed only
// for the units and cast members a move touches. Moves happen inside a transaction: move scenes, evaluate,
// then commit or roll back. Costs are doubles in minor units of the reporting currency; evaluate.ts prices
// the result exactly.
//
// Within a shift the scenes are grouped by location, and the order of locations is the one that makes the
// fewest moves given the neighbouring shifts (a small dynamic program over each unit's shifts). A shift's kind
// is night when it has a night scene, day when it has a day scene, and otherwise day unless the rest after
// the previous shift is too short for a day call, then night.
import { countCastDays, emptyCastDayCounts } from "./cast-days.ts";
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
import { Timeline } from "./timeline.ts";
import type { Schedule, ScheduledDay } from "./types.ts";

/** What one broken rule weighs against money in the search's objective (minor units). */
export const VIOLATION_PENALTY = 1e12;

export class ScheduleState {
  readonly m: Model;
  readonly slotCount: number;
  readonly sceneSlot: Int32Array;
  readonly slotScenes: number[][];
  readonly slotMinutes: Int32Array;
  readonly slotLight: Int32Array;
  readonly slotLocs: number[][];
  readonly slotLocCount: number[][];
  /** (cast * days + day) * units + unit: scenes of the person in that unit that day. */
  readonly castDayUnit: Int32Array;
  /** cast * days + day: units the person works in that day. */
  readonly castDayUnits: Int32Array;
  conflicts = 0;
  staticBad = 0;
  unplaced = 0;
  // Derived per slot by evaluateUnit
  readonly kind: Int8Array;
  readonly start: Float64Array;
  readonly end: Float64Array;
  readonly offset: Float64Array;
  readonly overtime: Int32Array;
  readonly slotCountry: Int32Array;
  // Per unit and per cast member
  readonly unitCost: Float64Array;
  readonly unitBad: Int32Array;
  readonly unitMoves: Int32Array;
  readonly unitBorders: Int32Array;
  readonly castCost: Float64Array;
  readonly castBad: Int32Array;
  cost = 0;
  bad = 0;

  private readonly timeline: Timeline;
  private readonly journal: number[] = [];
  private readonly touchedUnit: Uint8Array;
  private readonly touchedUnits: number[] = [];
  private readonly touchedCast: Uint8Array;
  private readonly touchedCastList: number[] = [];
  private readonly saved: number[] = [];
  private readonly workDays: Int32Array;
  private readonly workCountry: Int32Array;
  private readonly workUnit: Int32Array;
  private readonly counts = emptyCastDayCounts();
  private dpLocs: number[] = [];
  private dpValue: number[] = [];
  private nextLocs: number[] = [];
  private nextValue: number[] = [];

  constructor(m: Model) {
    this.m = m;
    const slots = m.unitCount * m.days;
    this.slotCount = slots;
    this.sceneSlot = new Int32Array(m.sceneCount).fill(-1);
    this.unplaced = m.sceneCount;
    this.slotScenes = Array.from({ length: slots }, () => []);
    this.slotMinutes = new Int32Array(slots);
    this.slotLight = new Int32Array(slots * LIGHT_KINDS);
    this.slotLocs = Array.from({ length: slots }, () => []);
    this.slotLocCount = Array.from({ length: slots }, () => []);
    this.castDayUnit = new Int32Array(m.castCount * m.days * m.unitCount);
    this.castDayUnits = new Int32Array(m.castCount * m.days);
    this.kind = new Int8Array(slots).fill(-1);
    this.start = new Float64Array(slots);
    this.end = new Float64Array(slots);
    this.offset = new Float64Array(slots);
    this.overtime = new Int32Array(slots);
    this.slotCountry = new Int32Array(slots).fill(-1);
    this.unitCost = new Float64Array(m.unitCount);
    this.unitBad = new Int32Array(m.unitCount);
    this.unitMoves = new Int32Array(m.unitCount);
    this.unitBorders = new Int32Array(m.unitCount);
    this.castCost = new Float64Array(m.castCount);
    this.castBad = new Int32Array(m.castCount);
    this.timeline = new Timeline(m);
    this.touchedUnit = new Uint8Array(m.unitCount);
    this.touchedCast = new Uint8Array(m.castCount);
    this.workDays = new Int32Array(m.days);
    this.workCountry = new Int32Array(m.days);
    this.workUnit = new Int32Array(m.days);
    this.bad = this.unplaced;
  }

  /** Search objective: broken rules first, then money. */
  objective(): number {
    return this.bad * VIOLATION_PENALTY + this.cost;
  }

  feasible(): boolean {
    return this.bad === 0;
  }

  unitOf(slot: number): number {
    return Math.floor(slot / this.m.days);
  }

  dayOf(slot: number): number {
    return slot % this.m.days;
  }

  // ---- aggregates ----

  private attach(s: number, slot: number): void {
    const m = this.m;
    this.sceneSlot[s] = slot;
    if (slot < 0) {
      this.unplaced++;
      return;
    }
    this.slotScenes[slot]?.push(s);
    this.slotMinutes[slot] = (this.slotMinutes[slot] ?? 0) + (m.minutes[s] ?? 0);
    const li = slot * LIGHT_KINDS + (m.light[s] ?? 0);
    this.slotLight[li] = (this.slotLight[li] ?? 0) + 1;
    const loc = m.sceneLocation[s] ?? 0;
    const locs = this.slotLocs[slot] ?? [];
    const counts = this.slotLocCount[slot] ?? [];
    const at = locs.indexOf(loc);
    if (at >= 0) counts[at] = (counts[at] ?? 0) + 1;
    else {
      locs.push(loc);
      counts.push(1);
    }
    if (m.allowed[s * this.slotCount + slot] !== 1) this.staticBad++;
    const u = this.unitOf(slot);
    const d = this.dayOf(slot);
    for (const c of m.sceneCast[s] ?? []) {
      const cd = c * m.days + d;
      const k = cd * m.unitCount + u;
      const before = this.castDayUnit[k] ?? 0;
      this.castDayUnit[k] = before + 1;
      if (before === 0) {
        const units = (this.castDayUnits[cd] ?? 0) + 1;
        this.castDayUnits[cd] = units;
        if (units > 1) this.conflicts++;
      }
    }
  }

  private detach(s: number): number {
    const m = this.m;
    const slot = this.sceneSlot[s] ?? -1;
    this.sceneSlot[s] = -1;
    if (slot < 0) {
      this.unplaced--;
      return slot;
    }
    const list = this.slotScenes[slot] ?? [];
    const at = list.indexOf(s);
    list[at] = list[list.length - 1] ?? s;
    list.pop();
    this.slotMinutes[slot] = (this.slotMinutes[slot] ?? 0) - (m.minutes[s] ?? 0);
    const li = slot * LIGHT_KINDS + (m.light[s] ?? 0);
    this.slotLight[li] = (this.slotLight[li] ?? 0) - 1;
    const loc = m.sceneLocation[s] ?? 0;
    const locs = this.slotLocs[slot] ?? [];
    const counts = this.slotLocCount[slot] ?? [];
    const i = locs.indexOf(loc);
    const left = (counts[i] ?? 1) - 1;
    if (left > 0) counts[i] = left;
    else {
      locs.splice(i, 1);
      counts.splice(i, 1);
    }
    if (m.allowed[s * this.slotCount + slot] !== 1) this.staticBad--;
    const u = this.unitOf(slot);
    const d = this.dayOf(slot);
    for (const c of m.sceneCast[s] ?? []) {
      const cd = c * m.days + d;
      const k = cd * m.unitCount + u;
      const after = (this.castDayUnit[k] ?? 0) - 1;
      this.castDayUnit[k] = after;
      if (after === 0) {
        const units = (this.castDayUnits[cd] ?? 0) - 1;
        this.castDayUnits[cd] = units;
        if (units >= 1) this.conflicts--;
      }
    }
    return slot;
  }

  // ---- transactions ----

  private touchUnit(u: number): void {
    if (this.touchedUnit[u] === 1) return;
    this.touchedUnit[u] = 1;
    this.touchedUnits.push(u);
  }

  private touchCast(c: number): void {
    if (this.touchedCast[c] === 1) return;
    this.touchedCast[c] = 1;
    this.touchedCastList.push(c);
  }

  /** Moves scene s to `slot` (-1: unplaced) within the open transaction. */
  move(s: number, slot: number): void {
    const from = this.sceneSlot[s] ?? -1;
    if (from === slot) return;
    this.journal.push(s, from);
    this.detach(s);
    this.attach(s, slot);
    if (from >= 0) this.touchUnit(this.unitOf(from));
    if (slot >= 0) this.touchUnit(this.unitOf(slot));
    for (const c of this.m.sceneCast[s] ?? []) this.touchCast(c);
  }

  /** Recomputes what the open transaction touched; returns the new objective. */
  evaluate(): number {
    const saved = this.saved;
    saved.length = 0;
    for (let i = 0; i < this.touchedUnits.length; i++) {
      const u = this.touchedUnits[i] ?? 0;
      saved.push(
        this.unitCost[u] ?? 0,
        this.unitBad[u] ?? 0,
        this.unitMoves[u] ?? 0,
        this.unitBorders[u] ?? 0,
      );
      this.cost -= this.unitCost[u] ?? 0;
      this.evaluateUnit(u);
      this.cost += this.unitCost[u] ?? 0;
    }
    for (let i = 0; i < this.touchedCastList.length; i++) {
      const c = this.touchedCastList[i] ?? 0;
      saved.push(this.castCost[c] ?? 0, this.castBad[c] ?? 0);
      this.cost -= this.castCost[c] ?? 0;
      this.evaluateCast(c);
      this.cost += this.castCost[c] ?? 0;
    }
    this.bad = this.staticCount() + this.sumBadCache;
    return this.objective();
  }

  private staticCount(): number {
    return this.conflicts + this.staticBad + this.unplaced;
  }

  /** Sum of unitBad and castBad, kept by evaluateUnit and evaluateCast. */
  private sumBadCache = 0;

  /** Keeps the transaction's moves. */
  commit(): void {
    this.clearTransaction();
  }

  /** Undoes the transaction's moves and restores every cost it changed. */
  rollback(): void {
    const journal = this.journal;
    for (let i = journal.length - 2; i >= 0; i -= 2) {
      const s = journal[i] ?? 0;
      this.detach(s);
      this.attach(s, journal[i + 1] ?? -1);
    }
    const saved = this.saved;
    let k = 0;
    const evaluated = saved.length > 0;
    for (let i = 0; i < this.touchedUnits.length && evaluated; i++) {
      const u = this.touchedUnits[i] ?? 0;
      this.cost -= this.unitCost[u] ?? 0;
      this.evaluateUnit(u);
      this.cost += this.unitCost[u] ?? 0;
      k += 4;
    }
    for (let i = 0; i < this.touchedCastList.length && evaluated; i++) {
      const c = this.touchedCastList[i] ?? 0;
      if (k + 1 < saved.length) {
        this.cost += (saved[k] ?? 0) - (this.castCost[c] ?? 0);
        this.sumBadCache += (saved[k + 1] ?? 0) - (this.castBad[c] ?? 0);
        this.castCost[c] = saved[k] ?? 0;
        this.castBad[c] = saved[k + 1] ?? 0;
      }
      k += 2;
    }
    this.bad = this.staticCount() + this.sumBadCache;
    this.clearTransaction();
  }

  private clearTransaction(): void {
    this.journal.length = 0;
    for (const u of this.touchedUnits) this.touchedUnit[u] = 0;
    for (const c of this.touchedCastList) this.touchedCast[c] = 0;
    this.touchedUnits.length = 0;
    this.touchedCastList.length = 0;
    this.saved.length = 0;
  }

  /** Recomputes everything from the aggregates (after a bulk load). */
  recomputeAll(): void {
    this.clearTransaction();
    this.cost = 0;
    this.sumBadCache = 0;
    this.unitBad.fill(0);
    this.castBad.fill(0);
    for (let u = 0; u < this.m.unitCount; u++) {
      this.evaluateUnit(u);
      this.cost += this.unitCost[u] ?? 0;
    }
    this.clearTransaction();
    for (let c = 0; c < this.m.castCount; c++) {
      this.evaluateCast(c);
      this.cost += this.castCost[c] ?? 0;
    }
    this.bad = this.staticCount() + this.sumBadCache;
  }

  /** Places scenes without evaluating, then recomputes everything. */
  load(assignment: ArrayLike<number>): void {
    for (let s = 0; s < this.m.sceneCount; s++) {
      const slot = assignment[s] ?? -1;
      if ((this.sceneSlot[s] ?? -1) !== slot) {
        this.detach(s);
        this.attach(s, slot);
      }
    }
    this.recomputeAll();
  }

  // ---- per-slot quick checks ----

  /**
   * Whether adding scene s to `slot` keeps that slot's own rules (static table, light, twilight windows,
   * one country, moves a day, length with overtime, nobody in two units). A cheap filter before evaluate().
   */
  fits(s: number, slot: number): boolean {
    const m = this.m;
    if (m.allowed[s * this.slotCount + slot] !== 1) return false;
    const u = this.unitOf(slot);
    const d = this.dayOf(slot);
    for (const c of m.sceneCast[s] ?? []) {
      const cd = c * m.days + d;
      if ((this.castDayUnits[cd] ?? 0) > 0 && (this.castDayUnit[cd * m.unitCount + u] ?? 0) === 0)
        return false;
    }
    const base = slot * LIGHT_KINDS;
    const light = m.light[s] ?? 0;
    if (light === LIGHT_NIGHT && (this.slotLight[base + LIGHT_DAY] ?? 0) > 0) return false;
    if (light === LIGHT_DAY && (this.slotLight[base + LIGHT_NIGHT] ?? 0) > 0) return false;
    if (light >= LIGHT_DAWN) {
      const dawn = (this.slotLight[base + LIGHT_DAWN] ?? 0) + (light === LIGHT_DAWN ? 1 : 0);
      const dusk = (this.slotLight[base + LIGHT_DUSK] ?? 0) + (light === LIGHT_DUSK ? 1 : 0);
      const twilight = (this.slotLight[base + LIGHT_TWILIGHT] ?? 0) + (light === LIGHT_TWILIGHT ? 1 : 0);
      if (dawn > 1 || dusk > 1 || dawn + dusk + twilight > 2) return false;
    }
    const locs = this.slotLocs[slot] ?? [];
    const loc = m.sceneLocation[s] ?? 0;
    let k = locs.length;
    if (k > 0) {
      if (m.locationCountry[locs[0] ?? 0] !== m.sceneCountry[s]) return false;
      if (!locs.includes(loc)) k++;
    } else k = 1;
    if (k - 1 > m.maxMovesPerDay) return false;
    const used = (this.slotMinutes[slot] ?? 0) + (m.minutes[s] ?? 0) + (k - 1) * m.moveMinutes;
    return used <= (m.shiftMinutes[u] ?? 0) + (m.maxOvertimeMinutes[u] ?? 0);
  }

  // ---- evaluation ----

  private evaluateUnit(u: number): void {
    const m = this.m;
    const days = m.days;
    const timeline = this.timeline;
    timeline.count = 0;
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
    const dayCall = m.callHour[u * 2 + SHIFT_DAY] ?? 8;
    const nightCall = m.callHour[u * 2 + SHIFT_NIGHT] ?? 18;
    let dpLocs = this.dpLocs;
    let dpValue = this.dpValue;
    let nextLocs = this.nextLocs;
    let nextValue = this.nextValue;
    dpLocs.length = 0;
    dpValue.length = 0;
    const crossUnit = m.unitCount > 1;
    for (let d = 0; d < days; d++) {
      const slot = u * days + d;
      const scenes = this.slotScenes[slot] ?? [];
      if (scenes.length === 0) {
        if (this.kind[slot] !== -1) {
          this.kind[slot] = -1;
          this.slotCountry[slot] = -1;
        }
        continue;
      }
      const base = slot * LIGHT_KINDS;
      const night = (this.slotLight[base + LIGHT_NIGHT] ?? 0) > 0;
      const day = (this.slotLight[base + LIGHT_DAY] ?? 0) > 0;
      if (night && day) bad++;
      const dawn = this.slotLight[base + LIGHT_DAWN] ?? 0;
      const dusk = this.slotLight[base + LIGHT_DUSK] ?? 0;
      const twilight = this.slotLight[base + LIGHT_TWILIGHT] ?? 0;
      if (dawn > 1 || dusk > 1 || dawn + dusk + twilight > 2) bad++;
      const locs = this.slotLocs[slot] ?? [];
      const k = locs.length;
      const first = locs[0] ?? 0;
      const country = m.locationCountry[first] ?? 0;
      for (let i = 1; i < k; i++) if (m.locationCountry[locs[i] ?? 0] !== country) bad++;
      if (k - 1 > m.maxMovesPerDay) bad++;
      const used = (this.slotMinutes[slot] ?? 0) + (k - 1) * m.moveMinutes;
      const over = used > shift ? used - shift : 0;
      if (over > maxOver) bad++;
      this.overtime[slot] = over;
      cost += over * perMinute;
      const offset = m.locationOffset[first * days + d] ?? 0;
      let kind = night ? SHIFT_NIGHT : SHIFT_DAY;
      if (!night && !day && havePrev) {
        const need = Math.max(m.labour[prevCountry]?.minRestHours ?? 0, m.labour[country]?.minRestHours ?? 0);
        if (d * 24 + dayCall - offset - prevEndUtc < need - 1e-9) kind = SHIFT_NIGHT;
      }
      const start = d * 24 + (kind === SHIFT_NIGHT ? nightCall : dayCall);
      const end = start + (shift + over) / 60;
      if (crossUnit && (this.kind[slot] !== kind || this.end[slot] !== end || this.offset[slot] !== offset)) {
        for (const s of scenes) for (const c of m.sceneCast[s] ?? []) this.touchCast(c);
      }
      this.kind[slot] = kind;
      this.start[slot] = start;
      this.end[slot] = end;
      this.offset[slot] = offset;
      this.slotCountry[slot] = country;
      timeline.push(d, start, end, offset, country);
      // Moves: the fewest changes of location, choosing which location ends each shift.
      nextLocs.length = 0;
      nextValue.length = 0;
      for (let i = 0; i < k; i++) {
        const x = locs[i] ?? 0;
        let best = dpLocs.length === 0 ? 0 : Infinity;
        for (let p = 0; p < dpLocs.length; p++) {
          const prev = dpLocs[p] ?? -1;
          const matched = k === 1 ? prev === x : prev !== x && locs.includes(prev);
          const value = (dpValue[p] ?? 0) + (matched ? 0 : 1);
          if (value < best) best = value;
        }
        nextLocs.push(x);
        nextValue.push(best + k - 1);
      }
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
    if (dpValue.length > 0) {
      moves = Infinity;
      for (const value of dpValue) if (value < moves) moves = value;
    }
    bad += timeline.check(m);
    cost += moves * m.moveCost + borders * m.borderCost;
    this.unitCost[u] = cost;
    this.sumBadCache += bad - (this.unitBad[u] ?? 0);
    this.unitBad[u] = bad;
    this.unitMoves[u] = moves;
    this.unitBorders[u] = borders;
  }

  private evaluateCast(c: number): void {
    const m = this.m;
    const days = m.days;
    const units = m.unitCount;
    let count = 0;
    const row = c * days;
    for (let d = 0; d < days; d++) {
      if ((this.castDayUnits[row + d] ?? 0) === 0) continue;
      let u = 0;
      while (u < units - 1 && (this.castDayUnit[(row + d) * units + u] ?? 0) === 0) u++;
      this.workDays[count] = d;
      this.workUnit[count] = u;
      this.workCountry[count] = this.slotCountry[u * days + d] ?? 0;
      count++;
    }
    const counts = countCastDays(m, c, this.workDays, this.workCountry, count, this.counts);
    let bad = counts.badHolds;
    if (units > 1) {
      for (let i = 1; i < count; i++) {
        const ua = this.workUnit[i - 1] ?? 0;
        const ub = this.workUnit[i] ?? 0;
        if (ua === ub) continue;
        const a = ua * days + (this.workDays[i - 1] ?? 0);
        const b = ub * days + (this.workDays[i] ?? 0);
        const rest =
          (this.start[b] ?? 0) - (this.offset[b] ?? 0) - ((this.end[a] ?? 0) - (this.offset[a] ?? 0));
        const need = Math.max(
          m.labour[this.slotCountry[a] ?? 0]?.minRestHours ?? 0,
          m.labour[this.slotCountry[b] ?? 0]?.minRestHours ?? 0,
        );
        if (rest < need - 1e-9) bad++;
      }
    }
    const paid = counts.work + counts.hold + counts.travel;
    const cost = paid * (m.castRate[c] ?? 0);
    this.sumBadCache += bad - (this.castBad[c] ?? 0);
    this.castCost[c] = cost;
    this.castBad[c] = bad;
  }

  // ---- import and export ----

  /** The schedule as data: shifts in date order, then unit order; scenes grouped by location. */
  toSchedule(): Schedule {
    const m = this.m;
    const days = m.days;
    const out: { day: number; unit: number; entry: ScheduledDay }[] = [];
    for (let u = 0; u < m.unitCount; u++) {
      const used: number[] = [];
      for (let d = 0; d < days; d++) if ((this.slotScenes[u * days + d] ?? []).length > 0) used.push(d);
      const lastChoice = this.chooseLastLocations(u, used);
      let prevLast = -1;
      used.forEach((d, i) => {
        const slot = u * days + d;
        const locs = [...(this.slotLocs[slot] ?? [])].sort((a, b) => a - b);
        const last = lastChoice[i] ?? locs[0] ?? 0;
        let first = locs.length === 1 ? last : (locs.find((x) => x !== last && x === prevLast) ?? -1);
        if (first < 0) first = locs.find((x) => x !== last) ?? last;
        const middle = locs.filter((x) => x !== first && x !== last);
        const order = locs.length === 1 ? [last] : [first, ...middle, last];
        const scenes = [...(this.slotScenes[slot] ?? [])].sort(
          (a, b) =>
            order.indexOf(m.sceneLocation[a] ?? 0) - order.indexOf(m.sceneLocation[b] ?? 0) ||
            (m.sceneSet[a] ?? 0) - (m.sceneSet[b] ?? 0) ||
            a - b,
        );
        out.push({
          day: d,
          unit: u,
          entry: {
            date: m.dates[d] ?? "",
            unitId: m.unitIds[u] ?? "",
            shift: this.kind[slot] === SHIFT_NIGHT ? "night" : "day",
            sceneIds: scenes.map((s) => m.sceneIds[s] ?? ""),
          },
        });
        prevLast = last;
      });
    }
    out.sort((a, b) => a.day - b.day || a.unit - b.unit);
    return { days: out.map((item) => item.entry) };
  }

  /** For each used day of unit u, the location that ends the shift in a fewest-moves order. */
  private chooseLastLocations(u: number, used: readonly number[]): number[] {
    const days = this.m.days;
    const layers: { locs: number[]; value: number[]; from: number[] }[] = [];
    for (const d of used) {
      const locs = [...(this.slotLocs[u * days + d] ?? [])].sort((a, b) => a - b);
      const prev = layers[layers.length - 1];
      const value: number[] = [];
      const from: number[] = [];
      for (const x of locs) {
        let best = prev === undefined ? 0 : Infinity;
        let arg = -1;
        prev?.locs.forEach((p, i) => {
          const matched = locs.length === 1 ? p === x : p !== x && locs.includes(p);
          const v = (prev.value[i] ?? 0) + (matched ? 0 : 1);
          if (v < best) {
            best = v;
            arg = i;
          }
        });
        value.push(best + locs.length - 1);
        from.push(arg);
      }
      layers.push({ locs, value, from });
    }
    const choice: number[] = new Array<number>(used.length).fill(0);
    let index = -1;
    const lastLayer = layers[layers.length - 1];
    if (lastLayer) {
      let best = Infinity;
      lastLayer.value.forEach((v, i) => {
        if (v < best) {
          best = v;
          index = i;
        }
      });
    }
    for (let t = layers.length - 1; t >= 0 && index >= 0; t--) {
      const layer = layers[t];
      if (!layer) break;
      choice[t] = layer.locs[index] ?? 0;
      index = layer.from[index] ?? -1;
    }
    return choice;
  }
}

/**
 * Which slot each scene is in according to a schedule (−1 where it is missing); unknown ids, unknown units
 * and dates outside the calendar are left out. A scene listed twice keeps its first place.
 */
export function assignmentOf(m: Model, schedule: Schedule): Int32Array {
  const slot = new Int32Array(m.sceneCount).fill(-1);
  for (const day of schedule.days) {
    const d = m.dayIndex.get(day.date);
    const u = m.unitIndex.get(day.unitId);
    if (d === undefined || u === undefined) continue;
    for (const id of day.sceneIds) {
      const s = m.sceneIndex.get(id);
      if (s !== undefined && slot[s] === -1) slot[s] = u * m.days + d;
    }
  }
  return slot;
}
