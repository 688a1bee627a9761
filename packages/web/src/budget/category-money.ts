// Which accounts of a category still hold money, as the server judges it before removing the category: the sum of
// each account's line subtotals in the base currency — lines of a what-if group left out of the totals included,
// since they are still the budget's money. Without totals (the budget does not compute yet) an account with lines
// counts as holding money.
import type { BudgetCategory, BudgetTotals, Money } from "./types.ts";
import { minorToDecimal } from "./amounts.ts";

export interface HoldingAccount {
  code: string;
  name: string;
  /** In the base currency; null when the budget does not compute. */
  amount: Money | null;
}

export function accountsHoldingMoney(
  category: BudgetCategory,
  totals: BudgetTotals | null,
): HoldingAccount[] {
  return category.accounts.flatMap((account): HoldingAccount[] => {
    if (!totals)
      return account.lines.length > 0 ? [{ code: account.code, name: account.name, amount: null }] : [];
    const lines =
      totals.categories
        .find((entry) => entry.code === category.code)
        ?.accounts.find((entry) => entry.code === account.code)?.lines ?? [];
    const minor = lines.reduce((sum, line) => sum + BigInt(line.subtotalBase.minor), 0n);
    if (minor === 0n) return [];
    const digits = lines[0]?.subtotalBase.amount.split(".")[1]?.length ?? 0;
    return [
      {
        code: account.code,
        name: account.name,
        amount: {
          currency: totals.baseCurrency,
          minor: minor.toString(),
          amount: minorToDecimal(minor, digits),
        },
      },
    ];
  });
}
