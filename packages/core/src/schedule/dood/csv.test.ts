import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { dayOutOfDaysCsv } from "./csv.ts";
import { dayOutOfDays, doodColumns } from "./day-out-of-days.ts";

const report = dayOutOfDays({
  days: [
    { date: "2027-03-05", dayNumber: 1, unitId: "u", shift: "day", country: "KZ", elementIds: ["a", "b"] },
    { date: "2027-03-08", dayNumber: 2, unitId: "u", shift: "night", country: "KZ", elementIds: ["a"] },
  ],
  calendar: { weeklyDaysOff: [6, 7], daysOff: [], holidays: {} },
  elements: [
    {
      id: "a",
      category: "cast",
      name: "ЛЕБЕДЕВ",
      boardNumber: "2",
      homeCountry: "RU",
      travelDaysIn: 2,
      travelDaysOut: 2,
      allowHold: true,
      allowDropPickup: false,
      minDropGapDays: 0,
      dailyRate: { minor: 12_000_000n, currency: "RUB" },
    },
    {
      id: "b",
      category: "cast",
      name: "=HYPERLINK(1)",
      boardNumber: null,
      homeCountry: null,
      travelDaysIn: 0,
      travelDaysOut: 0,
      allowHold: true,
      allowDropPickup: false,
      minDropGapDays: 0,
      dailyRate: null,
    },
  ],
});

describe("dayOutOfDaysCsv", () => {
  it("has one column per shooting day with the codes, then the totals and the cost in the rate's currency", () => {
    const text = dayOutOfDaysCsv(doodColumns(report, "shooting"), report.rows, "ru", {
      elementHeading: "Актёры",
      bom: true,
    });
    expect(text.startsWith("\uFEFF№,Актёры,День 1 · 2027-03-05,День 2 · 2027-03-08,Работа,")).toBe(true);
    expect(text).toContain("\r\n");
    const [header, lebedev, other] = parse(text.slice(1)) as string[][];
    expect(header!.slice(4)).toEqual([
      "Работа",
      "Ожидание",
      "Дорога",
      "Примерка",
      "Репетиция",
      "Выходные",
      "Отпущен",
      "Оплачиваемые дни",
      "Первый день",
      "Последний день",
      "Ставка за день",
      "Валюта",
      "Итого",
    ]);
    expect(lebedev).toEqual([
      "2",
      "ЛЕБЕДЕВ",
      "SW",
      "WF",
      "2",
      "0",
      "4",
      "0",
      "0",
      "2",
      "0",
      "6",
      "2027-03-03",
      "2027-03-10",
      "120000.00",
      "RUB",
      "720000.00",
    ]);
    // A name that a spreadsheet would run as a formula stays text.
    expect(other!.slice(0, 4)).toEqual(["", "'=HYPERLINK(1)", "SWF", ""]);
    expect(other!.at(-1)).toBe("");
  });

  it("speaks English and can show every calendar day", () => {
    const text = dayOutOfDaysCsv(doodColumns(report, "calendar"), report.rows, "en", {
      elementHeading: "Cast",
    });
    const [header] = parse(text) as string[][];
    expect(header!.slice(0, 5)).toEqual(["No.", "Cast", "2027-03-03", "2027-03-04", "Day 1 · 2027-03-05"]);
    expect(header).toContain("off · 2027-03-06");
    expect(header!.at(-1)).toBe("Total");
  });
});
