// Reads the documented budget JSON (FORMAT.md) into a typed Budget and its RateTable. Checks the shape only —
// types, codes, currencies, countries — and names the JSON path of every problem; formulas and references are
// checked by computeBudget. Never throws on arbitrary JSON.
import { isCountryCode, type CountryCode } from "../geography/countries.ts";
import { buildRateTable, type RateTable } from "../money/convert.ts";
import { isCurrencyCode, type CurrencyCode } from "../money/currency.ts";
import { JsonReader, type JsonObject } from "./json-reader.ts";
import type {
  Budget,
  BudgetAccount,
  BudgetCategory,
  BudgetError,
  BudgetLine,
  BudgetPartner,
  Fringe,
  LockedOriginal,
  RebateFacts,
  UnitDefinition,
} from "./types.ts";

export const budgetFormat = "kinomost-budget";
export const budgetFormatVersion = 1;

export type ReadBudgetResult =
  { ok: true; value: { budget: Budget; rates: RateTable } } | { ok: false; errors: BudgetError[] };

class BudgetReader extends JsonReader {
  currency(value: unknown, path: string): CurrencyCode | null {
    return typeof value === "string" && isCurrencyCode(value)
      ? value
      : this.fail(
          path,
          `expected an ISO 4217 currency code such as "RUB", found ${JSON.stringify(value) ?? "nothing"}`,
        );
  }

  country(value: unknown, path: string): CountryCode | null {
    return typeof value === "string" && isCountryCode(value)
      ? value
      : this.fail(
          path,
          `expected an ISO 3166 country code such as "KZ", found ${JSON.stringify(value) ?? "nothing"}`,
        );
  }

  /** Reads `key` when present; `absent` when the key is missing. */
  optional<T>(
    object: JsonObject,
    key: string,
    path: string,
    read: (value: unknown, path: string) => T | null,
  ) {
    return object[key] === undefined ? undefined : read(object[key], this.path(path, key));
  }

  textRecord(value: unknown, path: string): Record<string, string> {
    const object = this.object(value, path) ?? {};
    const entries = Object.entries(object).flatMap(([key, item]) => {
      const text = this.formula(item, `${path}.${key}`);
      return text === null ? [] : [[key, text] as const];
    });
    return Object.fromEntries(entries);
  }

  /** The shared optional fields of a category, an account and a line: partner, country, fringes. */
  attribution(object: JsonObject, path: string) {
    const partner = this.optional(object, "partner", path, (v, p) => this.text(v, p));
    const country = this.optional(object, "country", path, (v, p) => this.country(v, p));
    const fringes = this.optional(object, "fringes", path, (v, p) => this.textList(v, p));
    return {
      ...(partner ? { partner } : {}),
      ...(country ? { country } : {}),
      ...(fringes ? { fringes } : {}),
    };
  }

  line(value: unknown, path: string): BudgetLine | null {
    const o = this.object(value, path);
    if (!o) return null;
    const description = this.text(o.description, `${path}.description`);
    const amount = this.formula(o.amount, `${path}.amount`);
    const unit = this.text(o.unit, `${path}.unit`);
    const rate = this.formula(o.rate, `${path}.rate`);
    const currency = this.currency(o.currency, `${path}.currency`);
    const x = this.optional(o, "x", path, (v, p) => this.formula(v, p));
    const id = this.optional(o, "id", path, (v, p) => this.text(v, p));
    const fringeRange = this.optional(o, "fringeRange", path, (v, p) => this.text(v, p));
    const groups = this.optional(o, "groups", path, (v, p) => this.textList(v, p));
    const qualifying = this.optional(o, "qualifying", path, (v, p) => this.boolean(v, p));
    if (!description || !amount || !unit || !rate || !currency) return null;
    return {
      ...(id ? { id } : {}),
      description,
      amount,
      unit,
      ...(x ? { x } : {}),
      rate,
      currency,
      ...this.attribution(o, path),
      ...(fringeRange ? { fringeRange } : {}),
      ...(groups ? { groups } : {}),
      ...(qualifying === undefined || qualifying === null ? {} : { qualifying }),
    };
  }

