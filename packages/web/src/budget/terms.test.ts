// The screen and the printed and spreadsheet reports say the same words: раздел (category) and статья (account),
// the top sheet's totals and the cost report's columns come from the core's `budgetTerms`, which the server's
// report labels use too — in both languages — and no budget or money message speaks of «субсчёт» any more.
import { budgetTerms, type BudgetTerm } from "@kinomost/core";
import { describe, expect, it } from "vitest";
import { messagesEn } from "../i18n/messages.en.ts";
import { messagesRu, type MessageKey } from "../i18n/messages.ru.ts";

const sameWords: [MessageKey, BudgetTerm][] = [
  ["budget.topSheet.category", "category"],
  ["budget.category.add", "category"],
  ["budget.account.add", "account"],
  ["money.report.col.account", "account"],
  ["money.col.account", "account"],
  ["budget.side.aboveTitle", "aboveTheLine"],
  ["budget.side.belowTitle", "belowTheLine"],
  ["budget.topSheet.aboveTotal", "totalAbove"],
  ["budget.topSheet.belowTotal", "totalBelow"],
  ["budget.topSheet.subtotal", "subtotal"],
  ["budget.general.contingency", "contingency"],
  ["budget.topSheet.grandTotal", "grandTotal"],
  ["money.report.total", "grandTotal"],
  ["budget.line.description", "description"],
  ["budget.line.fringes", "fringes"],
  ["money.report.col.budget", "budget"],
  ["money.report.col.actual", "actual"],
  ["money.report.col.etc", "estimateToComplete"],
  ["money.report.col.eac", "estimateAtCompletion"],
  ["money.report.col.variance", "variance"],
  ["money.report.col.fx", "fxVariance"],
];

describe("the budget's words", () => {
  for (const [language, catalog] of [
    ["ru", messagesRu],
    ["en", messagesEn],
  ] as const) {
    it(`are the reports' words in ${language}`, () => {
      for (const [key, term] of sameWords) expect(catalog[key], key).toBe(budgetTerms[term][language]);
      expect(catalog["budget.detail.categoryTotal"]).toBe(`${budgetTerms.categoryTotal[language]}:`);
    });
  }

  it("never call an account «субсчёт»", () => {
    const stale = Object.entries(messagesRu).filter(
      ([key, text]) => /^(budget|money)\./.test(key) && /субсч[её]т|субсчет/iu.test(text),
    );
    expect(stale).toEqual([]);
  });
});
