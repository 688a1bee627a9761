// Calendar arithmetic on ISO dates as whole UTC days since 1970-01-01: no Date object survives a call, and the
// only Date built is from explicit UTC arguments. Offsets of IANA zones come from Intl, which is pure.

const isoPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Days since 1970-01-01 of a valid "YYYY-MM-DD", or null. */
export function epochDay(text: string): number | null {
  const match = isoPattern.exec(text);
  if (!match) return null;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  const ms = Date.UTC(year, month - 1, day);
  const back = isoDate(ms / 86_400_000);
  return back === text ? ms / 86_400_000 : null;
}

/** "YYYY-MM-DD" of a day since 1970-01-01. */
export function isoDate(day: number): string {
  const ms = day * 86_400_000;
  const date = new Date(ms);
  const y = date.getUTCFullYear();
  const m = date.getUTCMonth() + 1;
  const d = date.getUTCDate();
  return `${String(y).padStart(4, "0")}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** ISO weekday: 1 Monday … 7 Sunday (1970-01-01 was a Thursday). */
export function isoWeekday(day: number): number {
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** Number of the Monday-to-Sunday week a day falls in, counted from the week of 1969-12-29. */
export function weekNumber(day: number): number {
  return Math.floor((day + 3) / 7);
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const offsets = new Map<string, number>();

/**
 * Hours the zone is ahead of UTC at local noon of the day (+5 for Asia/Tashkent); 0 for a zone Intl does not
 * know. Cached per zone and day.
 */
export function utcOffsetHours(timeZone: string, day: number): number {
  const key = `${timeZone}|${day}`;
  const known = offsets.get(key);
  if (known !== undefined) return known;
  let offset = 0;
  try {
    let format = formatters.get(timeZone);
    if (format === undefined) {
      format = new Intl.DateTimeFormat("en-US", { timeZone, timeZoneName: "longOffset" });
      formatters.set(timeZone, format);
    }
    const name = format
      .formatToParts(new Date(day * 86_400_000 + 12 * 3_600_000))
      .find((part) => part.type === "timeZoneName")?.value;
    const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name ?? "");
    if (match) offset = (match[1] === "-" ? -1 : 1) * (Number(match[2]) + Number(match[3]) / 60);
  } catch {
    offset = 0;
  }
  offsets.set(key, offset);
  return offset;
}
