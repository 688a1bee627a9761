// Converts money into a reporting currency with the exchange rates a caller passes in, choosing the rate of the
// date an agreement names, then converts with the core's exact money conversion (half away from zero).
import type { CurrencyCode } from "../money/currency.ts";
import { convertMoney } from "../money/convert.ts";
import { parseDecimalRatio } from "../money/ratio.ts";
import type { Money } from "../money/money.ts";
import { selectPhrasebook } from "./messages/index.ts";

/** One unit of `currency` is worth `perUnit` units of the reporting currency (on `date`, per `source`). */
export interface AgreedRate {
  readonly currency: CurrencyCode;
  /** A positive decimal string, exact as the source wrote it ("0.169831"). */
  readonly perUnit: string;
  /** YYYY-MM-DD the rate is for; absent for an agreed rate that holds for the whole agreement. */
  readonly date?: string;
  /** Who set it: "cbr", "agreement", … */
  readonly source?: string;
}

export type ConversionError =
  | { readonly code: "MISSING_RATE"; readonly currency: string; readonly to: string; readonly date?: string }
  | { readonly code: "AMBIGUOUS_RATE"; readonly currency: string; readonly to: string };

/** "no UZS→RUB rate for 2025-03-03"; in Russian with `locale` "ru" («нет курса UZS→RUB на 03.03.2025»). */
export function describeConversionError(error: ConversionError, locale?: string): string {
  return selectPhrasebook(locale).conversionError(error);
}

/**
 * `money` in `to`, rounded half away from zero to the minor unit. With `fxDate` the rate of that date is used;
 * without it, the only rate given for the currency. Same currency converts to itself.
 */
export function convertAtAgreedRate(
  money: Money,
  to: CurrencyCode,
  rates: readonly AgreedRate[],
  fxDate?: string,
): { ok: true; value: Money; rate?: AgreedRate } | { ok: false; error: ConversionError } {
  if (money.currency === to) return { ok: true, value: money };
  const candidates = rates.filter((rate) => rate.currency === money.currency);
  const dated = fxDate === undefined ? candidates : candidates.filter((rate) => rate.date === fxDate);
  const rate =
    dated.length === 1
      ? dated[0]
      : fxDate === undefined
        ? undefined
        : candidates.find((r) => r.date === undefined);
  if (rate === undefined) {
    if (fxDate === undefined && candidates.length > 1) {
      return { ok: false, error: { code: "AMBIGUOUS_RATE", currency: money.currency, to } };
    }
    return {
      ok: false,
      error: {
        code: "MISSING_RATE",
        currency: money.currency,
        to,
        ...(fxDate === undefined ? {} : { date: fxDate }),
      },
    };
  }
  const ratio = parseDecimalRatio(rate.perUnit);
  if (ratio === null) throw new Error(`convertAtAgreedRate: "${rate.perUnit}" is not a decimal rate`);
  const exchange = {
    from: money.currency,
    to,
    rate: ratio,
    date: rate.date ?? "",
    source: rate.source ?? "agreement",
  };
  return { ok: true, value: convertMoney(money, exchange, "half-up"), rate };
}
