// Turns an uploaded ledger (.csv or .xlsx) into the table of cells the core reads. A spreadsheet's cells become the
// text a user would type: numbers as plain decimals (as Excel shows them, to 15 significant digits), dates as
// YYYY-MM-DD, formulas as their last computed result. Row numbers stay those of the sheet.
import ExcelJS from "exceljs";
import { readActualsCsv } from "@kinomost/core";
import { ApiError } from "../http/errors.ts";

export interface UploadedTable {
  rows: string[][];
  /** "csv", or the sheet read. */
  source:
    { kind: "csv"; encoding: string; delimiter: string } | { kind: "xlsx"; sheet: string; sheets: string[] };
}

const badFile = (message: string, code = "actuals_file") =>
  new ApiError(400, "VALIDATION_FAILED", message, { fields: [{ path: "file", message, code }] });

/** Reads the file by its extension; any other kind is refused with the kinds that are read. */
export async function readUploadedTable(
  name: string,
  bytes: Uint8Array,
  sheet?: string,
): Promise<UploadedTable> {
  const lower = name.toLowerCase();
  if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
    if (sheet !== undefined) throw sheetError("a CSV file has no sheets");
    const read = readActualsCsv(bytes);
    if (!read.ok) throw badFile(read.error.message, read.error.code.toLowerCase());
    return { rows: read.rows, source: { kind: "csv", encoding: read.encoding, delimiter: read.delimiter } };
  }
  if (lower.endsWith(".xlsx")) return readWorkbook(bytes, sheet);
  if (lower.endsWith(".xls"))
    throw badFile("an .xls file is Excel 97's format: save it as .xlsx or .csv", "xls");
  throw badFile("the ledger must be a .csv or an .xlsx file", "actuals_format");
}

function sheetError(message: string) {
  return new ApiError(400, "VALIDATION_FAILED", message, {
    fields: [{ path: "sheet", message, code: "sheet" }],
  });
}

async function readWorkbook(bytes: Uint8Array, sheetName: string | undefined): Promise<UploadedTable> {
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs types its input as Node's older Buffer; the bytes are the same.
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  } catch (error) {
    throw badFile(`the file is not a readable .xlsx workbook (${(error as Error).message})`, "xlsx");
  }
  const sheets = workbook.worksheets.map((worksheet) => worksheet.name);
  const worksheet =
    sheetName === undefined
      ? workbook.worksheets[0]
      : workbook.worksheets.find((entry) => entry.name.trim() === sheetName.trim());
  if (!worksheet) {
    if (sheetName === undefined) throw badFile("the workbook has no sheets", "xlsx");
    throw sheetError(`the workbook has no sheet "${sheetName}" (it has: ${sheets.join(", ")})`);
  }
  const rows: string[][] = [];
  worksheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = cellText(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? "");
  });
  return {
    rows: Array.from(rows, (row) => row ?? []),
    source: { kind: "xlsx", sheet: worksheet.name, sheets },
  };
}

/** A cell as the text a user would have typed in it. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value;
  if (typeof value === "number") return numberText(value);
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  // Excel keeps days as serial numbers; exceljs gives them as UTC midnights of that day.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? "" : value.toISOString().slice(0, 10);
  if ("richText" in value) return value.richText.map((run) => run.text).join("");
  if ("error" in value) return String(value.error);
  if ("result" in value) return value.result === undefined ? "" : cellText(value.result as ExcelJS.CellValue);
  if ("text" in value) return typeof value.text === "string" ? value.text : cellText(value.text);
  return "";
}

/** 12500.5 → "12500.5"; 0.1 + 0.2 → "0.3", as Excel shows it; exponents stay, for the core to refuse. */
function numberText(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (Number.isInteger(value) && Math.abs(value) < 1e15) return String(value);
  return String(Number(value.toPrecision(15)));
}
