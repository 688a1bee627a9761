// Dates between the USS and a board: the standard writes ISO date-times ("2022-06-20T08:00:00.000Z"), a board
// local dates ("2022-06-20"); the standard numbers weekdays 0 Sunday … 6 Saturday, a board 1 Monday … 7 Sunday.
// Pure arithmetic on UTC calendar dates; nothing here reads the clock.

const dayMs = 86_400_000;
const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/u;
const isoDateTime =
  /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?$/u;

/** True for a real calendar date "YYYY-MM-DD". */
export function isCalendarDate(text: string): boolean {
  const match = isoDate.exec(text);
  if (!match) return false;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return new Date(time).toISOString().slice(0, 10) === text;
}

/**
 * The calendar date an ISO date or date-time means, or null when the text is not one. Programs write a date as the
 * instant of its local midnight ("2022-06-20T07:00:00.000Z" in Los Angeles, "2022-06-19T21:00:00.000Z" in Moscow),
 * so a date-time is taken to the nearest UTC midnight: right for every zone from UTC−11 to UTC+11. Noon UTC,
 * which some programs write to stay clear of zones, keeps its own date.
 */
export function ussDate(text: string): string | null {
  const match = isoDateTime.exec(text.trim());
  if (!match) return null;
  const date = `${match[1]}-${match[2]}-${match[3]}`;
  if (!isCalendarDate(date)) return null;
  if (match[4] === undefined) return date;
  const instant = Date.parse(text.trim());
  if (Number.isNaN(instant)) return null;
  return new Date(Math.floor((instant + dayMs / 2 - 1) / dayMs) * dayMs).toISOString().slice(0, 10);
}

/** The date as the standard writes it: midnight UTC of that date. */
export function ussDateTime(date: string): string {
  return `${date}T00:00:00.000Z`;
}

/** 0 Sunday … 6 Saturday → 1 Monday … 7 Sunday. */
export function isoWeekday(ussDay: number): number {
  return ussDay === 0 ? 7 : ussDay;
}

/** 1 Monday … 7 Sunday → 0 Sunday … 6 Saturday. */
export function ussWeekday(isoDay: number): number {
  return isoDay === 7 ? 0 : isoDay;
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * dayMs).toISOString().slice(0, 10);
}

/** Days from `from` to `to`: 0 for the same date, negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / dayMs);
}

/** 1 Monday … 7 Sunday of a date. */
export function weekdayOf(date: string): number {
  return isoWeekday(new Date(`${date}T00:00:00Z`).getUTCDay());
}

/** Whether shooting may fall on `date`: not a weekly day off, not a day off of the calendar. */
export function isWorkingDate(
  date: string,
  weeklyDaysOff: readonly number[],
  daysOff: ReadonlySet<string>,
): boolean {
  return !weeklyDaysOff.includes(weekdayOf(date)) && !daysOff.has(date);
}

/**
 * The first working date on or after `date`, or null when none comes within `limit` days (a calendar where every
 * weekday is off).
 */
export function nextWorkingDate(
  date: string,
  weeklyDaysOff: readonly number[],
  daysOff: ReadonlySet<string>,
  limit = 3660,
): string | null {
  for (let day = 0, at = date; day <= limit; day++, at = addDays(at, 1)) {
    if (isWorkingDate(at, weeklyDaysOff, daysOff)) return at;
  }
  return null;
}
