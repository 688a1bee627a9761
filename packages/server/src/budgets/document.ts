// The stored budget document: the `kinomost-budget` file without its partners (they are the project's), every
// line carrying a server-given id. Built from a budget the core has read, so amounts and formulas are always
// strings and the shape is the documented one.
import { randomUUID } from "node:crypto";
import {
  budgetFormat,
  budgetFormatVersion,
  type Budget,
  type BudgetAccount,
  type BudgetCategory,
  type BudgetLine,
  type CurrencyCode,
} from "@kinomost/core";

export interface RatesJson {
  readonly base: string;
  readonly date: string;
  readonly source: string;
  readonly perUnit: Readonly<Record<string, string>>;
}

export interface StoredDocument extends Omit<Budget, "partners"> {
  readonly format: typeof budgetFormat;
  readonly version: typeof budgetFormatVersion;
  readonly rates: RatesJson;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Gives every line an id: a line keeps a uuid it has unless another line already took it. */
export function withLineIds(categories: readonly BudgetCategory[]): BudgetCategory[] {
  const seen = new Set<string>();
  const idOf = (line: BudgetLine) => {
    const id =
      line.id !== undefined && uuidPattern.test(line.id) && !seen.has(line.id) ? line.id : randomUUID();
    seen.add(id);
    return id;
  };
  return categories.map((category) => ({
    ...category,
    accounts: category.accounts.map((account) => ({
      ...account,
      lines: account.lines.map((line) => ({ id: idOf(line), ...withoutId(line) })),
    })),
  }));
}

const withoutId = (line: BudgetLine): Omit<BudgetLine, "id"> => {
  const { id: _id, ...rest } = line;
  void _id;
  return rest;
};

/** The document of a budget: its partners left out, the rates as written, every line with an id. */
export function toDocument(budget: Budget, rates: RatesJson): StoredDocument {
  const { partners: _partners, categories, ...rest } = budget;
  void _partners;
  return {
    format: budgetFormat,
    version: budgetFormatVersion,
    ...rest,
    rates: { base: rates.base, date: rates.date, source: rates.source, perUnit: { ...rates.perUnit } },
    categories: withLineIds(categories),
  };
}

/** An empty set of rates in the base currency: enough until a line uses another currency. */
export const baseRates = (currency: CurrencyCode, date: string): RatesJson => ({
  base: currency,
  date,
  source: "manual",
  perUnit: {},
});

export interface LinePlace {
  category: number;
  account: number;
  line: number;
}

export function findCategory(document: StoredDocument, code: string): number {
  return document.categories.findIndex((category) => category.code === code);
}

export function findAccount(
  document: StoredDocument,
  code: string,
): { category: number; account: number } | null {
  for (const [c, category] of document.categories.entries()) {
    const a = category.accounts.findIndex((account) => account.code === code);
    if (a >= 0) return { category: c, account: a };
  }
  return null;
}

export function findLine(document: StoredDocument, id: string): LinePlace | null {
  for (const [c, category] of document.categories.entries())
    for (const [a, account] of category.accounts.entries()) {
      const l = account.lines.findIndex((line) => line.id === id);
      if (l >= 0) return { category: c, account: a, line: l };
    }
  return null;
}

/** A copy of the document with one category replaced (or removed, given null). */
export function replaceCategory(
  document: StoredDocument,
  index: number,
  category: BudgetCategory | null,
): StoredDocument {
  const categories = [...document.categories];
  if (category === null) categories.splice(index, 1);
  else categories[index] = category;
  return { ...document, categories };
}

/** A copy of the document with one account replaced (or removed, given null). */
export function replaceAccount(
  document: StoredDocument,
  place: { category: number; account: number },
  account: BudgetAccount | null,
): StoredDocument {
  const category = document.categories[place.category]!;
  const accounts = [...category.accounts];
  if (account === null) accounts.splice(place.account, 1);
  else accounts[place.account] = account;
  return replaceCategory(document, place.category, { ...category, accounts });
}

/** The JSON path of a line, as the core names it. */
export const linePath = (place: LinePlace) =>
  `categories[${place.category}].accounts[${place.account}].lines[${place.line}]`;
