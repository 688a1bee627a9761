// The words of the shooting schedule report (КПП) in the languages its files are printed in, and the few
// formatters its PDF and workbook share. Names, sets and synopses stay as people wrote them. Nothing here reads
// the clock: every instant and date is handed in.
import {
  countryName,
  formatEighths,
  formatSheetSetting,
  formatSheetTime,
  type Setting,
  type TimeOfDay,
} from "@kinomost/core";
import type { KppBanner, KppDay, KppHoliday } from "./model.ts";

export const kppLanguages = ["ru", "en"] as const;
export type KppLanguage = (typeof kppLanguages)[number];

type Words = Readonly<Record<KppLanguage, string>>;

export const kppLabels = {
  title: { ru: "Календарно-постановочный план (КПП)", en: "Shooting schedule" },
  sheet: { ru: "КПП", en: "Schedule" },
  board: { ru: "Вариант", en: "Board" },
  published: { ru: "Утверждён {when}, {who}", en: "Published {when} by {who}" },
  publishedNoOne: { ru: "Утверждён {when}", en: "Published {when}" },
  draft: { ru: "Черновик (не утверждён)", en: "Draft (not published)" },
  units: { ru: "Группы", en: "Units" },
  period: { ru: "Период", en: "Period" },
  printed: { ru: "Напечатано {when}", en: "Printed {when}" },
  page: { ru: "Стр. {page} из {pages}", en: "Page {page} of {pages}" },
  dayOf: { ru: "День {day} из {days}", en: "Day {day} of {days}" },
  shiftDay: { ru: "дневная смена", en: "day shift" },
  shiftNight: { ru: "ночная смена", en: "night shift" },
  moves: { ru: "Переезды в смене", en: "Company moves" },
  arrival: { ru: "Переезд с прошлой смены", en: "Move from the last shift" },
  border: { ru: "Граница", en: "Border crossing" },
  holidayHere: { ru: "Праздник", en: "Public holiday" },
  noLocation: { ru: "локация не указана", en: "no location" },
  // Table columns.
  day: { ru: "День", en: "Day" },
  date: { ru: "Дата", en: "Date" },
  weekday: { ru: "День недели", en: "Weekday" },
  unit: { ru: "Группа", en: "Unit" },
  scene: { ru: "Сцена", en: "Scene" },
  setting: { ru: "ИНТ./НАТ.", en: "INT/EXT" },
  time: { ru: "Режим", en: "D/N" },
  set: { ru: "Объект", en: "Set" },
  location: { ru: "Локация", en: "Location" },
  country: { ru: "Страна", en: "Country" },
  synopsis: { ru: "Содержание", en: "Synopsis" },
  cast: { ru: "Актёры (№)", en: "Cast" },
  pages: { ru: "Стр.", en: "Pages" },
  screenTime: { ru: "Хрон.", en: "Screen time" },
  hours: { ru: "Часы", en: "Hours" },
  // Day totals and banners.
  dayTotal: { ru: "Итого за день {day} · сцен: {scenes}", en: "Day {day} total · scenes: {scenes}" },
  estimate: { ru: "расчётно {hours} ч из {shift} ч", en: "est. {hours} h of {shift} h" },
  overtime: { ru: "переработка {hours} ч", en: "{hours} h overtime" },
  dayOff: { ru: "Выходной", en: "Day off" },
  companyDayOff: { ru: "Выходной группы (перерыв)", en: "Company day off" },
  holiday: { ru: "Праздник", en: "Public holiday" },
  noShooting: { ru: "Без съёмок", en: "No shooting" },
  travel: { ru: "Переезд группы «{unit}»: {from}{toward}{to}", en: "Travel of {unit}: {from}{toward}{to}" },
  // The closing summary.
  summary: { ru: "Итого по КПП", en: "Schedule summary" },
  shootingDays: { ru: "Съёмочных дней", en: "Shooting days" },
  shifts: { ru: "Смен", en: "Shifts" },
  scenes: { ru: "Сцен", en: "Scenes" },
  totalPages: { ru: "Страниц", en: "Pages" },
  totalScreenTime: { ru: "Хронометраж", en: "Screen time" },
  totalHours: { ru: "Расчётное время съёмки, ч", en: "Estimated shooting hours" },
  boneyard: { ru: "Сцен вне КПП", en: "Scenes not scheduled" },
  byCountry: { ru: "По странам", en: "By country" },
  countryLine: {
    ru: "{country}: дней {days}, смен {shifts}, сцен {scenes}",
    en: "{country}: {days} days, {shifts} shifts, {scenes} scenes",
  },
  noDays: { ru: "В этом варианте КПП нет съёмочных дней.", en: "The board has no shooting day yet." },
} as const satisfies Record<string, Words>;

export type KppLabel = keyof typeof kppLabels;

/**
 * Between two places of a move, a border or a journey. Not an arrow: the embedded Noto Sans has none, and place
 * names carry dashes of their own («Перегон Осиповичи — Татарка»).
 */
const toward = " › ";

/** A label in the language, its {placeholders} filled. */
export function kppText(
  key: KppLabel,
  language: KppLanguage,
  values: Readonly<Record<string, string | number>> = {},
): string {
  return kppLabels[key][language].replace(/\{(\w+)\}/gu, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

const intlLocale = (language: KppLanguage) => (language === "en" ? "en-GB" : "ru-RU");

function utcDate(date: string): Date {
  const [year, month, day] = date.split("-").map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1));
}

