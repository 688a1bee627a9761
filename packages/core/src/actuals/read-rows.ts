// Reads a table of cells (from a CSV or a spreadsheet) into costs of the ledger through a column mapping.
// A file is taken whole or not at all: one bad cell anywhere and no cost comes out, and every bad cell is named
// by its row (as the user sees it, header included) and its column (letter and header).
import { readWrittenAmount, toMinorUnits } from "./amount.ts";
import {
  hasControlCharacters,
  readLedgerCountry,
  readLedgerCurrency,
  readLedgerDate,
  readLineText,
} from "./cells.ts";
import { actualFields, describeColumn, type ActualColumnMapping, type ActualField } from "./columns.ts";
import type {
  ActualRowError,
  ActualRowErrorCode,
  ActualsInspection,
  InspectedRow,
  LedgerActual,
  ReadActualRowsResult,
  ReadActualsOptions,
} from "./types.ts";
import type { Money } from "../money/money.ts";

const defaultMaxRows = 50_000;
const maxLength: Partial<Record<ActualField, number>> = {
  vendor: 300,
  account: 50,
  description: 2000,
  partner: 300,
  reference: 100,
};
const isBlank = (cells: readonly string[]) => cells.every((cell) => (cell ?? "").trim() === "");

/** The header: the first row with anything in it (exports often open with blank lines). */
export function locateHeader(rows: readonly (readonly string[])[]): { row: number; header: string[] } {
  const index = rows.findIndex((cells) => !isBlank(cells));
  return { row: index + 1, header: index === -1 ? [] : (rows[index] ?? []).map((cell) => cell ?? "") };
}

/** Reads the whole table; the costs only when every row is right. */
export function readActualRows(
  rows: readonly (readonly string[])[],
  mapping: ActualColumnMapping,
  options: ReadActualsOptions = {},
): ReadActualRowsResult {
  const inspection = inspectActualRows(rows, mapping, options);
  if (inspection.errors.length > 0) return { ok: false, errors: inspection.errors };
  return { ok: true, actuals: inspection.rows.map((row) => row.actual!) };
}

/** Reads the whole table row by row, for a preview: each row with its cost or its errors. */
export function inspectActualRows(
  rows: readonly (readonly string[])[],
  mapping: ActualColumnMapping,
  options: ReadActualsOptions = {},
): ActualsInspection {
  const { row: headerRow, header } = locateHeader(rows);
  const headerIndex = headerRow - 1;
  const fileError = (code: ActualRowErrorCode, row: number, field: ActualField | null, message: string) => ({
    row,
    column: null,
    field,
    code,
    value: null,
    message: `row ${row}: ${message}`,
  });
  const mappingErrors = checkMapping(mapping, header, options).map((problem) =>
    fileError(problem.code, Math.max(headerRow, 1), problem.field, problem.message),
  );
  if (mappingErrors.length > 0) return { headerRow, header, rows: [], errors: mappingErrors };

  const maxRows = options.maxRows ?? defaultMaxRows;
  const inspected: InspectedRow[] = [];
  const errors: ActualRowError[] = [];
  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const cells = (rows[index] ?? []).map((cell) => cell ?? "");
    if (isBlank(cells)) continue;
    if (inspected.length === maxRows) {
      const error = fileError("TOO_MANY_ROWS", index + 1, null, `more than ${maxRows} costs in one file`);
      return { headerRow, header, rows: inspected, errors: [...errors, error] };
    }
    const row = readRow(cells, index + 1, header, mapping, options);
    inspected.push(row);
    errors.push(...row.errors);
  }
  if (inspected.length === 0) {
    errors.push(fileError("NO_ROWS", headerRow + 1, null, "the file has a header and no costs under it"));
  }
  return { headerRow, header, rows: inspected, errors };
}

function checkMapping(
  mapping: ActualColumnMapping,
  header: readonly string[],
  options: ReadActualsOptions,
): { code: ActualRowErrorCode; field: ActualField | null; message: string }[] {
  const problems: { code: ActualRowErrorCode; field: ActualField | null; message: string }[] = [];
  const owners = new Map<number, ActualField>();
  for (const field of actualFields) {
    const index = mapping[field];
    if (index === undefined) continue;
    if (!Number.isInteger(index) || index < 0 || index >= header.length) {
      problems.push({
        code: "BAD_MAPPING",
        field,
        message: `"${field}" is mapped to column ${index}, which the header does not have`,
      });
      continue;
    }
    const owner = owners.get(index);
    if (owner !== undefined) {
      const column = describeColumn(index, header);
      problems.push({
        code: "BAD_MAPPING",
        field,
        message: `"${field}" and "${owner}" are both mapped to column ${column.letter} "${column.name}"`,
      });
    }
    owners.set(index, field);
  }
  const required: ActualField[] = ["date", "vendor", "account", "amount"];
  if (!options.defaultCurrency) required.push("currency");
  if (!options.defaultCountry) required.push("country");
  for (const field of required) {
    if (mapping[field] === undefined) {
      problems.push({ code: "MISSING_COLUMN", field, message: `no column holds the ${field}` });
    }
  }
  return problems;
}

