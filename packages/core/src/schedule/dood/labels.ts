// The words of the day out of days in the languages its files are printed in, the codes' legend and colours.
// The codes themselves stay the trade's (SW, W, WF …) in every language: crews read them the same everywhere.
import type { DoodCode, DoodTotals } from "./types.ts";

export type DoodLanguage = "ru" | "en";

type Words = Readonly<Record<DoodLanguage, string>>;

export const doodCodeNames: Readonly<Record<DoodCode, Words>> = {
  SW: { ru: "начало работы", en: "start work" },
  W: { ru: "работа", en: "work" },
  WF: { ru: "окончание работы", en: "work finish" },
  SWF: { ru: "начало и окончание в один день", en: "start-work-finish" },
  PW: { ru: "возвращение к работе", en: "pickup work" },
  H: { ru: "ожидание (оплачивается)", en: "hold (paid)" },
  D: { ru: "отпущен до возвращения", en: "drop" },
  TR: { ru: "дорога", en: "travel" },
  FT: { ru: "примерка", en: "fitting" },
  R: { ru: "репетиция", en: "rehearsal" },
  "/": { ru: "выходной или праздник", en: "day off or holiday" },
};

/** Cell colours, by the trade's habit: starts and finishes green and red, holds grey, travel blue. */
export const doodCodeColors: Readonly<Record<DoodCode, string>> = {
  SW: "#c8e6c9",
  W: "#e8f5e9",
  WF: "#ffcdd2",
  SWF: "#fff59d",
  PW: "#dcedc8",
  H: "#e0e0e0",
  D: "#ffe0b2",
  TR: "#bbdefb",
  FT: "#e1bee7",
  R: "#d1c4e9",
  "/": "#f5f5f5",
};

export const doodTotalKeys = [
  "worked",
  "held",
  "travel",
  "fitting",
  "rehearsal",
  "holidays",
  "idle",
  "paid",
] as const satisfies readonly (keyof DoodTotals)[];

export const doodLabels = {
  title: { ru: "График занятости (DOOD)", en: "Day out of days" },
  boardNumber: { ru: "№", en: "No." },
  day: { ru: "День {number}", en: "Day {number}" },
  dayOff: { ru: "вых.", en: "off" },
  worked: { ru: "Работа", en: "Worked" },
  held: { ru: "Ожидание", en: "Held" },
  travel: { ru: "Дорога", en: "Travel" },
  fitting: { ru: "Примерка", en: "Fitting" },
  rehearsal: { ru: "Репетиция", en: "Rehearsal" },
  holidays: { ru: "Выходные", en: "Days off" },
  idle: { ru: "Отпущен", en: "Released" },
  paid: { ru: "Оплачиваемые дни", en: "Paid days" },
  paidShort: { ru: "Оплач. дни", en: "Paid days" },
  firstDate: { ru: "Первый день", en: "First day" },
  lastDate: { ru: "Последний день", en: "Last day" },
  rate: { ru: "Ставка за день", en: "Daily rate" },
  currency: { ru: "Валюта", en: "Currency" },
  cost: { ru: "Итого", en: "Total" },
  legend: { ru: "Обозначения", en: "Legend" },
  shootingDays: { ru: "Съёмочные дни", en: "Shooting days" },
  page: { ru: "Стр. {page} из {pages}", en: "Page {page} of {pages}" },
  noElements: {
    ru: "В этом КПП нет элементов этой категории.",
    en: "No element of this category on the board.",
  },
} as const satisfies Record<string, Words>;

/** A column's heading: "День 3" on a shooting day, "вых." on a day off, else nothing. */
export function doodDayHeading(
  day: { dayNumber: number | null; dayOff: boolean },
  language: DoodLanguage,
): string {
  if (day.dayNumber !== null) return doodLabels.day[language].replace("{number}", String(day.dayNumber));
  return day.dayOff ? doodLabels.dayOff[language] : "";
}