  account(value: unknown, path: string): BudgetAccount | null {
    const o = this.object(value, path);
    if (!o) return null;
    const code = this.text(o.code, `${path}.code`);
    const name = this.text(o.name, `${path}.name`);
    const lines = this.list(o.lines, `${path}.lines`, (v, p) => this.line(v, p));
    return code && name ? { code, name, ...this.attribution(o, path), lines } : null;
  }

  category(value: unknown, path: string): BudgetCategory | null {
    const o = this.object(value, path);
    if (!o) return null;
    const code = this.text(o.code, `${path}.code`);
    const name = this.text(o.name, `${path}.name`);
    const side = this.oneOf(o.side, ["above", "below"] as const, `${path}.side`);
    const accounts = this.list(o.accounts, `${path}.accounts`, (v, p) => this.account(v, p));
    return code && name && side ? { code, name, side, ...this.attribution(o, path), accounts } : null;
  }

  fringe(value: unknown, path: string): Fringe | null {
    const o = this.object(value, path);
    if (!o) return null;
    const id = this.text(o.id, `${path}.id`);
    const name = this.text(o.name, `${path}.name`);
    const kind = this.oneOf(o.kind, ["percent", "flat"] as const, `${path}.kind`);
    const amount = this.formula(o.value, `${path}.value`);
    const cutoff = this.optional(o, "cutoff", path, (v, p) => this.formula(v, p));
    const currency = this.optional(o, "currency", path, (v, p) => this.currency(v, p));
    if (!id || !name || !kind || !amount) return null;
    return {
      id,
      name,
      kind,
      value: amount,
      ...(cutoff ? { cutoff } : {}),
      ...(currency ? { currency } : {}),
    };
  }

  partner(value: unknown, path: string): BudgetPartner | null {
    const o = this.object(value, path);
    if (!o) return null;
    const id = this.text(o.id, `${path}.id`);
    const name = this.text(o.name, `${path}.name`);
    const country = this.optional(o, "country", path, (v, p) => this.country(v, p));
    return id && name ? { id, name, ...(country ? { country } : {}) } : null;
  }

  units(value: unknown, path: string): Record<string, UnitDefinition> {
    const object = this.object(value, path) ?? {};
    const entries = Object.entries(object).flatMap(([key, item]) => {
      const o = this.object(item, `${path}.${key}`);
      const label = o && this.text(o.label, `${path}.${key}.label`);
      const factor = o ? this.optional(o, "factor", `${path}.${key}`, (v, p) => this.formula(v, p)) : null;
      return label ? [[key, { label, ...(factor ? { factor } : {}) }] as const] : [];
    });
    return Object.fromEntries(entries);
  }

  original(value: unknown, path: string): LockedOriginal | null {
    const o = this.object(value, path);
    if (!o) return null;
    const lockedOn = this.text(o.lockedOn, `${path}.lockedOn`);
    const total = this.formula(o.total, `${path}.total`);
    const categories = this.textRecord(o.categories ?? {}, `${path}.categories`);
    const accounts = this.textRecord(o.accounts ?? {}, `${path}.accounts`);
    return lockedOn && total ? { lockedOn, total, categories, accounts } : null;
  }

  rebateFacts(value: unknown, path: string): Record<string, RebateFacts> {
    const object = this.object(value, path) ?? {};
    const entries = Object.entries(object).flatMap(([country, item]) => {
      const here = `${path}.${country}`;
      if (!isCountryCode(country))
        return this.fail(here, `"${country}" is not an ISO 3166 country code`) ?? [];
      const o = this.object(item, here);
      if (!o) return [];
      const shootDays = this.optional(o, "shootDays", here, (v, p) => this.wholeNumber(v, p));
      const localCrewPercent = this.optional(o, "localCrewPercent", here, (v, p) => this.formula(v, p));
      return [
        [
          country,
          {
            ...(shootDays === undefined || shootDays === null ? {} : { shootDays }),
            ...(localCrewPercent ? { localCrewPercent } : {}),
          },
        ] as const,
      ];
    });
    return Object.fromEntries(entries);
  }