function readRow(
  cells: readonly string[],
  row: number,
  header: readonly string[],
  mapping: ActualColumnMapping,
  options: ReadActualsOptions,
): InspectedRow {
  const errors: ActualRowError[] = [];
  const cellOf = (field: ActualField) => {
    const index = mapping[field];
    return index === undefined ? "" : (cells[index] ?? "");
  };
  const fail = (field: ActualField, code: ActualRowErrorCode, why: string) => {
    const index = mapping[field];
    const column = index === undefined ? null : describeColumn(index, header);
    const value = cellOf(field);
    const where = column ? `column ${column.letter} "${column.name}"` : `the ${field}`;
    const shown = value.trim() === "" ? "" : `"${value.trim()}" `;
    errors.push({ row, column, field, code, value, message: `row ${row}, ${where}: ${shown}${why}` });
  };
  const text = (field: ActualField, required: boolean): string | null => {
    const raw = cellOf(field);
    const value = field === "description" ? raw.trim() : readLineText(raw);
    if (value === "") {
      if (required) fail(field, "EMPTY_CELL", "is empty");
      return null;
    }
    if (hasControlCharacters(value)) {
      fail(field, "CONTROL_CHARACTERS", "holds control characters");
      return null;
    }
    const limit = maxLength[field];
    if (limit !== undefined && value.length > limit) {
      fail(field, "TOO_LONG", `is longer than ${limit} characters`);
      return null;
    }
    return value;
  };

  const dateText = text("date", true);
  const date = dateText === null ? null : readLedgerDate(dateText);
  if (dateText !== null && date === null) {
    fail("date", "BAD_DATE", "is not a real day written as YYYY-MM-DD or DD.MM.YYYY");
  }
  const vendor = text("vendor", true);
  const account = text("account", true);
  if (account !== null && options.accounts && !options.accounts.has(account)) {
    fail("account", "UNKNOWN_ACCOUNT", "is not an account of the budget");
  }
  const description = text("description", false) ?? "";
  const reference = text("reference", false);

  const partner = text("partner", false);
  if (partner !== null && options.partner) {
    const wanted = [options.partner.id, ...options.partner.names].map((name) => name.trim().toLowerCase());
    if (!wanted.includes(partner.toLowerCase())) {
      fail(
        "partner",
        "OTHER_PARTNER",
        `is not ${options.partner.names[0] ?? options.partner.id}, whose books these are`,
      );
    }
  }

  const currencyText = text("currency", !options.defaultCurrency);
  const currency =
    currencyText === null ? (options.defaultCurrency ?? null) : readLedgerCurrency(currencyText);
  if (currencyText !== null && currency === null) {
    fail("currency", "UNKNOWN_CURRENCY", "is not an ISO 4217 currency code such as RUB, BYN or KZT");
  }

  const countryText = text("country", !options.defaultCountry);
  const country = countryText === null ? (options.defaultCountry ?? null) : readLedgerCountry(countryText);
  if (countryText !== null && country === null) {
    fail("country", "UNKNOWN_COUNTRY", "is not a country (write an ISO code such as KZ, or its name)");
  }

  let amount: Money | null = null;
  const written = readWrittenAmount(cellOf("amount"));
  if (!written.ok) fail("amount", written.problem.code, written.problem.reason);
  else if (currency !== null) {
    const minor = toMinorUnits(written.value, currency, options.allowNegative ?? false);
    if (!minor.ok) fail("amount", minor.problem.code, minor.problem.reason);
    else amount = { minor: minor.minor, currency };
  }

  if (errors.length > 0 || !date || !vendor || !account || !amount || !country) {
    return { row, cells, actual: null, errors };
  }
  const actual: LedgerActual = {
    row,
    date,
    vendor,
    account,
    description,
    amount,
    partner,
    country,
    reference,
  };
  return { row, cells, actual, errors };
}
