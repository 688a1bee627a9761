// The day out of days of a board: for every element that appears in its scenes, a code per calendar day from
// its first to its last day on the production, its totals and its cost in its own currency.
import { epochDay, isoDate, isoWeekday } from "../production/calendar.ts";
import { codeElementDays, codesByDate, type CalendarFacts, type WorkDay } from "./element-days.ts";
import type { DayOutOfDays, DoodColumns, DoodDay, DoodInput, DoodRow, DoodShootingDay } from "./types.ts";

function dayOf(date: string, what: string): number {
  const day = epochDay(date);
  if (day === null) throw new Error(`${what}: ${date} is not a date written YYYY-MM-DD`);
  return day;
}

export function dayOutOfDays(input: DoodInput): DayOutOfDays {
  const { calendar } = input;
  const weeklyOff = new Set(calendar.weeklyDaysOff);
  const daysOff = new Set(calendar.daysOff.map((date) => dayOf(date, "calendar.daysOff")));
  const holidayNames = new Map<string, Map<number, string>>();
  for (const [country, list] of Object.entries(calendar.holidays)) {
    const byDay = new Map<number, string>();
    for (const holiday of list) {
      const day = dayOf(holiday.date, `calendar.holidays.${country}`);
      if (!byDay.has(day)) byDay.set(day, holiday.name);
    }
    holidayNames.set(country, byDay);
  }
  const facts: CalendarFacts = {
    isWorkingDay: (day) => !weeklyOff.has(isoWeekday(day)) && !daysOff.has(day),
    isHoliday: (country, day) => country !== null && (holidayNames.get(country)?.has(day) ?? false),
  };

  // Each element's work days: the first shift of a date that calls it gives the country it works in.
  const shifts = input.days.map((shift) => ({ ...shift, day: dayOf(shift.date, "days") }));
  const workOf = new Map<string, Map<number, WorkDay>>();
  for (const shift of shifts) {
    for (const id of new Set(shift.elementIds)) {
      const days = workOf.get(id) ?? new Map<number, WorkDay>();
      if (!days.has(shift.day)) days.set(shift.day, { day: shift.day, country: shift.country });
      workOf.set(id, days);
    }
  }

  const rows: DoodRow[] = [];
  for (const element of input.elements) {
    const work = [...(workOf.get(element.id)?.values() ?? [])].sort((a, b) => a.day - b.day);
    const coded = codeElementDays(element, work, facts);
    if (coded === null) continue;
    const { totals } = coded;
    rows.push({
      id: element.id,
      category: element.category,
      name: element.name,
      boardNumber: element.boardNumber,
      codes: codesByDate(coded.codes),
      firstDate: isoDate(coded.firstDay),
      lastDate: isoDate(coded.lastDay),
      firstWorkDate: work[0] ? isoDate(work[0].day) : null,
      lastWorkDate: work.at(-1) ? isoDate(work.at(-1)!.day) : null,
      totals,
      dailyRate: element.dailyRate
        ? { currency: element.dailyRate.currency, minor: element.dailyRate.minor }
        : null,
      cost: element.dailyRate
        ? {
            currency: element.dailyRate.currency,
            minor: BigInt(totals.paid) * element.dailyRate.minor,
          }
        : null,
    });
  }

  const edges = [
    ...shifts.map((shift) => shift.day),
    ...rows.flatMap((row) => [dayOf(row.firstDate, "row"), dayOf(row.lastDate, "row")]),
  ];
  const days: DoodDay[] = [];
  if (edges.length > 0) {
    const byDay = new Map<number, (DoodShootingDay & { day: number })[]>();
    for (const shift of shifts) byDay.set(shift.day, [...(byDay.get(shift.day) ?? []), shift]);
    const countries = Object.keys(calendar.holidays).sort();
    for (let day = Math.min(...edges); day <= Math.max(...edges); day++) {
      const shot = byDay.get(day) ?? [];
      days.push({
        date: isoDate(day),
        dayNumber: shot[0]?.dayNumber ?? null,
        shifts: shot.map(({ unitId, shift }) => ({ unitId, shift })),
        dayOff: !facts.isWorkingDay(day),
        holidays: countries.flatMap((country) => {
          const name = holidayNames.get(country)?.get(day);
          return name === undefined ? [] : [{ country, name }];
        }),
      });
    }
  }
  return { days, rows };
}

/** The report's columns: the shooting days only, or every calendar day of the period. */
export function doodColumns(report: DayOutOfDays, columns: DoodColumns): readonly DoodDay[] {
  return columns === "calendar" ? report.days : report.days.filter((day) => day.dayNumber !== null);
}
