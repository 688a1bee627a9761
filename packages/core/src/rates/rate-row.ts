// Checks the rows of a bank's file (currency code, nominal, value) and builds the contract's RateFile; the six
// importers share it. Exact decimals only (decimal.js, never a JS float); a bad row is an error value naming its place.
import Decimal from "decimal.js";
import { isCurrencyCode, type CurrencyCode } from "../money/currency.ts";
import { parseRateDate, type RateDateLayout } from "./rate-date.ts";
import type { ParseRateFileResult, Rate, RateFileError, RateSource, RateWarning } from "./types.ts";

/** One field of a row as the file wrote it; `name` is the element, attribute or key a message names. */
export interface RateField {
  readonly text: string | undefined;
  readonly name: string;
  readonly path: string;
}

export interface RateRow {
  /** How a person finds the row: "Valute 2", "item 5", "row 3". */
  readonly label: string;
  readonly code: RateField;
  readonly nominal: RateField;
  readonly value: RateField;
  /** The bank's own value ÷ nominal (CBR VunitRate), checked but not used. */
  readonly unitRate?: RateField;
}

export interface RateFileHeader {
  readonly source: RateSource;
  readonly date: string;
}

// Each bank quotes in its own country's currency; all six are active ISO 4217 codes (a test checks).
export const homeCurrency = {
  cbr: "RUB",
  nbrb: "BYN",
  nbk: "KZT",
  cbu: "UZS",
  nbkr: "KGS",
  nbt: "TJS",
} as Readonly<Record<RateSource, CurrencyCode>>;

// No bank writes more than a dozen digits; the cap keeps every division below at a small, fixed precision.
const maxValueLength = 40;
const maxNominal = Number.MAX_SAFE_INTEGER;
// A terminating quotient m ÷ (2^a·5^b) of a ≤ 40-digit m has at most 40 + 0.7·a digits, a ≤ 53: under 80.
const ExactDecimal = Decimal.clone({ precision: 120, rounding: Decimal.ROUND_HALF_EVEN });
// A quotient that never terminates (a nominal of 3) is rounded to 12 significant digits: finer than any bank quotes.
const RoundedDecimal = Decimal.clone({ precision: 12, rounding: Decimal.ROUND_HALF_EVEN });
// 1 BYN = 10,000 BYR since the redenomination of 1 July 2016 (Decree of the President of Belarus No. 450, 2015).
export const byrPerByn = 10_000;
export const byrLastDate = "2016-06-30";

export type DateRead = { ok: true; date: string } | { ok: false; error: RateFileError };

/** The date the file states for all its rows, e.g. ValCurs/@Date. */
export function readFileDate(field: RateField, layout: RateDateLayout): DateRead {
  const text = field.text?.trim();
  if (text === undefined || text === "") {
    return {
      ok: false,
      error: { code: "MISSING_DATE", message: `the file has no date (${field.name})`, path: field.path },
    };
  }
  const date = parseRateDate(text, layout);
  if (date === null) {
    return {
      ok: false,
      error: {
        code: "BAD_DATE",
        message: `${field.name} "${text}" is not a date in ${layout}`,
        path: field.path,
      },
    };
  }
  return { ok: true, date };
}

/** Formats that date every row (CBU, NBRB JSON, the NBK feed): all rows must state the same day. */
export function readCommonDate(
  rows: readonly { label: string; date: RateField }[],
  layout: RateDateLayout,
): DateRead {
  let common: { date: string; label: string } | undefined;
  for (const row of rows) {
    const read = readFileDate(row.date, layout);
    if (!read.ok) {
      const message =
        read.error.code === "MISSING_DATE"
          ? `${row.label} has no ${row.date.name}`
          : `${row.label}, ${read.error.message}`;
      return { ok: false, error: { ...read.error, message } };
    }
    if (common === undefined) common = { date: read.date, label: row.label };
    else if (common.date !== read.date) {
      return {
        ok: false,
        error: {
          code: "MIXED_DATES",
          message: `${row.label} is dated ${read.date} but ${common.label} ${common.date}: one file, one date`,
          path: row.date.path,
        },
      };
    }
  }
  if (common === undefined)
    return { ok: false, error: { code: "NO_RATES", message: "the file lists no rates" } };
  return { ok: true, date: common.date };
}

