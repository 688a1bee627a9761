// The cost of a board by term: the terms in the order the interface lists them, their colours, and the sums a
// chart or a "saved" figure needs. Amounts stay decimal strings; a share or a bar width is a ratio for the eye,
// computed in floating point (a double holds every amount of a film budget to the kopeck).
import type { CostTerm, ScheduleCost } from "../api/types.ts";
import { intlLocale } from "../i18n/format.ts";
import type { Locale } from "../api/types.ts";

export const costTerms: readonly CostTerm[] = [
  "work",
  "holding",
  "travel",
  "moves",
  "borderCrossings",
  "overtime",
];

/** The chart colour of each term: cast terms in blues and amber, the company's in violet, red and grey. */
export const costTermColors: Record<CostTerm, string> = {
  work: "#3b5bdb",
  holding: "#e8a33d",
  travel: "#4dabc4",
  moves: "#8c6bd1",
  borderCrossings: "#d9534f",
  overtime: "#8a94a3",
};

/** An amount of a cost as a number, for proportions only. */
export function amountValue(decimal: string): number {
  const value = Number(decimal);
  return Number.isFinite(value) ? value : 0;
}

/** The share of `before` an `after` saves, in percent (negative: it costs more); null when before is zero. */
export function savedPercent(before: ScheduleCost, after: ScheduleCost): number | null {
  const was = amountValue(before.total);
  return was === 0 ? null : ((was - amountValue(after.total)) / was) * 100;
}

/** An amount in whole units of its currency («34 109 500 ₽»): the board's overview does not count kopecks. */
export function formatWholeMoney(
  decimal: string,
  currency: string,
  locale: Locale,
  options: { signed?: boolean } = {},
): string {
  const format = new Intl.NumberFormat(intlLocale(locale), {
    style: "currency",
    currency,
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
    ...(options.signed ? { signDisplay: "exceptZero" as const } : {}),
  });
  // The string overload of format() keeps every digit (ES2023 Intl.NumberFormat v3).
  return withMinusSign(format.format(decimal as unknown as number));
}

/** An amount in whole units without the currency («−333 500»), for tables that name their currency once. */
export function formatWholeAmount(
  decimal: string,
  locale: Locale,
  options: { signed?: boolean } = {},
): string {
  const format = new Intl.NumberFormat(intlLocale(locale), {
    maximumFractionDigits: 0,
    minimumFractionDigits: 0,
    ...(options.signed ? { signDisplay: "exceptZero" as const } : {}),
  });
  return withMinusSign(format.format(decimal as unknown as number));
}

/** The typographic minus (U+2212) in place of a hyphen before a number, as Russian print sets it. */
function withMinusSign(text: string): string {
  return text.replace(/^-/u, "\u2212");
}

/** A percentage with one decimal in the interface language: «46,5 %». */
export function formatPercent(value: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), {
    style: "percent",
    maximumFractionDigits: 1,
    minimumFractionDigits: 1,
  }).format(value / 100);
}
