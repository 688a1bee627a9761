// One element's codes, day by day, from the days it works. The rules are the scheduler's (cast-days.ts), so the
// report and the board's price cannot disagree:
// - between two work days a < b, the paid idle days are the working days strictly between them that are not a
//   public holiday in the country of day a; company days off and holidays there are "/", never H;
// - when drops are allowed and the gap (b − a − 1 calendar days) is at least the minimum drop gap and long
//   enough for the travel home and back, the element is dropped if that is cheaper than holding (the travel
//   days against the idle days), or always where holds are not allowed: TR home right after a, D on the first
//   day released, TR back right before b, and b is PW (pickup-work);
// - a hold that is needed but not allowed stays H and is counted as a broken rule;
// - travel days (TR) come right before the first work day and right after the last when that day is in
//   another country than home.
import { epochDay, isoDate } from "../production/calendar.ts";
import type { DoodCode, DoodElement, DoodTotals } from "./types.ts";

/** A day the element works, as whole days since 1970-01-01, with the country it works in. */
export interface WorkDay {
  readonly day: number;
  readonly country: string | null;
}

export interface CalendarFacts {
  /** Whether a day is neither a weekly nor a company day off. */
  isWorkingDay(day: number): boolean;
  isHoliday(country: string | null, day: number): boolean;
}

export interface ElementDays {
  readonly codes: Map<number, DoodCode>;
  readonly totals: DoodTotals;
  readonly firstDay: number;
  readonly lastDay: number;
}

/** Codes and totals of one element from its work days (sorted, distinct); null when it has no day at all. */
export function codeElementDays(
  element: DoodElement,
  work: readonly WorkDay[],
  facts: CalendarFacts,
): ElementDays | null {
  const codes = new Map<number, DoodCode>();
  const home = element.homeCountry;
  const abroad = (country: string | null) => home !== null && country !== null && country !== home;
  const travelOut = (country: string | null) => (abroad(country) ? element.travelDaysOut : 0);
  const travelIn = (country: string | null) => (abroad(country) ? element.travelDaysIn : 0);
  let drops = 0;
  let holdsNotAllowed = 0;
  const pickups = new Set<number>();

  for (let i = 1; i < work.length; i++) {
    const a = work[i - 1]!;
    const b = work[i]!;
    if (b.day <= a.day + 1) continue;
    const country = a.country ?? home;
    const paidIdle: number[] = [];
    for (let d = a.day + 1; d < b.day; d++) {
      if (facts.isWorkingDay(d) && !facts.isHoliday(country, d)) paidIdle.push(d);
    }
    if (paidIdle.length === 0) {
      for (let d = a.day + 1; d < b.day; d++) codes.set(d, "/");
      continue;
    }
    const outDays = travelOut(a.country);
    const inDays = travelIn(b.country);
    const away = outDays + inDays;
    const gap = b.day - a.day - 1;
    const canDrop = element.allowDropPickup && gap >= Math.max(element.minDropGapDays, away);
    if (canDrop && (!element.allowHold || away < paidIdle.length)) {
      drops++;
      pickups.add(b.day);
      for (let d = a.day + 1; d <= a.day + outDays; d++) codes.set(d, "TR");
      for (let d = b.day - inDays; d < b.day; d++) codes.set(d, "TR");
      if (a.day + outDays + 1 < b.day - inDays) codes.set(a.day + outDays + 1, "D");
      continue;
    }
    if (!element.allowHold) holdsNotAllowed++;
    const paid = new Set(paidIdle);
    for (let d = a.day + 1; d < b.day; d++) codes.set(d, paid.has(d) ? "H" : "/");
  }

  const first = work[0];
  const last = work.at(-1);
  if (first && last) {
    for (let d = first.day - travelIn(first.country); d < first.day; d++) codes.set(d, "TR");
    for (let d = last.day + 1; d <= last.day + travelOut(last.country); d++) codes.set(d, "TR");
    for (const { day } of work) {
      codes.set(
        day,
        day === first.day
          ? day === last.day
            ? "SWF"
            : "SW"
          : day === last.day
            ? "WF"
            : pickups.has(day)
              ? "PW"
              : "W",
      );
    }
  }
  for (const { date, code } of element.preparation ?? []) {
    const day = epochDay(date);
    if (day === null) throw new Error(`preparation of ${element.id}: ${date} is not a date`);
    if (!codes.has(day)) codes.set(day, code);
  }
  if (codes.size === 0) return null;

  const days = [...codes.keys()];
  const firstDay = Math.min(...days);
  const lastDay = Math.max(...days);
  const count = (...wanted: DoodCode[]) => days.filter((day) => wanted.includes(codes.get(day)!)).length;
  const worked = count("SW", "W", "WF", "SWF", "PW");
  const held = count("H");
  const travel = count("TR");
  const fitting = count("FT");
  const rehearsal = count("R");
  const holidays = count("/");
  const paidDays = worked + held + travel + fitting + rehearsal;
  return {
    codes,
    firstDay,
    lastDay,
    totals: {
      worked,
      held,
      travel,
      fitting,
      rehearsal,
      holidays,
      idle: lastDay - firstDay + 1 - paidDays - holidays,
      paid: paidDays,
      drops,
      holdsNotAllowed,
    },
  };
}

/** The codes keyed by ISO date, in date order. */
export function codesByDate(codes: ReadonlyMap<number, DoodCode>): Record<string, DoodCode> {
  const out: Record<string, DoodCode> = {};
  for (const day of [...codes.keys()].sort((a, b) => a - b)) out[isoDate(day)] = codes.get(day)!;
  return out;
}
