// The instance compiled to dense indexes for the search: every id becomes a number, every date a day index
// from the calendar's first date, and every constraint that does not depend on the rest of the schedule (a
// location's and a cast member's dates, holidays, days off, locks, allowed units) becomes one table of
// (scene, unit, day) slots the scene may use. Money becomes exact rates (for evaluate.ts) and doubles in
// minor units of the reporting currency (for the search, which re-prices its result exactly).
import { isTimeZone } from "../../geography/time-zones.ts";
import { buildRateTable, findRate, minorUnitRate } from "../../money/convert.ts";
import { isCurrencyCode, type CurrencyCode } from "../../money/currency.ts";
import type { Ratio } from "../../money/ratio.ts";
import { epochDay, isoDate, isoWeekday, utcOffsetHours, weekNumber } from "./calendar.ts";
import { defaultLabourRules, productionDefaults } from "./defaults.ts";
import type { ProductionProblem } from "./problems.ts";
import type { DateWindow, MoneyAmount, ProductionInstance, SceneTime } from "./types.ts";

/** What light a scene needs. */
export const LIGHT_ANY = 0;
export const LIGHT_DAY = 1;
export const LIGHT_NIGHT = 2;
export const LIGHT_DAWN = 3;
export const LIGHT_DUSK = 4;
export const LIGHT_TWILIGHT = 5;
export const LIGHT_KINDS = 6;

export const SHIFT_DAY = 0;
export const SHIFT_NIGHT = 1;

/** Longest calendar the scheduler takes (about three years). */
export const MAX_CALENDAR_DAYS = 1100;

export interface PriceFactor {
  /** Exact reporting minor units per one minor unit of the amount's currency, times the amount. */
  readonly exact: Ratio;
  /** The same as a double. */
  readonly value: number;
}

export interface LabourTable {
  readonly minRestHours: number;
  readonly minWeeklyRestHours: number;
  readonly maxShiftsPerWeek: number;
}

export interface Model {
  readonly instance: ProductionInstance;
  readonly currency: CurrencyCode;
  // Calendar
  readonly days: number;
  readonly firstEpoch: number;
  readonly dates: readonly string[];
  readonly dayIndex: ReadonlyMap<string, number>;
  /** Week number of each day, from 0 for the first day's week. */
  readonly week: Int32Array;
  readonly weeks: number;
  /** 1 on days that are neither a weekly day off nor a company day off. */
  readonly workingDay: Uint8Array;
  // Countries (of locations and of cast homes)
  readonly countries: readonly string[];
  readonly countryIndex: ReadonlyMap<string, number>;
  /** holiday[country][day] */
  readonly holiday: readonly Uint8Array[];
  /** paidBefore[country][d]: working, non-holiday days of that country before day d (d = 0 … days). */
  readonly paidBefore: readonly Int32Array[];
  readonly labour: readonly LabourTable[];
  // Units
  readonly unitCount: number;
  readonly unitIds: readonly string[];
  readonly unitIndex: ReadonlyMap<string, number>;
  readonly shiftMinutes: Int32Array;
  readonly maxOvertimeMinutes: Int32Array;
  readonly callHour: Float64Array; // unit * 2 + shift kind
  readonly overtimePerHour: readonly MoneyAmount[];
  /** Exact reporting minor units per hour of overtime of each unit. */
  readonly overtimeExact: readonly Ratio[];
  readonly overtimePerMinute: Float64Array;
  // Locations
  readonly locationCount: number;
  readonly locationIds: readonly string[];
  readonly locationIndex: ReadonlyMap<string, number>;
  readonly locationCountry: Int32Array;
  /** UTC offset in hours of each location on each day: location * days + day. */
  readonly locationOffset: Float64Array;
  /** 1 where a location can be used: its own dates, working days, no holiday in its country. */
  readonly locationOpen: Uint8Array;
  // Scenes
  readonly sceneCount: number;
  readonly sceneIds: readonly string[];
  readonly sceneIndex: ReadonlyMap<string, number>;
  readonly minutes: Int32Array;
  readonly sceneLocation: Int32Array;
  readonly sceneCountry: Int32Array;
  readonly sceneSet: Int32Array;
  readonly light: Uint8Array;
  readonly sceneCast: readonly Int32Array[];
  readonly lockedDay: Int32Array;
  readonly lockedUnit: Int32Array;
  /** Units that may shoot each scene: scene * unitCount + unit. */
  readonly sceneUnit: Uint8Array;
  /** The static table: scene * unitCount * days + unit * days + day. */
  readonly allowed: Uint8Array;
  // Cast
  readonly castCount: number;
  readonly castIds: readonly string[];
  readonly castIndex: ReadonlyMap<string, number>;
  readonly castRate: Float64Array;
  readonly castRateExact: readonly Ratio[];
  readonly castHome: Int32Array;
  readonly travelDays: Int32Array;
  readonly allowHold: Uint8Array;
  readonly allowDrop: Uint8Array;
  readonly minDropGap: Int32Array;
  /** castAvailable[cast * days + day] */
  readonly castAvailable: Uint8Array;
  readonly castScenes: readonly Int32Array[];
  // Company
  readonly moveCost: number;
  readonly moveCostExact: Ratio;
  readonly borderCost: number;
  readonly borderCostExact: Ratio;
  readonly moveMinutes: number;
  readonly maxMovesPerDay: number;
  readonly countryBlocks: boolean;
}

