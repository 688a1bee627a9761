// Times of day as call sheets write them: "HH:MM" on a 24-hour clock, the location's wall-clock time.
// Pure text and arithmetic; a time never carries a date or a zone of its own.

const clockPattern = /^([01]\d|2[0-3]):([0-5]\d)$/u;

/** Whether `text` is a time of day written "HH:MM" (00:00 … 23:59). */
export function isClockTime(text: string): boolean {
  return clockPattern.test(text);
}

/** Minutes since midnight of "HH:MM", or null when the text is not such a time. */
export function parseClockTime(text: string): number | null {
  const match = clockPattern.exec(text);
  return match ? Number(match[1]) * 60 + Number(match[2]) : null;
}

/** "HH:MM" of minutes since midnight; minutes past 24 hours come round to the next day's clock. */
export function formatClockTime(minutes: number): string {
  const wrapped = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${String(Math.floor(wrapped / 60)).padStart(2, "0")}:${String(wrapped % 60).padStart(2, "0")}`;
}
