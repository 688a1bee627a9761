// ISO 4217 currencies and their minor units, from the `currency-codes` data set.
// Nothing here formats for display: the edge does that with Intl.NumberFormat.
import currencyCodes from "currency-codes";

export type CurrencyCode = string & { readonly __brand: "CurrencyCode" };

/** True for an active ISO 4217 alphabetic code written in capitals, e.g. "KZT". */
export function isCurrencyCode(code: string): code is CurrencyCode {
  return /^[A-Z]{3}$/.test(code) && currencyCodes.code(code) !== undefined;
}

/** Digits of the minor unit: 2 for RUB, 0 for JPY, 3 for KWD. */
export function minorUnitDigits(code: CurrencyCode): number {
  const entry = currencyCodes.code(code);
  if (!entry) throw new Error(`unknown currency ${code}`);
  return entry.digits;
}