export function rateError(code: RateFileError["code"], message: string, path?: string): ParseRateFileResult {
  return { ok: false, error: path === undefined ? { code, message } : { code, message, path } };
}

/** "27,2959" → "27.2959", the bank's digits kept; a reason when it is not a plain positive decimal. */
function readDecimal(text: string): { ok: true; digits: string } | { ok: false; reason: string } {
  const trimmed = text.trim();
  if (trimmed === "") return { ok: false, reason: "is empty" };
  if (trimmed.length > maxValueLength) return { ok: false, reason: "is too long for a rate" };
  if (/^-\d/.test(trimmed)) return { ok: false, reason: "is negative: a rate must be greater than zero" };
  // No bank groups thousands, so a lone comma or dot can only be the decimal mark: "12,5.0" is refused.
  if (!/^\d+(?:[.,]\d+)?$/.test(trimmed)) return { ok: false, reason: "is not a decimal number" };
  const digits = trimmed.replace(",", ".");
  if (new ExactDecimal(digits).isZero())
    return { ok: false, reason: "is zero: a rate must be greater than zero" };
  return { ok: true, digits };
}

function readNominal(text: string): { ok: true; nominal: number } | { ok: false; reason: string } {
  const trimmed = text.trim();
  if (!/^-?\d+$/.test(trimmed)) return { ok: false, reason: "is not a whole number" };
  const nominal = Number(trimmed);
  if (nominal <= 0) return { ok: false, reason: "must be at least 1" };
  if (nominal > maxNominal) return { ok: false, reason: "is too large" };
  return { ok: true, nominal };
}