/** "ср, 7 апреля 2027 г." / "Wed 7 April 2027". */
export function formatKppDate(date: string, language: KppLanguage): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone: "UTC",
    weekday: "short",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(utcDate(date));
}

/** "07.04" / "07/04": a date in a banner or a list. */
export function formatShortDate(date: string, language: KppLanguage): string {
  return language === "en"
    ? `${date.slice(8, 10)}/${date.slice(5, 7)}`
    : `${date.slice(8, 10)}.${date.slice(5, 7)}`;
}

/** "ср" / "Wed". */
export function formatWeekday(date: string, language: KppLanguage): string {
  return new Intl.DateTimeFormat(intlLocale(language), { timeZone: "UTC", weekday: "short" }).format(
    utcDate(date),
  );
}

/** An instant in the shoot's time zone: "27.11.2026, 12:00 GMT+3". */
export function formatInstant(instant: string, timeZone: string, language: KppLanguage): string {
  return new Intl.DateTimeFormat(intlLocale(language), {
    timeZone,
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZoneName: "shortOffset",
  }).format(new Date(instant));
}

/** Hours with one decimal in the language's way: "10,5" / "10.5". */
export function formatHours(minutes: number, language: KppLanguage): string {
  const hours = Math.round(minutes / 6) / 10;
  return new Intl.NumberFormat(intlLocale(language), {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
    useGrouping: false,
  }).format(hours);
}

/** Pages in eighths as the trade writes them: "1 3/8". */
export const formatPages = (eighths: number) => formatEighths(eighths);

export const formatCountry = (code: string, language: KppLanguage) => countryName(code, language);

export function formatSetting(setting: Setting | null, language: KppLanguage): string {
  return formatSheetSetting(setting, language);
}

export function formatTime(
  scene: { time: TimeOfDay | null; timeText: string | null },
  language: KppLanguage,
) {
  return formatSheetTime(scene, language);
}

function formatHolidays(holidays: readonly KppHoliday[]): string {
  const byName = new Map<string, string[]>();
  for (const holiday of holidays)
    byName.set(holiday.name, [...(byName.get(holiday.name) ?? []), holiday.country]);
  return [...byName].map(([name, countries]) => `${name} (${countries.join(", ")})`).join("; ");
}

/** A banner's one line: "ВЫХОДНОЙ · сб 10.04 — вс 11.04", "ПРАЗДНИК · пн 08.03 · Международный женский день (BY)". */
export function formatBanner(banner: KppBanner, language: KppLanguage): string {
  if (banner.type === "travel") {
    return kppText("travel", language, {
      unit: banner.unit,
      from: formatCountry(banner.from, language),
      to: formatCountry(banner.to, language),
      toward,
    });
  }
  const day = (date: string) => `${formatWeekday(date, language)} ${formatShortDate(date, language)}`;
  const when = banner.from === banner.to ? day(banner.from) : `${day(banner.from)} — ${day(banner.to)}`;
  const what = kppLabels[banner.type][language].toUpperCase();
  return [what, when, banner.holidays.length > 0 ? formatHolidays(banner.holidays) : ""]
    .filter(Boolean)
    .join(" · ");
}

/** The day's heading: "День 3 из 24 · ср, 7 апреля 2027 г. · Вторая группа · дневная смена". */
export function formatDayTitle(day: KppDay, language: KppLanguage): string {
  return [
    kppText("dayOf", language, { day: day.number, days: day.count }),
    formatKppDate(day.date, language),
    day.unit,
    kppLabels[day.shift === "night" ? "shiftNight" : "shiftDay"][language],
  ].join(" · ");
}

/** Where the day is and how the company gets there: countries and locations, moves, a border, a holiday. */
export function formatDayPlaces(day: KppDay, language: KppLanguage): string {
  const parts: string[] = [];
  // "Беларусь: Перегон Осиповичи — Татарка, Музей железнодорожной техники": places by country, in order.
  const byCountry = new Map<string | null, string[]>();
  for (const place of day.places) {
    byCountry.set(place.country, [
      ...(byCountry.get(place.country) ?? []),
      place.name ?? kppLabels.noLocation[language],
    ]);
  }
  const places = [...byCountry].map(([country, names]) =>
    country === null ? names.join(", ") : `${formatCountry(country, language)}: ${names.join(", ")}`,
  );
  if (places.length > 0) parts.push(places.join("; "));
  if (day.border) {
    parts.push(
      `${kppLabels.border[language]}: ${formatCountry(day.border.from, language)}${toward}${formatCountry(day.border.to, language)}`,
    );
  }
  if (day.arrival)
    parts.push(`${kppLabels.arrival[language]}: ${day.arrival.from}${toward}${day.arrival.to}`);
  if (day.moves.length > 0) {
    parts.push(
      `${kppLabels.moves[language]}: ${day.moves.map((move) => `${move.from}${toward}${move.to}`).join(", ")}`,
    );
  }
  if (day.holidays.length > 0)
    parts.push(`${kppLabels.holidayHere[language]}: ${formatHolidays(day.holidays)}`);
  return parts.join(" · ");
}

/** "расчётно 10,5 ч из 12 ч", with the overtime when the estimate runs past the shift. */
export function formatEstimate(day: KppDay, language: KppLanguage): string {
  const text = kppText("estimate", language, {
    hours: formatHours(day.totals.minutes, language),
    shift: formatHours(day.totals.shiftMinutes, language).replace(/[.,]0$/u, ""),
  });
  const over = day.totals.minutes - day.totals.shiftMinutes;
  return over > 0
    ? `${text} (${kppText("overtime", language, { hours: formatHours(over, language) })})`
    : text;
}
