// computeBudget: a budget and its rate table → exact totals per line, account, category, top sheet, partner,
// country and currency, in the base currency and a display currency. Rounding (half-even unless told) happens at
// four named places only: a line's subtotal in its currency, its conversion to the base, each fringe range, and
// each line's (and the contingency's) conversion to the display currency. Totals are sums of already-rounded
// lines, so every total equals the sum of its lines. Never uses floating point; never throws on a typed budget.
//
// It runs on every edit of budgets of tens of thousands of lines, so the per-line work is kept lean: each distinct
// formula or unit is read once, rates are looked up once per currency, error paths are built only on error, and
// sums go straight into one record per account, partner, country and currency instead of maps keyed by name.
import { allocateLargestRemainder } from "../money/allocate.ts";
import { minorUnitDigits, type CurrencyCode } from "../money/currency.ts";
import { findRate, minorUnitRate, type RateTable } from "../money/convert.ts";
import type { Money } from "../money/money.ts";
import {
  ONE,
  divideRounded,
  multiplyRatio,
  parseDecimalRatio,
  powerOfTen,
  type Ratio,
  type RoundingMode,
} from "../money/ratio.ts";
import { evaluateFormula, type ExpressionError, type ExpressionResult } from "./expression.ts";
import { FringeRanges, mergeFringeIds, type FringedLine } from "./fringes.ts";
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
import type {
  Budget,
  BudgetAccount,
  BudgetCategory,
  BudgetError,
  BudgetErrorCode,
  BudgetLine,
} from "./types.ts";
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

/** Running totals of one account, partner or country: base and display minor units. */
interface Sums {
  base: bigint;
  display: bigint;
}

interface AccountSums extends Sums {
  readonly account: BudgetAccount;
  readonly category: BudgetCategory;
  fringes: bigint;
}

/** A partner or a country: its lines, and its weight in the contingency (null until a line in scope is met). */
interface SpreadSums extends Sums {
  weight: bigint | null;
}

interface CountrySums extends SpreadSums {
  qualifying: bigint;
}

/** What a line needs of its currency, looked up once per currency; also that currency's row of the totals. */
interface CurrencyFacts {
  readonly code: CurrencyCode;
  /** Base minor units per minor unit of the currency; null when the rate table has no rate. */
  readonly toBase: Ratio | null;
  /** 10^(minor unit digits); read only when there is a rate, as a code without one may not be ISO 4217. */
  readonly scale: bigint;
  subtotal: bigint;
  base: bigint;
}

interface WorkLine extends FringedLine {
  readonly path: string;
  readonly line: BudgetLine;
  readonly account: AccountSums;
  readonly partner: SpreadSums;
  readonly partnerId: string;
  readonly country: CountrySums;
  readonly countryCode: string;
  readonly currency: CurrencyFacts;
  readonly included: boolean;
  /** Whether the line counts toward the contingency's scope (all lines, or below the line only). */
  readonly inContingency: boolean;
  readonly subtotal: bigint;
}

const none: readonly string[] = [];

function formulaErrorCode(error: ExpressionError): BudgetErrorCode {
  if (error.code === "UNKNOWN_NAME") return "UNKNOWN_GLOBAL";
  if (error.code === "DIVISION_BY_ZERO") return "DIVISION_BY_ZERO";
  return "BAD_FORMULA";
}

/** a × b, sparing the multiplication (and a new bigint) when either is one: most x and unit factors are. */
function times(a: bigint, b: bigint): bigint {
  return b === 1n ? a : a === 1n ? b : a * b;
}

