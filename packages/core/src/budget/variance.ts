// Locking an original budget and the variance of the current totals against it, in the base currency.
// Pure: the lock date is passed in, never read from a clock.
import type { CurrencyCode } from "../money/currency.ts";
import { formatMoneyDecimal, parseMoney, type Money } from "../money/money.ts";
import type { BudgetTotals, BudgetVariance, VarianceRow } from "./totals.ts";
import type { BudgetError, LockedOriginal } from "./types.ts";

/** Freezes the current totals (base currency) as the original to compare later versions against. */
export function lockOriginal(totals: BudgetTotals, lockedOn: string): LockedOriginal {
  return {
    lockedOn,
    total: formatMoneyDecimal(totals.total.base),
    categories: Object.fromEntries(
      totals.categories.map((row) => [row.code, formatMoneyDecimal(row.total.base)]),
    ),
    accounts: Object.fromEntries(
      totals.accounts.map((row) => [row.code, formatMoneyDecimal(row.total.base)]),
    ),
  };
}

function rows(
  original: Readonly<Record<string, string>>,
  current: readonly { code: string; total: { base: Money } }[],
  base: CurrencyCode,
  path: string,
  errors: BudgetError[],
): VarianceRow[] {
  const currentByCode = new Map(current.map((row) => [row.code, row.total.base.minor]));
  const codes = [
    ...current.map((row) => row.code),
    ...Object.keys(original).filter((code) => !currentByCode.has(code)),
  ];
  return codes.map((code) => {
    const text = original[code];
    const parsed = text === undefined ? null : parseMoney(text, base);
    if (parsed && !parsed.ok) {
      errors.push({
        code: "BAD_FORMAT",
        path: `${path}.${code}`,
        message: `${path}.${code}: "${text}" is not an amount in ${base}`,
      });
    }
    const was = parsed?.ok ? parsed.value.minor : 0n;
    const now = currentByCode.get(code) ?? 0n;
    return {
      code,
      original: { minor: was, currency: base },
      current: { minor: now, currency: base },
      variance: { minor: now - was, currency: base },
    };
  });
}

/** current − original per account, category and in total; rows only in one of the two count zero in the other. */
export function computeVariance(
  totals: Omit<BudgetTotals, "variance">,
  original: LockedOriginal,
  base: CurrencyCode,
): { ok: true; value: BudgetVariance } | { ok: false; errors: BudgetError[] } {
  const errors: BudgetError[] = [];
  const [total] = rows(
    { total: original.total },
    [{ code: "total", total: totals.total }],
    base,
    "original",
    errors,
  );
  const categories = rows(original.categories, totals.categories, base, "original.categories", errors);
  const accounts = rows(original.accounts, totals.accounts, base, "original.accounts", errors);
  if (errors.length > 0 || total === undefined) return { ok: false, errors };
  return { ok: true, value: { lockedOn: original.lockedOn, total, categories, accounts } };
}
