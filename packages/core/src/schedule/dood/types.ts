// The day out of days (DOOD): what a board tells about each element's days — one code per calendar day from
// the element's first to its last day on the production — and what those days cost in the element's currency.
import type { IsoDate } from "../production/types.ts";

/**
 * The trade's codes (Movie Magic Scheduling's set): SW start-work, W work, WF work-finish, SWF start-work-finish,
 * PW pickup-work (the first day back after a drop), H hold, D drop, TR travel, FT fitting, R rehearsal and
 * "/" a day off or public holiday inside the element's engagement.
 */
export const doodCodes = ["SW", "W", "WF", "SWF", "PW", "H", "D", "TR", "FT", "R", "/"] as const;
export type DoodCode = (typeof doodCodes)[number];

/** Codes of a day in front of the camera. */
export const doodWorkCodes: readonly DoodCode[] = ["SW", "W", "WF", "SWF", "PW"];

/** One unit's shift on the board. */
export interface DoodShootingDay {
  readonly date: IsoDate;
  /** The board's number for the date ("day 12 of 40"); every shift of one date carries the same number. */
  readonly dayNumber: number;
  readonly unitId: string;
  readonly shift: "day" | "night";
  /** ISO 3166-1 country of the shift's locations; null when no scene of it has a location yet. */
  readonly country: string | null;
  /** The elements in the shift's scenes (with what they bring along). */
  readonly elementIds: readonly string[];
}

export interface DoodHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

export interface DoodCalendar {
  /** ISO weekdays nobody shoots on (1 Monday … 7 Sunday). */
  readonly weeklyDaysOff: readonly number[];
  /** The company's own days off. */
  readonly daysOff: readonly IsoDate[];
  /** Public holidays by country. */
  readonly holidays: Readonly<Record<string, readonly DoodHoliday[]>>;
}

export interface DoodElement {
  readonly id: string;
  readonly category: string;
  readonly name: string;
  /** The stripboard's id: "1", "2" … for cast. */
  readonly boardNumber: string | null;
  /** Where the element travels from; null for an element that does not travel (props, vehicles…). */
  readonly homeCountry: string | null;
  /** Paid travel days from home to a location in another country … */
  readonly travelDaysIn: number;
  /** … and back. */
  readonly travelDaysOut: number;
  /** Whether the element may be paid to wait between work days. */
  readonly allowHold: boolean;
  /** Whether the element may be released between work days and picked up again. */
  readonly allowDropPickup: boolean;
  /** The fewest calendar days between two work days that allow a drop. */
  readonly minDropGapDays: number;
  /** Pay for each work, hold, travel, fitting or rehearsal day, in minor units; null when not agreed. */
  readonly dailyRate: { readonly minor: bigint; readonly currency: string } | null;
  /** Fittings and rehearsals before or between work days. */
  readonly preparation?: readonly { readonly date: IsoDate; readonly code: "FT" | "R" }[];
}

export interface DoodInput {
  /** The board's shifts, in shooting order. */
  readonly days: readonly DoodShootingDay[];
  readonly calendar: DoodCalendar;
  /** In the order the rows should come. */
  readonly elements: readonly DoodElement[];
}

/** A calendar day of the report. */
export interface DoodDay {
  readonly date: IsoDate;
  /** The board's day number; null on a date nobody shoots. */
  readonly dayNumber: number | null;
  readonly shifts: readonly { readonly unitId: string; readonly shift: "day" | "night" }[];
  /** A weekly day off or a company day off. */
  readonly dayOff: boolean;
  /** The public holidays of the date in the countries of the calendar. */
  readonly holidays: readonly { readonly country: string; readonly name: string }[];
}

export interface DoodTotals {
  /** SW, W, WF, SWF and PW days. */
  readonly worked: number;
  readonly held: number;
  readonly travel: number;
  readonly fitting: number;
  readonly rehearsal: number;
  /** Days off and public holidays inside the engagement ("/"), unpaid. */
  readonly holidays: number;
  /** Days the element is released (the D day and the unmarked days of a drop), unpaid. */
  readonly idle: number;
  /** worked + held + travel + fitting + rehearsal. */
  readonly paid: number;
  /** How many times the element is dropped and picked up again. */
  readonly drops: number;
  /** Holds the element needs but does not allow: gaps too short to drop (a rule broken). */
  readonly holdsNotAllowed: number;
}

export interface DoodRow {
  readonly id: string;
  readonly category: string;
  readonly name: string;
  readonly boardNumber: string | null;
  /** A code for each coded date; a date of a drop after its D day has none. */
  readonly codes: Readonly<Record<IsoDate, DoodCode>>;
  /** The first and last coded dates: the engagement, travel included. */
  readonly firstDate: IsoDate;
  readonly lastDate: IsoDate;
  readonly firstWorkDate: IsoDate | null;
  readonly lastWorkDate: IsoDate | null;
  readonly totals: DoodTotals;
  readonly dailyRate: { readonly currency: string; readonly minor: bigint } | null;
  /** paid days × daily rate, exactly, in the rate's currency; null without a rate. */
  readonly cost: { readonly currency: string; readonly minor: bigint } | null;
}

export interface DayOutOfDays {
  /** Every calendar date from the first shooting or coded date to the last. */
  readonly days: readonly DoodDay[];
  /** One row per element that has a coded day, in the input's order. */
  readonly rows: readonly DoodRow[];
}

/** Which dates become columns: the board's shooting days only, or every calendar day of the period. */
export type DoodColumns = "shooting" | "calendar";
