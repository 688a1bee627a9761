// The exact price and the broken rules of a schedule, as a person or the server reads it: the scenes in the
// order given, the shift kinds given. Money is exact: each term is a sum of exact products (days × daily rate
// × budget rate, minutes × hourly rate ÷ 60, …) rounded once, half-even, to minor units of the reporting
// currency; the total is the sum of the rounded terms. Each person's line is rounded on its own, so the
// lines may differ from the terms by rounding.
import { addRatio, divideRounded, type Ratio } from "../../money/ratio.ts";
import { countCastDays, emptyCastDayCounts } from "./cast-days.ts";
import {
  compileModel,
  LIGHT_DAWN,
  LIGHT_DAY,
  LIGHT_DUSK,
  LIGHT_NIGHT,
  LIGHT_TWILIGHT,
  SHIFT_DAY,
  SHIFT_NIGHT,
  type Model,
} from "./model.ts";
import type { ProductionProblem } from "./problems.ts";
import { Timeline, TIMELINE_COUNTRY_BLOCK, TIMELINE_REST, TIMELINE_WEEKLY_REST } from "./timeline.ts";
import type { ProductionInstance, Schedule, ScheduleCost } from "./types.ts";

export type ScheduleViolationCode =
  | "UNKNOWN_UNIT"
  | "UNKNOWN_SCENE"
  | "DATE_OUTSIDE_CALENDAR"
  | "DUPLICATE_SHIFT"
  | "SCENE_MISSING"
  | "SCENE_TWICE"
  | "DAY_OFF"
  | "HOLIDAY"
  | "LOCATION_UNAVAILABLE"
  | "CAST_UNAVAILABLE"
  | "LOCK_MOVED"
  | "UNIT_NOT_ALLOWED"
  | "SHIFT_LIGHT"
  | "TWILIGHT_WINDOWS"
  | "COUNTRIES_IN_ONE_SHIFT"
  | "TOO_MANY_MOVES"
  | "OVER_CAPACITY"
  | "REST_BETWEEN_SHIFTS"
  | "WEEKLY_REST"
  | "SHIFTS_PER_WEEK"
  | "COUNTRY_BLOCK_SPLIT"
  | "CAST_TWO_UNITS"
  | "HOLD_NOT_ALLOWED";

export interface ScheduleViolation {
  readonly code: ScheduleViolationCode;
  readonly detail: string;
  readonly sceneId?: string;
  readonly castId?: string;
  readonly unitId?: string;
  readonly locationId?: string;
  readonly date?: string;
}

export interface CastCostLine {
  readonly castId: string;
  readonly workDays: number;
  readonly holdDays: number;
  readonly travelDays: number;
  readonly drops: number;
  /** First and last work day, or null for someone with no scene scheduled. */
  readonly firstDate: string | null;
  readonly lastDate: string | null;
  /** (work + hold + travel days) × daily rate, in minor units of the reporting currency. */
  readonly cost: number;
}

export interface UnitLine {
  readonly unitId: string;
  readonly shifts: number;
  readonly nightShifts: number;
  readonly moves: number;
  readonly borderCrossings: number;
  readonly overtimeMinutes: number;
}

export type ScheduleEvaluation =
  | {
      readonly ok: true;
      /** No violations. */
      readonly feasible: boolean;
      readonly violations: readonly ScheduleViolation[];
      readonly cost: ScheduleCost;
      readonly perCast: readonly CastCostLine[];
      readonly perUnit: readonly UnitLine[];
    }
  | { readonly ok: false; readonly problems: readonly ProductionProblem[] };

/** Prices a schedule and lists what it breaks; `ok: false` when the instance itself cannot be read. */
export function evaluateSchedule(instance: ProductionInstance, schedule: Schedule): ScheduleEvaluation {
  const compiled = compileModel(instance);
  if (!compiled.ok) return { ok: false, problems: compiled.problems };
  return evaluateWithModel(compiled.model, schedule);
}

