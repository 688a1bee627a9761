// Calendar arithmetic on "YYYY-MM-DD" strings: day numbers for look-back windows, and statement periods.
// Pure integer work on the text: nothing here builds a Date, reads the clock or knows a time zone.

/** Days since 1970-01-01 of a valid "YYYY-MM-DD" (the proleptic Gregorian civil calendar). */
export function dayNumber(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  const day = Number(date.slice(8, 10));
  // Howard Hinnant's days_from_civil: years start in March so the leap day comes last.
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

export type StatementPeriod = "month" | "quarter" | "half-year" | "year";

export const statementPeriods: readonly StatementPeriod[] = ["month", "quarter", "half-year", "year"];

/** The period a date falls in, as a sortable key: "2026-03", "2026-Q1", "2026-H1" or "2026". */
export function periodKey(date: string, period: StatementPeriod): string {
  const year = date.slice(0, 4);
  const month = Number(date.slice(5, 7));
  switch (period) {
    case "month":
      return date.slice(0, 7);
    case "quarter":
      return `${year}-Q${Math.ceil(month / 3)}`;
    case "half-year":
      return `${year}-H${month <= 6 ? 1 : 2}`;
    case "year":
      return year;
  }
}

function lastDay(year: number, month: number): number {
  if (month === 2) return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

const monthsOf: Record<StatementPeriod, number> = { month: 1, quarter: 3, "half-year": 6, year: 12 };

/** First and last day of the period with this key, and the key of the period after it. */
export function periodBounds(
  key: string,
  period: StatementPeriod,
): { from: string; to: string; next: string } {
  const year = Number(key.slice(0, 4));
  const index = period === "month" ? Number(key.slice(5, 7)) : period === "year" ? 1 : Number(key.slice(6));
  const length = monthsOf[period];
  const firstMonth = (index - 1) * length + 1;
  const endMonth = firstMonth + length - 1;
  const pad = (value: number) => String(value).padStart(2, "0");
  const nextIndex = endMonth === 12 ? 1 : index + 1;
  const nextYear = endMonth === 12 ? year + 1 : year;
  const nextKey = periodKey(`${nextYear}-${pad((nextIndex - 1) * length + 1)}-01`, period);
  return {
    from: `${year}-${pad(firstMonth)}-01`,
    to: `${year}-${pad(endMonth)}-${pad(lastDay(year, endMonth))}`,
    next: nextKey,
  };
}