export type CompileResult = { ok: true; model: Model } | { ok: false; problems: ProductionProblem[] };

/** The light a scene needs; INT scenes on a stage need none. */
export function sceneLight(time: SceneTime | null, interiorOnStage: boolean): number {
  if (interiorOnStage) return LIGHT_ANY;
  switch (time) {
    case "NIGHT":
      return LIGHT_NIGHT;
    case "DAY":
    case "MORNING":
    case "EVENING":
      return LIGHT_DAY;
    case "DAWN":
      return LIGHT_DAWN;
    case "DUSK":
      return LIGHT_DUSK;
    case "REGIME":
      return LIGHT_TWILIGHT;
    default:
      return LIGHT_ANY;
  }
}

function isWholeNumber(value: unknown, min: number): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= min;
}

function isFiniteNumber(value: unknown, min: number): value is number {
  return typeof value === "number" && Number.isFinite(value) && value >= min;
}

/** Compiles an instance, or lists what keeps it from being read (unknown ids, bad dates, missing rates). */
export function compileModel(instance: ProductionInstance): CompileResult {
  const problems: ProductionProblem[] = [];
  const bad = (detail: string, extra: Partial<ProductionProblem> = {}) =>
    problems.push({ code: "INVALID_INSTANCE", detail, ...extra });
  const rules = instance.rules ?? {};
  const calendar = instance.calendar;

  const first = epochDay(calendar?.firstDate ?? "");
  const last = epochDay(calendar?.lastDate ?? "");
  if (first === null || last === null) {
    bad("calendar.firstDate and calendar.lastDate must be dates written YYYY-MM-DD");
    return { ok: false, problems };
  }
  if (last < first) bad(`calendar.lastDate ${calendar.lastDate} is before firstDate ${calendar.firstDate}`);
  if (last - first + 1 > MAX_CALENDAR_DAYS) bad(`the calendar is longer than ${MAX_CALENDAR_DAYS} days`);
  if (!isCurrencyCode(instance.reportingCurrency ?? "")) {
    bad(`reportingCurrency ${String(instance.reportingCurrency)} is not an ISO 4217 code`);
  }
  if (!Array.isArray(instance.units) || instance.units.length === 0) bad("there must be at least one unit");
  if (problems.length > 0) return { ok: false, problems };
  const currency = instance.reportingCurrency as CurrencyCode;

  // Calendar
  const days = last - first + 1;
  const dates: string[] = [];
  const dayIndex = new Map<string, number>();
  const week = new Int32Array(days);
  const weekdaysOff = new Set(calendar.weeklyDaysOff ?? productionDefaults.weeklyDaysOff);
  const workingDay = new Uint8Array(days);
  const firstWeek = weekNumber(first);
  for (let d = 0; d < days; d++) {
    const text = isoDate(first + d);
    dates.push(text);
    dayIndex.set(text, d);
    week[d] = weekNumber(first + d) - firstWeek;
    workingDay[d] = weekdaysOff.has(isoWeekday(first + d)) ? 0 : 1;
  }
  for (const off of calendar.daysOff ?? []) {
    if (epochDay(off) === null) bad(`calendar.daysOff has ${off}, not a date`);
    const d = dayIndex.get(off);
    if (d !== undefined) workingDay[d] = 0;
  }
  const dayOf = (text: string, what: string): number | null => {
    const e = epochDay(text);
    if (e === null) {
      bad(`${what}: ${text} is not a date written YYYY-MM-DD`);
      return null;
    }
    return e - first;
  };
  /** 1 on the days in the windows (all days without windows) and not blocked. */
  const dateMask = (
    windows: readonly DateWindow[] | undefined,
    blocked: readonly string[] | undefined,
    what: string,
  ): Uint8Array => {
    const mask = new Uint8Array(days);
    if (windows === undefined) mask.fill(1);
    else {
      for (const window of windows) {
        const from = dayOf(window.from, what);
        const to = dayOf(window.to, what);
        if (from === null || to === null) continue;
        for (let d = Math.max(0, from); d <= Math.min(days - 1, to); d++) mask[d] = 1;
      }
    }
    for (const text of blocked ?? []) {
      const d = dayOf(text, what);
      if (d !== null && d >= 0 && d < days) mask[d] = 0;
    }
    return mask;
  };

  // Countries
  const countries: string[] = [];
  const countryIndex = new Map<string, number>();
  const countryOf = (code: string): number => {
    let index = countryIndex.get(code);
    if (index === undefined) {
      index = countries.length;
      countries.push(code);
      countryIndex.set(code, index);
    }
    return index;
  };
  for (const location of instance.locations ?? []) countryOf(location.country);
  for (const person of instance.cast ?? []) countryOf(person.homeCountry);
  for (const code of Object.keys(calendar.holidays ?? {})) countryOf(code);

  // Money
  const rateTable = buildRateTable(currency, calendar.firstDate, "budget", instance.rates ?? {});
  const price = (amount: MoneyAmount | undefined, what: string): PriceFactor => {
    if (amount === undefined || !isWholeNumber(amount.amountMinor, 0)) {
      bad(`${what}: amountMinor must be a non-negative safe integer`);
      return { exact: { n: 0n, d: 1n }, value: 0 };
    }
    if (!isCurrencyCode(amount.currency)) {
      bad(`${what}: ${amount.currency} is not an ISO 4217 code`);
      return { exact: { n: 0n, d: 1n }, value: 0 };
    }
    if (!rateTable.ok) {
      const error = rateTable.error;
      problems.push({
        code: "MISSING_RATE",
        detail: `rates.${error.code === "BAD_RATE" ? error.currency : ""} is not a plain positive decimal`,
      });
      return { exact: { n: 0n, d: 1n }, value: 0 };
    }
    const rate = findRate(rateTable.value, amount.currency, currency);
    if (!rate.ok) {
      problems.push({
        code: "MISSING_RATE",
        detail: `${what} is in ${amount.currency} and rates has no ${amount.currency} to ${currency} rate`,
      });
      return { exact: { n: 0n, d: 1n }, value: 0 };
    }
    const factor = minorUnitRate(rate.value);
    const exact = { n: factor.n * BigInt(amount.amountMinor), d: factor.d };
    return { exact, value: Number(exact.n) / Number(exact.d) };
  };

  // Holidays and labour
  const holiday = countries.map(() => new Uint8Array(days));
  for (const [code, list] of Object.entries(calendar.holidays ?? {})) {
    const table = holiday[countryOf(code)];
    for (const text of list) {
      const d = dayOf(text, `calendar.holidays.${code}`);
      if (table && d !== null && d >= 0 && d < days) table[d] = 1;
    }
  }
  const paidBefore = countries.map((_, c) => {
    const prefix = new Int32Array(days + 1);
    for (let d = 0; d < days; d++)
      prefix[d + 1] = (prefix[d] ?? 0) + ((workingDay[d] ?? 0) === 1 && holiday[c]?.[d] !== 1 ? 1 : 0);
    return prefix;
  });
  const labourRules = { ...defaultLabourRules, ...(rules.labour ?? {}) };
  const fallback = labourRules["*"] ?? defaultLabourRules["*"];
  const labour = countries.map((code): LabourTable => {
    const own = labourRules[code] ?? fallback ?? {};
    const base = fallback ?? {};
    return {
      minRestHours: own.minRestHoursBetweenShifts ?? base.minRestHoursBetweenShifts ?? 0,
      minWeeklyRestHours: own.minWeeklyRestHours ?? base.minWeeklyRestHours ?? 0,
      maxShiftsPerWeek: own.maxShiftsPerWeek ?? base.maxShiftsPerWeek ?? 7,
    };
  });

  // Units
  const unitCount = instance.units.length;
  const unitIds = instance.units.map((unit) => unit.id);
  const unitIndex = new Map<string, number>();
  const shiftMinutes = new Int32Array(unitCount);
  const maxOvertimeMinutes = new Int32Array(unitCount);
  const callHour = new Float64Array(unitCount * 2);
  const overtimePerMinute = new Float64Array(unitCount);
  const overtimePerHour: MoneyAmount[] = [];
  const overtimeExact: Ratio[] = [];
  instance.units.forEach((unit, u) => {
    if (unitIndex.has(unit.id)) bad(`unit ${unit.id} appears twice`, { unitId: unit.id });
    unitIndex.set(unit.id, u);
    const hours = unit.shiftHours ?? productionDefaults.shiftHours;
    const overtime = unit.maxOvertimeHours ?? productionDefaults.maxOvertimeHours;
    if (!isFiniteNumber(hours, 1) || hours > 24) bad(`unit ${unit.id}: shiftHours must be 1 to 24`);
    if (!isFiniteNumber(overtime, 0) || hours + overtime > 24) {
      bad(`unit ${unit.id}: maxOvertimeHours must be 0 or more, with the shift at most 24 h`);
    }
    shiftMinutes[u] = Math.round(hours * 60);
    maxOvertimeMinutes[u] = Math.round(overtime * 60);
    callHour[u * 2 + SHIFT_DAY] = unit.dayCallHour ?? productionDefaults.dayCallHour;
    callHour[u * 2 + SHIFT_NIGHT] = unit.nightCallHour ?? productionDefaults.nightCallHour;
    const perHour = unit.overtimePerHour ?? instance.costs?.overtimePerHour;
    const factor = price(perHour, `unit ${unit.id} overtimePerHour`);
    overtimePerHour.push(perHour ?? { amountMinor: 0, currency });
    overtimeExact.push(factor.exact);
    overtimePerMinute[u] = factor.value / 60;
  });

  // Locations
  const locations = instance.locations ?? [];
  const locationCount = locations.length;
  const locationIds = locations.map((location) => location.id);
  const locationIndex = new Map<string, number>();
  const locationCountry = new Int32Array(locationCount);
  const locationOffset = new Float64Array(locationCount * days);
  const locationOpen = new Uint8Array(locationCount * days);
  const locationStage = new Uint8Array(locationCount);
  locations.forEach((location, l) => {
    if (locationIndex.has(location.id))
      bad(`location ${location.id} appears twice`, { locationId: location.id });
    locationIndex.set(location.id, l);
    const c = countryOf(location.country);
    locationCountry[l] = c;
    locationStage[l] = location.stage === true ? 1 : 0;
    if (!isTimeZone(location.timeZone)) {
      bad(`location ${location.id}: ${location.timeZone} is not an IANA time zone`, {
        locationId: location.id,
      });
    }
    const mask = dateMask(location.available, location.blockedDates, `location ${location.id}`);
    const holidays = holiday[c];
    for (let d = 0; d < days; d++) {
      locationOffset[l * days + d] = utcOffsetHours(location.timeZone, first + d);
      locationOpen[l * days + d] =
        mask[d] === 1 && workingDay[d] === 1 && (holidays === undefined || holidays[d] !== 1) ? 1 : 0;
    }
  });

  // Cast
  const cast = instance.cast ?? [];
  const castCount = cast.length;
  const castIds = cast.map((person) => person.id);
  const castIndex = new Map<string, number>();
  const castRate = new Float64Array(castCount);
  const castRateExact: Ratio[] = [];
  const castHome = new Int32Array(castCount);
  const travelDays = new Int32Array(castCount);
  const allowHold = new Uint8Array(castCount);
  const allowDrop = new Uint8Array(castCount);
  const minDropGap = new Int32Array(castCount);
  const castAvailable = new Uint8Array(castCount * days);
  cast.forEach((person, c) => {
    if (castIndex.has(person.id)) bad(`cast ${person.id} appears twice`, { castId: person.id });
    castIndex.set(person.id, c);
    const factor = price(person.dailyRate, `cast ${person.id} dailyRate`);
    castRate[c] = factor.value;
    castRateExact.push(factor.exact);
    castHome[c] = countryOf(person.homeCountry);
    const travel = person.travelDaysFromHome ?? productionDefaults.travelDaysFromHome;
    const gap = person.minDropGapDays ?? productionDefaults.minDropGapDays;
    if (!isWholeNumber(travel, 0)) bad(`cast ${person.id}: travelDaysFromHome must be a whole number`);
    if (!isWholeNumber(gap, 0)) bad(`cast ${person.id}: minDropGapDays must be a whole number`);
    travelDays[c] = isWholeNumber(travel, 0) ? travel : 0;
    minDropGap[c] = isWholeNumber(gap, 0) ? gap : 0;
    allowHold[c] = (person.allowHold ?? productionDefaults.allowHold) ? 1 : 0;
    allowDrop[c] = (person.allowDropPickup ?? productionDefaults.allowDropPickup) ? 1 : 0;
    castAvailable.set(dateMask(person.available, person.blockedDates, `cast ${person.id}`), c * days);
  });

  // Scenes
  const scenes = instance.scenes ?? [];
  const sceneCount = scenes.length;
  const sceneIds = scenes.map((scene) => scene.id);
  const sceneIndex = new Map<string, number>();
  const minutes = new Int32Array(sceneCount);
  const sceneLocation = new Int32Array(sceneCount);
  const sceneCountry = new Int32Array(sceneCount);
  const sceneSet = new Int32Array(sceneCount);
  const light = new Uint8Array(sceneCount);
  const sceneCast: Int32Array[] = [];
  const lockedDay = new Int32Array(sceneCount).fill(-1);
  const lockedUnit = new Int32Array(sceneCount).fill(-1);
  const sceneUnit = new Uint8Array(sceneCount * unitCount);
  const setIndex = new Map<string, number>();
  const castScenesList: number[][] = cast.map(() => []);
  const perEighth = rules.minutesPerEighth ?? productionDefaults.minutesPerEighth;
  const perScreenMinute = rules.minutesPerScreenMinute ?? productionDefaults.minutesPerScreenMinute;
  const defaultMinutes = rules.defaultSceneMinutes ?? productionDefaults.defaultSceneMinutes;
  scenes.forEach((scene, s) => {
    const ref = { sceneId: scene.id };
    if (sceneIndex.has(scene.id)) bad(`scene ${scene.id} appears twice`, ref);
    sceneIndex.set(scene.id, s);
    const l = locationIndex.get(scene.locationId);
    if (l === undefined) {
      problems.push({
        code: "UNKNOWN_REFERENCE",
        ...ref,
        locationId: scene.locationId,
        detail: `scene ${scene.label} is at location ${scene.locationId}, which is not in locations`,
      });
    }
    sceneLocation[s] = l ?? 0;
    sceneCountry[s] = locationCountry[l ?? 0] ?? 0;
    let set = setIndex.get(scene.setId);
    if (set === undefined) setIndex.set(scene.setId, (set = setIndex.size));
    sceneSet[s] = set;
    let m: number;
    if (scene.shootingMinutes !== undefined) m = scene.shootingMinutes;
    else if (scene.screenSeconds !== undefined) m = (scene.screenSeconds / 60) * perScreenMinute;
    else if (scene.eighths !== undefined) m = scene.eighths * perEighth;
    else m = defaultMinutes;
    if (!isFiniteNumber(m, 0)) bad(`scene ${scene.label}: its length must be a non-negative number`, ref);
    minutes[s] = Math.max(1, Math.ceil(isFiniteNumber(m, 0) ? m : defaultMinutes));
    const onStage = l !== undefined && locationStage[l] === 1 && scene.setting === "INT";
    light[s] = sceneLight(scene.time, onStage);
    const members: number[] = [];
    for (const id of new Set(scene.castIds ?? [])) {
      const c = castIndex.get(id);
      if (c === undefined) {
        problems.push({
          code: "UNKNOWN_REFERENCE",
          ...ref,
          castId: id,
          detail: `scene ${scene.label} needs ${id}, who is not in cast`,
        });
      } else {
        members.push(c);
        castScenesList[c]?.push(s);
      }
    }
    sceneCast.push(Int32Array.from(members));
    if (scene.lockedDate !== undefined) {
      const d = dayOf(scene.lockedDate, `scene ${scene.label} lockedDate`);
      lockedDay[s] = d !== null && d >= 0 && d < days ? d : -2;
    }
    if (scene.lockedUnit !== undefined) {
      const u = unitIndex.get(scene.lockedUnit);
      if (u === undefined) {
        problems.push({
          code: "UNKNOWN_REFERENCE",
          ...ref,
          unitId: scene.lockedUnit,
          detail: `scene ${scene.label} is locked to unit ${scene.lockedUnit}, which is not in units`,
        });
      }
      lockedUnit[s] = u ?? -2;
    }
    const allowedUnits = scene.unitIds ?? unitIds;
    for (const id of allowedUnits) {
      const u = unitIndex.get(id);
      if (u === undefined) {
        problems.push({
          code: "UNKNOWN_REFERENCE",
          ...ref,
          unitId: id,
          detail: `scene ${scene.label} names unit ${id}, which is not in units`,
        });
      } else sceneUnit[s * unitCount + u] = 1;
    }
  });

  const moveMinutes = instance.costs?.moveMinutes ?? productionDefaults.moveMinutes;
  if (!isWholeNumber(moveMinutes, 0)) bad("costs.moveMinutes must be a whole number of minutes");
  const maxMovesPerDay = rules.maxMovesPerDay ?? productionDefaults.maxMovesPerDay;
  if (!isWholeNumber(maxMovesPerDay, 0)) bad("rules.maxMovesPerDay must be a whole number");
  const move = price(instance.costs?.locationMove, "costs.locationMove");
  const border = price(instance.costs?.borderCrossing, "costs.borderCrossing");
  if (problems.length > 0) return { ok: false, problems };

  // The static table.
  const slots = unitCount * days;
  const allowed = new Uint8Array(sceneCount * slots);
  for (let s = 0; s < sceneCount; s++) {
    const l = sceneLocation[s] ?? 0;
    const members = sceneCast[s] ?? new Int32Array(0);
    for (let d = 0; d < days; d++) {
      if (locationOpen[l * days + d] !== 1) continue;
      if (lockedDay[s] !== -1 && lockedDay[s] !== d) continue;
      let free = true;
      for (const c of members) if (castAvailable[c * days + d] !== 1) free = false;
      if (!free) continue;
      for (let u = 0; u < unitCount; u++) {
        if (sceneUnit[s * unitCount + u] !== 1) continue;
        if (lockedUnit[s] !== -1 && lockedUnit[s] !== u) continue;
        allowed[s * slots + u * days + d] = 1;
      }
    }
  }

  return {
    ok: true,
    model: {
      instance,
      currency,
      days,
      firstEpoch: first,
      dates,
      dayIndex,
      week,
      weeks: (week[days - 1] ?? 0) + 1,
      workingDay,
      countries,
      countryIndex,
      holiday,
      paidBefore,
      labour,
      unitCount,
      unitIds,
      unitIndex,
      shiftMinutes,
      maxOvertimeMinutes,
      callHour,
      overtimePerHour,
      overtimeExact,
      overtimePerMinute,
      locationCount,
      locationIds,
      locationIndex,
      locationCountry,
      locationOffset,
      locationOpen,
      sceneCount,
      sceneIds,
      sceneIndex,
      minutes,
      sceneLocation,
      sceneCountry,
      sceneSet,
      light,
      sceneCast,
      lockedDay,
      lockedUnit,
      sceneUnit,
      allowed,
      castCount,
      castIds,
      castIndex,
      castRate,
      castRateExact,
      castHome,
      travelDays,
      allowHold,
      allowDrop,
      minDropGap,
      castAvailable,
      castScenes: castScenesList.map((list) => Int32Array.from(list)),
      moveCost: move.value,
      moveCostExact: move.exact,
      borderCost: border.value,
      borderCostExact: border.exact,
      moveMinutes,
      maxMovesPerDay,
      countryBlocks: rules.countryBlocks ?? productionDefaults.countryBlocks,
    },
  };
}
