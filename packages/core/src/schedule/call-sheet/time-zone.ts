// Wall-clock time in a location's IANA zone, from the runtime's time-zone data through Intl: pure, no clock read.
// A call time is a local date and "HH:MM" at the location; the instant it stands for depends on the zone's offset
// that day (daylight saving included), which is what calendar feeds and the sun need.
import { epochDay } from "../production/calendar.ts";
import { formatClockTime, parseClockTime } from "./clock-time.ts";

const offsetFormats = new Map<string, Intl.DateTimeFormat>();

function offsetFormat(timeZone: string): Intl.DateTimeFormat {
  let format = offsetFormats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
    offsetFormats.set(timeZone, format);
  }
  return format;
}

/** Minutes the zone is ahead of UTC at the instant (300 for Asia/Tashkent); throws for a zone Intl lacks. */
export function zoneOffsetMinutes(instant: number, timeZone: string): number {
  const name = offsetFormat(timeZone)
    .formatToParts(new Date(instant))
    .find((part) => part.type === "timeZoneName")?.value;
  const match = /GMT([+-])(\d{2}):(\d{2})/u.exec(name ?? "");
  if (!match) return 0; // "GMT" alone: the zone is at UTC
  return (match[1] === "-" ? -1 : 1) * (Number(match[2]) * 60 + Number(match[3]));
}

/**
 * The instant (ms since 1970 UTC) of the wall-clock `time` on `date` in the zone. A time skipped by a change to
 * daylight saving is read with the offset before the change, as calendar programs do.
 */
export function zonedInstant(date: string, time: string, timeZone: string): number {
  const day = epochDay(date);
  const minutes = parseClockTime(time);
  if (day === null) throw new Error(`${date} is not a date written YYYY-MM-DD`);
  if (minutes === null) throw new Error(`${time} is not a time written HH:MM`);
  const wall = day * 86_400_000 + minutes * 60_000;
  const first = wall - zoneOffsetMinutes(wall, timeZone) * 60_000;
  return wall - zoneOffsetMinutes(first, timeZone) * 60_000;
}

/** "HH:MM" of the instant on the zone's wall clock, to the nearest minute. */
export function formatZonedTime(instant: number, timeZone: string): string {
  const rounded = Math.round(instant / 60_000) * 60_000;
  const local = rounded + zoneOffsetMinutes(rounded, timeZone) * 60_000;
  const minutes = Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
  return formatClockTime(minutes);
}
