// Evaluators for the rules on money: work done by a country's companies, foreign investment and state funding,
// all as exact shares of amounts converted into the consortium's reporting currency with its own rates.
import Decimal from "decimal.js";
import type { CompanyWorkRule, ForeignFinancingRule, RuleOutcome, StateFundingRule } from "../rule-pack.ts";
import type { Money } from "../../money/money.ts";
import { percentOf, showMoney, showPercent, sumInReporting, type RuleContext } from "./context.ts";

interface Split {
  readonly part: bigint;
  readonly total: bigint;
}

function split(context: RuleContext, items: readonly { amount: Money; counted: boolean }[]): Split | string {
  const total = sumInReporting(
    context,
    items.map((item) => item.amount),
  );
  const part = sumInReporting(
    context,
    items.filter((item) => item.counted).map((item) => item.amount),
  );
  if (!total.ok) return total.message;
  if (!part.ok) return part.message;
  return { part: part.minor, total: total.minor };
}

/** How much must move from the part to the rest (or back) for part ÷ total to meet `limit` %, rounded up. */
function amountToMove(part: bigint, total: bigint, limit: number): bigint {
  const target = new Decimal(total.toString()).times(limit).dividedBy(100);
  return BigInt(new Decimal(part.toString()).minus(target).abs().ceil().toFixed(0));
}

export function evaluateCompanyWork(rule: CompanyWorkRule, context: RuleContext): RuleOutcome {
  const companies = context.consortium.companies;
  const params = { country: rule.country, min: rule.min };
  if (companies.length === 0) {
    return {
      id: rule.id,
      pass: false,
      message: "no companies' work is listed; list who does the work, with its value",
      params,
    };
  }
  const result = split(
    context,
    companies.map((company) => ({ amount: company.amount, counted: company.country === rule.country })),
  );
  if (typeof result === "string")
    return { id: rule.id, pass: false, message: `cannot weigh the work: ${result}`, params };
  const share = percentOf(result.part.toString(), result.total.toString());
  const head = `work by ${rule.country}-registered companies ${showPercent(share)} % (${showMoney(result.part, context)} of ${showMoney(result.total, context)}); at least ${rule.min} % required`;
  const withShare = { ...params, share: share.toFixed() };
  if (share.greaterThanOrEqualTo(rule.min))
    return { id: rule.id, pass: true, message: head, params: withShare };
  return {
    id: rule.id,
    pass: false,
    message: `${head} — move work worth ${showMoney(amountToMove(result.part, result.total, rule.min), context)} to ${rule.country} companies`,
    params: withShare,
  };
}

export function evaluateForeignFinancing(rule: ForeignFinancingRule, context: RuleContext): RuleOutcome {
  const financing = context.consortium.financing;
  const params = { country: rule.country, max: rule.max };
  if (financing.length === 0) {
    return {
      id: rule.id,
      pass: false,
      message: "no financing is listed; list the money by partner and territory",
      params,
    };
  }
  const result = split(
    context,
    financing.map((entry) => ({ amount: entry.amount, counted: entry.territory !== rule.country })),
  );
  if (typeof result === "string")
    return { id: rule.id, pass: false, message: `cannot weigh the financing: ${result}`, params };
  const share = percentOf(result.part.toString(), result.total.toString());
  const head = `foreign investment ${showPercent(share)} % (${showMoney(result.part, context)} of ${showMoney(result.total, context)}); at most ${rule.max} % allowed`;
  const withShare = { ...params, share: share.toFixed() };
  if (share.lessThanOrEqualTo(rule.max)) return { id: rule.id, pass: true, message: head, params: withShare };
  return {
    id: rule.id,
    pass: false,
    message: `${head} — replace ${showMoney(amountToMove(result.part, result.total, rule.max), context)} of foreign money with ${rule.country} money`,
    params: withShare,
  };
}

export function evaluateStateFunding(rule: StateFundingRule, context: RuleContext): RuleOutcome {
  const financing = context.consortium.financing;
  const params = { country: rule.country, max: rule.max };
  if (financing.length === 0) {
    return {
      id: rule.id,
      pass: false,
      message: "no financing is listed; list the money by partner and territory",
      params,
    };
  }
  const result = split(
    context,
    financing.map((entry) => ({
      amount: entry.amount,
      counted: entry.source === "state" && entry.territory === rule.country,
    })),
  );
  if (typeof result === "string")
    return { id: rule.id, pass: false, message: `cannot weigh the financing: ${result}`, params };
  const share = percentOf(result.part.toString(), result.total.toString());
  const head = `${rule.country} state funding ${showPercent(share)} % (${showMoney(result.part, context)} of ${showMoney(result.total, context)}); at most ${rule.max} % allowed`;
  const withShare = { ...params, share: share.toFixed() };
  if (share.lessThanOrEqualTo(rule.max)) return { id: rule.id, pass: true, message: head, params: withShare };
  return {
    id: rule.id,
    pass: false,
    message: `${head} — replace ${showMoney(amountToMove(result.part, result.total, rule.max), context)} of state money with private money`,
    params: withShare,
  };
}
