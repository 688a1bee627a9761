// National Bank of Belarus: the JSON API (exrates/rates, rows keyed by Cur_Abbreviation since Cur_ID changes on
// redenomination) and its XML variant (DailyExRates, mm/dd/yyyy). Belarusian roubles per Cur_Scale; never a float.
import Decimal from "decimal.js";
import { isJsonObject, jsonField, jsonRows } from "./json-text.ts";
import {
  buildRateFile,
  byrLastDate,
  rateError,
  readCommonDate,
  readFileDate,
  type RateRow,
} from "./rate-row.ts";
import type { ParseRateFileResult, RateWarning } from "./types.ts";
import { attributeField, childField, childrenNamed, type XmlElement } from "./xml-tree.ts";

// The API serializes decimals without exponents; should one appear ("3.3874E0"), decimal.js restates it exactly.
const exponentNumber = /^-?(?:0|[1-9]\d*)(?:\.\d+)?[eE][+-]?\d+$/;

function withoutExponent(text: string | undefined): string | undefined {
  return text !== undefined && exponentNumber.test(text) ? new Decimal(text).toFixed() : text;
}

/** Before 1 July 2016 the National Bank quoted in BYR; those values are restated in BYN. */
function buildBelarusian(date: string, rows: readonly RateRow[]): ParseRateFileResult {
  const valuesInByr = date <= byrLastDate;
  const earlierWarnings: RateWarning[] = valuesInByr
    ? [
        {
          code: "BYR_RESTATED",
          message: `rates of ${date} are in BYR (before the 1 July 2016 redenomination); restated in BYN at 10,000 BYR = 1 BYN`,
        },
      ]
    : [];
  return buildRateFile({ source: "nbrb", date }, rows, { earlierWarnings, valuesInByr });
}

export function parseNbrbJson(value: unknown): ParseRateFileResult {
  const rows = jsonRows(value);
  const notObject = rows.findIndex((row) => !isJsonObject(row));
  if (notObject !== -1)
    return rateError("MALFORMED", `row ${notObject + 1} is not an object`, `[${notObject + 1}]`);
  const date = readCommonDate(
    rows.map((row, index) => ({ label: `row ${index + 1}`, date: jsonField(row, index, "Date") })),
    "yyyy-mm-dd",
  );
  if (!date.ok) return { ok: false, error: date.error };
  const rateRows = rows.map((row, index): RateRow => {
    const value = jsonField(row, index, "Cur_OfficialRate");
    return {
      label: `row ${index + 1}`,
      code: jsonField(row, index, "Cur_Abbreviation"),
      nominal: jsonField(row, index, "Cur_Scale"),
      value: { ...value, text: withoutExponent(value.text) },
    };
  });
  return buildBelarusian(date.date, rateRows);
}

export function parseNbrbXml(root: XmlElement): ParseRateFileResult {
  const date = readFileDate({ ...attributeField(root, "Date"), name: "DailyExRates Date" }, "mm/dd/yyyy");
  if (!date.ok) return { ok: false, error: date.error };
  const rows = childrenNamed(root, "Currency").map((currency, index) => ({
    label: `Currency ${index + 1}`,
    code: childField(currency, "CharCode"),
    nominal: childField(currency, "Scale"),
    value: childField(currency, "Rate"),
  }));
  return buildBelarusian(date.date, rows);
}
