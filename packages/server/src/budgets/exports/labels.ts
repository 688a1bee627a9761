// The words of the budget's printed and spreadsheet reports, in Russian (first) and English, and how amounts,
// percentages and dates are written in each. Formatting works on decimal strings: nothing here touches a float.
// The budget's own words (раздел, статья, the totals, the cost report's columns) are the core's `budgetTerms`, the
// ones the screen shows.
import { budgetTerms } from "@kinomost/core";

export type ReportLanguage = "ru" | "en";

type Labels = Record<string, Record<ReportLanguage, string>>;

export const reportLabels = {
  topSheet: { ru: "Сводная смета", en: "Top sheet" },
  detail: { ru: "Детальная смета", en: "Budget detail" },
  costReport: { ru: "Отчёт о затратах", en: "Cost report" },
  version: { ru: "версия", en: "version" },
  locked: { ru: "утверждена", en: "locked" },
  draft: { ru: "черновик", en: "draft" },
  printedOn: { ru: "Сформировано", en: "Printed" },
  currency: { ru: "Валюта", en: "Currency" },
  baseCurrency: { ru: "базовая валюта", en: "base currency" },
  rates: { ru: "Курсы", en: "Rates" },
  ratesOf: { ru: "на", en: "of" },
  page: { ru: "Страница {page} из {pages}", en: "Page {page} of {pages}" },
  code: { ru: "Код", en: "Code" },
  category: budgetTerms.category,
  account: budgetTerms.account,
  amount: { ru: "Сумма", en: "Amount" },
  aboveTheLine: budgetTerms.aboveTheLine,
  belowTheLine: budgetTerms.belowTheLine,
  totalAbove: budgetTerms.totalAbove,
  totalBelow: budgetTerms.totalBelow,
  subtotal: budgetTerms.subtotal,
  fringesIncluded: { ru: "в т. ч. начисления на оплату труда", en: "including fringes" },
  contingency: budgetTerms.contingency,
  grandTotal: budgetTerms.grandTotal,
  byPartner: { ru: "По партнёрам", en: "By partner" },
  byCountry: { ru: "По странам", en: "By country" },
  byAccount: { ru: "По статьям", en: "By account" },
  partner: { ru: "Партнёр", en: "Partner" },
  country: { ru: "Страна", en: "Country" },
  shareOfTotal: { ru: "Доля, %", en: "Share, %" },
  qualifying: { ru: "Расходы для рибейта", en: "Qualifying spend" },
  variance: { ru: "Отклонение от утверждённой сметы", en: "Variance against the locked original" },
  lockedOn: { ru: "утверждена", en: "locked on" },
  original: { ru: "Утверждено", en: "Original" },
  current: { ru: "Текущая", en: "Current" },
  difference: { ru: "Отклонение", en: "Variance" },
  description: budgetTerms.description,
  quantity: { ru: "Кол-во", en: "Amount" },
  unit: { ru: "Ед.", en: "Unit" },
  multiplier: { ru: "×", en: "X" },
  rate: { ru: "Ставка", en: "Rate" },
  lineCurrency: { ru: "Вал.", en: "Cur." },
  lineSubtotal: { ru: "Сумма в валюте", en: "Subtotal" },
  fringes: budgetTerms.fringes,
  total: { ru: "Итого", en: "Total" },
  totalIn: { ru: "Итого, {currency}", en: "Total, {currency}" },
  accountTotal: budgetTerms.accountTotal,
  categoryTotal: budgetTerms.categoryTotal,
  excluded: { ru: "не входит в итог", en: "suppressed" },
  included: { ru: "В итоге", en: "Included" },
  yes: { ru: "да", en: "yes" },
  no: { ru: "нет", en: "no" },
  budget: budgetTerms.budget,
  actual: budgetTerms.actual,
  estimateToComplete: budgetTerms.estimateToComplete,
  estimateAtCompletion: budgetTerms.estimateAtCompletion,
  costVariance: budgetTerms.variance,
  fxVariance: budgetTerms.fxVariance,
  agreedShare: { ru: "Доля по соглашению, %", en: "Agreed share, %" },
  actualShare: { ru: "Доля в затратах, %", en: "Share of spend, %" },
  basisBudget: { ru: "по курсам сметы", en: "at budget rates" },
  basisActual: { ru: "по фактическим курсам", en: "at actual rates" },
  coverage: {
    ru: "Учтены затраты партнёров: {partners}",
    en: "Actuals included from: {partners}",
  },
  notShared: { ru: "Не раскрыты вам: {partners}", en: "Not shared with you: {partners}" },
  estimatesEntered: {
    ru: "Прогноз до завершения введён бухгалтером по статьям: {accounts}. По остальным — остаток сметы, не меньше нуля.",
    en: "Estimate to complete entered by the accountant for accounts {accounts}; for the others, the rest of the budget, never below zero.",
  },
  estimatesComputed: {
    ru: "Прогноз до завершения — остаток сметы по каждой статье, не меньше нуля.",
    en: "Estimate to complete: the rest of each account's budget, never below zero.",
  },
  estimatesNotCounted: {
    ru: "Не учтён введённый прогноз по статьям {accounts}: его валюты нет в курсах сметы.",
    en: "The estimates entered for accounts {accounts} are not counted: their currency is not in the budget's rates.",
  },
  problems: {
    ru: "Не вошло в отчёт или учтено с оговоркой",
    en: "Left out of the report, or counted with a caveat",
  },
  problemUNKNOWN_ACCOUNT: {
    ru: "статьи {account} нет в этой смете",
    en: "account {account} is not in this budget",
  },
  problemUNKNOWN_CURRENCY: {
    ru: "{currency} — не код валюты ISO 4217",
    en: "{currency} is not an ISO 4217 currency",
  },
  problemMISSING_RATE: {
    ru: "нет курса {currency} → {to} на дату затраты: не учтено",
    en: "no rate from {currency} to {to} for the cost's date: left out",
  },
  problemNO_ACTUAL_RATE: {
    ru: "нет фактического курса {currency} → {to} на дату затраты: учтено по курсу сметы, без курсовой разницы",
    en: "no actual rate from {currency} to {to} for the cost's date: counted at the budget rate, no FX variance",
  },
  problemRows: { ru: "строк: {rows}; {from}–{to}", en: "{rows} rows; {from}–{to}" },
  noRows: { ru: "Нет данных", en: "Nothing to show" },
} satisfies Labels;

