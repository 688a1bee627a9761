// A report document as an Excel workbook: one worksheet per sheet, the header lines on top, each table with a bold
// header row (the first one frozen), amounts as numeric cells with their currency's number format, column widths
// fitted to the contents. An amount becomes a JS number only here, at the cell, from its exact decimal string.
import { formatMoneyDecimal, minorUnitDigits, type CurrencyCode } from "@kinomost/core";
import ExcelJS from "exceljs";
import { isMoneyCell, type Cell, type ReportDocument, type Row, type Sheet } from "./document.ts";
import { cellText, columnCurrencies, columnLabel } from "./cells.ts";
import { formatDay, label } from "./labels.ts";

const fills = {
  header: { type: "pattern", pattern: "solid", fgColor: { argb: "FFE6E6E6" } },
  heading: { type: "pattern", pattern: "solid", fgColor: { argb: "FFF4F4F4" } },
} as const satisfies Record<string, ExcelJS.Fill>;

/** `#,##0.00 "KZT"`: grouped, the currency's own number of decimals, its code after the amount. */
export function currencyFormat(currency: string): string {
  const digits = /^[A-Z]{3}$/.test(currency) ? minorUnitDigits(currency as CurrencyCode) : 2;
  return `#,##0${digits > 0 ? `.${"0".repeat(digits)}` : ""} "${currency}"`;
}

function writeCell(target: ExcelJS.Cell, cell: Cell) {
  if (cell === null) return;
  if (typeof cell === "string") {
    target.value = cell;
    return;
  }
  if (isMoneyCell(cell)) {
    target.value = Number(formatMoneyDecimal(cell));
    target.numFmt = currencyFormat(cell.currency);
    return;
  }
  if ("percent" in cell) {
    target.value = Number(cell.percent);
    target.numFmt = "0.00";
    return;
  }
  // A factor that did not evaluate stays the formula's text.
  target.value = /^-?\d+(\.\d+)?$/.test(cell.decimal) ? Number(cell.decimal) : cell.decimal;
}

function styleRow(row: ExcelJS.Row, style: Row["style"], indent: number, nameColumn: number) {
  const bold = style === "heading" || style === "subtotal" || style === "total";
  row.eachCell({ includeEmpty: false }, (cell) => {
    cell.font = { bold, ...(style === "muted" ? { color: { argb: "FF777777" } } : {}) };
    if (style === "heading") cell.fill = fills.heading;
    if (style === "total") cell.border = { top: { style: "thin" } };
  });
  if (indent > 0) row.getCell(nameColumn + 1).alignment = { indent };
}

function writeSheet(workbook: ExcelJS.Workbook, report: ReportDocument, sheet: Sheet) {
  const { header, language } = report;
  const t = (key: Parameters<typeof label>[0]) => label(key, language);
  // Excel refuses tab names over 31 characters or with []:*?/\.
  const worksheet = workbook.addWorksheet(sheet.name.replace(/[[\]:*?/\\]/g, " ").slice(0, 31));
  worksheet.addRow([`${sheet.title} — ${header.project} — ${header.budget}`]).font = { bold: true, size: 14 };
  worksheet.addRow([
    [
      `${t("version")} ${header.version} (${t(header.status)})`,
      `${t("currency")}: ${header.currency}`,
      `${t("rates")} ${header.rates.source} ${t("ratesOf")} ${formatDay(header.rates.date, language)}`,
      `${t("printedOn")} ${formatDay(header.printedOn, language)}`,
    ].join(" · "),
  ]);
  if (header.scope) worksheet.addRow([header.scope]);
  const widths: number[] = [];
  const fit = (index: number, text: string) => {
    widths[index] = Math.min(60, Math.max(widths[index] ?? 6, text.length + 2));
  };
  let frozen: number | null = null;
  for (const table of sheet.tables) {
    worksheet.addRow([]);
    if (table.title) worksheet.addRow([table.title]).font = { bold: true, size: 11 };
    const currencies = columnCurrencies(table);
    const headerRow = worksheet.addRow(
      table.columns.map((column, index) => columnLabel(column, currencies[index] ?? null, header.currency)),
    );
    headerRow.eachCell((cell, column) => {
      cell.font = { bold: true };
      cell.fill = fills.header;
      cell.border = { bottom: { style: "thin" } };
      cell.alignment = {
        wrapText: true,
        vertical: "middle",
        horizontal: table.columns[column - 1]?.kind === "text" ? "left" : "right",
      };
    });
    table.columns.forEach((column, index) => fit(index, column.label.slice(0, column.width)));
    frozen ??= headerRow.number;
    const nameColumn = table.columns.reduce(
      (best, column, index) =>
        column.kind === "text" && column.width > (table.columns[best]?.width ?? 0) ? index : best,
      0,
    );
    for (const row of table.rows) {
      const written = worksheet.addRow([]);
      row.cells.forEach((cell, index) => {
        writeCell(written.getCell(index + 1), cell);
        fit(index, cellText(cell, language, currencies[index] ?? null) + (isMoneyCell(cell) ? "    " : ""));
      });
      styleRow(written, row.style, row.indent ?? 0, nameColumn);
    }
    for (const note of table.notes ?? []) worksheet.addRow([note]).font = { italic: true };
  }
  widths.forEach((width, index) => (worksheet.getColumn(index + 1).width = width));
  if (frozen !== null) worksheet.views = [{ state: "frozen", ySplit: frozen, xSplit: 0 }];
}

export async function renderReportXlsx(report: ReportDocument): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Kinomost";
  workbook.title = `${report.title} — ${report.header.project}`;
  // The workbook's date is the report's day, not the clock of whoever renders it.
  workbook.created = new Date(`${report.header.printedOn}T00:00:00Z`);
  workbook.modified = workbook.created;
  for (const sheet of report.sheets) writeSheet(workbook, report, sheet);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
