// The shooting calendar: each unit's days of a board laid on the calendar — shooting days with their number, travel
// days between countries, weekly and company days off, and the public holidays of the country the unit is in — and
// every country's public holidays of the range. Plain data in and out; dates are ISO local dates ("2027-03-01").
import type { IsoDate, ShiftKind } from "../production/types.ts";
import type { HolidayNames, NamedHoliday } from "./holiday-names.ts";

export interface CalendarLocation {
  readonly id: string;
  readonly name: string;
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
}

/** One shift of a unit on the board, with what it shoots. */
export interface CalendarShift {
  readonly date: IsoDate;
  readonly unitId: string;
  readonly shift: ShiftKind;
  /** The locations of its scenes in shooting order. */
  readonly locations: readonly CalendarLocation[];
  /** A shift with no scene is not a shooting day. */
  readonly sceneCount: number;
  /** Page length of its scenes in eighths. */
  readonly eighths: number;
}

export interface CalendarInput {
  /** The range shown, both ends included. */
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** The board's calendar: its first and last date and the company's days off. */
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  /** ISO weekdays nobody shoots on: 1 Monday … 7 Sunday. */
  readonly weeklyDaysOff: readonly number[];
  /** Further days off of the whole company. */
  readonly daysOff: readonly IsoDate[];
  /** In the board's order (the main unit first). */
  readonly units: readonly { readonly id: string; readonly name: string }[];
  /** Every shift of the board, not only those in the range: day numbers count the whole board. */
  readonly shifts: readonly CalendarShift[];
  /** Public holidays by country code, for every country whose calendar is known (others are absent). */
  readonly holidays: Readonly<Record<string, readonly NamedHoliday[]>>;
  /** Countries of the project's partners: their holidays are listed even where no unit goes. */
  readonly partnerCountries: readonly string[];
}

/**
 * What a unit does on a date, the first that applies: it shoots; it travels to another country; it is off for a
 * public holiday of the country it is in; it is off for a weekly or company day off; it is free (a working day
 * without a shift); or the date is outside the board's calendar.
 */
export type CalendarCellKind = "shoot" | "travel" | "holiday" | "dayOff" | "free" | "outside";

export interface CalendarShooting {
  /** The board's number of the date among its shooting dates, as call sheets and the day out of days number it. */
  readonly dayNumber: number;
  /** The unit's own count: its Nth shooting date. */
  readonly unitDayNumber: number;
  /** Its shifts that date (a day and a night shift may share one). */
  readonly shifts: readonly ShiftKind[];
  /** Each location once, in shooting order. */
  readonly locations: readonly CalendarLocation[];
  readonly sceneCount: number;
  readonly eighths: number;
}

export interface CalendarCell {
  readonly date: IsoDate;
  readonly kind: CalendarCellKind;
  /**
   * Where the unit is: the country of a shooting day's first location; between shooting days the country of the
   * last one, or after a travel day the next one's; null outside the calendar or when the unit never shoots.
   */
  readonly country: string | null;
  readonly shooting: CalendarShooting | null;
  /**
   * A change of country: on the travel day (the day after the last shift in the old country), or on a shooting day
   * that directly follows a shift in another country.
   */
  readonly travel: { readonly from: string; readonly to: string } | null;
  /** A public holiday of the country the unit is in — a conflict when it shoots then. */
  readonly holiday: { readonly country: string; readonly names: HolidayNames } | null;
  readonly dayOff: "weekly" | "company" | null;
}

export interface CalendarUnit {
  readonly id: string;
  readonly name: string;
  /** One cell per date of the range, in order. */
  readonly cells: readonly CalendarCell[];
}

export interface CalendarCountry {
  readonly country: string;
  /** A partner of the project is from this country. */
  readonly partner: boolean;
  /** The board shoots there (on any date). */
  readonly shooting: boolean;
  /** Whether its public holidays are known; when not, `holidays` is empty for want of data. */
  readonly known: boolean;
  /** Its public holidays within the range. */
  readonly holidays: readonly NamedHoliday[];
}

export interface ShootingCalendar {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** How many dates the whole board shoots on (the M of "day N of M"). */
  readonly dayCount: number;
  readonly units: readonly CalendarUnit[];
  /** Partner countries and countries shot in, by code. */
  readonly countries: readonly CalendarCountry[];
}
