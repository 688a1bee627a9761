// `kinomost budget total FILE.json [--currency RUB] [--json]`: computes a budget in the documented JSON format
// (packages/core/src/budget/FORMAT.md) and prints totals per category, partner and country.
// The arithmetic is the core's computeBudget; this file only reads the file, prints, and turns failures into one line.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import {
  computeBudget,
  formatMoneyDecimal,
  isCurrencyCode,
  readBudgetFile,
  type Amounts,
  type BudgetError,
  type BudgetTotals,
  type Money,
} from "@kinomost/core";
import { UsageError } from "../environment.ts";

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read ${file} (${reason})`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, "")) as unknown;
  } catch (error) {
    throw new UsageError(
      `${file}: not valid JSON (${error instanceof Error ? error.message : String(error)})`,
    );
  }
}

function failure(file: string, errors: readonly BudgetError[]): UsageError {
  const more = errors.length > 1 ? ` (and ${errors.length - 1} more)` : "";
  for (const error of errors.slice(1)) console.error(`${file}: ${error.message}`);
  return new UsageError(`${file}: ${errors[0]?.message ?? "unreadable budget"}${more}`);
}

/** "1234567.80" → "1 234 567.80": grouped for reading, still exact. */
function grouped(money: Money): string {
  const [whole = "", fraction] = formatMoneyDecimal(money).split(".");
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, " ");
  return fraction === undefined ? digits : `${digits}.${fraction}`;
}

function toJson(totals: BudgetTotals) {
  const amounts = (value: Amounts) => ({
    amount: formatMoneyDecimal(value.display),
    base: formatMoneyDecimal(value.base),
  });
  return {
    title: totals.title,
    baseCurrency: totals.baseCurrency,
    currency: totals.displayCurrency,
    rates: totals.rates,
    rounding: totals.rounding,
    categories: totals.categories.map((row) => ({
      code: row.code,
      name: row.name,
      side: row.side,
      ...amounts(row.total),
    })),
    aboveTheLine: amounts(totals.aboveTheLine),
    belowTheLine: amounts(totals.belowTheLine),
    fringes: formatMoneyDecimal(totals.fringes),
    contingency: amounts(totals.contingency),
    total: amounts(totals.total),
    partners: totals.partners.map((row) => ({ partner: row.partner, name: row.name, ...amounts(row.total) })),
    countries: totals.countries.map((row) => ({ country: row.country, ...amounts(row.total) })),
    currencies: totals.currencies.map((row) => ({
      currency: row.currency,
      subtotal: formatMoneyDecimal(row.subtotal),
      base: formatMoneyDecimal(row.base),
    })),
  };
}

function printTable(totals: BudgetTotals) {
  const rows: [string, string][] = [];
  const section = (title: string) => rows.push([title, ""]);
  const row = (label: string, value: Amounts) => rows.push([`  ${label}`, grouped(value.display)]);
  section(`Categories (${totals.displayCurrency})`);
  for (const category of totals.categories) row(`${category.code} ${category.name}`, category.total);
  row("Above the line", totals.aboveTheLine);
  row("Below the line", totals.belowTheLine);
  row("Contingency", totals.contingency);
  row("Total", totals.total);
  section("By partner");
  for (const partner of totals.partners) row(partner.name, partner.total);
  section("By country");
  for (const country of totals.countries) row(country.country, country.total);
  const width = Math.max(...rows.map(([label]) => label.length)) + 2;
  const valueWidth = Math.max(...rows.map(([, value]) => value.length));
  console.log(
    `${totals.title}: base ${totals.baseCurrency}, rates ${totals.rates.source} ${totals.rates.date}`,
  );
  for (const [label, value] of rows)
    console.log(value ? `${label.padEnd(width)}${value.padStart(valueWidth)}` : label);
}

export function registerBudgetCommands(program: Command) {
  const budget = program.command("budget").description("production budgets");
  budget
    .command("total")
    .description("compute a budget file and print totals per category, partner and country")
    .argument("<file>", "the budget as JSON (see packages/core/src/budget/FORMAT.md)")
    .option(
      "--currency <code>",
      "the display currency (the file's displayCurrency or base currency by default)",
    )
    .option("--json", "print the result as JSON")
    .action(async (file: string, options: { currency?: string; json?: boolean }) => {
      if (options.currency !== undefined && !isCurrencyCode(options.currency)) {
        throw new UsageError(`--currency must be an ISO 4217 code such as RUB, not "${options.currency}"`);
      }
      const read = readBudgetFile(await readJson(file));
      if (!read.ok) throw failure(file, read.errors);
      const currency = options.currency;
      const result = computeBudget(
        read.value.budget,
        read.value.rates,
        currency && isCurrencyCode(currency) ? { currency } : {},
      );
      if (!result.ok) throw failure(file, result.errors);
      if (options.json) console.log(JSON.stringify(toJson(result.value), null, 2));
      else printTable(result.value);
    });
}
