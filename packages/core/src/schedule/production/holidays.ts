// Public holidays of the countries the platform's co-productions shoot in, for a range of years. Russia,
// Belarus, Kazakhstan and Uzbekistan come from the maintained `date-holidays` data (its "public" days,
// substitute days included). Tajikistan and Kyrgyzstan are not in it: their days are added here with the
// library's own rule grammar, from the countries' labour codes:
// - Tajikistan (Labour Code art. 104): 1 Jan, 8 Mar, 21–24 Mar Navruz, 9 May, 27 Jun, 9 Sep, 6 Nov,
//   Idi Ramazon (1 Shawwal), Idi Qurbon (10 Dhu al-Hijjah);
// - Kyrgyzstan (Labour Code art. 113): 1 Jan, 7 Jan, 23 Feb, 8 Mar, 21 Mar, 7 Apr, 1 May, 5 May, 9 May,
//   31 Aug, 7–8 Nov, Orozo Ait (1 Shawwal), Kurman Ait (10 Dhu al-Hijjah).
// The Islamic dates are the library's tabular calendar (1970–2080) and can differ by a day from the date
// each country announces; transfers of days off by government decree are not predicted for TJ and KG.
import Holidays from "date-holidays";
import { epochDay, isoDate } from "./calendar.ts";
import type { IsoDate } from "./types.ts";

export interface PublicHoliday {
  readonly date: IsoDate;
  readonly name: string;
}

/** Countries publicHolidays knows. */
export const holidayCountries = ["RU", "BY", "KZ", "UZ", "TJ", "KG"] as const;

const customRules: Readonly<Record<string, readonly (readonly [rule: string, name: string])[]>> = {
  TJ: [
    ["01-01", "New Year"],
    ["03-08", "Mother's Day"],
    ["03-21 P4D", "Navruz"],
    ["05-09", "Victory Day"],
    ["06-27", "National Unity Day"],
    ["09-09", "Independence Day"],
    ["11-06", "Constitution Day"],
    ["1 Shawwal", "Idi Ramazon"],
    ["10 Dhu al-Hijjah", "Idi Qurbon"],
  ],
  KG: [
    ["01-01", "New Year"],
    ["01-07", "Orthodox Christmas"],
    ["02-23", "Defender of the Fatherland Day"],
    ["03-08", "International Women's Day"],
    ["03-21", "Nooruz"],
    ["04-07", "Day of the People's April Revolution"],
    ["05-01", "Labour Day"],
    ["05-05", "Constitution Day"],
    ["05-09", "Victory Day"],
    ["08-31", "Independence Day"],
    ["11-07 P2D", "Days of History and Remembrance of Ancestors"],
    ["1 Shawwal", "Orozo Ait"],
    ["10 Dhu al-Hijjah", "Kurman Ait"],
  ],
};

const calendars = new Map<string, Holidays>();

function calendarOf(country: string): Holidays | null {
  const known = calendars.get(country);
  if (known) return known;
  let holidays: Holidays;
  const custom = customRules[country];
  if (custom) {
    holidays = new Holidays();
    for (const [rule, name] of custom) holidays.setHoliday(rule, { name, type: "public" });
  } else if ((holidayCountries as readonly string[]).includes(country)) {
    holidays = new Holidays(country, { types: ["public"] });
  } else return null;
  calendars.set(country, holidays);
  return holidays;
}

/**
 * Public holidays of `country` (ISO 3166-1 alpha-2) from 1 January of `fromYear` to 31 December of `toYear`,
 * one entry per date (a holiday of several days gives several), sorted. [] for a country not in
 * holidayCountries.
 */
export function publicHolidays(country: string, fromYear: number, toYear: number): PublicHoliday[] {
  const holidays = calendarOf(country.toUpperCase());
  if (holidays === null) return [];
  const byDate = new Map<string, string>();
  for (let year = fromYear; year <= toYear; year++) {
    for (const holiday of holidays.getHolidays(year)) {
      if (holiday.type !== "public") continue;
      const first = epochDay(holiday.date.slice(0, 10));
      if (first === null) continue;
      const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
      for (let d = 0; d < length; d++) {
        const date = isoDate(first + d);
        if (date.slice(0, 4) !== String(year)) continue;
        if (!byDate.has(date)) byDate.set(date, holiday.name);
      }
    }
  }
  return [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([date, name]) => ({ date, name }));
}

/** The calendar.holidays map for an instance: every listed country's public holidays over the years. */
export function holidaysFor(
  countries: readonly string[],
  fromYear: number,
  toYear: number,
): Record<string, IsoDate[]> {
  const out: Record<string, IsoDate[]> = {};
  for (const country of countries)
    out[country] = publicHolidays(country, fromYear, toYear).map((h) => h.date);
  return out;
}
