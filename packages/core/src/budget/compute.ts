// computeBudget: a budget and its rate table → exact totals per line, account, category, top sheet, partner,
// country and currency, in the base currency and a display currency. Rounding (half-even unless told) happens at
// four named places only: a line's subtotal in its currency, its conversion to the base, each fringe range, and
// each line's (and the contingency's) conversion to the display currency. Totals are sums of already-rounded
// lines, so every total equals the sum of its lines. Never uses floating point; never throws on a typed budget.
import { allocateLargestRemainder } from "../money/allocate.ts";
import { minorUnitDigits, type CurrencyCode } from "../money/currency.ts";
import { findRate, minorUnitRate, type RateTable } from "../money/convert.ts";
import type { Money } from "../money/money.ts";
import {
  ONE,
  addRatio,
  divideRounded,
  multiplyRatio,
  parseDecimalRatio,
  powerOfTen,
  type Ratio,
  type RoundingMode,
} from "../money/ratio.ts";
import { evaluateFormula, type ExpressionError, type ExpressionResult } from "./expression.ts";
import { computeRangeFringe, spreadFringe, type PreparedFringe } from "./fringes.ts";
import { resolveGlobals } from "./globals.ts";
import type {
  AccountTotal,
  Amounts,
  BudgetTotals,
  CategoryTotal,
  CountryTotal,
  CurrencyTotal,
  FringeTotal,
  LineTotal,
  PartnerTotal,
} from "./totals.ts";
import type { Budget, BudgetError, BudgetErrorCode, BudgetSide } from "./types.ts";
import { defaultUnits } from "./units.ts";
import { computeVariance } from "./variance.ts";

export interface ComputeBudgetOptions {
  /** The display currency; the budget's own display currency, else the base, when absent. */
  readonly currency?: CurrencyCode;
  /** Group ids to include or suppress for this computation (what-if), overriding the budget's groups. */
  readonly include?: readonly string[];
  readonly suppress?: readonly string[];
  readonly rounding?: RoundingMode;
}

export type ComputeBudgetResult = { ok: true; value: BudgetTotals } | { ok: false; errors: BudgetError[] };

interface WorkLine {
  readonly path: string;
  readonly id: string | undefined;
  readonly category: string;
  readonly side: BudgetSide;
  readonly account: string;
  readonly description: string;
  readonly partner: string;
  readonly country: string;
  readonly currency: CurrencyCode;
  readonly included: boolean;
  readonly qualifying: boolean;
  readonly quantity: Ratio;
  readonly subtotal: bigint;
  readonly subtotalBase: bigint;
  fringes: bigint;
}

function formulaErrorCode(error: ExpressionError): BudgetErrorCode {
  if (error.code === "UNKNOWN_NAME") return "UNKNOWN_GLOBAL";
  if (error.code === "DIVISION_BY_ZERO") return "DIVISION_BY_ZERO";
  return "BAD_FORMULA";
}

class Accumulator<K> {
  readonly base = new Map<K, bigint>();
  readonly display = new Map<K, bigint>();
  add(key: K, base: bigint, display: bigint) {
    this.base.set(key, (this.base.get(key) ?? 0n) + base);
    this.display.set(key, (this.display.get(key) ?? 0n) + display);
  }
}

