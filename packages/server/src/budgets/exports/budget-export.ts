// A computed budget as the files people take away: the top sheet and the detail as a PDF or a workbook, the
// detail lines as CSV. Pure functions of the budget, its totals and rates, a header and a language → bytes.
import type { Budget, BudgetTotals, RateTable } from "@kinomost/core";
import { detailCsv } from "./csv.ts";
import { detailLines, detailSheet } from "./detail.ts";
import type { ReportDocument, ReportHeader } from "./document.ts";
import { label, type ReportLanguage } from "./labels.ts";
import { renderReportPdf } from "./pdf.ts";
import { topSheet } from "./top-sheet.ts";
import { renderReportXlsx } from "./xlsx.ts";

export interface BudgetExportInput {
  readonly budget: Budget;
  /** Computed in the currency the export shows (the display currency). */
  readonly totals: BudgetTotals;
  readonly rates: RateTable;
  readonly header: ReportHeader;
  readonly language: ReportLanguage;
}

export function budgetReportDocument(input: BudgetExportInput): ReportDocument {
  const { budget, totals, rates, header, language } = input;
  return {
    language,
    title: `${label("topSheet", language)}, ${label("detail", language).toLowerCase()}`,
    header,
    sheets: [
      topSheet(totals, rates, language, budget.contingency?.percent),
      detailSheet(budget, totals, language),
    ],
  };
}

export const renderBudgetPdf = (input: BudgetExportInput) => renderReportPdf(budgetReportDocument(input));

export const renderBudgetXlsx = (input: BudgetExportInput) => renderReportXlsx(budgetReportDocument(input));

export const renderBudgetCsv = (input: Pick<BudgetExportInput, "budget" | "totals" | "language">) =>
  detailCsv(detailLines(input.budget, input.totals, input.language), input.language);
