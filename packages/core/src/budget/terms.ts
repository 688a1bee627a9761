// The budget's words, one set for the screen and the printed and spreadsheet reports, in Russian (as the trade and
// its accountants speak it) and English. The top sheet's parts are «разделы» (categories) and their parts «статьи»
// (accounts): the same «статья» a cost is booked against in the ledger, so the budget, the ledger and the cost report
// name one thing one way. The web catalogs and the server's report labels take these words; a test holds them to it.
export type TermLanguage = "ru" | "en";

export const budgetTerms = {
  category: { ru: "Раздел", en: "Category" },
  account: { ru: "Статья", en: "Account" },
  categoryTotal: { ru: "Итого по разделу", en: "Category total" },
  accountTotal: { ru: "Итого по статье", en: "Account total" },
  aboveTheLine: { ru: "Выше линии", en: "Above the line" },
  belowTheLine: { ru: "Ниже линии", en: "Below the line" },
  totalAbove: { ru: "Итого выше линии", en: "Total above the line" },
  totalBelow: { ru: "Итого ниже линии", en: "Total below the line" },
  subtotal: { ru: "Итого выше и ниже линии", en: "Total above and below the line" },
  contingency: { ru: "Резерв на непредвиденные расходы", en: "Contingency" },
  grandTotal: { ru: "Итого по смете", en: "Grand total" },
  description: { ru: "Описание", en: "Description" },
  fringes: { ru: "Начисления", en: "Fringes" },
  budget: { ru: "Смета", en: "Budget" },
  actual: { ru: "Факт", en: "Actual" },
  estimateToComplete: { ru: "Прогноз до завершения (ETC)", en: "Estimate to complete (ETC)" },
  estimateAtCompletion: { ru: "Прогноз на завершение (EAC)", en: "Estimate at completion (EAC)" },
  variance: { ru: "Отклонение", en: "Variance" },
  fxVariance: { ru: "Курсовая разница", en: "FX variance" },
} as const satisfies Record<string, Record<TermLanguage, string>>;

export type BudgetTerm = keyof typeof budgetTerms;
