// The shooting schedule report (КПП) as an Excel workbook: one sheet, the board's header above a frozen row of
// column headings, then day by day a merged row naming the day, one row per strip in its stripboard colour (with
// the day's number, date and unit repeated, so a filter keeps whole rows), the day's total, days off, holidays and
// travel as merged banners, and the summary. Pages are numbers shown in eighths («1 3/8»), хронометраж a
// duration, hours a decimal: a person can sum and filter them.
import ExcelJS from "exceljs";
import {
  formatBanner,
  formatCountry,
  formatDayPlaces,
  formatDayTitle,
  formatEstimate,
  formatInstant,
  formatKppDate,
  formatSetting,
  formatTime,
  formatWeekday,
  kppLabels,
  kppText,
  type KppLabel,
  type KppLanguage,
} from "./labels.ts";
import type { KppBanner, KppDay, KppReport } from "./model.ts";
import { bandFills, stripFills } from "./style.ts";
import { boardStatusLine } from "./summary.ts";

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;
const solid = (hex: string): ExcelJS.Fill => ({
  type: "pattern",
  pattern: "solid",
  fgColor: { argb: argb(hex) },
});
const fills = {
  head: solid(bandFills.head),
  day: solid(bandFills.day),
  total: solid(bandFills.total),
  banner: solid(bandFills.banner),
  travel: solid(bandFills.travel),
};
const thin: Partial<ExcelJS.Borders> = {
  bottom: { style: "thin", color: { argb: "FFB8B8B8" } },
};

/** The columns, left to right, with their widths in characters. */
const columns: readonly { key: KppLabel; width: number }[] = [
  { key: "day", width: 6 },
  { key: "date", width: 11 },
  { key: "weekday", width: 8 },
  { key: "unit", width: 16 },
  { key: "scene", width: 9 },
  { key: "setting", width: 10 },
  { key: "time", width: 11 },
  { key: "set", width: 28 },
  { key: "location", width: 24 },
  { key: "country", width: 12 },
  { key: "synopsis", width: 50 },
  { key: "cast", width: 12 },
  { key: "pages", width: 8 },
  { key: "screenTime", width: 9 },
  { key: "hours", width: 7 },
];
const column = (key: KppLabel) => columns.findIndex((entry) => entry.key === key) + 1;
const last = columns.length;

/** Excel shows pages in eighths, хронометраж as elapsed minutes and seconds, hours with one decimal. */
const formats = { pages: "# ?/8", screenTime: "[mm]:ss", hours: "0.0" } as const;
const dateFormat = (language: KppLanguage) => (language === "ru" ? "dd.mm.yyyy" : "dd/mm/yyyy");

const excelDate = (date: string) => new Date(`${date}T00:00:00Z`);
const pagesOf = (eighths: number) => eighths / 8;
const durationOf = (seconds: number) => seconds / 86_400;

function mergedRow(sheet: ExcelJS.Worksheet, text: string, fill: ExcelJS.Fill, center = false) {
  const row = sheet.addRow([text]);
  sheet.mergeCells(row.number, 1, row.number, last);
  row.font = { bold: true };
  row.getCell(1).fill = fill;
  row.getCell(1).alignment = { horizontal: center ? "center" : "left", vertical: "middle", wrapText: true };
  return row;
}

function writeDay(sheet: ExcelJS.Worksheet, day: KppDay, language: KppLanguage) {
  const places = formatDayPlaces(day, language);
  mergedRow(sheet, [formatDayTitle(day, language), places].filter(Boolean).join(" · "), fills.day);
  const dayCells = [day.number, excelDate(day.date), formatWeekday(day.date, language), day.unit];
  for (const strip of day.strips) {
    const row = sheet.addRow([
      ...dayCells,
      strip.label,
      formatSetting(strip.setting, language),
      formatTime(strip, language),
      strip.set || strip.heading,
      strip.location?.name ?? "",
      strip.location ? formatCountry(strip.location.country, language) : "",
      strip.synopsis ?? "",
      strip.castBoardIds.join(", "),
      pagesOf(strip.eighths),
      durationOf(strip.screenSeconds),
    ]);
    const fill = solid(stripFills[strip.color ?? "white"]);
    for (let index = 1; index <= last; index++) {
      const cell = row.getCell(index);
      cell.fill = fill;
      cell.border = thin;
      cell.alignment = { vertical: "top", wrapText: index === column("synopsis") || index === column("set") };
    }
    row.getCell(column("scene")).font = { bold: true };
  }
  const total = sheet.addRow([
    ...dayCells,
    `${kppText("dayTotal", language, { day: day.number, scenes: day.totals.scenes })} · ${formatEstimate(day, language)}`,
  ]);
  sheet.mergeCells(total.number, column("scene"), total.number, column("cast"));
  total.getCell(column("pages")).value = pagesOf(day.totals.eighths);
  total.getCell(column("screenTime")).value = durationOf(day.totals.screenSeconds);
  total.getCell(column("hours")).value = Math.round(day.totals.minutes / 6) / 10;
  total.font = { bold: true };
  for (let index = 1; index <= last; index++) total.getCell(index).fill = fills.total;
}

