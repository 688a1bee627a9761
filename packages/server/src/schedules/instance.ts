// The scheduler's problem made from a project and one of its boards: scenes of the current drafts (a scene's id is
// its lineage id), their locations with country and time zone, the confirmed cast with its terms, the units, a
// calendar with the public holidays of every country shot in, the agreed rates and the board's costs and locks.
// What the project has not told yet (a cast member without terms, a set without a location, a currency without
// an agreed rate) is named as a problem: the scheduler is never handed a silent zero.
import {
  holidaysFor,
  type ProductionCast,
  type ProductionInstance,
  type ProductionLocation,
  type ProductionProblemCode,
  type ProductionScene,
  type Schedule,
  type SceneTime,
} from "@kinomost/core";
import type { Database } from "@kinomost/db";
import {
  loadBoardRows,
  loadScheduleInputs,
  type BoardRows,
  type ScheduleInputs,
  type SceneInput,
} from "./inputs.ts";

export type ScheduleProblemCode =
  | "NO_UNITS"
  | "SET_WITHOUT_LOCATION"
  | "CAST_WITHOUT_TERMS"
  | "MISSING_RATE"
  | "BOARD_NOT_FOUND"
  /** What the core itself finds: an instance it cannot read, or a schedule that cannot be made. */
  | ProductionProblemCode;

export interface ScheduleProblem {
  code: ScheduleProblemCode;
  /** In English, naming the thing: interfaces translate by `code` with `params`. */
  message: string;
  params: Record<string, string | number | null>;
}

export type AssembleResult =
  | {
      ok: true;
      instance: ProductionInstance;
      /** The board as the core reads it: its days with scenes, in date order. */
      schedule: Schedule;
      /** The instance's scenes by id; an instance scene's id is the scene's lineage id. */
      scenes: ReadonlyMap<string, SceneInput>;
    }
  | { ok: false; problems: ScheduleProblem[] };

/** The instance of a board of the project, with the board as the core reads it, or what is missing. */
export async function assembleProductionInstance(
  db: Database,
  projectId: string,
  scheduleId: string,
): Promise<AssembleResult> {
  const [inputs, board] = await Promise.all([
    loadScheduleInputs(db, projectId),
    loadBoardRows(db, projectId, scheduleId),
  ]);
  if (!board) {
    return {
      ok: false,
      problems: [
        { code: "BOARD_NOT_FOUND", message: "the project has no such board", params: { scheduleId } },
      ],
    };
  }
  return assembleInstance(inputs, board);
}

/**
 * The agreed rate of a currency for a shoot starting on `firstDate`: its one undated rate, else the latest dated
 * on or before that day, else the earliest after it.
 */
export function pickAgreedRate(
  rates: ScheduleInputs["rates"],
  currency: string,
  firstDate: string,
): string | null {
  const own = rates.filter((rate) => rate.currency === currency);
  const undated = own.find((rate) => rate.date === null);
  if (undated) return undated.perUnit;
  const dated = own.sort((a, b) => (a.date ?? "").localeCompare(b.date ?? ""));
  const before = dated.filter((rate) => (rate.date ?? "") <= firstDate).at(-1);
  return (before ?? dated[0])?.perUnit ?? null;
}

/** The scheduler's time of day: «РЕЖИМ» (either twilight) has no meaning of its own in the script model. */
export function sceneTime(scene: Pick<SceneInput, "time" | "timeText">): SceneTime | null {
  if (scene.time) return scene.time;
  return scene.timeText?.trim().toUpperCase() === "РЕЖИМ" ? "REGIME" : null;
}

/** The board's label of a scene: "2.14" in a series (episode 2, scene 14), "14" in a feature. */
export function sceneLabel(scene: Pick<SceneInput, "number" | "heading" | "episode">): string {
  const number = scene.number ?? scene.heading;
  return scene.episode === null ? number : `${scene.episode}.${number}`;
}

/**
 * Public holidays by country and year, computed once per process: the rule tables behind them are fixed, and a
 * board is read far more often than a year changes (a cache of pure data, not state).
 */
const holidayCache = new Map<string, string[]>();

