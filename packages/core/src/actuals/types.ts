// The ledger's values as the core reads them from a file: a cost of a partner's books, the options of a reading,
// and the errors that name a row and a column. Types only.
import type { CountryCode } from "../geography/countries.ts";
import type { CurrencyCode } from "../money/currency.ts";
import type { Money } from "../money/money.ts";
import type { AmountProblemCode } from "./amount.ts";
import type { ActualColumn, ActualField } from "./columns.ts";

export type ActualRowErrorCode =
  | AmountProblemCode
  | "MISSING_COLUMN"
  | "BAD_MAPPING"
  | "NO_ROWS"
  | "TOO_MANY_ROWS"
  | "BAD_DATE"
  | "UNKNOWN_CURRENCY"
  | "UNKNOWN_COUNTRY"
  | "UNKNOWN_ACCOUNT"
  | "OTHER_PARTNER"
  | "TOO_LONG"
  | "CONTROL_CHARACTERS";

export interface ActualRowError {
  /** The row as the user sees it in the file, the header included (a spreadsheet's row number). */
  readonly row: number;
  /** The column of the bad cell; null when the problem is the file's shape (no amount column, no rows). */
  readonly column: ActualColumn | null;
  readonly field: ActualField | null;
  readonly code: ActualRowErrorCode;
  /** The cell as written, when a cell is at fault. */
  readonly value: string | null;
  /** `row 14, column C "Сумма": "12,5.0" is not a number: …` — in English; interfaces translate by `code`. */
  readonly message: string;
}

/** One cost of a partner's books, read from a row of a file. */
export interface LedgerActual {
  readonly row: number;
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly vendor: string;
  readonly account: string;
  readonly description: string;
  readonly amount: Money;
  /** The partner as the file names it, when it has that column. */
  readonly partner: string | null;
  readonly country: CountryCode;
  readonly reference: string | null;
}

export interface ReadActualsOptions {
  /** The budget's account codes: a cost against any other account is refused. */
  readonly accounts?: ReadonlySet<string>;
  /** Refunds: negative amounts are refused unless allowed. */
  readonly allowNegative?: boolean;
  /** For a file without a currency column, or a row whose currency cell is empty. */
  readonly defaultCurrency?: CurrencyCode;
  /** For a file without a country column, or a row whose country cell is empty. */
  readonly defaultCountry?: CountryCode;
  /** The paying partner whose books these are: a partner cell must name it (by a name or its id). */
  readonly partner?: { readonly id: string; readonly names: readonly string[] };
  /** More data rows than this and the file is refused (default 50 000). */
  readonly maxRows?: number;
}

export interface InspectedRow {
  readonly row: number;
  readonly cells: readonly string[];
  /** Null when the row has errors. */
  readonly actual: LedgerActual | null;
  readonly errors: readonly ActualRowError[];
}

export interface ActualsInspection {
  /** The header row's number (the first row with anything in it) and its cells. */
  readonly headerRow: number;
  readonly header: readonly string[];
  /** Every non-blank row after the header, read. */
  readonly rows: readonly InspectedRow[];
  /** Every error: of the mapping or the file's shape first, then row by row. */
  readonly errors: readonly ActualRowError[];
}

export type ReadActualRowsResult =
  | { readonly ok: true; readonly actuals: readonly LedgerActual[] }
  | { readonly ok: false; readonly errors: readonly ActualRowError[] };
