// Chart-of-accounts templates: a feature and a series budget, in Russian or English, with the standard globals,
// fringes and a few starter lines in each account. Every figure is illustrative — a starting point to replace,
// not a reference: the prices are a Moscow production's order of magnitude in roubles (a budget in another
// currency starts its lines at 0), and the payroll fringes are rounded rates of each country's employer
// contributions, named "illustrative" so nobody mistakes them for advice.
import type { CountryCode } from "../../geography/countries.ts";
import type { CurrencyCode } from "../../money/currency.ts";
import type { Budget, BudgetCategory, BudgetLine, Fringe } from "../types.ts";
import { aboveTheLine } from "./above-the-line.ts";
import type { StarterLine, TemplateCategory, Words } from "./chart-data.ts";
import { otherCosts, postProduction } from "./post-and-other.ts";
import { production } from "./production.ts";
import { productionServices } from "./production-services.ts";
import { seriesChart } from "./series.ts";

export type TemplateKind = "feature" | "series";
export type TemplateLanguage = "ru" | "en";
export const templateKinds: readonly TemplateKind[] = ["feature", "series"];
export const templateLanguages: readonly TemplateLanguage[] = ["ru", "en"];

export interface BudgetTemplateOptions {
  readonly kind: TemplateKind;
  readonly language: TemplateLanguage;
  readonly title: string;
  /** The budget's base currency; every starter line is in it. */
  readonly currency: CurrencyCode;
  /** The paying partner (a partner id) and the country of spend every category starts with. */
  readonly partner: string;
  readonly country: CountryCode;
}

const featureChart: readonly TemplateCategory[] = [
  ...aboveTheLine,
  ...production,
  ...productionServices,
  ...postProduction,
  ...otherCosts,
];

/** The categories and accounts of a template, starter lines included. */
export function templateChart(kind: TemplateKind): readonly TemplateCategory[] {
  return kind === "series" ? seriesChart(featureChart) : featureChart;
}

export const templateGlobals: Readonly<Record<TemplateKind, Readonly<Record<string, string>>>> = {
  feature: { SHOOTDAYS: "30", PREPDAYS: "30", WRAPDAYS: "10", SHOOTWEEKS: "SHOOTDAYS / 5" },
  series: {
    EPISODES: "8",
    SHOOTDAYS: "EPISODES * 6",
    PREPDAYS: "40",
    WRAPDAYS: "10",
    SHOOTWEEKS: "SHOOTDAYS / 5",
  },
};

/** Russia's 2025 ceiling for the full insurance rate, in roubles (illustrative). */
const russianCutoffRub = "2759000";

const payroll: readonly { country: CountryCode; id: string; name: Words; percent: string }[] = [
  {
    country: "RU" as CountryCode,
    id: "ru-insurance",
    name: ["Страховые взносы (РФ)", "Insurance contributions (Russia)"],
    percent: "30",
  },
  {
    country: "BY" as CountryCode,
    id: "by-fszn",
    name: ["Взносы в ФСЗН (Беларусь)", "Social security, FSZN (Belarus)"],
    percent: "34",
  },
  {
    country: "KZ" as CountryCode,
    id: "kz-social",
    name: ["Социальный налог и взносы (Казахстан)", "Social tax and contributions (Kazakhstan)"],
    percent: "11",
  },
  {
    country: "UZ" as CountryCode,
    id: "uz-social",
    name: ["Социальный налог (Узбекистан)", "Social tax (Uzbekistan)"],
    percent: "12",
  },
  {
    country: "KG" as CountryCode,
    id: "kg-social",
    name: ["Страховые взносы (Кыргызстан)", "Insurance contributions (Kyrgyzstan)"],
    percent: "17.25",
  },
  {
    country: "TJ" as CountryCode,
    id: "tj-social",
    name: ["Социальный налог (Таджикистан)", "Social tax (Tajikistan)"],
    percent: "25",
  },
];

/**
 * The payroll fringes of the six countries. Russia's is capped at the year's ceiling in roubles; a budget in
 * another currency gets it uncapped, to be capped in its own currency by whoever knows the figure.
 */
export function templateFringes(language: TemplateLanguage, currency: CurrencyCode): Fringe[] {
  const illustrative = language === "ru" ? "иллюстративно" : "illustrative";
  return payroll.map((entry) => ({
    id: entry.id,
    name: `${pick(entry.name, language)}, ${entry.percent.replace(".", language === "ru" ? "," : ".")} % (${illustrative})`,
    kind: "percent",
    value: entry.percent,
    ...(entry.country === "RU" && currency === "RUB"
      ? { cutoff: russianCutoffRub, currency: "RUB" as CurrencyCode }
      : {}),
  }));
}

const pick = (words: Words, language: TemplateLanguage) => (language === "ru" ? words[0] : words[1]);

function starterLine(line: StarterLine, options: BudgetTemplateOptions): BudgetLine {
  return {
    description: pick(line.description, options.language),
    amount: line.amount,
    unit: line.unit,
    ...(line.x ? { x: line.x } : {}),
    rate: options.currency === "RUB" ? line.rub : "0",
    currency: options.currency,
    ...(line.range ? { fringeRange: line.range } : {}),
  };
}

/** A new budget from a template; its `partners` are left empty for the caller to fill. */
export function budgetTemplate(options: BudgetTemplateOptions): Budget {
  const payrollFringe = payroll.find((entry) => entry.country === options.country)?.id;
  const categories: BudgetCategory[] = templateChart(options.kind).map((category) => ({
    code: category.code,
    name: pick(category.name, options.language),
    side: category.side,
    partner: options.partner,
    country: options.country,
    accounts: category.accounts.map((account) => ({
      code: account.code,
      name: pick(account.name, options.language),
      ...(account.payroll && payrollFringe ? { fringes: [payrollFringe] } : {}),
      lines: account.lines.map((line) => starterLine(line, options)),
    })),
  }));
  return {
    title: options.title,
    projectKind: options.kind,
    baseCurrency: options.currency,
    globals: templateGlobals[options.kind],
    fringes: templateFringes(options.language, options.currency),
    groups: [],
    contingency: { percent: "5", scope: "all" },
    partners: [],
    categories,
  };
}
