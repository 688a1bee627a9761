// The shape every budget report is laid out in before it becomes a PDF or a workbook: sheets of titled tables whose
// cells keep their kind — text, Money in its own currency, an exact decimal, a percentage — so that each renderer
// writes amounts its own way (a formatted string on paper, a numeric cell with a currency format in a workbook).
import type { Money } from "@kinomost/core";
import type { ReportLanguage } from "./labels.ts";

export type Cell = string | Money | { readonly decimal: string } | { readonly percent: string } | null;

export type ColumnKind = "text" | "money" | "decimal" | "percent";

export interface Column {
  readonly label: string;
  readonly kind: ColumnKind;
  /** Width in characters of a workbook column; on paper, the columns share the page in these proportions. */
  readonly width: number;
}

export type RowStyle = "normal" | "heading" | "subtotal" | "total" | "muted";

export interface Row {
  readonly cells: readonly Cell[];
  readonly style?: RowStyle;
  /** Levels of indentation of the first cell. */
  readonly indent?: number;
}

export interface Table {
  readonly title?: string;
  readonly columns: readonly Column[];
  readonly rows: readonly Row[];
  /** Lines of small print under the table. */
  readonly notes?: readonly string[];
}

export interface Sheet {
  /** The workbook tab (at most 31 characters). */
  readonly name: string;
  readonly title: string;
  readonly tables: readonly Table[];
}

export interface ReportHeader {
  readonly project: string;
  readonly budget: string;
  readonly version: number;
  readonly status: "draft" | "locked";
  /** YYYY-MM-DD, the day the report was made. */
  readonly printedOn: string;
  readonly currency: string;
  readonly baseCurrency: string;
  readonly rates: { readonly date: string; readonly source: string };
  /** A line saying what the report covers ("at budget rates"), when there is one. */
  readonly scope?: string;
}

export interface ReportDocument {
  readonly language: ReportLanguage;
  readonly title: string;
  readonly header: ReportHeader;
  readonly sheets: readonly Sheet[];
}

export const isMoneyCell = (cell: Cell): cell is Money =>
  cell !== null && typeof cell === "object" && "minor" in cell;