export function cachedHolidays(countries: readonly string[], fromYear: number, toYear: number) {
  const out: Record<string, string[]> = {};
  for (const country of countries) {
    const dates: string[] = [];
    for (let year = fromYear; year <= toYear; year++) {
      const key = `${country}:${year}`;
      let known = holidayCache.get(key);
      if (!known) {
        known = holidaysFor([country], year, year)[country] ?? [];
        holidayCache.set(key, known);
      }
      dates.push(...known);
    }
    out[country] = dates;
  }
  return out;
}

const safeNumber = (value: bigint) => (value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : null);

export function assembleInstance(inputs: ScheduleInputs, board: BoardRows): AssembleResult {
  const problems: ScheduleProblem[] = [];
  const { schedule: row } = board;
  if (inputs.units.length === 0) {
    problems.push({ code: "NO_UNITS", message: "the project has no shooting units", params: {} });
  }

  const scenes: ProductionScene[] = [];
  const sceneById = new Map<string, SceneInput>();
  const setsWithoutLocation = new Map<string, number>();
  const usedLocations = new Set<string>();
  const castScenes = new Map<string, number>();
  const locks = lockedPlaces(board);
  for (const scene of inputs.scenes) {
    const castIds = inputs.sceneCast.get(scene.lineageId) ?? [];
    for (const id of castIds) castScenes.set(id, (castScenes.get(id) ?? 0) + 1);
    const set = inputs.setsByName.get(scene.location);
    const location = set?.locationId ? inputs.locations.get(set.locationId) : undefined;
    if (!set || !location) {
      setsWithoutLocation.set(scene.location, (setsWithoutLocation.get(scene.location) ?? 0) + 1);
      continue;
    }
    usedLocations.add(location.id);
    const lock = locks.get(scene.lineageId);
    sceneById.set(scene.lineageId, scene);
    scenes.push({
      id: scene.lineageId,
      label: sceneLabel(scene),
      eighths: scene.eighths,
      screenSeconds: scene.screenSeconds,
      setId: set.id,
      locationId: location.id,
      setting: scene.setting,
      time: sceneTime(scene),
      castIds,
      ...(scene.episode === null ? {} : { episode: scene.episode }),
      ...(lock ? { lockedDate: lock.date, lockedUnit: lock.unitId } : {}),
    });
  }
  for (const [name, count] of setsWithoutLocation) {
    problems.push({
      code: "SET_WITHOUT_LOCATION",
      message: `the set "${name}" (${count} ${count === 1 ? "scene" : "scenes"}) has no location`,
      params: { set: name, scenes: count },
    });
  }

  const currencies = new Map<string, string>();
  const cast: ProductionCast[] = [];
  for (const element of inputs.cast) {
    const count = castScenes.get(element.id);
    if (count === undefined) continue;
    const terms = inputs.castTerms.get(element.id);
    const params = { elementId: element.id, name: element.name, boardId: element.boardId, scenes: count };
    if (!terms) {
      problems.push({
        code: "CAST_WITHOUT_TERMS",
        message: `${element.boardId ? `${element.boardId}. ` : ""}${element.name} has no daily rate, home country or availability`,
        params,
      });
      continue;
    }
    const rate = safeNumber(terms.dailyRateMinor);
    if (rate === null) throw new Error(`cast terms of ${element.id}: a daily rate beyond 2^53 minor units`);
    currencies.set(terms.currency, currencies.get(terms.currency) ?? `the daily rate of ${element.name}`);
    cast.push({
      id: element.id,
      name: element.boardId ? `${element.boardId}. ${element.name}` : element.name,
      dailyRate: { amountMinor: rate, currency: terms.currency },
      homeCountry: terms.homeCountry,
      travelDaysFromHome: terms.travelDays,
      allowHold: element.allowHold,
      allowDropPickup: element.allowDropPickup,
      minDropGapDays: element.minDropGapDays,
      ...(terms.available.length > 0 ? { available: terms.available } : {}),
      ...(terms.blockedDates.length > 0 ? { blockedDates: terms.blockedDates } : {}),
    });
  }

  const locations: ProductionLocation[] = [...usedLocations].map((id) => {
    const location = inputs.locations.get(id)!;
    const terms = inputs.locationTerms.get(id);
    return {
      id,
      name: location.name,
      country: location.country,
      timeZone: location.timeZone,
      ...(terms?.stage ? { stage: true } : {}),
      ...(terms && terms.available.length > 0 ? { available: terms.available } : {}),
      ...(terms && terms.blockedDates.length > 0 ? { blockedDates: terms.blockedDates } : {}),
    };
  });

  const settings = row.settings;
  for (const [key, money] of [
    ["locationMove", settings.locationMove],
    ["borderCrossing", settings.borderCrossing],
    ["overtimePerHour", settings.overtimePerHour],
  ] as const) {
    currencies.set(money.currency, currencies.get(money.currency) ?? `the board's ${key}`);
  }
  const rates: Record<string, string> = {};
  for (const [currency, usedBy] of currencies) {
    if (currency === inputs.reportingCurrency) continue;
    const rate = pickAgreedRate(inputs.rates, currency, row.firstDate);
    if (rate !== null) rates[currency] = rate;
    else {
      problems.push({
        code: "MISSING_RATE",
        message: `no agreed rate of ${currency} to ${inputs.reportingCurrency} for ${usedBy}`,
        params: { currency, reportingCurrency: inputs.reportingCurrency, usedBy },
      });
    }
  }
  if (problems.length > 0) return { ok: false, problems };

  const countries = [...new Set(locations.map((location) => location.country))].sort();
  const instance: ProductionInstance = {
    name: row.name,
    calendar: {
      firstDate: row.firstDate,
      lastDate: row.lastDate,
      weeklyDaysOff: row.weeklyDaysOff,
      daysOff: row.daysOff,
      holidays: cachedHolidays(
        countries,
        Number(row.firstDate.slice(0, 4)),
        Number(row.lastDate.slice(0, 4)),
      ),
    },
    units: inputs.units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      shiftHours: unit.shiftHours,
      maxOvertimeHours: unit.maxOvertimeHours,
      dayCallHour: unit.dayCallHour,
      nightCallHour: unit.nightCallHour,
    })),
    reportingCurrency: inputs.reportingCurrency,
    rates,
    scenes,
    locations,
    cast,
    costs: {
      locationMove: settings.locationMove,
      borderCrossing: settings.borderCrossing,
      overtimePerHour: settings.overtimePerHour,
    },
    rules: {
      maxMovesPerDay: settings.maxMovesPerDay ?? 1,
      countryBlocks: settings.countryBlocks ?? false,
    },
  };
  return { ok: true, instance, schedule: boardSchedule(board, inputs, sceneById), scenes: sceneById };
}

