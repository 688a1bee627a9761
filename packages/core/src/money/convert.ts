// Converts Money between currencies with an exact rate that names its date and source, rounding once, half-even
// unless told otherwise; cross rates go through the rate table's base currency, exactly (no rounded middle step).
// A missing rate is an error value, never a zero or a rate of one; nothing here uses floating point.
import { isCurrencyCode, minorUnitDigits, type CurrencyCode } from "./currency.ts";
import type { Money } from "./money.ts";
import {
  divideRatio,
  divideRounded,
  multiplyRatio,
  parseDecimalRatio,
  powerOfTen,
  type Ratio,
  type RoundingMode,
} from "./ratio.ts";
import type { RateFile } from "../rates/types.ts";

/** One unit of `from` is worth `rate` units of `to`, as published on `date` by `source`. */
export interface ExchangeRate {
  readonly from: CurrencyCode;
  readonly to: CurrencyCode;
  readonly rate: Ratio;
  /** YYYY-MM-DD: the date the rate is for. */
  readonly date: string;
  /** Who set it: a bank ("cbr"), "manual", or a budget's own rate table. */
  readonly source: string;
}

/** Rates of one date and source against one base currency: perUnit.get("KZT") = base units per 1 KZT. */
export interface RateTable {
  readonly base: CurrencyCode;
  readonly date: string;
  readonly source: string;
  readonly perUnit: ReadonlyMap<CurrencyCode, Ratio>;
}

export type RateError =
  | {
      readonly code: "MISSING_RATE";
      readonly from: CurrencyCode;
      readonly to: CurrencyCode;
      readonly date: string;
      readonly source: string;
    }
  | { readonly code: "BAD_RATE"; readonly currency: string; readonly text: string };

export type RateResult<T> = { ok: true; value: T } | { ok: false; error: RateError };

/**
 * A table from exact decimal strings ("0.169831" RUB per KZT). A rate must be a plain positive decimal:
 * "0", "-1", "1e3" and "12,5" are refused, as are codes that are not ISO 4217.
 */
export function buildRateTable(
  base: CurrencyCode,
  date: string,
  source: string,
  perUnit: Readonly<Record<string, string>>,
): RateResult<RateTable> {
  const map = new Map<CurrencyCode, Ratio>();
  for (const [currency, text] of Object.entries(perUnit)) {
    const rate = parseDecimalRatio(text);
    if (!isCurrencyCode(currency) || rate === null || rate.n <= 0n) {
      return { ok: false, error: { code: "BAD_RATE", currency, text } };
    }
    map.set(currency, rate);
  }
  return { ok: true, value: { base, date, source, perUnit: map } };
}

/** The table of an official bank file (the `rates parse` contract), in the bank's home currency. */
export function rateTableFromRateFile(file: RateFile): RateTable {
  const map = new Map<CurrencyCode, Ratio>();
  for (const rate of file.rates) {
    const value = parseDecimalRatio(rate.value);
    // perUnit may be rounded when value ÷ nominal does not terminate; value and nominal are the bank's exact figures.
    if (value !== null && value.n > 0n && rate.nominal > 0) {
      map.set(rate.currency, { n: value.n, d: value.d * BigInt(rate.nominal) });
    }
  }
  return { base: file.base, date: file.date, source: file.source, perUnit: map };
}

function baseUnitsPer(table: RateTable, currency: CurrencyCode): Ratio | undefined {
  return currency === table.base ? { n: 1n, d: 1n } : table.perUnit.get(currency);
}

/** The rate from one currency to another: direct against the base, or crossed through it, exactly. */
export function findRate(table: RateTable, from: CurrencyCode, to: CurrencyCode): RateResult<ExchangeRate> {
  const fromBase = baseUnitsPer(table, from);
  const toBase = baseUnitsPer(table, to);
  const rate = fromBase && toBase ? divideRatio(fromBase, toBase) : null;
  if (rate === null) {
    return { ok: false, error: { code: "MISSING_RATE", from, to, date: table.date, source: table.source } };
  }
  return { ok: true, value: { from, to, rate, date: table.date, source: table.source } };
}

/** The same rate read the other way. */
export function invertRate(rate: ExchangeRate): ExchangeRate {
  const inverse = divideRatio({ n: 1n, d: 1n }, rate.rate);
  if (inverse === null) throw new Error("invertRate: a rate of zero");
  return { ...rate, from: rate.to, to: rate.from, rate: inverse };
}

/** Target minor units per one source minor unit: rate × 10^(target digits − source digits), exact. */
export function minorUnitRate(rate: Pick<ExchangeRate, "from" | "to" | "rate">): Ratio {
  return multiplyRatio(rate.rate, {
    n: powerOfTen(minorUnitDigits(rate.to)),
    d: powerOfTen(minorUnitDigits(rate.from)),
  });
}

/**
 * minor × rate × 10^(target digits − source digits), rounded once by `rounding` (half-even by default).
 * Passing money in another currency than `rate.from` is a programmer error.
 */
export function convertMoney(money: Money, rate: ExchangeRate, rounding: RoundingMode = "half-even"): Money {
  if (money.currency !== rate.from) {
    throw new Error(`convertMoney: ${money.currency} amount with a ${rate.from}→${rate.to} rate`);
  }
  if (rate.from === rate.to) return money;
  return { minor: applyMinorUnitRate(money.minor, minorUnitRate(rate), rounding), currency: rate.to };
}

/** minor × a minorUnitRate, rounded once: convertMoney's arithmetic, for callers that reuse one rate. */
export function applyMinorUnitRate(
  minor: bigint,
  factor: Ratio,
  rounding: RoundingMode = "half-even",
): bigint {
  return divideRounded(minor * factor.n, factor.d, rounding);
}

/** Converts through a table, or says which rate is missing. */
export function convertWithTable(
  money: Money,
  to: CurrencyCode,
  table: RateTable,
  rounding: RoundingMode = "half-even",
): RateResult<Money> {
  if (money.currency === to) return { ok: true, value: money };
  const rate = findRate(table, money.currency, to);
  return rate.ok ? { ok: true, value: convertMoney(money, rate.value, rounding) } : rate;
}
