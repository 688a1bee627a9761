// Public holidays with their names in Russian and English, for calendars people read. The dates are exactly those
// of `publicHolidays` (the ones the scheduler keeps free); only the names are added. Russia, Kazakhstan and
// Uzbekistan have Russian names in the `date-holidays` data; its Belarusian "ru" names are partly in Belarusian,
// and Tajikistan and Kyrgyzstan are rules of our own with English names, so those are translated here. A substitute
// day off (перенос) is marked the same way in both languages, whatever the library's data says.
import Holidays from "date-holidays";
import { epochDay, isoDate } from "../production/calendar.ts";
import { publicHolidays } from "../production/holidays.ts";
import type { IsoDate } from "../production/types.ts";

export interface HolidayNames {
  readonly ru: string;
  readonly en: string;
}

export interface NamedHoliday {
  readonly date: IsoDate;
  readonly names: HolidayNames;
}

/** Russian names by country and the holiday's English name, where the library has none in Russian. */
const russianNames: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  BY: {
    "Labour Day": "Праздник труда",
    "Victory Day": "День Победы",
    "Commemoration Day": "Радуница",
    "Independence Day": "День Независимости",
    "October Revolution Day": "День Октябрьской революции",
  },
  TJ: {
    "New Year": "Новый год",
    "Mother's Day": "День матери",
    Navruz: "Навруз",
    "Victory Day": "День Победы",
    "National Unity Day": "День национального единства",
    "Independence Day": "День независимости",
    "Constitution Day": "День Конституции",
    "Idi Ramazon": "Иди Рамазон",
    "Idi Qurbon": "Иди Курбон",
  },
  KG: {
    "New Year": "Новый год",
    "Orthodox Christmas": "Рождество Христово",
    "Defender of the Fatherland Day": "День защитника Отечества",
    "International Women's Day": "Международный женский день",
    Nooruz: "Нооруз",
    "Day of the People's April Revolution": "День Народной апрельской революции",
    "Labour Day": "Праздник труда",
    "Constitution Day": "День Конституции",
    "Victory Day": "День Победы",
    "Independence Day": "День независимости",
    "Days of History and Remembrance of Ancestors": "Дни истории и памяти предков",
    "Orozo Ait": "Орозо айт",
    "Kurman Ait": "Курман айт",
  },
};

/** The library's marks of a substitute day off, in English, Uzbek and untranslated. */
const substituteMark = /\s*\((substitute day|koʻchirilgan kun)\)\s*$/u;
const substituteSuffix: HolidayNames = { ru: " (перенос)", en: " (substitute day)" };
/** Letters of Belarusian and Latin scripts that Russian does not use: such a "Russian" name is not Russian. */
const notRussian = /[іўІЎa-zA-Z]/u;

const libraries = new Map<string, Holidays>();
const cache = new Map<string, NamedHoliday[]>();

function library(country: string): Holidays {
  let holidays = libraries.get(country);
  if (!holidays) {
    holidays = new Holidays(country, { types: ["public"] });
    libraries.set(country, holidays);
  }
  return holidays;
}

/** The name of each date of the year's public holidays in one language, first holiday of a date winning. */
function namesByDate(country: string, year: number, language: string): Map<string, string> {
  const byDate = new Map<string, string>();
  for (const holiday of library(country).getHolidays(year, language)) {
    if (holiday.type !== "public") continue;
    const first = epochDay(holiday.date.slice(0, 10));
    if (first === null) continue;
    const length = Math.max(1, Math.round((holiday.end.getTime() - holiday.start.getTime()) / 86_400_000));
    for (let d = 0; d < length; d++) {
      const date = isoDate(first + d);
      if (date.slice(0, 4) === String(year) && !byDate.has(date)) byDate.set(date, holiday.name);
    }
  }
  return byDate;
}

function named(country: string, english: string, russian: string | undefined): HolidayNames {
  const substitute = substituteMark.test(english) || (russian !== undefined && substituteMark.test(russian));
  const en = english.replace(substituteMark, "");
  const libraryRussian = russian?.replace(substituteMark, "");
  const ru =
    russianNames[country]?.[en] ?? (libraryRussian && !notRussian.test(libraryRussian) ? libraryRussian : en);
  return substitute ? { ru: ru + substituteSuffix.ru, en: en + substituteSuffix.en } : { ru, en };
}

function yearOf(country: string, year: number): NamedHoliday[] {
  const key = `${country}:${year}`;
  const known = cache.get(key);
  if (known) return known;
  const dates = publicHolidays(country, year, year);
  if (dates.length === 0) {
    cache.set(key, []);
    return [];
  }
  // Countries of our own rules are not in the library: their maps stay empty and the rule's name is English.
  const english = namesByDate(country, year, "en");
  const russian = namesByDate(country, year, "ru");
  const out = dates.map((holiday) => ({
    date: holiday.date,
    names: named(country, english.get(holiday.date) ?? holiday.name, russian.get(holiday.date)),
  }));
  cache.set(key, out);
  return out;
}

/**
 * Public holidays of `country` from 1 January of `fromYear` to 31 December of `toYear` with their Russian and
 * English names: the dates of `publicHolidays`, one entry a date, sorted; [] for a country it does not know.
 */
export function namedPublicHolidays(country: string, fromYear: number, toYear: number): NamedHoliday[] {
  const code = country.toUpperCase();
  const out: NamedHoliday[] = [];
  for (let year = fromYear; year <= toYear; year++) out.push(...yearOf(code, year));
  return out;
}
