// Month grids of the shooting calendar: months as "YYYY-MM", each laid out Monday to Sunday in whole weeks, their
// names from Intl in the interface language, and a fixed colour for each country the board shoots in. Plain data
// in, plain data out; dates are ISO dates computed in UTC, so no time zone moves a day.
import type { Locale } from "../../api/types.ts";
import { intlLocale } from "../../i18n/format.ts";

const dayMs = 86_400_000;
const monthPattern = /^(\d{4})-(0[1-9]|1[0-2])$/u;

const toDate = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const msOf = (date: string) => Date.parse(`${date}T00:00:00Z`);

export function isMonth(text: string | null | undefined): text is string {
  return typeof text === "string" && monthPattern.test(text);
}

/** "2027-03" of "2027-03-18". */
export const monthOf = (date: string) => date.slice(0, 7);

/** The month `delta` months after `month` (before, when negative). */
export function shiftMonth(month: string, delta: number): string {
  const [year, number] = month.split("-").map(Number) as [number, number];
  const index = year * 12 + (number - 1) + delta;
  return `${String(Math.floor(index / 12)).padStart(4, "0")}-${String((index % 12) + 1).padStart(2, "0")}`;
}

/** Every month from the one of `first` to the one of `last`, both included. */
export function monthsBetween(first: string, last: string): string[] {
  const out: string[] = [];
  for (let month = monthOf(first); month <= monthOf(last) && out.length < 240; month = shiftMonth(month, 1))
    out.push(month);
  return out;
}

export interface MonthGrid {
  month: string;
  /** Monday of the first week and Sunday of the last: the range to ask the server for. */
  from: string;
  to: string;
  /** Whole weeks, Monday to Sunday, with the neighbouring months' days that fill them. */
  weeks: string[][];
}

export function monthGrid(month: string): MonthGrid {
  const first = msOf(`${month}-01`);
  const next = msOf(`${shiftMonth(month, 1)}-01`);
  const weekday = (new Date(first).getUTCDay() + 6) % 7; // 0 Monday … 6 Sunday
  const start = first - weekday * dayMs;
  const weeks: string[][] = [];
  for (let monday = start; monday < next; monday += 7 * dayMs)
    weeks.push(Array.from({ length: 7 }, (_, day) => toDate(monday + day * dayMs)));
  return { month, from: weeks[0]![0]!, to: weeks.at(-1)![6]!, weeks };
}

const capitalize = (text: string) => text.charAt(0).toLocaleUpperCase() + text.slice(1);

/** «Март 2027», "March 2027": the month's own (nominative) name, as a calendar heads it. */
export function monthTitle(month: string, locale: Locale): string {
  const date = new Date(msOf(`${month}-01`));
  const name = new Intl.DateTimeFormat(intlLocale(locale), { month: "long", timeZone: "UTC" }).format(date);
  return `${capitalize(name)} ${month.slice(0, 4)}`;
}

/** «Пн» … «Вс», "Mon" … "Sun". */
export function weekdayNames(locale: Locale): string[] {
  const format = new Intl.DateTimeFormat(intlLocale(locale), { weekday: "short", timeZone: "UTC" });
  // 2027-03-01 is a Monday.
  return Array.from({ length: 7 }, (_, day) =>
    capitalize(format.format(new Date(msOf("2027-03-01") + day * dayMs))),
  );
}

/** «18 марта 2027», "18 March 2027". */
export function longDate(date: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(msOf(date)));
}

/** The day of the month of an ISO date, as a number. */
export const dayOfMonth = (date: string) => Number(date.slice(8, 10));

/** ISO weekday 1 Monday … 7 Sunday. */
export const isoWeekday = (date: string) => ((new Date(msOf(date)).getUTCDay() + 6) % 7) + 1;

export interface CountryColor {
  background: string;
  border: string;
  text: string;
}

/** The countries the platform's co-productions shoot in most, each its own colour; others share a palette. */
const fixedColors: Record<string, CountryColor> = {
  RU: { background: "#dbe4ff", border: "#748ffc", text: "#1c3aa9" },
  BY: { background: "#d3f9d8", border: "#51cf66", text: "#1b6e2b" },
  KZ: { background: "#c5f6fa", border: "#3bc9db", text: "#0b6473" },
  UZ: { background: "#fff3bf", border: "#fcc419", text: "#7a5500" },
  TJ: { background: "#ffe8cc", border: "#ff922b", text: "#8a4000" },
  KG: { background: "#f3d9fa", border: "#cc5de8", text: "#7a1f8f" },
};
const palette: CountryColor[] = [
  { background: "#e5dbff", border: "#9775fa", text: "#4b2aa8" },
  { background: "#ffdeeb", border: "#f06595", text: "#9c1b4c" },
  { background: "#d0ebff", border: "#4dabf7", text: "#114f80" },
  { background: "#e9fac8", border: "#94d82d", text: "#4a6b00" },
];
const unknownCountry: CountryColor = { background: "#e9ecef", border: "#adb5bd", text: "#343a40" };

export function countryColor(code: string | null): CountryColor {
  if (code === null) return unknownCountry;
  const fixed = fixedColors[code];
  if (fixed) return fixed;
  const hash = [...code].reduce((sum, char) => sum * 31 + char.charCodeAt(0), 0);
  return palette[hash % palette.length]!;
}
