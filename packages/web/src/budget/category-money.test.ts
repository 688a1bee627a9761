// A category is removed only when none of its accounts holds money: the accounts that still do are named, with
// their amounts exact in minor units, a suppressed what-if line still counting as money.
import { describe, expect, it } from "vitest";
import type { BudgetCategory, BudgetTotals, LineTotal } from "./types.ts";
import { accountsHoldingMoney } from "./category-money.ts";

const rub = (minor: string, amount: string) => ({ currency: "RUB", minor, amount });
const line = (id: string, minor: string, amount: string, included = true) =>
  ({
    id,
    path: "",
    description: id,
    partner: "p",
    country: "RU",
    included,
    qualifying: true,
    subtotal: rub(minor, amount),
    subtotalBase: rub(minor, amount),
    fringes: rub("0", "0.00"),
    total: { base: rub(included ? minor : "0", "0"), display: rub(included ? minor : "0", "0") },
  }) satisfies LineTotal;

const category: BudgetCategory = {
  code: "2700",
  name: "Вторая группа",
  side: "below",
  accounts: [
    { code: "2701", name: "Камера", lines: [] },
    { code: "2702", name: "Свет", lines: [] },
    { code: "2703", name: "Пусто", lines: [] },
    { code: "2704", name: "По нулям", lines: [] },
  ],
};

function totals(lines: Record<string, LineTotal[]>): BudgetTotals {
  return {
    baseCurrency: "RUB",
    categories: [
      {
        code: "2700",
        accounts: Object.entries(lines).map(([code, rows]) => ({ code, lines: rows })),
      },
    ],
  } as unknown as BudgetTotals;
}

describe("accounts holding money", () => {
  it("names the accounts whose lines add up to money, exactly, suppressed lines included", () => {
    const held = accountsHoldingMoney(
      category,
      totals({
        "2701": [line("a", "900719925474099300", "9007199254740993.00"), line("b", "7", "0.07")],
        "2702": [line("c", "150000", "1500.00", false)],
        "2703": [],
        "2704": [line("d", "0", "0.00")],
      }),
    );
    expect(held).toEqual([
      { code: "2701", name: "Камера", amount: rub("900719925474099307", "9007199254740993.07") },
      { code: "2702", name: "Свет", amount: rub("150000", "1500.00") },
    ]);
  });

  it("counts an account with lines as holding money while the budget does not compute", () => {
    const withLines = {
      ...category,
      accounts: [
        { code: "2701", name: "Камера", lines: [{ id: "x" } as never] },
        { code: "2703", name: "Пусто", lines: [] },
      ],
    };
    expect(accountsHoldingMoney(withLines, null)).toEqual([{ code: "2701", name: "Камера", amount: null }]);
  });
});
