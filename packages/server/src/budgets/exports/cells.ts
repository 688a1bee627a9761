// How a cell of a report table reads as text — amounts grouped in the language's manner, a currency code where
// the column alone does not say it — shared by the PDF and by the workbook's column widths.
import { formatMoneyDecimal } from "@kinomost/core";
import { isMoneyCell, type Cell, type Column, type Table } from "./document.ts";
import { formatDecimal, type ReportLanguage } from "./labels.ts";

const cache = new WeakMap<Table, (string | null)[]>();

/**
 * The one currency of each money column's amounts, or null for a column that mixes currencies (a detail line's
 * subtotal in its own currency): its cells then name their currency, and the others need not.
 */
export function columnCurrencies(table: Table): (string | null)[] {
  const known = cache.get(table);
  if (known) return known;
  const found = table.columns.map((column, index) => {
    if (column.kind !== "money") return null;
    const currencies = new Set(
      table.rows.flatMap((row) => {
        const cell = row.cells[index] ?? null;
        return isMoneyCell(cell) ? [cell.currency] : [];
      }),
    );
    return currencies.size === 1 ? [...currencies][0]! : null;
  });
  cache.set(table, found);
  return found;
}

/** A column's label, naming the currency of its amounts when the report's own is another. */
export function columnLabel(column: Column, currency: string | null, reportCurrency: string): string {
  return currency && currency !== reportCurrency && !column.label.includes(currency)
    ? `${column.label}, ${currency}`
    : column.label;
}

/** The text a cell prints; an amount in a column of mixed currencies carries its code. */
export function cellText(cell: Cell, language: ReportLanguage, columnCurrency: string | null): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  if (isMoneyCell(cell)) {
    const amount = formatDecimal(formatMoneyDecimal(cell), language);
    return cell.currency === columnCurrency ? amount : `${amount}\u00a0${cell.currency}`;
  }
  return formatDecimal("decimal" in cell ? cell.decimal : cell.percent, language);
}
