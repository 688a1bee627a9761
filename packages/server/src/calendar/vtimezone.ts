// VTIMEZONE components (RFC 5545 §3.6.5) for the zones a feed's events name, made from the runtime's time-zone
// data through Intl: one observance per offset the zone keeps over the feed's years, with its exact change times.
// Outlook needs them; Google and Apple read the IANA name but honour them too.
import { zoneOffsetMinutes } from "@kinomost/core";

const hour = 3_600_000;

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? "-" : "+";
  const value = Math.abs(minutes);
  return `${sign}${String(Math.floor(value / 60)).padStart(2, "0")}${String(value % 60).padStart(2, "0")}`;
}

/** "YYYYMMDDTHHMMSS" of the instant on a clock `offset` minutes ahead of UTC. */
function localText(instant: number, offset: number): string {
  const local = new Date(instant + offset * 60_000).toISOString();
  return `${local.slice(0, 4)}${local.slice(5, 7)}${local.slice(8, 10)}T${local.slice(11, 13)}${local.slice(14, 16)}00`;
}

interface Transition {
  instant: number;
  from: number;
  to: number;
}

/** The instants the zone's offset changes between `start` and `end`, to the minute. */
function transitions(timeZone: string, start: number, end: number): Transition[] {
  const found: Transition[] = [];
  let before = start;
  let offset = zoneOffsetMinutes(before, timeZone);
  for (let at = start + 6 * hour; at <= end; at += 6 * hour) {
    const next = zoneOffsetMinutes(at, timeZone);
    if (next !== offset) {
      let low = before;
      let high = at;
      while (high - low > 60_000) {
        const middle = Math.floor((low + high) / 2 / 60_000) * 60_000;
        if (zoneOffsetMinutes(middle, timeZone) === offset) low = middle;
        else high = middle;
      }
      found.push({ instant: high, from: offset, to: next });
      offset = next;
    }
    before = at;
  }
  return found;
}

/** The zone's VTIMEZONE for events from `fromYear` through `toYear`. */
export function vtimezone(timeZone: string, fromYear: number, toYear: number): string {
  const start = Date.UTC(fromYear, 0, 1);
  const end = Date.UTC(toYear + 1, 0, 1);
  const initial = zoneOffsetMinutes(start, timeZone);
  const observance = (kind: "STANDARD" | "DAYLIGHT", at: string, from: number, to: number) => [
    `BEGIN:${kind}`,
    `DTSTART:${at}`,
    `TZOFFSETFROM:${offsetText(from)}`,
    `TZOFFSETTO:${offsetText(to)}`,
    `END:${kind}`,
  ];
  const lines = [
    "BEGIN:VTIMEZONE",
    `TZID:${timeZone}`,
    ...observance("STANDARD", "19700101T000000", initial, initial),
    // A change to a larger offset is daylight saving (or a zone moving east for good: the offsets are what count).
    ...transitions(timeZone, start, end).flatMap((change) =>
      observance(
        change.to > change.from ? "DAYLIGHT" : "STANDARD",
        localText(change.instant, change.from),
        change.from,
        change.to,
      ),
    ),
    "END:VTIMEZONE",
  ];
  return lines.join("\r\n");
}
