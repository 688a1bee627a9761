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

type ShareLimitRule = CompanyWorkRule | ForeignFinancingRule | StateFundingRule;

/** How a share limit speaks: with no entries, when a rate is missing, of the counted part, of the fix. */
interface ShareLimitWords {
  readonly none: string;
  readonly weighs: "work" | "financing";
  readonly part: string;
  readonly fix: (amount: string) => string;
}

/** The counted entries' share of all, against the rule's min or max %, with how much to move when it fails. */
function evaluateShareLimit(
  rule: ShareLimitRule,
  context: RuleContext,
  entries: readonly { amount: Money; counted: boolean }[],
  words: ShareLimitWords,
): RuleOutcome {
  const { id, country } = rule;
  const atLeast = rule.kind === "company-work-min";
  const limit = rule.kind === "company-work-min" ? rule.min : rule.max;
  const params: RuleOutcome["params"] = atLeast ? { country, min: limit } : { country, max: limit };
  if (entries.length === 0) return { id, pass: false, message: words.none, params };
  const result = split(context, entries);
  if (typeof result === "string")
    return { id, pass: false, message: `cannot weigh the ${words.weighs}: ${result}`, params };
  const share = percentOf(result.part.toString(), result.total.toString());
  const head =
    `${words.part} ${showPercent(share)} % (${showMoney(result.part, context)} of ${showMoney(result.total, context)}); ` +
    (atLeast ? `at least ${limit} % required` : `at most ${limit} % allowed`);
  const withShare = { ...params, share: share.toFixed() };
  if (atLeast ? share.greaterThanOrEqualTo(limit) : share.lessThanOrEqualTo(limit))
    return { id, pass: true, message: head, params: withShare };
  const move = showMoney(amountToMove(result.part, result.total, limit), context);
  return { id, pass: false, message: `${head} — ${words.fix(move)}`, params: withShare };
}

const noFinancing = "no financing is listed; list the money by partner and territory";

export function evaluateCompanyWork(rule: CompanyWorkRule, context: RuleContext): RuleOutcome {
  const entries = context.consortium.companies.map((company) => ({
    amount: company.amount,
    counted: company.country === rule.country,
  }));
  return evaluateShareLimit(rule, context, entries, {
    none: "no companies' work is listed; list who does the work, with its value",
    weighs: "work",
    part: `work by ${rule.country}-registered companies`,
    fix: (amount) => `move work worth ${amount} to ${rule.country} companies`,
  });
}

export function evaluateForeignFinancing(rule: ForeignFinancingRule, context: RuleContext): RuleOutcome {
  const entries = context.consortium.financing.map((entry) => ({
    amount: entry.amount,
    counted: entry.territory !== rule.country,
  }));
  return evaluateShareLimit(rule, context, entries, {
    none: noFinancing,
    weighs: "financing",
    part: "foreign investment",
    fix: (amount) => `replace ${amount} of foreign money with ${rule.country} money`,
  });
}

export function evaluateStateFunding(rule: StateFundingRule, context: RuleContext): RuleOutcome {
  const entries = context.consortium.financing.map((entry) => ({
    amount: entry.amount,
    counted: entry.source === "state" && entry.territory === rule.country,
  }));
  return evaluateShareLimit(rule, context, entries, {
    none: noFinancing,
    weighs: "financing",
    part: `${rule.country} state funding`,
    fix: (amount) => `replace ${amount} of state money with private money`,
  });
}