  rates(value: unknown, path: string, budgetBase: CurrencyCode | null): RateTable | null {
    const o = this.object(value, path);
    if (!o) return null;
    const base = this.currency(o.base, `${path}.base`);
    const date = this.text(o.date, `${path}.date`);
    if (date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(date))
      this.fail(`${path}.date`, `"${date}" is not YYYY-MM-DD`);
    const source = this.text(o.source, `${path}.source`);
    const perUnit = this.object(o.perUnit, `${path}.perUnit`);
    if (!base || !date || !source || !perUnit) return null;
    const texts: Record<string, string> = {};
    for (const [currency, text] of Object.entries(perUnit)) {
      if (typeof text !== "string")
        this.fail(`${path}.perUnit.${currency}`, "write the rate as a decimal string");
      else texts[currency] = text;
    }
    const table = buildRateTable(base, date, source, texts);
    if (!table.ok) {
      const { currency, text } = table.error as { currency: string; text: string };
      return this.fail(
        `${path}.perUnit.${currency}`,
        `"${text}" is not a positive decimal rate for an ISO 4217 currency`,
      );
    }
    if (budgetBase && !table.value.perUnit.has(budgetBase) && base !== budgetBase) {
      this.fail(`${path}.perUnit`, `no rate for the base currency ${budgetBase}`);
    }
    return table.value;
  }
}

/** Checks and reads a parsed budget file (any JSON value); errors name the JSON path. */
export function readBudgetFile(json: unknown): ReadBudgetResult {
  const r = new BudgetReader();
  const o = r.object(json, "$");
  if (!o) return { ok: false, errors: r.errors };
  if (o.format !== budgetFormat) r.fail("format", `expected "${budgetFormat}"`);
  if (o.version !== budgetFormatVersion) r.fail("version", `expected ${budgetFormatVersion}`);
  const title = r.text(o.title, "title");
  const baseCurrency = r.currency(o.baseCurrency, "baseCurrency");
  const displayCurrency = r.optional(o, "displayCurrency", "$", (v, p) => r.currency(v, p));
  const projectKind = r.optional(o, "projectKind", "$", (v, p) =>
    r.oneOf(v, ["feature", "series", "documentary", "animation"] as const, p),
  );
  const rates = r.rates(o.rates, "rates", baseCurrency);
  const partners = r.list(o.partners, "partners", (v, p) => r.partner(v, p));
  const globals = r.textRecord(o.globals ?? {}, "globals");
  const units = o.units === undefined ? undefined : r.units(o.units, "units");
  const fringes = r.list(o.fringes ?? [], "fringes", (v, p) => r.fringe(v, p));
  const groups = r.list(o.groups ?? [], "groups", (v, p) => {
    const g = r.object(v, p);
    const id = g && r.text(g.id, `${p}.id`);
    const name = g && r.text(g.name, `${p}.name`);
    const included = g && r.boolean(g.included ?? true, `${p}.included`);
    return id && name && included !== null ? { id, name, included } : null;
  });
  const contingency = r.optional(o, "contingency", "$", (v, p) => {
    const c = r.object(v, p);
    const percent = c && r.formula(c.percent, `${p}.percent`);
    const scope = c && r.oneOf(c.scope ?? "all", ["all", "below"] as const, `${p}.scope`);
    return percent && scope ? { percent, scope } : null;
  });
  const categories = r.list(o.categories, "categories", (v, p) => r.category(v, p));
  const original = r.optional(o, "original", "$", (v, p) => r.original(v, p));
  const rebateFacts = o.rebateFacts === undefined ? undefined : r.rebateFacts(o.rebateFacts, "rebateFacts");
  if (r.errors.length > 0 || !title || !baseCurrency || !rates) return { ok: false, errors: r.errors };
  const budget: Budget = {
    title,
    ...(projectKind ? { projectKind } : {}),
    baseCurrency,
    ...(displayCurrency ? { displayCurrency } : {}),
    globals,
    ...(units ? { units } : {}),
    fringes,
    groups,
    ...(contingency ? { contingency } : {}),
    partners,
    categories,
    ...(original ? { original } : {}),
    ...(rebateFacts ? { rebateFacts } : {}),
  };
  return { ok: true, value: { budget, rates } };
}