interface Shift {
  readonly u: number;
  readonly d: number;
  readonly kind: number;
  readonly scenes: number[];
}

const zero: Ratio = { n: 0n, d: 1n };

function times(ratio: Ratio, count: number): Ratio {
  return { n: ratio.n * BigInt(count), d: ratio.d };
}

function toMinor(ratio: Ratio): number {
  const value = divideRounded(ratio.n, ratio.d, "half-even");
  const number = Number(value);
  if (!Number.isSafeInteger(number))
    throw new RangeError("evaluateSchedule: a cost is beyond 2^53 minor units");
  return number;
}

export function evaluateWithModel(m: Model, schedule: Schedule): ScheduleEvaluation {
  const violations: ScheduleViolation[] = [];
  const add = (v: ScheduleViolation) => violations.push(v);
  const days = m.days;
  const shifts = new Map<number, Shift>();
  const seen = new Int32Array(m.sceneCount);
  for (const entry of schedule.days) {
    const d = m.dayIndex.get(entry.date);
    const u = m.unitIndex.get(entry.unitId);
    if (u === undefined) {
      add({
        code: "UNKNOWN_UNIT",
        unitId: entry.unitId,
        date: entry.date,
        detail: `no unit ${entry.unitId}`,
      });
      continue;
    }
    if (d === undefined) {
      add({
        code: "DATE_OUTSIDE_CALENDAR",
        unitId: entry.unitId,
        date: entry.date,
        detail: `${entry.date} is outside ${m.dates[0] ?? ""} … ${m.dates[days - 1] ?? ""}`,
      });
      continue;
    }
    const scenes: number[] = [];
    for (const id of entry.sceneIds) {
      const s = m.sceneIndex.get(id);
      if (s === undefined) {
        add({ code: "UNKNOWN_SCENE", sceneId: id, date: entry.date, detail: `no scene ${id}` });
        continue;
      }
      seen[s] = (seen[s] ?? 0) + 1;
      if (seen[s] === 2)
        add({ code: "SCENE_TWICE", sceneId: id, detail: `scene ${id} is scheduled more than once` });
      if ((seen[s] ?? 0) >= 2) continue;
      scenes.push(s);
    }
    if (scenes.length === 0) continue;
    const key = u * days + d;
    const kind = entry.shift === "night" ? SHIFT_NIGHT : SHIFT_DAY;
    const existing = shifts.get(key);
    if (existing) {
      add({
        code: "DUPLICATE_SHIFT",
        unitId: entry.unitId,
        date: entry.date,
        detail: `unit ${entry.unitId} has two shifts on ${entry.date}; they are read as one`,
      });
      existing.scenes.push(...scenes);
    } else shifts.set(key, { u, d, kind, scenes });
  }
  for (let s = 0; s < m.sceneCount; s++) {
    if (seen[s] === 0) {
      add({
        code: "SCENE_MISSING",
        sceneId: m.sceneIds[s],
        detail: `scene ${m.sceneIds[s] ?? ""} is not scheduled`,
      });
    }
  }

  const ordered = [...shifts.values()].sort((a, b) => a.u - b.u || a.d - b.d);
  const slotCountry = new Int32Array(m.unitCount * days).fill(-1);
  const start = new Float64Array(m.unitCount * days);
  const end = new Float64Array(m.unitCount * days);
  const offsetAt = new Float64Array(m.unitCount * days);
  const overtimeMinutes = new Array<number>(m.unitCount).fill(0);
  const unitMoves = new Array<number>(m.unitCount).fill(0);
  const unitBorders = new Array<number>(m.unitCount).fill(0);
  const unitShifts = new Array<number>(m.unitCount).fill(0);
  const unitNights = new Array<number>(m.unitCount).fill(0);
  const lastLocation = new Array<number>(m.unitCount).fill(-1);
  const lastCountry = new Array<number>(m.unitCount).fill(-1);
  const timelines = Array.from({ length: m.unitCount }, () => new Timeline(m));
  for (const shift of ordered) {
    const { u, d, kind, scenes } = shift;
    const unitId = m.unitIds[u] ?? "";
    const date = m.dates[d] ?? "";
    const at = { unitId, date };
    const lights = [0, 0, 0, 0, 0, 0];
    let minutes = 0;
    let moves = 0;
    const first = scenes[0] ?? 0;
    const country = m.sceneCountry[first] ?? 0;
    let countriesMixed = false;
    scenes.forEach((s, i) => {
      const sceneId = m.sceneIds[s] ?? "";
      const l = m.sceneLocation[s] ?? 0;
      const locationId = m.locationIds[l] ?? "";
      const here = { ...at, sceneId };
      minutes += m.minutes[s] ?? 0;
      lights[m.light[s] ?? 0] = (lights[m.light[s] ?? 0] ?? 0) + 1;
      if (i > 0 && (m.sceneLocation[scenes[i - 1] ?? 0] ?? 0) !== l) moves++;
      if ((m.sceneCountry[s] ?? 0) !== country) countriesMixed = true;
      if (m.workingDay[d] !== 1) add({ code: "DAY_OFF", ...here, detail: `${date} is a company day off` });
      else if (m.holiday[m.sceneCountry[s] ?? 0]?.[d] === 1) {
        add({
          code: "HOLIDAY",
          ...here,
          locationId,
          detail: `${date} is a public holiday in ${m.countries[m.sceneCountry[s] ?? 0] ?? ""}`,
        });
      } else if (m.locationOpen[l * days + d] !== 1) {
        add({
          code: "LOCATION_UNAVAILABLE",
          ...here,
          locationId,
          detail: `${locationId} is not available on ${date}`,
        });
      }
      for (const c of m.sceneCast[s] ?? []) {
        if (m.castAvailable[c * days + d] !== 1) {
          const castId = m.castIds[c] ?? "";
          add({ code: "CAST_UNAVAILABLE", ...here, castId, detail: `${castId} is not available on ${date}` });
        }
      }
      if ((m.lockedDay[s] ?? -1) !== -1 && m.lockedDay[s] !== d) {
        add({
          code: "LOCK_MOVED",
          ...here,
          detail: `scene ${sceneId} is locked to ${m.instance.scenes[s]?.lockedDate ?? ""}`,
        });
      }
      if ((m.lockedUnit[s] ?? -1) !== -1 && m.lockedUnit[s] !== u) {
        add({
          code: "LOCK_MOVED",
          ...here,
          detail: `scene ${sceneId} is locked to unit ${m.instance.scenes[s]?.lockedUnit ?? ""}`,
        });
      } else if (m.sceneUnit[s * m.unitCount + u] !== 1) {
        add({ code: "UNIT_NOT_ALLOWED", ...here, detail: `unit ${unitId} may not shoot scene ${sceneId}` });
      }
      if (kind === SHIFT_DAY && m.light[s] === LIGHT_NIGHT) {
        add({ code: "SHIFT_LIGHT", ...here, detail: `night scene ${sceneId} in a day shift` });
      }
      if (kind === SHIFT_NIGHT && m.light[s] === LIGHT_DAY) {
        add({ code: "SHIFT_LIGHT", ...here, detail: `day scene ${sceneId} in a night shift` });
      }
    });
    const dawn = lights[LIGHT_DAWN] ?? 0;
    const dusk = lights[LIGHT_DUSK] ?? 0;
    const twilight = lights[LIGHT_TWILIGHT] ?? 0;
    if (dawn > 1 || dusk > 1 || dawn + dusk + twilight > 2) {
      add({
        code: "TWILIGHT_WINDOWS",
        ...at,
        detail: `${dawn + dusk + twilight} dawn, dusk or режим scenes for one sunrise and one sunset window`,
      });
    }
    if (countriesMixed)
      add({ code: "COUNTRIES_IN_ONE_SHIFT", ...at, detail: "one shift cannot cross a border" });
    if (moves > m.maxMovesPerDay) {
      add({
        code: "TOO_MANY_MOVES",
        ...at,
        detail: `${moves} company moves, at most ${m.maxMovesPerDay} a day`,
      });
    }
    const used = minutes + moves * m.moveMinutes;
    const shiftMinutes = m.shiftMinutes[u] ?? 0;
    const over = Math.max(0, used - shiftMinutes);
    if (over > (m.maxOvertimeMinutes[u] ?? 0)) {
      add({
        code: "OVER_CAPACITY",
        ...at,
        detail: `${used} minutes of work in a ${shiftMinutes}-minute shift with ${m.maxOvertimeMinutes[u] ?? 0} minutes of overtime`,
      });
    }
    overtimeMinutes[u] = (overtimeMinutes[u] ?? 0) + over;
    const firstLocation = m.sceneLocation[first] ?? 0;
    const offset = m.locationOffset[firstLocation * days + d] ?? 0;
    const startHour = d * 24 + (m.callHour[u * 2 + kind] ?? 0);
    const slot = u * days + d;
    slotCountry[slot] = country;
    start[slot] = startHour;
    end[slot] = startHour + (shiftMinutes + over) / 60;
    offsetAt[slot] = offset;
    timelines[u]?.push(d, startHour, startHour + (shiftMinutes + over) / 60, offset, country);
    if ((lastLocation[u] ?? -1) >= 0 && lastLocation[u] !== firstLocation) moves++;
    if ((lastCountry[u] ?? -1) >= 0 && lastCountry[u] !== country) unitBorders[u] = (unitBorders[u] ?? 0) + 1;
    unitMoves[u] = (unitMoves[u] ?? 0) + moves;
    unitShifts[u] = (unitShifts[u] ?? 0) + 1;
    if (kind === SHIFT_NIGHT) unitNights[u] = (unitNights[u] ?? 0) + 1;
    lastLocation[u] = m.sceneLocation[scenes[scenes.length - 1] ?? 0] ?? 0;
    lastCountry[u] = country;
  }
  timelines.forEach((timeline, u) => {
    const unitId = m.unitIds[u] ?? "";
    timeline.check(m, (kind, index, detail) => {
      const date = m.dates[timeline.day[index] ?? 0] ?? "";
      if (kind === TIMELINE_REST) {
        add({
          code: "REST_BETWEEN_SHIFTS",
          unitId,
          date,
          detail: `only ${detail.toFixed(1)} h of rest before this shift`,
        });
      } else if (kind === TIMELINE_COUNTRY_BLOCK) {
        add({
          code: "COUNTRY_BLOCK_SPLIT",
          unitId,
          date,
          detail: `unit ${unitId} comes back to ${m.countries[detail] ?? ""} after leaving it`,
        });
      } else {
        const weekDay = m.week.indexOf(index);
        const weekDate = m.dates[weekDay] ?? "";
        add(
          kind === TIMELINE_WEEKLY_REST
            ? {
                code: "WEEKLY_REST",
                unitId,
                date: weekDate,
                detail: `no rest of ${detail} h in the week of ${weekDate}`,
              }
            : {
                code: "SHIFTS_PER_WEEK",
                unitId,
                date: weekDate,
                detail: `${detail} shifts in the week of ${weekDate}`,
              },
        );
      }
    });
  });

  // Cast: which units call each person on each day.
  const called = new Int32Array(m.castCount * days * m.unitCount);
  for (const shift of ordered) {
    for (const s of shift.scenes) {
      for (const c of m.sceneCast[s] ?? []) called[(c * days + shift.d) * m.unitCount + shift.u] = 1;
    }
  }
  const perCast: CastCostLine[] = [];
  let work = zero;
  let hold = zero;
  let travel = zero;
  const counts = emptyCastDayCounts();
  const workDays = new Int32Array(days);
  const workCountry = new Int32Array(days);
  const workUnit = new Int32Array(days);
  for (let c = 0; c < m.castCount; c++) {
    const castId = m.castIds[c] ?? "";
    let count = 0;
    for (let d = 0; d < days; d++) {
      let unit = -1;
      for (let u = 0; u < m.unitCount; u++) {
        if (called[(c * days + d) * m.unitCount + u] !== 1) continue;
        if (unit >= 0) {
          add({
            code: "CAST_TWO_UNITS",
            castId,
            unitId: m.unitIds[u],
            date: m.dates[d],
            detail: `${castId} is called by ${m.unitIds[unit] ?? ""} and ${m.unitIds[u] ?? ""} on ${m.dates[d] ?? ""}`,
          });
        } else unit = u;
      }
      if (unit < 0) continue;
      workDays[count] = d;
      workUnit[count] = unit;
      workCountry[count] = slotCountry[unit * days + d] ?? 0;
      count++;
    }
    countCastDays(m, c, workDays, workCountry, count, counts);
    if (counts.badHolds > 0) {
      add({
        code: "HOLD_NOT_ALLOWED",
        castId,
        detail: `${castId} may not be held but has ${counts.badHolds} gap(s) too short to drop`,
      });
    }
    for (let i = 1; i < count; i++) {
      const ua = workUnit[i - 1] ?? 0;
      const ub = workUnit[i] ?? 0;
      if (ua === ub) continue;
      const a = ua * days + (workDays[i - 1] ?? 0);
      const b = ub * days + (workDays[i] ?? 0);
      const rest = (start[b] ?? 0) - (offsetAt[b] ?? 0) - ((end[a] ?? 0) - (offsetAt[a] ?? 0));
      const need = Math.max(
        m.labour[slotCountry[a] ?? 0]?.minRestHours ?? 0,
        m.labour[slotCountry[b] ?? 0]?.minRestHours ?? 0,
      );
      if (rest < need - 1e-9) {
        add({
          code: "REST_BETWEEN_SHIFTS",
          castId,
          date: m.dates[workDays[i] ?? 0],
          detail: `${castId} has only ${rest.toFixed(1)} h of rest between units`,
        });
      }
    }
    const rate = m.castRateExact[c] ?? zero;
    work = addRatio(work, times(rate, counts.work));
    hold = addRatio(hold, times(rate, counts.hold));
    travel = addRatio(travel, times(rate, counts.travel));
    perCast.push({
      castId,
      workDays: counts.work,
      holdDays: counts.hold,
      travelDays: counts.travel,
      drops: counts.drops,
      firstDate: count > 0 ? (m.dates[workDays[0] ?? 0] ?? null) : null,
      lastDate: count > 0 ? (m.dates[workDays[count - 1] ?? 0] ?? null) : null,
      cost: toMinor(times(rate, counts.work + counts.hold + counts.travel)),
    });
  }

  let overtime = zero;
  overtimeMinutes.forEach((minutes, u) => {
    if (minutes === 0) return;
    const rate = m.overtimeExact[u] ?? zero;
    overtime = addRatio(overtime, { n: rate.n * BigInt(minutes), d: rate.d * 60n });
  });
  const movesTotal = unitMoves.reduce((a, b) => a + b, 0);
  const bordersTotal = unitBorders.reduce((a, b) => a + b, 0);
  const terms = {
    work: toMinor(work),
    holding: toMinor(hold),
    travel: toMinor(travel),
    moves: toMinor(times(m.moveCostExact, movesTotal)),
    borderCrossings: toMinor(times(m.borderCostExact, bordersTotal)),
    overtime: toMinor(overtime),
  };
  const total =
    terms.work + terms.holding + terms.travel + terms.moves + terms.borderCrossings + terms.overtime;
  return {
    ok: true,
    feasible: violations.length === 0,
    violations,
    cost: { currency: m.currency, ...terms, total },
    perCast,
    perUnit: m.unitIds.map((unitId, u) => ({
      unitId,
      shifts: unitShifts[u] ?? 0,
      nightShifts: unitNights[u] ?? 0,
      moves: unitMoves[u] ?? 0,
      borderCrossings: unitBorders[u] ?? 0,
      overtimeMinutes: overtimeMinutes[u] ?? 0,
    })),
  };
}