export type ReportLabel = keyof typeof reportLabels;

/** A label in the language, with `{name}` placeholders filled. */
export function label(
  key: ReportLabel,
  language: ReportLanguage,
  values: Readonly<Record<string, string>> = {},
): string {
  return Object.entries(values).reduce(
    (text, [name, value]) => text.replaceAll(`{${name}}`, value),
    reportLabels[key][language],
  );
}

// The default unit names in each language; a budget's own units keep the label it gives them.
const unitNames: Record<string, Record<ReportLanguage, string>> = {
  hour: { ru: "час", en: "hour" },
  day: { ru: "день", en: "day" },
  shift: { ru: "смена", en: "shift" },
  week: { ru: "неделя", en: "week" },
  month: { ru: "месяц", en: "month" },
  episode: { ru: "серия", en: "episode" },
  flat: { ru: "аккорд", en: "flat" },
  allow: { ru: "лимит", en: "allow" },
  each: { ru: "шт.", en: "each" },
};

export function unitName(
  unit: string,
  language: ReportLanguage,
  own?: Readonly<Record<string, { label: string }>>,
): string {
  return own?.[unit]?.label ?? unitNames[unit]?.[language] ?? unit;
}

/** "1234567.5" → "1 234 567,5" (ru, no-break spaces) or "1,234,567.5" (en); digits are kept as written. */
export function formatDecimal(decimal: string, language: ReportLanguage): string {
  const negative = decimal.startsWith("-");
  const [whole = "0", fraction] = (negative ? decimal.slice(1) : decimal).split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === "ru" ? "\u00a0" : ",");
  const mark = language === "ru" ? "," : ".";
  return `${negative ? "−" : ""}${grouped}${fraction === undefined ? "" : `${mark}${fraction}`}`;
}

/** "2025-04-01" → "01.04.2025" (ru) or "1 Apr 2025" (en). */
export function formatDay(date: string, language: ReportLanguage): string {
  const [year, month, day] = date.split("-");
  if (!year || !month || !day) return date;
  if (language === "ru") return `${day}.${month}.${year}`;
  const months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
  return `${Number(day)} ${months[Number(month) - 1] ?? month} ${year}`;
}

/**
 * The language of a report: `?lang=` when given, else the first of ru/en the Accept-Language header prefers,
 * else Russian, the interface's first language.
 */
export function pickReportLanguage(
  query: string | undefined,
  acceptLanguage: string | undefined,
): ReportLanguage {
  if (query === "ru" || query === "en") return query;
  const ranked = (acceptLanguage ?? "")
    .split(",")
    .map((part, index) => {
      const [tag = "", ...parameters] = part.trim().split(";");
      const q = parameters.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { primary: tag.toLowerCase().split("-")[0], q: q === undefined ? 1 : Number(q), index };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q || a.index - b.index);
  const found = ranked.find((entry) => entry.primary === "ru" || entry.primary === "en");
  return found?.primary === "en" ? "en" : "ru";
}
