// The chart-of-accounts exchange format (`kinomost-chart`, FORMAT.md): a budget's categories and accounts without
// lines, money or partners, to start another budget with the same codes. `readChart` checks untrusted JSON and
// names the JSON path of every problem; it never throws.
import { JsonReader } from "../json-reader.ts";
import type { Budget, BudgetCategory, BudgetError, BudgetSide } from "../types.ts";

export const chartFormat = "kinomost-chart";
export const chartFormatVersion = 1;

export interface ChartAccount {
  readonly code: string;
  readonly name: string;
}

export interface ChartCategory {
  readonly code: string;
  readonly name: string;
  readonly side: BudgetSide;
  readonly accounts: readonly ChartAccount[];
}

export interface Chart {
  readonly title?: string;
  readonly categories: readonly ChartCategory[];
}

export type ReadChartResult = { ok: true; value: Chart } | { ok: false; errors: BudgetError[] };

/** The chart file of a budget: its categories and accounts in order. */
export function exportChart(budget: Pick<Budget, "title" | "categories">) {
  return {
    format: chartFormat,
    version: chartFormatVersion,
    title: budget.title,
    categories: budget.categories.map((category) => ({
      code: category.code,
      name: category.name,
      side: category.side,
      accounts: category.accounts.map((account) => ({ code: account.code, name: account.name })),
    })),
  };
}

/** Checks and reads a parsed chart file (any JSON value); codes must be unique, as in a budget. */
export function readChart(json: unknown): ReadChartResult {
  const r = new JsonReader();
  const o = r.object(json, "$", ["format", "version", "title", "categories"]);
  if (!o) return { ok: false, errors: r.errors };
  if (o.format !== chartFormat) r.fail("format", `expected "${chartFormat}"`);
  if (o.version !== chartFormatVersion) r.fail("version", `expected ${chartFormatVersion}`);
  const title = o.title === undefined ? undefined : r.text(o.title, "title");
  const categoryCodes = new Set<string>();
  const accountCodes = new Set<string>();
  const unique = (codes: Set<string>, code: string | null, path: string, what: string) => {
    if (code === null) return;
    if (codes.has(code)) r.report("DUPLICATE_CODE", path, `${what} ${code} appears twice`);
    codes.add(code);
  };
  const categories = r.list(o.categories, "categories", (value, path): ChartCategory | null => {
    const c = r.object(value, path, ["code", "name", "side", "accounts"]);
    if (!c) return null;
    const code = r.text(c.code, `${path}.code`);
    unique(categoryCodes, code, `${path}.code`, "category");
    const name = r.text(c.name, `${path}.name`);
    const side = r.oneOf(c.side, ["above", "below"] as const, `${path}.side`);
    const accounts = r.list(c.accounts, `${path}.accounts`, (item, at): ChartAccount | null => {
      const a = r.object(item, at, ["code", "name"]);
      if (!a) return null;
      const accountCode = r.text(a.code, `${at}.code`);
      unique(accountCodes, accountCode, `${at}.code`, "account");
      const accountName = r.text(a.name, `${at}.name`);
      return accountCode && accountName ? { code: accountCode, name: accountName } : null;
    });
    return code && name && side ? { code, name, side, accounts } : null;
  });
  if (r.errors.length > 0) return { ok: false, errors: r.errors };
  return { ok: true, value: { ...(title ? { title } : {}), categories } };
}

/** A budget's categories from a chart, with no lines yet, paid by `partner` and spent in `country`. */
export function chartCategories(
  chart: Chart,
  attribution: { partner: string; country: BudgetCategory["country"] },
): BudgetCategory[] {
  return chart.categories.map((category) => ({
    code: category.code,
    name: category.name,
    side: category.side,
    partner: attribution.partner,
    ...(attribution.country ? { country: attribution.country } : {}),
    accounts: category.accounts.map((account) => ({ code: account.code, name: account.name, lines: [] })),
  }));
}
