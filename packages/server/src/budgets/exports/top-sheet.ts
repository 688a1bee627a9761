// The top sheet: categories above and below the line with their subtotals, the fringes they include, the
// contingency and the grand total, then the same total by partner and by country, and the variance against the
// locked original when there is one. Pure: a computed budget in, tables out.
import {
  convertWithTable,
  countryName,
  formatRatio,
  type BudgetTotals,
  type CurrencyCode,
  type Money,
  type RateTable,
} from "@kinomost/core";
import type { Cell, Row, Sheet, Table } from "./document.ts";
import { formatDay, label, type ReportLanguage } from "./labels.ts";

/** part ÷ whole as a percentage with exactly two decimals ("5.80"); null when the whole is not positive. */
export function percentText(part: bigint, whole: bigint): string | null {
  if (whole <= 0n) return null;
  const [integer = "0", fraction = ""] = formatRatio({ n: part * 100n, d: whole }, 2).split(".");
  return `${integer}.${fraction.padEnd(2, "0")}`;
}

export function percentOf(part: bigint, whole: bigint): Cell {
  const percent = percentText(part, whole);
  return percent === null ? null : { percent };
}

export function topSheet(
  totals: BudgetTotals,
  rates: RateTable,
  language: ReportLanguage,
  contingencyPercent?: string,
): Sheet {
  const t = (key: Parameters<typeof label>[0], values?: Record<string, string>) =>
    label(key, language, values);
  const display = totals.displayCurrency as CurrencyCode;
  const grand = totals.total.display.minor;
  // Figures the engine keeps in the base currency only, shown in the display currency (rounded once).
  const inDisplay = (money: Money): Money | null => {
    const converted = convertWithTable(money, display, rates);
    return converted.ok ? converted.value : null;
  };
  const moneyColumns = (first: string): Table["columns"] => [
    { label: t("code"), kind: "text", width: 8 },
    { label: first, kind: "text", width: 44 },
    { label: t("totalIn", { currency: display }), kind: "money", width: 20 },
    { label: t("shareOfTotal"), kind: "percent", width: 10 },
  ];
  const amountRow = (code: string, text: string, amount: Money, style: Row["style"], indent = 0): Row => ({
    cells: [code, text, amount, percentOf(amount.minor, grand)],
    style,
    indent,
  });

  const rows: Row[] = [];
  for (const side of ["above", "below"] as const) {
    rows.push({ cells: ["", t(side === "above" ? "aboveTheLine" : "belowTheLine")], style: "heading" });
    for (const category of totals.categories.filter((entry) => entry.side === side)) {
      rows.push(amountRow(category.code, category.name, category.total.display, "normal", 1));
    }
    const subtotal = side === "above" ? totals.aboveTheLine : totals.belowTheLine;
    rows.push(amountRow("", t(side === "above" ? "totalAbove" : "totalBelow"), subtotal.display, "subtotal"));
  }
  rows.push(amountRow("", t("subtotal"), totals.subtotal.display, "subtotal"));
  const fringes = inDisplay(totals.fringes);
  if (fringes) rows.push(amountRow("", t("fringesIncluded"), fringes, "muted", 1));
  const contingency = contingencyPercent ? `${t("contingency")} (${contingencyPercent} %)` : t("contingency");
  rows.push(amountRow("", contingency, totals.contingency.display, "normal"));
  rows.push(amountRow("", t("grandTotal"), totals.total.display, "total"));

  const partners: Table = {
    title: t("byPartner"),
    columns: moneyColumns(t("partner")).slice(1),
    rows: totals.partners.map((partner) => ({
      cells: [partner.name, partner.total.display, percentOf(partner.total.display.minor, grand)],
    })),
  };
  const countries: Table = {
    title: t("byCountry"),
    columns: [
      { label: t("country"), kind: "text", width: 44 },
      { label: t("totalIn", { currency: display }), kind: "money", width: 20 },
      { label: t("shareOfTotal"), kind: "percent", width: 10 },
      { label: t("qualifying"), kind: "money", width: 20 },
    ],
    rows: totals.countries.map((country) => ({
      cells: [
        `${countryName(country.country, language)} (${country.country})`,
        country.total.display,
        percentOf(country.total.display.minor, grand),
        inDisplay(country.qualifying),
      ],
    })),
  };
  const tables: Table[] = [{ columns: moneyColumns(t("category")), rows }, partners, countries];
  if (totals.variance) tables.push(varianceTable(totals, language));
  return { name: t("topSheet"), title: t("topSheet"), tables };
}

/** Original, current and variance per category and in total, in the base currency the original was locked in. */
function varianceTable(totals: BudgetTotals, language: ReportLanguage): Table {
  const t = (key: Parameters<typeof label>[0]) => label(key, language);
  const variance = totals.variance!;
  const names = new Map(totals.categories.map((category) => [category.code, category.name]));
  const base = totals.baseCurrency;
  return {
    title: `${t("variance")} (${t("lockedOn")} ${formatDay(variance.lockedOn.slice(0, 10), language)}), ${base}`,
    columns: [
      { label: t("code"), kind: "text", width: 8 },
      { label: t("category"), kind: "text", width: 44 },
      { label: t("original"), kind: "money", width: 20 },
      { label: t("current"), kind: "money", width: 20 },
      { label: t("difference"), kind: "money", width: 20 },
    ],
    rows: [
      ...variance.categories.map((row) => ({
        cells: [row.code, names.get(row.code) ?? "", row.original, row.current, row.variance],
      })),
      {
        cells: [
          "",
          t("grandTotal"),
          variance.total.original,
          variance.total.current,
          variance.total.variance,
        ],
        style: "total" as const,
      },
    ],
  };
}
