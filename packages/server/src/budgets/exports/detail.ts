// The budget's detail as rows: every line with its factors, its subtotal in its own currency, its fringes and its
// total in the base (and display) currency, grouped under its account and category. Pure: a computed budget in,
// rows out; the CSV, the workbook and the PDF all print these rows.
import type { Budget, BudgetTotals, Money } from "@kinomost/core";
import type { Row, Sheet, Table } from "./document.ts";
import { label, unitName, type ReportLanguage } from "./labels.ts";
import { factorText, resolveGlobalValues } from "./line-values.ts";

export interface DetailLine {
  readonly categoryCode: string;
  readonly categoryName: string;
  readonly accountCode: string;
  readonly accountName: string;
  readonly description: string;
  /** Exact decimals of the evaluated formulas (the formula as written when it does not evaluate). */
  readonly amount: string;
  readonly unit: string;
  readonly x: string;
  readonly rate: string;
  readonly currency: string;
  readonly subtotal: Money;
  readonly fringes: Money;
  readonly totalBase: Money;
  readonly totalDisplay: Money;
  readonly partner: string;
  readonly country: string;
  readonly included: boolean;
}

/** Every line of the budget in the order of the document. */
export function detailLines(budget: Budget, totals: BudgetTotals, language: ReportLanguage): DetailLine[] {
  const globals = resolveGlobalValues(budget.globals);
  const byPath = new Map(totals.lines.map((line) => [line.path, line]));
  const partnerNames = new Map(totals.partners.map((partner) => [partner.partner, partner.name]));
  return budget.categories.flatMap((category, c) =>
    category.accounts.flatMap((account, a) =>
      account.lines.flatMap((line, l) => {
        const total = byPath.get(`categories[${c}].accounts[${a}].lines[${l}]`);
        if (!total) return [];
        return [
          {
            categoryCode: category.code,
            categoryName: category.name,
            accountCode: account.code,
            accountName: account.name,
            description: line.description,
            amount: factorText(line.amount, globals),
            unit: unitName(line.unit, language, budget.units),
            x: factorText(line.x, globals),
            rate: factorText(line.rate, globals),
            currency: line.currency,
            subtotal: total.subtotal,
            fringes: total.fringes,
            totalBase: total.total.base,
            totalDisplay: total.total.display,
            partner: partnerNames.get(total.partner) ?? total.partner,
            country: total.country,
            included: total.included,
          },
        ];
      }),
    ),
  );
}

/** The detail sheet: categories and accounts as headings, their lines, a total under each account and category. */
export function detailSheet(
  budget: Budget,
  totals: BudgetTotals,
  language: ReportLanguage,
  lines: readonly DetailLine[] = detailLines(budget, totals, language),
): Sheet {
  const t = (key: Parameters<typeof label>[0], values?: Record<string, string>) =>
    label(key, language, values);
  const showDisplay = totals.displayCurrency !== totals.baseCurrency;
  const columns: Table["columns"] = [
    { label: t("code"), kind: "text", width: 8 },
    { label: t("description"), kind: "text", width: 40 },
    { label: t("quantity"), kind: "decimal", width: 9 },
    { label: t("unit"), kind: "text", width: 9 },
    { label: t("multiplier"), kind: "decimal", width: 6 },
    { label: t("rate"), kind: "decimal", width: 13 },
    { label: t("lineCurrency"), kind: "text", width: 6 },
    { label: t("lineSubtotal"), kind: "money", width: 18 },
    { label: t("fringes"), kind: "money", width: 14 },
    { label: t("totalIn", { currency: totals.baseCurrency }), kind: "money", width: 16 },
    ...(showDisplay
      ? [{ label: t("totalIn", { currency: totals.displayCurrency }), kind: "money" as const, width: 16 }]
      : []),
    { label: t("partner"), kind: "text", width: 18 },
    { label: t("country"), kind: "text", width: 8 },
  ];
  const amounts = (fringes: Money, base: Money, display: Money) =>
    showDisplay ? [fringes, base, display] : [fringes, base];
  const totalRow = (text: string, fringes: Money, base: Money, display: Money) => [
    "",
    text,
    ...Array<null>(6).fill(null),
    ...amounts(fringes, base, display),
    null,
    null,
  ];
  const accounts = new Map(totals.accounts.map((account) => [account.code, account]));
  const rows: Row[] = [];
  for (const category of totals.categories) {
    rows.push({ cells: [category.code, category.name], style: "heading" });
    for (const account of budget.categories.find((c) => c.code === category.code)?.accounts ?? []) {
      const accountTotal = accounts.get(account.code);
      rows.push({ cells: [account.code, account.name], style: "subtotal", indent: 1 });
      for (const line of lines.filter((entry) => entry.accountCode === account.code)) {
        // Marked in front, where a long description cut short on paper cannot hide it.
        const description = line.included ? line.description : `[${t("excluded")}] ${line.description}`;
        rows.push({
          style: line.included ? "normal" : "muted",
          indent: 2,
          cells: [
            "",
            description,
            { decimal: line.amount },
            line.unit,
            { decimal: line.x },
            { decimal: line.rate },
            line.currency,
            line.subtotal,
            ...amounts(line.fringes, line.totalBase, line.totalDisplay),
            line.partner,
            line.country,
          ],
        });
      }
      if (accountTotal) {
        rows.push({
          style: "subtotal",
          indent: 1,
          cells: totalRow(
            `${t("accountTotal")} ${account.code}`,
            accountTotal.fringes,
            accountTotal.total.base,
            accountTotal.total.display,
          ),
        });
      }
    }
    rows.push({
      style: "total",
      cells: totalRow(
        `${t("categoryTotal")} ${category.code}`,
        category.fringes,
        category.total.base,
        category.total.display,
      ),
    });
  }
  rows.push({
    style: "total",
    cells: totalRow(t("subtotal"), totals.fringes, totals.subtotal.base, totals.subtotal.display),
  });
  return { name: t("detail"), title: t("detail"), tables: [{ columns, rows }] };
}
