// Central Bank of Uzbekistan arkhiv-kursov-valyut/json: a list of rows whose every value is a string, each with its
// dd.mm.yyyy Date; so'm (UZS) per Nominal units of Ccy. All rows of one file must state the same date.
import { isJsonObject, jsonField, jsonRows } from "./json-text.ts";
import { buildRateFile, rateError, readCommonDate } from "./rate-row.ts";
import type { ParseRateFileResult } from "./types.ts";

export function parseCbu(value: unknown): ParseRateFileResult {
  const rows = jsonRows(value);
  const notObject = rows.findIndex((row) => !isJsonObject(row));
  if (notObject !== -1)
    return rateError("MALFORMED", `row ${notObject + 1} is not an object`, `[${notObject + 1}]`);
  const date = readCommonDate(
    rows.map((row, index) => ({ label: `row ${index + 1}`, date: jsonField(row, index, "Date") })),
    "dd.mm.yyyy",
  );
  if (!date.ok) return { ok: false, error: date.error };
  const rateRows = rows.map((row, index) => ({
    label: `row ${index + 1}`,
    code: jsonField(row, index, "Ccy"),
    nominal: jsonField(row, index, "Nominal"),
    value: jsonField(row, index, "Rate"),
  }));
  return buildRateFile({ source: "cbu", date: date.date }, rateRows);
}
