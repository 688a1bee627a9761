// The day out of days as an Excel workbook: a title line, two heading rows (day number, then date) frozen with
// the number and name columns, one row per element with colour-coded codes, the totals, the dates, the daily
// rate and the cost as numeric cells in the element's currency, and the legend below. An amount becomes a JS
// number only here, at the cell, from its exact decimal string.
import {
  doodCodeColors,
  doodCodeNames,
  doodCodes,
  doodDayHeading,
  doodLabels,
  doodMoney,
  doodTotalKeys,
  isCurrencyCode,
  minorUnitDigits,
  type DoodDay,
  type DoodLanguage,
} from "@kinomost/core";
import ExcelJS from "exceljs";
import type { DoodReport } from "./load.ts";

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(hex) },
});
const headerFill = solid("#e6e6e6");
const offFill = solid("#f0f0f0");

function moneyFormat(currency: string): string {
  const digits = isCurrencyCode(currency) ? minorUnitDigits(currency) : 0;
  return `#,##0${digits > 0 ? `.${"0".repeat(digits)}` : ""} "${currency}"`;
}

function writeMoney(cell: ExcelJS.Cell, value: { currency: string; minor: bigint } | null) {
  if (!value) return;
  cell.value = Number(doodMoney(value.minor, value.currency));
  cell.numFmt = moneyFormat(value.currency);
}

/** "18.03" in Russian, "03-18" in English. */
const shortDate = (date: string, language: DoodLanguage) =>
  language === "ru" ? `${date.slice(8, 10)}.${date.slice(5, 7)}` : date.slice(5);

export async function renderDoodXlsx(
  loaded: DoodReport,
  days: readonly DoodDay[],
  language: DoodLanguage,
): Promise<Uint8Array> {
  const label = (key: keyof typeof doodLabels) => doodLabels[key][language];
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kinomost";
  const sheet = workbook.addWorksheet("DOOD", {
    views: [{ state: "frozen", xSplit: 2, ySplit: 3 }],
  });
  const project = loaded.projectTitles[language] ?? loaded.projectTitles.ru ?? "";
  const title = [label("title"), project, loaded.schedule.name, loaded.category.names[language]];
  sheet.addRow([title.filter(Boolean).join(" — ")]).font = { bold: true, size: 14 };

  const tail = [
    ...doodTotalKeys.map((key) => label(key)),
    label("firstDate"),
    label("lastDate"),
    label("rate"),
    label("cost"),
  ];
  const first = sheet.addRow([
    label("boardNumber"),
    loaded.category.names[language],
    ...days.map((day) => doodDayHeading(day, language)),
    ...tail,
  ]);
  const second = sheet.addRow(["", "", ...days.map((day) => shortDate(day.date, language))]);
  for (const row of [first, second]) {
    row.font = { bold: true };
    row.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    row.eachCell({ includeEmpty: true }, (cell) => (cell.fill = headerFill));
  }
  days.forEach((day, index) => {
    const cell = second.getCell(index + 3);
    if (day.dayOff || day.holidays.length > 0) cell.fill = offFill;
    if (day.holidays.length > 0)
      cell.note = day.holidays.map((holiday) => `${holiday.country}: ${holiday.name}`).join("\n");
  });
  second.getCell(2).alignment = { horizontal: "left" };

  const totalsFrom = days.length + 3;
  for (const element of loaded.report.rows) {
    const row = sheet.addRow([
      element.boardNumber ?? "",
      element.name,
      ...days.map((day) => element.codes[day.date] ?? ""),
      ...doodTotalKeys.map((key) => element.totals[key]),
      element.firstDate,
      element.lastDate,
    ]);
    days.forEach((day, index) => {
      const code = element.codes[day.date];
      const cell = row.getCell(index + 3);
      cell.alignment = { horizontal: "center" };
      if (code) cell.fill = solid(doodCodeColors[code]);
      else if (day.dayOff) cell.fill = offFill;
    });
    writeMoney(row.getCell(totalsFrom + doodTotalKeys.length + 2), element.dailyRate);
    const cost = row.getCell(totalsFrom + doodTotalKeys.length + 3);
    writeMoney(cost, element.cost);
    cost.font = { bold: true };
  }

  sheet.addRow([]);
  sheet.addRow(["", label("legend")]).font = { bold: true };
  for (const code of doodCodes) {
    const row = sheet.addRow([code, doodCodeNames[code][language]]);
    row.getCell(1).fill = solid(doodCodeColors[code]);
    row.getCell(1).alignment = { horizontal: "center" };
  }

  sheet.getColumn(1).width = 5;
  sheet.getColumn(2).width = 28;
  days.forEach((_, index) => (sheet.getColumn(index + 3).width = 7));
  tail.forEach(
    (text, index) =>
      (sheet.getColumn(totalsFrom + index).width = Math.max(10, Math.min(18, text.length + 2))),
  );
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