/** A line's row of the totals; written out in full, twice, so that `id` keeps its place without a spread. */
function lineTotal(work: WorkLine, total: Amounts, money: (minor: bigint) => Money): LineTotal {
  const { line, account } = work;
  const subtotal = { minor: work.subtotal, currency: line.currency };
  const qualifying = line.qualifying !== false;
  return line.id === undefined
    ? {
        path: work.path,
        category: account.category.code,
        account: account.account.code,
        description: line.description,
        partner: work.partnerId,
        country: work.countryCode,
        included: work.included,
        qualifying,
        subtotal,
        subtotalBase: money(work.subtotalBase),
        fringes: money(work.fringes),
        total,
      }
    : {
        path: work.path,
        id: line.id,
        category: account.category.code,
        account: account.account.code,
        description: line.description,
        partner: work.partnerId,
        country: work.countryCode,
        included: work.included,
        qualifying,
        subtotal,
        subtotalBase: money(work.subtotalBase),
        fringes: money(work.fringes),
        total,
      };
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

  // Each distinct text of an amount, x or unit factor is read once: they repeat across thousands of lines.
  const values = new Map<string, ExpressionResult<Ratio>>();
  const evaluate = (text: string, path: string, field: string): Ratio | null => {
    let result = values.get(text);
    if (result === undefined) {
      const plain = parseDecimalRatio(text);
      result = plain ? { ok: true, value: plain } : evaluateFormula(text, globals.value);
      values.set(text, result);
    }
    return result.ok
      ? result.value
      : fail(formulaErrorCode(result.error), path + field, `"${text}": ${result.error.message}`);
  };
  // Rates are mostly distinct plain decimals: read directly rather than filling the cache with them.
  const evaluateRate = (text: string, path: string): Ratio | null =>
    parseDecimalRatio(text) ?? evaluate(text, path, ".rate");

  // Minor units of `to` per minor unit of `from`, looked up once per currency pair.
  const factors = new Map<string, Ratio | null>();
  const lookupFactor = (from: CurrencyCode, to: CurrencyCode): Ratio | null => {
    const key = `${from}>${to}`;
    let value = factors.get(key);
    if (value === undefined) {
      const rate = findRate(rates, from, to);
      factors.set(key, (value = rate.ok ? minorUnitRate(rate.value) : null));
    }
    return value;
  };
  const missingRate = (from: CurrencyCode, to: CurrencyCode, path: string) =>
    fail("MISSING_RATE", path, `no rate from ${from} to ${to} in the ${rates.source} table of ${rates.date}`);
  const factor = (from: CurrencyCode, to: CurrencyCode, path: string): Ratio | null =>
    lookupFactor(from, to) ?? missingRate(from, to, path);
  const minorScale = (currency: CurrencyCode) => powerOfTen(minorUnitDigits(currency));
  const currencies = new Map<CurrencyCode, CurrencyFacts>();
  const currencyFacts = (code: CurrencyCode): CurrencyFacts => {
    let facts = currencies.get(code);
    if (facts === undefined) {
      const toBase = lookupFactor(code, baseCurrency);
      const scale = toBase === null ? 0n : minorScale(code);
      currencies.set(code, (facts = { code, toBase, scale, subtotal: 0n, base: 0n }));
    }
    return facts;
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
    const known = unitFactors.get(name);
    if (known !== undefined) return known;
    if (unitFactors.has(name)) return null;
    const definition = units[name];
    unitFactors.set(name, definition ? evaluate(definition.factor ?? "1", `units.${name}`, ".factor") : null);
    if (!definition) return fail("UNKNOWN_UNIT", `${path}.unit`, `unknown unit "${name}"`);
    return unitFactors.get(name) ?? null;
  };

  const fringes = new Map<string, FringeRanges<WorkLine>>();
  const definedFringes = new Set(budget.fringes.map((fringe) => fringe.id));
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
    fringes.set(
      fringe.id,
      new FringeRanges({ id: fringe.id, name: fringe.name, kind: fringe.kind, value, cutoff: roundedCutoff }),
    );
  });

  const groups = new Map(budget.groups.map((group) => [group.id, group.included]));
  for (const id of options.include ?? []) groups.set(id, true);
  for (const id of options.suppress ?? []) groups.set(id, false);
  const partners = new Map<string, SpreadSums>();
  for (const partner of budget.partners)
    if (!partners.has(partner.id)) partners.set(partner.id, { base: 0n, display: 0n, weight: null });
  const countries = new Map<string, CountrySums>();
  const countrySums = (code: string): CountrySums => {
    let sums = countries.get(code);
    if (sums === undefined)
      countries.set(code, (sums = { base: 0n, display: 0n, weight: null, qualifying: 0n }));
    return sums;
  };
  const contingencyOnAll = budget.contingency?.scope !== "below";
  // A line without a fringe range is a range of its own, keyed by its path; unless a named range could be some
  // line's path, no other line can join it, and it need not be looked up.
  const rangesLikePaths = budget.categories.some((category) =>
    category.accounts.some((account) =>
      account.lines.some((line) => line.fringeRange?.startsWith("categories[")),
    ),
  );

  const lines: WorkLine[] = [];
  const accounts: AccountSums[] = [];
  const seenAccounts = new Set<string>();
  const seenCategories = new Set<string>();
  let c = -1;
  for (const category of budget.categories) {
    c++;
    if (seenCategories.has(category.code)) {
      fail("DUPLICATE_CODE", `categories[${c}].code`, `category ${category.code} appears twice`);
    }
    seenCategories.add(category.code);
    let a = -1;
    for (const account of category.accounts) {
      a++;
      if (seenAccounts.has(account.code)) {
        fail(
          "DUPLICATE_CODE",
          `categories[${c}].accounts[${a}].code`,
          `account ${account.code} appears twice`,
        );
      }
      seenAccounts.add(account.code);
      const sums: AccountSums = { account, category, base: 0n, display: 0n, fringes: 0n };
      accounts.push(sums);
      const linePath = `categories[${c}].accounts[${a}].lines[`;
      // A line's fringes are its category's, its account's and its own, each once, in that order.
      const inherited = mergeFringeIds(category.fringes ?? none, account.fringes ?? none);
      const inContingency = contingencyOnAll || category.side === "below";
      for (let l = 0; l < account.lines.length; l++) {
        const line = account.lines[l] as BudgetLine;
        const path = `${linePath}${l}]`;
        const partner = line.partner ?? account.partner ?? category.partner;
        const country = line.country ?? account.country ?? category.country;
        const partnerSums = partner === undefined ? undefined : partners.get(partner);
        if (partner === undefined)
          fail("NO_PARTNER", `${path}.partner`, "no paying partner on the line, account or category");
        else if (partnerSums === undefined)
          fail("UNKNOWN_PARTNER", `${path}.partner`, `unknown partner "${partner}"`);
        if (country === undefined)
          fail("NO_COUNTRY", `${path}.country`, "no country of spend on the line, account or category");
        const lineGroups = line.groups ?? none;
        let included = true;
        for (const id of lineGroups) {
          const on = groups.get(id);
          if (on === undefined) fail("UNKNOWN_GROUP", `${path}.groups`, `unknown group "${id}"`);
          else if (!on) included = false;
        }
        const fringeIds = mergeFringeIds(inherited, line.fringes ?? none);
        for (const id of fringeIds) {
          if (!definedFringes.has(id)) fail("UNKNOWN_FRINGE", `${path}.fringes`, `unknown fringe "${id}"`);
        }
        const amount = evaluate(line.amount, path, ".amount");
        const x = line.x === undefined ? ONE : evaluate(line.x, path, ".x");
        const rate = evaluateRate(line.rate, path);
        const perUnit = unitFactor(line.unit, path);
        const currency = currencyFacts(line.currency);
        const toBase = currency.toBase ?? missingRate(line.currency, baseCurrency, `${path}.currency`);
        if (!amount || !x || !rate || !perUnit || !toBase || !partnerSums || country === undefined) continue;
        // amount × x × unit factor is the units worked (what flat fringes are paid on); × rate is the subtotal.
        const unitsN = times(times(amount.n, x.n), perUnit.n);
        const unitsD = times(times(amount.d, x.d), perUnit.d);
        const subtotal = divideRounded(unitsN * rate.n * currency.scale, times(unitsD, rate.d), rounding);
        const work: WorkLine = {
          path,
          line,
          account: sums,
          partner: partnerSums,
          partnerId: partner as string,
          country: countrySums(country),
          countryCode: country,
          currency,
          included,
          inContingency,
          subtotal,
          subtotalBase: divideRounded(subtotal * toBase.n, toBase.d, rounding),
          fringes: 0n,
        };
        lines.push(work);
        // Lines sharing a fringe range share its cutoff; a line without one is a range of its own.
        if (!included || fringeIds.length === 0) continue;
        const worked: Ratio = { n: unitsN, d: unitsD };
        const range = line.fringeRange ?? path;
        const alone = line.fringeRange === undefined && !rangesLikePaths;
        for (const id of fringeIds) fringes.get(id)?.add(range, work, worked, alone);
      }
    }
  }
  const toDisplay =
    displayCurrency === baseCurrency ? ONE : factor(baseCurrency, displayCurrency, "displayCurrency");
  const contingencyPercent =
    budget.contingency === undefined
      ? null
      : (parseDecimalRatio(budget.contingency.percent) ??
        fail("BAD_FORMAT", "contingency.percent", `"${budget.contingency.percent}" is not a decimal`));
  if (errors.length > 0 || toDisplay === null) return { ok: false, errors };

  const money = (minor: bigint): Money => ({ minor, currency: baseCurrency });
  const fringeTotals = new Map<string, FringeTotal>();
  for (const [id, ranges] of fringes) fringeTotals.set(id, ranges.settle(rounding, money));

  const convertDisplay = (base: bigint) =>
    toDisplay === ONE ? base : divideRounded(base * toDisplay.n, toDisplay.d, rounding);
  const displayMoney = (minor: bigint): Money => ({ minor, currency: displayCurrency });
  const amounts = (base: bigint, display: bigint): Amounts => ({
    base: money(base),
    display: displayMoney(display),
  });

  // Partners and countries in the contingency's scope, in the order their first line in scope appears.
  const weightedPartners: [string, SpreadSums][] = [];
  const weightedCountries: [string, SpreadSums][] = [];
  // Currencies in the order their first included line appears.
  const countedCurrencies = new Set<CurrencyFacts>();
  const lineTotals: LineTotal[] = lines.map((work) => {
    const { line, account, partner, country, currency, included } = work;
    const base = included ? work.subtotalBase + work.fringes : 0n;
    const display = convertDisplay(base);
    account.base += base;
    account.display += display;
    if (work.fringes !== 0n) account.fringes += work.fringes;
    partner.base += base;
    partner.display += display;
    country.base += base;
    country.display += display;
    if (line.qualifying !== false) country.qualifying += base;
    if (included) {
      currency.subtotal += work.subtotal;
      currency.base += work.subtotalBase;
      countedCurrencies.add(currency);
      if (work.inContingency) {
        if (partner.weight === null) weightedPartners.push([work.partnerId, partner]);
        partner.weight = (partner.weight ?? 0n) + base;
        if (country.weight === null) weightedCountries.push([work.countryCode, country]);
        country.weight = (country.weight ?? 0n) + base;
      }
    }
    return lineTotal(work, amounts(base, display), money);
  });

  // Contingency: a percentage of the lines in scope, spread over partners and countries by their part of that scope.
  const eligible = weightedPartners.reduce((sum, [, sums]) => sum + (sums.weight ?? 0n), 0n);
  const contingencyBase =
    contingencyPercent === null || eligible <= 0n
      ? 0n
      : divideRounded(eligible * contingencyPercent.n, contingencyPercent.d * 100n, rounding);
  const contingencyDisplay = convertDisplay(contingencyBase);
  const spread = (weighted: [string, SpreadSums][]) => {
    if (contingencyBase === 0n && contingencyDisplay === 0n) return;
    const positive = weighted.map(([, sums]) =>
      sums.weight !== null && sums.weight > 0n ? sums.weight : 0n,
    );
    const baseParts = allocateLargestRemainder(contingencyBase, positive);
    const displayParts = allocateLargestRemainder(contingencyDisplay, positive);
    weighted.forEach(([, sums], i) => {
      sums.base += baseParts[i] ?? 0n;
      sums.display += displayParts[i] ?? 0n;
    });
  };
  spread(weightedPartners);
  spread(weightedCountries);

  const accountTotals: AccountTotal[] = accounts.map((sums) => ({
    code: sums.account.code,
    name: sums.account.name,
    category: sums.category.code,
    fringes: money(sums.fringes),
    total: amounts(sums.base, sums.display),
  }));
  // A category is the sum of its accounts; each side, and the fringes, the sum of the categories.
  const above: Sums = { base: 0n, display: 0n };
  const below: Sums = { base: 0n, display: 0n };
  let fringeSum = 0n;
  let next = 0;
  const categoryTotals: CategoryTotal[] = budget.categories.map((category) => {
    const sums = { base: 0n, display: 0n, fringes: 0n };
    for (const account of accounts.slice(next, (next += category.accounts.length))) {
      sums.base += account.base;
      sums.display += account.display;
      sums.fringes += account.fringes;
    }
    fringeSum += sums.fringes;
    const side = category.side === "above" ? above : category.side === "below" ? below : null;
    if (side) {
      side.base += sums.base;
      side.display += sums.display;
    }
    return {
      code: category.code,
      name: category.name,
      side: category.side,
      fringes: money(sums.fringes),
      total: amounts(sums.base, sums.display),
    };
  });
  const subtotalBase = above.base + below.base;
  const subtotalDisplay = above.display + below.display;
  const partnerTotals: PartnerTotal[] = budget.partners.map((partner) => {
    const sums = partners.get(partner.id);
    return {
      partner: partner.id,
      name: partner.name,
      total: amounts(sums?.base ?? 0n, sums?.display ?? 0n),
    };
  });
  const countryTotals: CountryTotal[] = [...countries].map(([country, sums]) => ({
    country,
    total: amounts(sums.base, sums.display),
    qualifying: money(sums.qualifying),
  }));
  const currencyTotals: CurrencyTotal[] = [...countedCurrencies].map((facts) => ({
    currency: facts.code,
    subtotal: { minor: facts.subtotal, currency: facts.code },
    base: money(facts.base),
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
    aboveTheLine: amounts(above.base, above.display),
    belowTheLine: amounts(below.base, below.display),
    subtotal: amounts(subtotalBase, subtotalDisplay),
    fringes: money(fringeSum),
    contingency: amounts(contingencyBase, contingencyDisplay),
    total: amounts(subtotalBase + contingencyBase, subtotalDisplay + contingencyDisplay),
    partners: partnerTotals,
    countries: countryTotals,
    currencies: currencyTotals,
    fringeTotals: budget.fringes.map(
      (fringe) =>
        fringeTotals.get(fringe.id) ?? { id: fringe.id, name: fringe.name, total: money(0n), ranges: [] },
    ),
  };
  if (budget.original === undefined) return { ok: true, value: totals };
  const variance = computeVariance(totals, budget.original, baseCurrency);
  return variance.ok ? { ok: true, value: { ...totals, variance: variance.value } } : variance;
}
