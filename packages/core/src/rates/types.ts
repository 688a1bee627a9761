// The shapes of a parsed exchange-rate file (the `kinomost rates parse` contract), its errors and warnings.
// Types only: nothing here parses, reads a file or knows a bank's format.
import type { CurrencyCode } from "../money/currency.ts";

/** The bank whose official file it is. */
export type RateSource = "cbr" | "nbrb" | "nbk" | "cbu" | "nbkr" | "nbt";

/** One quote: `nominal` units of `currency` cost `value` units of the file's base currency. */
export interface Rate {
  readonly currency: CurrencyCode;
  readonly nominal: number;
  /** The bank's own digits, with a dot as the decimal mark ("16.9831"). */
  readonly value: string;
  /** value ÷ nominal, exact when the division terminates (it does for every power-of-ten nominal). */
  readonly perUnit: string;
}

/** A whole file, keyed by the date it states (never the download time). */
export interface RateFile {
  readonly source: RateSource;
  /** YYYY-MM-DD. */
  readonly date: string;
  /** The bank's home currency: RUB, BYN, KZT, UZS, KGS or TJS. */
  readonly base: CurrencyCode;
  readonly rates: readonly Rate[];
}

export type RateFileErrorCode =
  /** Empty, binary, or a well-formed document that is none of the six banks' formats. */
  | "NOT_A_RATE_FILE"
  /** The XML or JSON itself is broken. */
  | "MALFORMED"
  /** The declared encoding is one this system cannot decode. */
  | "UNSUPPORTED_ENCODING"
  | "MISSING_DATE"
  | "BAD_DATE"
  /** Rows of one file carry different dates. */
  | "MIXED_DATES"
  /** A row lacks its currency code, nominal or value. */
  | "MISSING_FIELD"
  | "BAD_VALUE"
  | "BAD_NOMINAL"
  /** The same currency quoted twice with different rates. */
  | "DUPLICATE_CURRENCY"
  /** The bank answered that it has no rates for the date (NBK's `<info>`), or the file lists none. */
  | "NO_RATES";

export interface RateFileError {
  readonly code: RateFileErrorCode;
  /** One line for people, naming the element or row: `Valute 2 (KZT), Value: "12,5.0" is not a decimal number`. */
  readonly message: string;
  /** Where in the document: `ValCurs/Valute[2]/Value` or `[3].Cur_OfficialRate` (1-based element indexes). */
  readonly path?: string;
}

export type RateWarningCode =
  /** A code that is not active ISO 4217; the row is left out. */
  | "UNKNOWN_CURRENCY"
  /** A BYR quote (Belarusian rouble before the 1 July 2016 redenomination) restated in BYN. */
  | "BYR_RESTATED"
  /** The bank's own per-unit figure (CBR VunitRate) disagrees with value ÷ nominal. */
  | "UNIT_RATE_MISMATCH"
  /** value ÷ nominal does not terminate; perUnit is rounded to 12 significant digits. */
  | "INEXACT_PER_UNIT"
  /** A row repeated with the same rate, or quoting the base currency itself; the row is left out. */
  | "SKIPPED_ROW";

export interface RateWarning {
  readonly code: RateWarningCode;
  readonly message: string;
  readonly path?: string;
}

/**
 * `value` is exactly the contract; warnings sit beside it because the contract's JSON has no place for them
 * (the CLI prints them on standard error).
 */
export type ParseRateFileResult =
  | { readonly ok: true; readonly value: RateFile; readonly warnings: readonly RateWarning[] }
  | { readonly ok: false; readonly error: RateFileError };
