// A local date and time as ical-generator writes it under a TZID: the library formats a plain Date in the server's
// own zone, so a call time is handed over as a small Luxon-shaped value that already is the location's wall clock.
import type { ICalDateTimeValue } from "ical-generator";

/** `date` ("YYYY-MM-DD") and `time` ("HH:MM") on the wall clock of the event's zone; `instant` is the same moment. */
export function wallTime(date: string, time: string, instant: number): ICalDateTimeValue {
  const compactDate = date.replaceAll("-", "");
  const compactTime = `${time.replace(":", "")}00`;
  const value = {
    zone: { type: "iana" },
    isValid: true,
    setZone: () => value,
    toFormat: (format: string) => {
      if (format === "yyyyLLdd") return compactDate;
      if (format === "HHmmss") return compactTime;
      throw new Error(`unexpected calendar date format ${format}`);
    },
    toJSDate: () => new Date(instant),
    toJSON: () => new Date(instant).toISOString(),
  };
  return value;
}