/** Computes every total of the budget; any bad formula, unknown reference or missing rate is an error naming its path. */
export function computeBudget(
  budget: Budget,
  rates: RateTable,
  options: ComputeBudgetOptions = {},
): ComputeBudgetResult {
  const rounding = options.rounding ?? "half-even";
  const baseCurrency = budget.baseCurrency;
  const displayCurrency = options.currency ?? budget.displayCurrency ?? baseCurrency;
  const globals = resolveGlobals(budget.globals);
  if (!globals.ok) return { ok: false, errors: globals.errors };
  const errors: BudgetError[] = [];
  const fail = (code: BudgetErrorCode, path: string, message: string) => {
    errors.push({ code, path, message: `${path}: ${message}` });
    return null;
  };

  const formulas = new Map<string, ExpressionResult<Ratio>>();
  const evaluate = (text: string, path: string): Ratio | null => {
    // Plain decimals (most rates) are read directly; only formulas are cached, once per distinct text.
    const plain = parseDecimalRatio(text);
    if (plain) return plain;
    let result = formulas.get(text);
    if (result === undefined) {
      result = evaluateFormula(text, globals.value);
      formulas.set(text, result);
    }
    return result.ok
      ? result.value
      : fail(formulaErrorCode(result.error), path, `"${text}": ${result.error.message}`);
  };

  // Minor units of `to` per minor unit of `from`, looked up once per currency pair.
  const factors = new Map<string, Ratio | null>();
  const factor = (from: CurrencyCode, to: CurrencyCode, path: string): Ratio | null => {
    const key = `${from}>${to}`;
    if (!factors.has(key)) {
      const rate = findRate(rates, from, to);
      factors.set(key, rate.ok ? minorUnitRate(rate.value) : null);
    }
    return (
      factors.get(key) ??
      fail(
        "MISSING_RATE",
        path,
        `no rate from ${from} to ${to} in the ${rates.source} table of ${rates.date}`,
      )
    );
  };
  const scale = new Map<CurrencyCode, bigint>();
  const minorScale = (currency: CurrencyCode) => {
    let value = scale.get(currency);
    if (value === undefined) scale.set(currency, (value = powerOfTen(minorUnitDigits(currency))));
    return value;
  };
  /** A decimal in `currency` as exact minor units of the base currency (not yet rounded). */
  const inBaseMinor = (text: string, currency: CurrencyCode, path: string): Ratio | null => {
    const value = parseDecimalRatio(text);
    if (value === null) return fail("BAD_FORMAT", path, `"${text}" is not a decimal number`);
    const rate = factor(currency, baseCurrency, path);
    return rate && multiplyRatio(multiplyRatio(value, { n: minorScale(currency), d: 1n }), rate);
  };

  const units = { ...defaultUnits, ...budget.units };
  const unitFactors = new Map<string, Ratio | null>();
  const unitFactor = (name: string, path: string): Ratio | null => {
    if (!unitFactors.has(name)) {
      const definition = units[name];
      unitFactors.set(name, definition ? evaluate(definition.factor ?? "1", `units.${name}.factor`) : null);
      if (!definition) return fail("UNKNOWN_UNIT", path, `unknown unit "${name}"`);
    }
    return unitFactors.get(name) ?? null;
  };

  const fringes = new Map<string, PreparedFringe>();
  budget.fringes.forEach((fringe, index) => {
    const path = `fringes[${index}]`;
    if (fringes.has(fringe.id))
      return fail("DUPLICATE_CODE", `${path}.id`, `fringe "${fringe.id}" is defined twice`);
    const currency = fringe.currency ?? baseCurrency;
    const cutoff =
      fringe.cutoff === undefined ? undefined : inBaseMinor(fringe.cutoff, currency, `${path}.cutoff`);
    const value =
      fringe.kind === "percent"
        ? (parseDecimalRatio(fringe.value) ??
          fail("BAD_FORMAT", `${path}.value`, `"${fringe.value}" is not a decimal`))
        : inBaseMinor(fringe.value, currency, `${path}.value`);
    if (value === null || cutoff === null) return;
    const roundedCutoff = cutoff === undefined ? null : divideRounded(cutoff.n, cutoff.d, rounding);
    fringes.set(fringe.id, {
      id: fringe.id,
      name: fringe.name,
      kind: fringe.kind,
      value,
      cutoff: roundedCutoff,
    });
  });

  const groups = new Map(budget.groups.map((group) => [group.id, group.included]));
  for (const id of options.include ?? []) groups.set(id, true);
  for (const id of options.suppress ?? []) groups.set(id, false);
  const partners = new Map(budget.partners.map((partner) => [partner.id, partner.name]));

  const lines: WorkLine[] = [];
  const lineFringes: string[][] = [];
  const lineRanges: string[] = [];
  const seenAccounts = new Set<string>();
  const seenCategories = new Set<string>();
  budget.categories.forEach((category, c) => {
    if (seenCategories.has(category.code)) {
      fail("DUPLICATE_CODE", `categories[${c}].code`, `category ${category.code} appears twice`);
    }
    seenCategories.add(category.code);
    category.accounts.forEach((account, a) => {
      if (seenAccounts.has(account.code)) {
        fail(
          "DUPLICATE_CODE",
          `categories[${c}].accounts[${a}].code`,
          `account ${account.code} appears twice`,
        );
      }
      seenAccounts.add(account.code);
      account.lines.forEach((line, l) => {
        const path = `categories[${c}].accounts[${a}].lines[${l}]`;
        const partner = line.partner ?? account.partner ?? category.partner;
        const country = line.country ?? account.country ?? category.country;
        if (partner === undefined)
          fail("NO_PARTNER", `${path}.partner`, "no paying partner on the line, account or category");
        else if (!partners.has(partner))
          fail("UNKNOWN_PARTNER", `${path}.partner`, `unknown partner "${partner}"`);
        if (country === undefined)
          fail("NO_COUNTRY", `${path}.country`, "no country of spend on the line, account or category");
        const lineGroups = line.groups ?? [];
        for (const id of lineGroups)
          if (!groups.has(id)) fail("UNKNOWN_GROUP", `${path}.groups`, `unknown group "${id}"`);
        const fringeIds = [
          ...new Set([...(category.fringes ?? []), ...(account.fringes ?? []), ...(line.fringes ?? [])]),
        ];
        for (const id of fringeIds) {
          if (!fringes.has(id) && !budget.fringes.some((fringe) => fringe.id === id)) {
            fail("UNKNOWN_FRINGE", `${path}.fringes`, `unknown fringe "${id}"`);
          }
        }
        const amount = evaluate(line.amount, `${path}.amount`);
        const x = line.x === undefined ? ONE : evaluate(line.x, `${path}.x`);
        const rate = evaluate(line.rate, `${path}.rate`);
        const perUnit = unitFactor(line.unit, `${path}.unit`);
        const toBase = factor(line.currency, baseCurrency, `${path}.currency`);
        if (!amount || !x || !rate || !perUnit || !toBase || partner === undefined || country === undefined)
          return;
        const quantity = multiplyRatio(multiplyRatio(amount, x), perUnit);
        const exact = multiplyRatio(quantity, rate);
        const subtotal = divideRounded(exact.n * minorScale(line.currency), exact.d, rounding);
        const subtotalBase = divideRounded(subtotal * toBase.n, toBase.d, rounding);
        lines.push({
          path,
          id: line.id,
          category: category.code,
          side: category.side,
          account: account.code,
          description: line.description,
          partner,
          country,
          currency: line.currency,
          included: lineGroups.every((id) => groups.get(id) !== false),
          qualifying: line.qualifying !== false,
          quantity,
          subtotal,
          subtotalBase,
          fringes: 0n,
        });
        lineFringes.push(fringeIds);
        lineRanges.push(line.fringeRange ?? path);
      });
    });
  });
  const toDisplay =
    displayCurrency === baseCurrency ? ONE : factor(baseCurrency, displayCurrency, "displayCurrency");
  const contingencyPercent =
    budget.contingency === undefined
      ? null
      : (parseDecimalRatio(budget.contingency.percent) ??
        fail("BAD_FORMAT", "contingency.percent", `"${budget.contingency.percent}" is not a decimal`));
  if (errors.length > 0 || toDisplay === null) return { ok: false, errors };

  // Fringes, one range at a time: lines sharing a fringe range share the cutoff.
  const ranges = new Map<
    string,
    { fringe: PreparedFringe; range: string; lines: number[]; pay: bigint; units: Ratio }
  >();
  lines.forEach((line, index) => {
    if (!line.included) return;
    for (const id of lineFringes[index] ?? []) {
      const fringe = fringes.get(id);
      if (!fringe) continue;
      const range = lineRanges[index] ?? line.path;
      const key = `${id}\u0000${range}`;
      const entry = ranges.get(key);
      if (entry) {
        entry.lines.push(index);
        entry.pay += line.subtotalBase;
        if (fringe.kind === "flat") entry.units = addRatio(entry.units, line.quantity);
      } else {
        ranges.set(key, { fringe, range, lines: [index], pay: line.subtotalBase, units: line.quantity });
      }
    }
  });
  const money = (minor: bigint): Money => ({ minor, currency: baseCurrency });
  const fringeTotals = new Map<string, { total: bigint; ranges: FringeTotal["ranges"][number][] }>();
  for (const { fringe, range, lines: members, pay, units: worked } of ranges.values()) {
    const result = computeRangeFringe(fringe, { pay, units: worked }, rounding);
    const shares = spreadFringe(
      result.fringe,
      members.map((index) => lines[index]?.subtotalBase ?? 0n),
    );
    members.forEach((index, i) => {
      const line = lines[index];
      if (line) line.fringes += shares[i] ?? 0n;
    });
    const entry = fringeTotals.get(fringe.id) ?? { total: 0n, ranges: [] };
    entry.total += result.fringe;
    entry.ranges.push({
      range,
      pay: money(pay),
      fringe: money(result.fringe),
      cap: result.cap === null ? null : money(result.cap),
    });
    fringeTotals.set(fringe.id, entry);
  }

  const convertDisplay = (base: bigint) =>
    toDisplay === ONE ? base : divideRounded(base * toDisplay.n, toDisplay.d, rounding);
  const displayMoney = (minor: bigint): Money => ({ minor, currency: displayCurrency });
  const amounts = (base: bigint, display: bigint): Amounts => ({
    base: money(base),
    display: displayMoney(display),
  });

  const accounts = new Accumulator<string>();
  const categories = new Accumulator<string>();
  const sides = new Accumulator<BudgetSide>();
  const byPartner = new Accumulator<string>();
  const byCountry = new Accumulator<string>();
  const accountFringes = new Map<string, bigint>();
  const categoryFringes = new Map<string, bigint>();
  const qualifying = new Map<string, bigint>();
  const currencies = new Map<CurrencyCode, { subtotal: bigint; base: bigint }>();
  const contingencyWeights = { partner: new Map<string, bigint>(), country: new Map<string, bigint>() };
  let fringeSum = 0n;
  const lineTotals: LineTotal[] = lines.map((line) => {
    const base = line.included ? line.subtotalBase + line.fringes : 0n;
    const display = convertDisplay(base);
    accounts.add(line.account, base, display);
    categories.add(line.category, base, display);
    sides.add(line.side, base, display);
    byPartner.add(line.partner, base, display);
    byCountry.add(line.country, base, display);
    accountFringes.set(line.account, (accountFringes.get(line.account) ?? 0n) + line.fringes);
    categoryFringes.set(line.category, (categoryFringes.get(line.category) ?? 0n) + line.fringes);
    fringeSum += line.fringes;
    if (line.qualifying) qualifying.set(line.country, (qualifying.get(line.country) ?? 0n) + base);
    if (line.included) {
      const entry = currencies.get(line.currency) ?? { subtotal: 0n, base: 0n };
      entry.subtotal += line.subtotal;
      entry.base += line.subtotalBase;
      currencies.set(line.currency, entry);
      if (budget.contingency?.scope !== "below" || line.side === "below") {
        contingencyWeights.partner.set(
          line.partner,
          (contingencyWeights.partner.get(line.partner) ?? 0n) + base,
        );
        contingencyWeights.country.set(
          line.country,
          (contingencyWeights.country.get(line.country) ?? 0n) + base,
        );
      }
    }
    return {
      path: line.path,
      ...(line.id === undefined ? {} : { id: line.id }),
      category: line.category,
      account: line.account,
      description: line.description,
      partner: line.partner,
      country: line.country,
      included: line.included,
      qualifying: line.qualifying,
      subtotal: { minor: line.subtotal, currency: line.currency },
      subtotalBase: money(line.subtotalBase),
      fringes: money(line.fringes),
      total: amounts(base, display),
    };
  });

  // Contingency: a percentage of the lines in scope, spread over partners and countries by their part of that scope.
  const eligible = [...contingencyWeights.partner.values()].reduce((a, b) => a + b, 0n);
  const contingencyBase =
    contingencyPercent === null || eligible <= 0n
      ? 0n
      : divideRounded(eligible * contingencyPercent.n, contingencyPercent.d * 100n, rounding);
  const contingencyDisplay = convertDisplay(contingencyBase);
  const spread = (weights: Map<string, bigint>, into: Accumulator<string>) => {
    if (contingencyBase === 0n && contingencyDisplay === 0n) return;
    const keys = [...weights.keys()];
    const positive = keys.map((key) => {
      const weight = weights.get(key) ?? 0n;
      return weight > 0n ? weight : 0n;
    });
    const baseParts = allocateLargestRemainder(contingencyBase, positive);
    const displayParts = allocateLargestRemainder(contingencyDisplay, positive);
    keys.forEach((key, i) => into.add(key, baseParts[i] ?? 0n, displayParts[i] ?? 0n));
  };
  spread(contingencyWeights.partner, byPartner);
  spread(contingencyWeights.country, byCountry);

  const pick = (acc: Accumulator<string> | Accumulator<BudgetSide>, key: string) =>
    amounts(
      (acc.base as Map<string, bigint>).get(key) ?? 0n,
      (acc.display as Map<string, bigint>).get(key) ?? 0n,
    );
  const accountTotals: AccountTotal[] = budget.categories.flatMap((category) =>
    category.accounts.map((account) => ({
      code: account.code,
      name: account.name,
      category: category.code,
      fringes: money(accountFringes.get(account.code) ?? 0n),
      total: pick(accounts, account.code),
    })),
  );
  const categoryTotals: CategoryTotal[] = budget.categories.map((category) => ({
    code: category.code,
    name: category.name,
    side: category.side,
    fringes: money(categoryFringes.get(category.code) ?? 0n),
    total: pick(categories, category.code),
  }));
  const above = pick(sides, "above");
  const below = pick(sides, "below");
  const subtotalBase = above.base.minor + below.base.minor;
  const subtotalDisplay = above.display.minor + below.display.minor;
  const partnerTotals: PartnerTotal[] = budget.partners.map((partner) => ({
    partner: partner.id,
    name: partner.name,
    total: pick(byPartner, partner.id),
  }));
  const countryTotals: CountryTotal[] = [...byCountry.base.keys()].map((country) => ({
    country,
    total: pick(byCountry, country),
    qualifying: money(qualifying.get(country) ?? 0n),
  }));
  const currencyTotals: CurrencyTotal[] = [...currencies].map(([currency, entry]) => ({
    currency,
    subtotal: { minor: entry.subtotal, currency },
    base: money(entry.base),
  }));

  const totals: Omit<BudgetTotals, "variance"> = {
    title: budget.title,
    baseCurrency,
    displayCurrency,
    rates: { date: rates.date, source: rates.source },
    rounding,
    lines: lineTotals,
    accounts: accountTotals,
    categories: categoryTotals,
    aboveTheLine: above,
    belowTheLine: below,
    subtotal: amounts(subtotalBase, subtotalDisplay),
    fringes: money(fringeSum),
    contingency: amounts(contingencyBase, contingencyDisplay),
    total: amounts(subtotalBase + contingencyBase, subtotalDisplay + contingencyDisplay),
    partners: partnerTotals,
    countries: countryTotals,
    currencies: currencyTotals,
    fringeTotals: budget.fringes.flatMap((fringe) => {
      const entry = fringeTotals.get(fringe.id);
      return [
        { id: fringe.id, name: fringe.name, total: money(entry?.total ?? 0n), ranges: entry?.ranges ?? [] },
      ];
    }),
  };
  if (budget.original === undefined) return { ok: true, value: totals };
  const variance = computeVariance(totals, budget.original, baseCurrency);
  return variance.ok ? { ok: true, value: { ...totals, variance: variance.value } } : variance;
}
