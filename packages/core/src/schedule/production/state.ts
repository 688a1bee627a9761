// The search's mutable schedule: which slot (unit, day) each scene is in, with the aggregates every check
// and cost needs kept up to date as scenes move, and the cost and the number of broken rules recomputed only
// for the units and cast members a move touches (unit-pricing.ts, cast-pricing.ts). Moves happen inside a
// transaction: move scenes, evaluate, then commit or roll back. Costs are doubles in minor units of the
// reporting currency; evaluate.ts prices the result exactly. schedule-slots.ts reads and writes schedules.
import { CastPricer } from "./cast-pricing.ts";
import {
  LIGHT_DAWN,
  LIGHT_DAY,
  LIGHT_DUSK,
  LIGHT_KINDS,
  LIGHT_NIGHT,
  LIGHT_TWILIGHT,
  type Model,
} from "./model.ts";
import { scheduleOfState } from "./schedule-slots.ts";
import type { Schedule } from "./types.ts";
import { UnitPricer } from "./unit-pricing.ts";

// Local copies of imported constants: read in the innermost loop of the search.
const KINDS = LIGHT_KINDS;
const NIGHT = LIGHT_NIGHT;
const DAY = LIGHT_DAY;
const DAWN = LIGHT_DAWN;
const DUSK = LIGHT_DUSK;
const TWILIGHT = LIGHT_TWILIGHT;

/** A copy of the shifts' derived values (kind, times, overtime, country) of a range of slots. */
class SavedShifts {
  private readonly kind: Int8Array;
  private readonly start: Float64Array;
  private readonly end: Float64Array;
  private readonly offset: Float64Array;
  private readonly overtime: Int32Array;
  private readonly country: Int32Array;

  constructor(slots: number) {
    this.kind = new Int8Array(slots);
    this.start = new Float64Array(slots);
    this.end = new Float64Array(slots);
    this.offset = new Float64Array(slots);
    this.overtime = new Int32Array(slots);
    this.country = new Int32Array(slots);
  }

  save(state: ScheduleState, from: number, to: number): void {
    this.kind.set(state.kind.subarray(from, to), from);
    this.start.set(state.start.subarray(from, to), from);
    this.end.set(state.end.subarray(from, to), from);
    this.offset.set(state.offset.subarray(from, to), from);
    this.overtime.set(state.overtime.subarray(from, to), from);
    this.country.set(state.slotCountry.subarray(from, to), from);
  }

  restore(state: ScheduleState, from: number, to: number): void {
    state.kind.set(this.kind.subarray(from, to), from);
    state.start.set(this.start.subarray(from, to), from);
    state.end.set(this.end.subarray(from, to), from);
    state.offset.set(this.offset.subarray(from, to), from);
    state.overtime.set(this.overtime.subarray(from, to), from);
    state.slotCountry.set(this.country.subarray(from, to), from);
  }
}

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

  /** Sum of unitBad and castBad, kept by the pricers. */
  brokenInParts = 0;

  private readonly unitPricer: UnitPricer;
  private readonly castPricer: CastPricer;
  private readonly journal: number[] = [];
  private readonly touchedUnit: Uint8Array;
  private readonly touchedUnits: number[] = [];
  private readonly touchedCast: Uint8Array;
  private readonly touchedCastList: number[] = [];
  private readonly saved: number[] = [];
  private readonly keepShifts: SavedShifts;

  constructor(m: Model) {
    this.m = m;
    const slots = m.unitCount * m.days;
    this.slotCount = slots;
    this.sceneSlot = new Int32Array(m.sceneCount).fill(-1);
    this.unplaced = m.sceneCount;
    this.slotScenes = Array.from({ length: slots }, () => []);
    this.slotMinutes = new Int32Array(slots);
    this.slotLight = new Int32Array(slots * KINDS);
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
    this.unitPricer = new UnitPricer(m);
    this.castPricer = new CastPricer(m);
    this.touchedUnit = new Uint8Array(m.unitCount);
    this.touchedCast = new Uint8Array(m.castCount);
    this.keepShifts = new SavedShifts(slots);
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
    const li = slot * KINDS + (m.light[s] ?? 0);
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
    const li = slot * KINDS + (m.light[s] ?? 0);
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

  /** Marks cast member c for re-pricing in the open transaction. */
  touchCast(c: number): void {
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

  /** Recomputes what the open transaction touched; returns the new objective. Once per transaction. */
  evaluate(): number {
    const saved = this.saved;
    saved.length = 0;
    const days = this.m.days;
    for (let i = 0; i < this.touchedUnits.length; i++) {
      const u = this.touchedUnits[i] ?? 0;
      this.keepShifts.save(this, u * days, (u + 1) * days);
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
    this.bad = this.staticCount() + this.brokenInParts;
    return this.objective();
  }

  private staticCount(): number {
    return this.conflicts + this.staticBad + this.unplaced;
  }

  private evaluateUnit(u: number): void {
    this.unitPricer.price(this, u);
  }

  private evaluateCast(c: number): void {
    this.castPricer.price(this, c);
  }

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
    const days = this.m.days;
    for (let i = 0; i < this.touchedUnits.length && evaluated; i++) {
      const u = this.touchedUnits[i] ?? 0;
      // The unit's shifts as they were before evaluate(): restored, not recomputed.
      this.keepShifts.restore(this, u * days, (u + 1) * days);
      this.cost += (saved[k] ?? 0) - (this.unitCost[u] ?? 0);
      this.brokenInParts += (saved[k + 1] ?? 0) - (this.unitBad[u] ?? 0);
      this.unitCost[u] = saved[k] ?? 0;
      this.unitBad[u] = saved[k + 1] ?? 0;
      this.unitMoves[u] = saved[k + 2] ?? 0;
      this.unitBorders[u] = saved[k + 3] ?? 0;
      k += 4;
    }
    for (let i = 0; i < this.touchedCastList.length && evaluated; i++) {
      const c = this.touchedCastList[i] ?? 0;
      if (k + 1 < saved.length) {
        this.cost += (saved[k] ?? 0) - (this.castCost[c] ?? 0);
        this.brokenInParts += (saved[k + 1] ?? 0) - (this.castBad[c] ?? 0);
        this.castCost[c] = saved[k] ?? 0;
        this.castBad[c] = saved[k + 1] ?? 0;
      }
      k += 2;
    }
    this.bad = this.staticCount() + this.brokenInParts;
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
    this.brokenInParts = 0;
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
    this.bad = this.staticCount() + this.brokenInParts;
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
    const base = slot * KINDS;
    const light = m.light[s] ?? 0;
    if (light === NIGHT && (this.slotLight[base + DAY] ?? 0) > 0) return false;
    if (light === DAY && (this.slotLight[base + NIGHT] ?? 0) > 0) return false;
    if (light >= DAWN) {
      const dawn = (this.slotLight[base + DAWN] ?? 0) + (light === DAWN ? 1 : 0);
      const dusk = (this.slotLight[base + DUSK] ?? 0) + (light === DUSK ? 1 : 0);
      const twilight = (this.slotLight[base + TWILIGHT] ?? 0) + (light === TWILIGHT ? 1 : 0);
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

  /** The schedule as data: shifts in date order, then unit order; scenes grouped by location. */
  toSchedule(): Schedule {
    return scheduleOfState(this);
  }
}
