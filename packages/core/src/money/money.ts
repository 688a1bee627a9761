// Money is an integer number of minor units carried with its currency; never a float.
// Parsing goes straight from a decimal string to an integer, formatting happens at the edge.
import { minorUnitDigits, type CurrencyCode } from "./currency.ts";

export interface Money {
  readonly minor: bigint;
  readonly currency: CurrencyCode;
}

export type ParseMoneyError =
  { code: "NOT_A_NUMBER"; text: string } | { code: "TOO_MANY_DECIMALS"; text: string; digits: number };

/**
 * Parses "1234.56", "1 234,56" or "-5" into minor units of the currency.
 * Group separators (space, no-break space, apostrophe) are accepted; a comma or a dot is the decimal mark.
 */
export function parseMoney(
  text: string,
  currency: CurrencyCode,
): { ok: true; value: Money } | { ok: false; error: ParseMoneyError } {
  const digits = minorUnitDigits(currency);
  const compact = text.trim().replace(/[\s\u00a0\u202f']/g, "");
  const match = /^(-?)(\d+)(?:[.,](\d+))?$/.exec(compact);
  if (!match) return { ok: false, error: { code: "NOT_A_NUMBER", text } };
  const [, sign, whole, fraction = ""] = match;
  if (fraction.length > digits) return { ok: false, error: { code: "TOO_MANY_DECIMALS", text, digits } };
  const minor = BigInt(`${whole}${fraction.padEnd(digits, "0")}`);
  return { ok: true, value: { minor: sign === "-" ? -minor : minor, currency } };
}

/** Why a text is not money, for a message: "has more than 2 decimals for RUB", else `notANumber`. */
export function describeParseMoneyError(
  error: ParseMoneyError,
  currency: CurrencyCode,
  notANumber: string,
): string {
  return error.code === "TOO_MANY_DECIMALS"
    ? `has more than ${error.digits} decimals for ${currency}`
    : notANumber;
}

/** The amount as a plain decimal string ("-1234.50"), for storage, JSON and Intl formatting. */
export function formatMoneyDecimal(money: Money): string {
  const digits = minorUnitDigits(money.currency);
  const negative = money.minor < 0n;
  const abs = (negative ? -money.minor : money.minor).toString().padStart(digits + 1, "0");
  const whole = abs.slice(0, abs.length - digits);
  const fraction = abs.slice(abs.length - digits);
  return `${negative ? "-" : ""}${whole}${digits > 0 ? `.${fraction}` : ""}`;
}
