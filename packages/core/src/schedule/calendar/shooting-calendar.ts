// Lays a board's shifts on the calendar, one lane per unit: see types.ts for what a cell says. Where a unit is
// between shooting days decides whose public holidays apply to it: the country it last shot in, until the day
// after its last shift there, which is its travel day when the next shift is in another country; from then on
// the country it goes to. A unit is in the country of its first shift before it, and of its last after it.
import { epochDay, isoDate, isoWeekday } from "../production/calendar.ts";
import type { ShiftKind } from "../production/types.ts";
import type { HolidayNames } from "./holiday-names.ts";
import type {
  CalendarCell,
  CalendarCountry,
  CalendarInput,
  CalendarLocation,
  CalendarShooting,
  ShootingCalendar,
} from "./types.ts";

/** A unit's shooting date: its shifts of that date merged. */
interface UnitDate {
  readonly day: number;
  readonly country: string | null;
  readonly shooting: CalendarShooting;
}

function dayOf(date: string, field: string): number {
  const day = epochDay(date);
  if (day === null) throw new RangeError(`${field} is not a date: ${date}`);
  return day;
}

/** Index of the last entry whose day is at most `day`, or -1. */
function lastAtOrBefore(entries: readonly { day: number }[], day: number): number {
  let low = 0;
  let high = entries.length - 1;
  let found = -1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    if (entries[middle]!.day <= day) {
      found = middle;
      low = middle + 1;
    } else high = middle - 1;
  }
  return found;
}

function unitDates(input: CalendarInput, numberOf: ReadonlyMap<string, number>): Map<string, UnitDate[]> {
  const grouped = new Map<string, Map<string, CalendarInput["shifts"][number][]>>();
  for (const shift of input.shifts) {
    if (shift.sceneCount <= 0) continue;
    const byDate = grouped.get(shift.unitId) ?? new Map<string, CalendarInput["shifts"][number][]>();
    byDate.set(shift.date, [...(byDate.get(shift.date) ?? []), shift]);
    grouped.set(shift.unitId, byDate);
  }
  const out = new Map<string, UnitDate[]>();
  for (const [unitId, byDate] of grouped) {
    const dates = [...byDate.keys()].sort();
    out.set(
      unitId,
      dates.map((date, index) => {
        const shifts = byDate.get(date)!;
        const order: ShiftKind[] = ["day", "night"];
        const sorted = [...shifts].sort((a, b) => order.indexOf(a.shift) - order.indexOf(b.shift));
        const locations = new Map<string, CalendarLocation>();
        for (const shift of sorted) for (const place of shift.locations) locations.set(place.id, place);
        const places = [...locations.values()];
        return {
          day: dayOf(date, "shift date"),
          country: places[0]?.country ?? null,
          shooting: {
            dayNumber: numberOf.get(date)!,
            unitDayNumber: index + 1,
            shifts: [...new Set(sorted.map((shift) => shift.shift))],
            locations: places,
            sceneCount: sorted.reduce((sum, shift) => sum + shift.sceneCount, 0),
            eighths: sorted.reduce((sum, shift) => sum + shift.eighths, 0),
          },
        };
      }),
    );
  }
  return out;
}

/** The unit's lane over the range. */
function laneOf(
  dates: readonly UnitDate[],
  range: { from: number; to: number; first: number; last: number },
  holidayOf: (country: string, date: string) => HolidayNames | null,
  dayOffOf: (day: number, date: string) => CalendarCell["dayOff"],
): CalendarCell[] {
  const placed = dates.filter((entry) => entry.country !== null);
  const cells: CalendarCell[] = [];
  for (let day = range.from; day <= range.to; day++) {
    const date = isoDate(day);
    const dayOff = dayOffOf(day, date);
    const at = lastAtOrBefore(dates, day);
    const own = at >= 0 && dates[at]!.day === day ? dates[at]! : null;
    const before = placed[lastAtOrBefore(placed, day - 1)] ?? null;
    const holiday = (country: string | null) => {
      const names = country === null ? null : holidayOf(country, date);
      return names === null ? null : { country: country!, names };
    };
    if (own) {
      const crossed = own.country !== null && before !== null && before.day === day - 1;
      cells.push({
        date,
        kind: "shoot",
        country: own.country,
        shooting: own.shooting,
        travel:
          crossed && before.country !== own.country ? { from: before.country!, to: own.country! } : null,
        holiday: holiday(own.country),
        dayOff,
      });
      continue;
    }
    if (day < range.first || day > range.last) {
      cells.push({
        date,
        kind: "outside",
        country: null,
        shooting: null,
        travel: null,
        holiday: null,
        dayOff,
      });
      continue;
    }
    const after = placed[lastAtOrBefore(placed, day) + 1] ?? null;
    const moving = before !== null && after !== null && before.country !== after.country;
    const isTravel = moving && before.day === day - 1;
    const country = moving ? after.country : (before?.country ?? after?.country ?? null);
    const onHoliday = holiday(country);
    cells.push({
      date,
      kind: isTravel ? "travel" : onHoliday ? "holiday" : dayOff ? "dayOff" : "free",
      country,
      shooting: null,
      travel: isTravel ? { from: before.country!, to: after.country! } : null,
      holiday: onHoliday,
      dayOff,
    });
  }
  return cells;
}

/** The board's shifts on the calendar from `from` to `to`, one lane per unit, with each country's holidays. */
export function shootingCalendar(input: CalendarInput): ShootingCalendar {
  const from = dayOf(input.from, "from");
  const to = dayOf(input.to, "to");
  if (to < from) throw new RangeError(`to (${input.to}) is before from (${input.from})`);
  const range = {
    from,
    to,
    first: dayOf(input.firstDate, "firstDate"),
    last: dayOf(input.lastDate, "lastDate"),
  };

  const shootingDates = [...new Set(input.shifts.filter((s) => s.sceneCount > 0).map((s) => s.date))].sort();
  const numberOf = new Map(shootingDates.map((date, index) => [date, index + 1]));
  const byUnit = unitDates(input, numberOf);

  const holidayIndex = new Map<string, Map<string, HolidayNames>>();
  for (const [country, list] of Object.entries(input.holidays))
    holidayIndex.set(country, new Map(list.map((holiday) => [holiday.date, holiday.names])));
  const holidayOf = (country: string, date: string) => holidayIndex.get(country)?.get(date) ?? null;
  const weekly = new Set(input.weeklyDaysOff);
  const company = new Set(input.daysOff);
  const dayOffOf = (day: number, date: string): CalendarCell["dayOff"] =>
    weekly.has(isoWeekday(day)) ? "weekly" : company.has(date) ? "company" : null;

  const shotIn = new Set<string>();
  for (const shift of input.shifts)
    if (shift.sceneCount > 0) for (const place of shift.locations) shotIn.add(place.country);
  const partners = new Set(input.partnerCountries);
  const countries: CalendarCountry[] = [...new Set([...partners, ...shotIn])].sort().map((country) => ({
    country,
    partner: partners.has(country),
    shooting: shotIn.has(country),
    known: holidayIndex.has(country),
    holidays: (input.holidays[country] ?? []).filter(
      (holiday) => holiday.date >= input.from && holiday.date <= input.to,
    ),
  }));

  return {
    from: input.from,
    to: input.to,
    dayCount: shootingDates.length,
    units: input.units.map((unit) => ({
      id: unit.id,
      name: unit.name,
      cells: laneOf(byUnit.get(unit.id) ?? [], range, holidayOf, dayOffOf),
    })),
    countries,
  };
}