function gcd(a: bigint, b: bigint): bigint {
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

/** True when value ÷ nominal has a finite decimal expansion: the reduced denominator has no prime but 2 and 5. */
function terminates(value: string, nominal: number): boolean {
  const numerator = BigInt(value.replace(".", ""));
  let denominator = BigInt(nominal) / gcd(numerator, BigInt(nominal));
  while (denominator % 2n === 0n) denominator /= 2n;
  while (denominator % 5n === 0n) denominator /= 5n;
  return denominator === 1n;
}

/** value ÷ nominal as a plain decimal string; exact whenever the division terminates. */
export function dividePerUnit(value: string, nominal: number): { perUnit: string; isExact: boolean } {
  if (terminates(value, nominal)) {
    return { perUnit: new ExactDecimal(value).div(nominal).toFixed(), isExact: true };
  }
  return { perUnit: new RoundedDecimal(value).div(nominal).toFixed(), isExact: false };
}

/** Moves the decimal point: "2958.00" scaled by -4 is "0.2958"; exact for any power of ten. */
export function scaleDecimal(value: string, powerOfTen: number): string {
  return new ExactDecimal(value).times(new ExactDecimal(10).pow(powerOfTen)).toFixed();
}

function quoteField(row: RateRow, field: RateField, code?: string): string {
  const which = code === undefined || code === "" ? row.label : `${row.label} (${code})`;
  return `${which}, ${field.name}: "${field.text ?? ""}"`;
}

/** The row's nominal and value, or the error naming the field that is missing or malformed. */
function readRowNumbers(
  row: RateRow,
  code: string,
): { ok: true; nominal: number; value: string } | { ok: false; error: RateFileError } {
  for (const field of [row.nominal, row.value]) {
    if (field.text === undefined) {
      return {
        ok: false,
        error: {
          code: "MISSING_FIELD",
          message: `${row.label} (${code}) has no ${field.name}`,
          path: field.path,
        },
      };
    }
  }
  const nominalRead = readNominal(row.nominal.text ?? "");
  if (!nominalRead.ok) {
    const message = `${quoteField(row, row.nominal, code)} ${nominalRead.reason}`;
    return { ok: false, error: { code: "BAD_NOMINAL", message, path: row.nominal.path } };
  }
  const valueRead = readDecimal(row.value.text ?? "");
  if (!valueRead.ok) {
    const message = `${quoteField(row, row.value, code)} ${valueRead.reason}`;
    return { ok: false, error: { code: "BAD_VALUE", message, path: row.value.path } };
  }
  return { ok: true, nominal: nominalRead.nominal, value: valueRead.digits };
}

/**
 * Validates every row and assembles the file. Rows with codes outside ISO 4217 or quoting the base itself are
 * left out with a warning; BYR rows are restated in BYN; a malformed number stops the import with its place.
 */
export function buildRateFile(
  header: RateFileHeader,
  rows: readonly RateRow[],
  options: { earlierWarnings?: readonly RateWarning[]; valuesInByr?: boolean } = {},
): ParseRateFileResult {
  const base = homeCurrency[header.source];
  const warnings: RateWarning[] = [...(options.earlierWarnings ?? [])];
  const rates: Rate[] = [];
  const byCurrency = new Map<string, { rate: Rate; label: string }>();
  for (const row of rows) {
    const code = row.code.text?.trim();
    if (code === undefined || code === "") {
      return rateError("MISSING_FIELD", `${row.label} has no ${row.code.name}`, row.code.path);
    }
    const numbers = readRowNumbers(row, code);
    if (!numbers.ok) return numbers;
    let currency = code;
    let nominal = numbers.nominal;
    // A Belarusian file from before the redenomination quotes in BYR; the base is BYN, 10,000 times fewer.
    let value = options.valuesInByr ? scaleDecimal(numbers.value, -4) : numbers.value;
    if (code === "BYR") {
      // 10,000 BYR are 1 BYN: the same money, so divide the nominal when it allows, else multiply the value.
      currency = "BYN";
      if (nominal % byrPerByn === 0) nominal /= byrPerByn;
      else value = scaleDecimal(value, 4);
      warnings.push({
        code: "BYR_RESTATED",
        message: `${row.label} (BYR) restated in BYN at 10,000 BYR = 1 BYN: ${nominal} BYN = ${value} ${base}`,
        path: row.code.path,
      });
    }
    if (!isCurrencyCode(currency)) {
      warnings.push({
        code: "UNKNOWN_CURRENCY",
        message: `${row.label}: "${code}" is not an ISO 4217 currency code; the row is left out`,
        path: row.code.path,
      });
      continue;
    }
    if (currency === base) {
      warnings.push({
        code: "SKIPPED_ROW",
        message: `${row.label} quotes the base currency ${currency} itself; the row is left out`,
        path: row.code.path,
      });
      continue;
    }
    const { perUnit, isExact } = dividePerUnit(value, nominal);
    if (!isExact) {
      warnings.push({
        code: "INEXACT_PER_UNIT",
        message: `${row.label} (${currency}): ${value} ÷ ${nominal} does not terminate; per unit rounded to ${perUnit}`,
        path: row.value.path,
      });
    }
    const unitRateWarning = checkUnitRate(row, currency, perUnit);
    if (unitRateWarning) warnings.push(unitRateWarning);
    const rate: Rate = { currency, nominal, value, perUnit };
    const earlier = byCurrency.get(currency);
    if (earlier) {
      if (earlier.rate.perUnit !== perUnit) {
        return rateError(
          "DUPLICATE_CURRENCY",
          `${row.label} quotes ${currency} at ${perUnit} per unit, ${earlier.label} at ${earlier.rate.perUnit}`,
          row.code.path,
        );
      }
      warnings.push({
        code: "SKIPPED_ROW",
        message: `${row.label} repeats ${currency} from ${earlier.label}; the row is left out`,
        path: row.code.path,
      });
      continue;
    }
    byCurrency.set(currency, { rate, label: row.label });
    rates.push(rate);
  }
  if (rates.length === 0) {
    return rateError(
      "NO_RATES",
      rows.length === 0 ? "the file lists no rates" : "no row quotes a foreign ISO 4217 currency",
    );
  }
  return { ok: true, value: { source: header.source, date: header.date, base, rates }, warnings };
}

function checkUnitRate(row: RateRow, currency: string, perUnit: string): RateWarning | null {
  const text = row.unitRate?.text;
  if (row.unitRate === undefined || text === undefined) return null;
  const read = readDecimal(text);
  if (read.ok && new ExactDecimal(read.digits).equals(perUnit)) return null;
  return {
    code: "UNIT_RATE_MISMATCH",
    message: `${row.label} (${currency}): ${row.unitRate.name} "${text}" is not value ÷ nominal = ${perUnit}`,
    path: row.unitRate.path,
  };
}
