// Defaults of the production scheduler, in one place so the documentation and the code cannot drift.
import type { LabourRules } from "./types.ts";

/**
 * Labour Code of the Russian Federation, as the domain notes read it: at least 42 h of uninterrupted weekly
 * rest (art. 110); two shifts in a row are prohibited (art. 103) and the rest between shifts should be about
 * one shift (Rostrud guidance): 12 h for the usual 12 h смена; series shoot at most 6 shifts a week.
 * With 12 h day shifts from 08:00 a six-day week leaves 36 h from Saturday 20:00 to Monday 08:00, short of
 * 42 h, which is why the default calendar has two days off a week.
 */
export const russianLabourRules: Required<LabourRules> = {
  minRestHoursBetweenShifts: 12,
  minWeeklyRestHours: 42,
  maxShiftsPerWeek: 6,
};

/**
 * Labour rules by country. Other countries are still to be researched (domain notes): until then they get
 * the Russian rules through "*", the strictest reading we have. A project overrides any of them.
 */
export const defaultLabourRules: Readonly<Record<string, Required<LabourRules>>> = {
  RU: russianLabourRules,
  "*": russianLabourRules,
};

export const productionDefaults = {
  weeklyDaysOff: [6, 7] as readonly number[],
  shiftHours: 12,
  maxOvertimeHours: 2,
  dayCallHour: 8,
  nightCallHour: 18,
  moveMinutes: 60,
  maxMovesPerDay: 1,
  countryBlocks: false,
  minutesPerEighth: 18,
  minutesPerScreenMinute: 120,
  defaultSceneMinutes: 60,
  travelDaysFromHome: 1,
  allowHold: true,
  allowDropPickup: false,
  minDropGapDays: 10,
} as const;