/** Where locked strips stay: a locked strip, or any strip of a locked day, keeps its day and unit. */
function lockedPlaces(board: BoardRows): Map<string, { date: string; unitId: string }> {
  const days = new Map(board.days.map((day) => [day.id, day]));
  const locks = new Map<string, { date: string; unitId: string }>();
  for (const strip of board.strips) {
    const day = strip.dayId ? days.get(strip.dayId) : undefined;
    if (day && (strip.locked || day.locked))
      locks.set(strip.lineageId, { date: day.date, unitId: day.unitId });
  }
  return locks;
}

/** The board's days with their scenes in shooting order; strips of scenes no longer in the scripts drop out. */
export function boardSchedule(
  board: BoardRows,
  inputs: Pick<ScheduleInputs, "units">,
  scenes: ReadonlyMap<string, unknown>,
): Schedule {
  const unitOrder = new Map(inputs.units.map((unit, index) => [unit.id, index]));
  const byDay = new Map<string, string[]>();
  for (const strip of board.strips) {
    if (!strip.dayId || !scenes.has(strip.lineageId)) continue;
    const list = byDay.get(strip.dayId) ?? [];
    list.push(strip.lineageId);
    byDay.set(strip.dayId, list);
  }
  const days = [...board.days]
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0),
    )
    .flatMap((day) => {
      const sceneIds = byDay.get(day.id) ?? [];
      return sceneIds.length === 0
        ? []
        : [{ date: day.date, unitId: day.unitId, shift: day.shift, sceneIds }];
    });
  return { days };
}