function writeBanner(sheet: ExcelJS.Worksheet, banner: KppBanner, language: KppLanguage) {
  mergedRow(
    sheet,
    formatBanner(banner, language),
    banner.type === "travel" ? fills.travel : fills.banner,
    true,
  );
}

function writeSummary(sheet: ExcelJS.Worksheet, report: KppReport, language: KppLanguage) {
  const { summary } = report;
  sheet.addRow([]);
  mergedRow(sheet, kppLabels.summary[language], fills.head);
  const fact = (label: KppLabel, value: number, format?: string) => {
    const row = sheet.addRow([kppLabels[label][language]]);
    sheet.mergeCells(row.number, 1, row.number, column("scene") - 1);
    const cell = row.getCell(column("scene"));
    cell.value = value;
    if (format) cell.numFmt = format;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "right" };
  };
  fact("shootingDays", summary.days);
  fact("shifts", summary.shifts);
  fact("scenes", summary.scenes);
  fact("totalPages", pagesOf(summary.eighths), formats.pages);
  fact("totalScreenTime", durationOf(summary.screenSeconds), formats.screenTime);
  fact("totalHours", Math.round(summary.minutes / 6) / 10, formats.hours);
  fact("boneyard", summary.boneyard);
  if (summary.countries.length === 0) return;

  sheet.addRow([]);
  const head = sheet.addRow([kppLabels.byCountry[language]]);
  sheet.mergeCells(head.number, 1, head.number, column("scene") - 1);
  head.getCell(column("scene")).value = kppLabels.shootingDays[language];
  head.getCell(column("setting")).value = kppLabels.shifts[language];
  head.getCell(column("time")).value = kppLabels.scenes[language];
  head.getCell(column("pages")).value = kppLabels.pages[language];
  head.getCell(column("screenTime")).value = kppLabels.screenTime[language];
  head.font = { bold: true };
  for (let index = 1; index <= last; index++) head.getCell(index).fill = fills.head;
  for (const line of summary.countries) {
    const row = sheet.addRow([formatCountry(line.country, language)]);
    sheet.mergeCells(row.number, 1, row.number, column("scene") - 1);
    row.getCell(column("scene")).value = line.days;
    row.getCell(column("setting")).value = line.shifts;
    row.getCell(column("time")).value = line.scenes;
    row.getCell(column("pages")).value = pagesOf(line.eighths);
    row.getCell(column("pages")).numFmt = formats.pages;
    row.getCell(column("screenTime")).value = durationOf(line.screenSeconds);
    row.getCell(column("screenTime")).numFmt = formats.screenTime;
  }
}

export async function renderKppXlsx(report: KppReport, language: KppLanguage): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kinomost";
  const headerRow = 5;
  const sheet = workbook.addWorksheet(kppLabels.sheet[language], {
    views: [{ state: "frozen", ySplit: headerRow }],
    pageSetup: {
      paperSize: 9,
      orientation: "landscape",
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: `${headerRow}:${headerRow}`,
    },
  });
  sheet.addRow([kppLabels.title[language]]).font = { bold: true, size: 14 };
  sheet.addRow([report.project]).font = { bold: true, size: 12 };
  sheet.addRow([`${kppLabels.board[language]}: ${report.board.name} · ${boardStatusLine(report, language)}`]);
  const period =
    report.summary.firstDate && report.summary.lastDate
      ? `${kppLabels.period[language]}: ${formatKppDate(report.summary.firstDate, language)} — ${formatKppDate(report.summary.lastDate, language)}`
      : "";
  sheet.addRow([
    [
      `${kppLabels.units[language]}: ${report.units.join(", ")}`,
      period,
      kppText("printed", language, { when: formatInstant(report.printedAt, report.timeZone, language) }),
    ]
      .filter(Boolean)
      .join(" · "),
  ]);
  const header = sheet.addRow(columns.map((entry) => kppLabels[entry.key][language]));
  header.font = { bold: true };
  header.alignment = { vertical: "middle", wrapText: true };
  header.eachCell((cell) => (cell.fill = fills.head));

  for (const row of report.rows) {
    if (row.kind === "banner") writeBanner(sheet, row.banner, language);
    else writeDay(sheet, row.day, language);
  }
  if (report.rows.length === 0) sheet.addRow([kppLabels.noDays[language]]);
  writeSummary(sheet, report, language);

  columns.forEach((entry, index) => {
    const target = sheet.getColumn(index + 1);
    target.width = entry.width;
    if (entry.key === "date") target.numFmt = dateFormat(language);
    if (entry.key === "pages") target.numFmt = formats.pages;
    if (entry.key === "screenTime") target.numFmt = formats.screenTime;
    if (entry.key === "hours") target.numFmt = formats.hours;
  });
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
