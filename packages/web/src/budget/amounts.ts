// Showing the budget's amounts: exact decimal strings formatted per locale (Intl.NumberFormat takes the string and
// keeps every digit), sums and shares done on integers in minor units. Never a float for money.
import { intlLocale } from "../i18n/format.ts";
import type { Locale } from "../api/types.ts";
import type { Money } from "./types.ts";

const formats = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, digits: number, signed: boolean): Intl.NumberFormat {
  const key = `${locale}:${digits}:${signed}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocale(locale), {
      minimumFractionDigits: digits,
      maximumFractionDigits: digits,
      ...(signed ? { signDisplay: "exceptZero" as const } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

const decimalsOf = (decimal: string) => decimal.split(".")[1]?.length ?? 0;

/** "8588700.00" → «8 588 700,00» (ru) or "8,588,700.00" (en), with as many decimals as the string has. */
export function formatDecimal(decimal: string, locale: Locale, options: { signed?: boolean } = {}): string {
  // The string overload of format() is ES2023 Intl.NumberFormat v3; TypeScript's lib still says number.
  return numberFormat(locale, decimalsOf(decimal), options.signed ?? false).format(
    decimal as unknown as number,
  );
}

/** A formula's value or a rate: up to four decimals, none when whole. */
export function formatQuantity(decimal: string, locale: Locale): string {
  const format = new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: 4 });
  return format.format(decimal as unknown as number);
}

export const formatMoney = (money: Money, locale: Locale, options: { signed?: boolean } = {}) =>
  formatDecimal(money.amount, locale, options);

/** Whether an amount is over (positive), under (negative) or on (zero) — for a variance. */
export function signOf(money: Money): "over" | "under" | "even" {
  if (/^-/.test(money.minor)) return "under";
  return /^0+$/.test(money.minor) ? "even" : "over";
}

/** Integer minor units as the exact decimal string of a currency with `digits` decimals. */
export function minorToDecimal(minor: bigint, digits: number): string {
  const negative = minor < 0n;
  const text = (negative ? -minor : minor).toString().padStart(digits + 1, "0");
  const whole = text.slice(0, text.length - digits);
  return `${negative ? "-" : ""}${whole}${digits > 0 ? `.${text.slice(text.length - digits)}` : ""}`;
}

/** The sum of amounts in one currency, exactly; `like` gives the currency and its decimals. */
export function sumMoney(amounts: readonly Money[], like: Money): Money {
  const minor = amounts.reduce((sum, money) => sum + BigInt(money.minor), 0n);
  return {
    currency: like.currency,
    minor: minor.toString(),
    amount: minorToDecimal(minor, decimalsOf(like.amount)),
  };
}

export function subtractMoney(a: Money, b: Money): Money {
  const minor = BigInt(a.minor) - BigInt(b.minor);
  return {
    currency: a.currency,
    minor: minor.toString(),
    amount: minorToDecimal(minor, decimalsOf(a.amount)),
  };
}

/** `part` as a percentage of `whole` (0–100, in tenths) for drawing a bar; 0 when the whole is not positive. */
export function percentOf(part: Money | string, whole: Money | string): number {
  const p = BigInt(typeof part === "string" ? part : part.minor);
  const w = BigInt(typeof whole === "string" ? whole : whole.minor);
  if (w <= 0n || p <= 0n) return 0;
  const permille = (p * 1000n) / w;
  return Number(permille > 1000n ? 1000n : permille) / 10;
}
