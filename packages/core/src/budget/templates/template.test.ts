import { describe, expect, it } from "vitest";
import type { CountryCode } from "../../geography/countries.ts";
import { buildRateTable } from "../../money/convert.ts";
import type { CurrencyCode } from "../../money/currency.ts";
import { computeBudget } from "../compute.ts";
import { readBudgetFile } from "../format.ts";
import type { Budget } from "../types.ts";
import { budgetTemplate, templateKinds, templateLanguages, type BudgetTemplateOptions } from "./template.ts";

const currency = (code: string) => code as CurrencyCode;
const country = (code: string) => code as CountryCode;

function compute(budget: Budget) {
  const rates = buildRateTable(budget.baseCurrency, "2026-01-15", "manual", {});
  if (!rates.ok) throw new Error("rates");
  return computeBudget({ ...budget, partners: [{ id: "studio", name: "Студия" }] }, rates.value);
}

const options = (overrides: Partial<BudgetTemplateOptions> = {}): BudgetTemplateOptions => ({
  kind: "feature",
  language: "ru",
  title: "Новый фильм",
  currency: currency("RUB"),
  partner: "studio",
  country: country("RU"),
  ...overrides,
});

describe("budget templates", () => {
  it.each(templateKinds.flatMap((kind) => templateLanguages.map((language) => [kind, language] as const)))(
    "the %s template in %s computes in roubles, above and below the line",
    (kind, language) => {
      const budget = budgetTemplate(options({ kind, language }));
      const result = compute(budget);
      expect(result.ok ? [] : result.errors).toEqual([]);
      if (!result.ok) return;
      const totals = result.value;
      expect(totals.aboveTheLine.base.minor).toBeGreaterThan(0n);
      expect(totals.belowTheLine.base.minor).toBeGreaterThan(0n);
      expect(totals.fringes.minor).toBeGreaterThan(0n);
      expect(totals.contingency.base.minor).toBeGreaterThan(0n);
      const codes = budget.categories.map((category) => category.code);
      expect(codes.slice(0, 4)).toEqual(["1100", "1200", "1300", "1400"]);
      expect(codes.filter((code) => code.startsWith("3"))).not.toHaveLength(0);
      expect(codes.filter((code) => code.startsWith("4"))).not.toHaveLength(0);
      expect(budget.categories.filter((category) => category.side === "above").map((c) => c.code)).toEqual([
        "1100",
        "1200",
        "1300",
        "1400",
      ]);
      expect(budget.categories.every((category) => category.accounts.every((a) => a.lines.length > 0))).toBe(
        true,
      );
    },
  );

  it("names categories as a Russian line producer writes them, and in English for the English template", () => {
    const names = (language: "ru" | "en") =>
      budgetTemplate(options({ language })).categories.map((category) => category.name);
    expect(names("ru")).toEqual(
      expect.arrayContaining([
        "Сценарий и права",
        "Продюсерская группа",
        "Режиссёрская группа",
        "Актёры",
        "Массовка",
        "Операторский цех",
        "Осветительный цех",
        "Звуковой цех",
        "Художник-постановщик и декорации",
        "Реквизит",
        "Костюм",
        "Грим",
        "Локации",
        "Транспорт",
        "Проживание и питание",
        "Каскадёры и пиротехника",
        "Музыка",
        "Страхование",
        "Юридические услуги",
        "Общие расходы",
      ]),
    );
    expect(names("en")).toEqual(expect.arrayContaining(["Story & rights", "Cast", "Camera", "Insurance"]));
    expect(names("en").some((name) => /[а-яё]/i.test(name))).toBe(false);
  });

  it("drives the series template by EPISODES: more episodes cost more", () => {
    const series = budgetTemplate(options({ kind: "series" }));
    expect(series.globals).toMatchObject({ EPISODES: "8", SHOOTDAYS: "EPISODES * 6" });
    expect(series.projectKind).toBe("series");
    const episodeLines = series.categories.flatMap((c) =>
      c.accounts.flatMap((a) => a.lines.filter((line) => line.unit === "episode")),
    );
    expect(episodeLines.length).toBeGreaterThan(5);
    const eight = compute(series);
    const ten = compute({ ...series, globals: { ...series.globals, EPISODES: "10" } });
    if (!eight.ok || !ten.ok) throw new Error("series does not compute");
    expect(ten.value.total.base.minor).toBeGreaterThan(eight.value.total.base.minor);
    expect(budgetTemplate(options()).globals).not.toHaveProperty("EPISODES");
  });

  it("gives pay accounts the payroll fringe of the country, capped in roubles only for a rouble budget", () => {
    const russian = budgetTemplate(options());
    const insurance = russian.fringes.find((fringe) => fringe.id === "ru-insurance");
    expect(insurance).toMatchObject({ kind: "percent", value: "30", cutoff: "2759000", currency: "RUB" });
    expect(insurance?.name).toContain("иллюстративно");
    const camera = russian.categories.find((c) => c.code === "2100")!;
    expect(camera.accounts.find((a) => a.code === "2101")?.fringes).toEqual(["ru-insurance"]);
    expect(camera.accounts.find((a) => a.code === "2103")?.fringes).toBeUndefined();

    const kazakh = budgetTemplate(options({ currency: currency("KZT"), country: country("KZ") }));
    expect(kazakh.fringes.find((fringe) => fringe.id === "ru-insurance")).not.toHaveProperty("cutoff");
    expect(kazakh.categories[1]?.accounts[0]?.fringes).toEqual(["kz-social"]);
    const result = compute(kazakh);
    // No rate is needed: every line is in tenge; the prices start at 0 for the producer to fill in.
    expect(result.ok ? result.value.total.base : result.errors).toEqual({ minor: 0n, currency: "KZT" });
  });

  it("writes a budget the file reader reads back", () => {
    const budget = budgetTemplate(options({ kind: "series", language: "en" }));
    const file = JSON.parse(
      JSON.stringify({
        format: "kinomost-budget",
        version: 1,
        ...budget,
        partners: [{ id: "studio", name: "Studio" }],
        rates: { base: "RUB", date: "2026-01-15", source: "manual", perUnit: {} },
      }),
    ) as unknown;
    const read = readBudgetFile(file);
    expect(read.ok ? read.value.budget.categories : read.errors).toEqual(budget.categories);
  });
});
