// Reads the date a bank's file states, in that bank's layout, into YYYY-MM-DD, refusing days no calendar has.
// Pure text work: nothing here builds a Date or reads the clock, so no time zone can move a day.

export type RateDateLayout = "dd.mm.yyyy" | "yyyy-mm-dd" | "mm/dd/yyyy";

const layouts: Record<
  RateDateLayout,
  { pattern: RegExp; order: [year: number, month: number, day: number] }
> = {
  "dd.mm.yyyy": { pattern: /^(\d{2})\.(\d{2})\.(\d{4})$/, order: [3, 2, 1] },
  // NBRB's JSON writes midnight after the date ("2022-02-19T00:00:00"); the time says nothing about the rate.
  "yyyy-mm-dd": {
    pattern: /^(\d{4})-(\d{2})-(\d{2})(?:T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$/,
    order: [1, 2, 3],
  },
  "mm/dd/yyyy": { pattern: /^(\d{2})\/(\d{2})\/(\d{4})$/, order: [3, 1, 2] },
};

function daysInMonth(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/** "01.04.2025" in dd.mm.yyyy → "2025-04-01"; null when the text is not a real day in that layout. */
export function parseRateDate(text: string, layout: RateDateLayout): string | null {
  const { pattern, order } = layouts[layout];
  const match = pattern.exec(text.trim());
  if (!match) return null;
  const [yearText = "", monthText = "", dayText = ""] = order.map((group) => match[group] ?? "");
  const year = Number(yearText);
  const month = Number(monthText);
  const day = Number(dayText);
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return `${yearText}-${monthText}-${dayText}`;
}
