// How cost accounting writes amounts, shares and rates: Intl.NumberFormat over the exact decimal strings the
// server sends (never a float of money), and bar widths from integer minor units. Display only: nothing here
// adds money up.
import type { Locale } from "../api/types.ts";
import { formatDecimalMoney, intlLocale } from "../i18n/format.ts";

const digitsCache = new Map<string, number>();

/** The currency's decimals as Intl knows them (2 for RUB, 0 for JPY). */
export function currencyDigits(currency: string): number {
  let digits = digitsCache.get(currency);
  if (digits === undefined) {
    try {
      digits =
        new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
          .maximumFractionDigits ?? 2;
    } catch {
      digits = 2;
    }
    digitsCache.set(currency, digits);
  }
  return digits;
}

/** "2700000.00" RUB → "2 700 000,00 ₽". */
export function formatAmount(decimal: string, currency: string, locale: Locale): string {
  return formatDecimalMoney(decimal, currency, locale);
}

/** "2700000.00" → "2 700 000,00": for a column whose header names the currency. */
export function formatPlain(decimal: string, currency: string, locale: Locale): string {
  const digits = currencyDigits(currency);
  const format = new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  });
  // The string overload of format() keeps every digit (ES2023 Intl.NumberFormat v3).
  return format.format(decimal as unknown as number);
}

/** A decimal rate or percentage as written, grouped and with the locale's decimal sign: "0.169831" → "0,169831". */
export function formatDecimal(decimal: string, locale: Locale): string {
  const fraction = decimal.split(".")[1]?.length ?? 0;
  const format = new Intl.NumberFormat(intlLocale(locale), {
    minimumFractionDigits: fraction,
    maximumFractionDigits: Math.min(Math.max(fraction, 0), 20),
  });
  return format.format(decimal as unknown as number);
}

/** "60.53" → "60,53 %"; null → "—". */
export function formatPercent(decimal: string | null, locale: Locale): string {
  if (decimal === null) return "—";
  return `${formatDecimal(decimal, locale)} %`;
}

export const isNegative = (decimal: string) => decimal.trim().startsWith("-");
export const isZero = (decimal: string) => /^-?0*(?:\.0*)?$/.test(decimal.trim());

/**
 * `part` as a percentage of `whole` (both integer minor-unit strings), to one decimal, clamped to 0…100: the width
 * of a bar. Null when the whole is not positive.
 */
export function shareOf(part: string, whole: string): number | null {
  const total = BigInt(whole);
  if (total <= 0n) return null;
  const value = BigInt(part);
  if (value <= 0n) return 0;
  if (value >= total) return 100;
  return Number((value * 1000n) / total) / 10;
}

/** A decimal percentage string ("40", "62.60") as a bar width, clamped to 0…100. */
export function percentWidth(decimal: string | null): number {
  if (decimal === null) return 0;
  const [whole = "0", fraction = ""] = decimal.replace(/^-/, "").split(".");
  if (decimal.startsWith("-")) return 0;
  const tenths = Number(whole) * 10 + Number((fraction + "0").slice(0, 1));
  return Math.min(1000, tenths) / 10;
}

/**
 * An amount as an accountant types it ("12 500,50", "-1 200", "(1 200,00)") made into the decimal the server
 * reads ("12500.50"); anything else is returned trimmed for the server to refuse with its reason.
 */
export function normalizeAmountInput(text: string): string {
  let compact = text.replace(/[\s\u00a0\u202f\u2009']/gu, "");
  const bracketed = /^\((.*)\)$/u.exec(compact);
  if (bracketed) compact = `-${bracketed[1]}`;
  return /^-?\d+,\d+$/u.test(compact) ? compact.replace(",", ".") : compact;
}

/** "14948645.55" RUB → "14,9 млн ₽": for a chart's centre, where the exact figure sits in the table beside it. */
export function formatCompact(decimal: string, currency: string, locale: Locale): string {
  const format = new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency,
    notation: "compact",
    maximumFractionDigits: 1,
  });
  return format.format(decimal as unknown as number);
}

/** A calendar day as an accountant writes it: «05.09.2026» (ru), "05/09/2026" (en). */
export function formatDay(date: string, locale: Locale): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(intlLocale(locale), {
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
    timeZone: "UTC",
  }).format(new Date(Date.UTC(year, month - 1, day)));
}
