// Evaluators for the rules on money: work done by a country's companies, foreign investment and state funding,
// all as exact shares of amounts converted into the consortium's reporting currency with its own rates.
import Decimal from "decimal.js";
import type { ConversionError } from "../conversion.ts";
import type { MoneyMeasure } from "../messages/phrasebook.ts";
import type { CompanyWorkRule, ForeignFinancingRule, RuleOutcome, StateFundingRule } from "../rule-pack.ts";
import type { Money } from "../../money/money.ts";
import { inReporting, percentOf, roundPercent, sumInReporting, type RuleContext } from "./context.ts";

interface Split {
  readonly part: bigint;
  readonly total: bigint;
}

function split(
  context: RuleContext,
  items: readonly { amount: Money; counted: boolean }[],
): Split | ConversionError {
  const total = sumInReporting(
    context,
    items.map((item) => item.amount),
  );
  const part = sumInReporting(
    context,
    items.filter((item) => item.counted).map((item) => item.amount),
  );
  if (!total.ok) return total.error;
  if (!part.ok) return part.error;
  return { part: part.minor, total: total.minor };
}

/** How much must move from the part to the rest (or back) for part ÷ total to meet `limit` %, rounded up. */
function amountToMove(part: bigint, total: bigint, limit: number): bigint {
  const target = new Decimal(total.toString()).times(limit).dividedBy(100);
  return BigInt(new Decimal(part.toString()).minus(target).abs().ceil().toFixed(0));
}

type ShareLimitRule = CompanyWorkRule | ForeignFinancingRule | StateFundingRule;

/** The counted entries' share of all, against the rule's min or max %, with how much to move when it fails. */
function evaluateShareLimit(
  rule: ShareLimitRule,
  context: RuleContext,
  entries: readonly { amount: Money; counted: boolean }[],
  measure: MoneyMeasure,
): RuleOutcome {
  const { id, country } = rule;
  const { phrases } = context;
  const atLeast = rule.kind === "company-work-min";
  const limit = rule.kind === "company-work-min" ? rule.min : rule.max;
  const params: RuleOutcome["params"] = atLeast ? { country, min: limit } : { country, max: limit };
  const what = measure.kind === "company-work" ? "work" : "financing";
  if (entries.length === 0) {
    const message = what === "work" ? phrases.noCompanyWork() : phrases.noFinancing();
    return { id, pass: false, message, params };
  }
  const result = split(context, entries);
  if ("code" in result) {
    return { id, pass: false, message: phrases.cannotWeigh({ what, why: result }), params };
  }
  const share = percentOf(result.part.toString(), result.total.toString());
  const measured = {
    measure,
    share: roundPercent(share),
    part: inReporting(result.part, context),
    total: inReporting(result.total, context),
    limit,
  };
  const withShare = { ...params, share: share.toFixed() };
  if (atLeast ? share.greaterThanOrEqualTo(limit) : share.lessThanOrEqualTo(limit))
    return { id, pass: true, message: phrases.moneyShare(measured), params: withShare };
  const move = inReporting(amountToMove(result.part, result.total, limit), context);
  return { id, pass: false, message: phrases.moneyShare({ ...measured, move }), params: withShare };
}

export function evaluateCompanyWork(rule: CompanyWorkRule, context: RuleContext): RuleOutcome {
  const entries = context.consortium.companies.map((company) => ({
    amount: company.amount,
    counted: company.country === rule.country,
  }));
  return evaluateShareLimit(rule, context, entries, { kind: "company-work", country: rule.country });
}

export function evaluateForeignFinancing(rule: ForeignFinancingRule, context: RuleContext): RuleOutcome {
  const entries = context.consortium.financing.map((entry) => ({
    amount: entry.amount,
    counted: entry.territory !== rule.country,
  }));
  return evaluateShareLimit(rule, context, entries, { kind: "foreign-financing", country: rule.country });
}

export function evaluateStateFunding(rule: StateFundingRule, context: RuleContext): RuleOutcome {
  const entries = context.consortium.financing.map((entry) => ({
    amount: entry.amount,
    counted: entry.source === "state" && entry.territory === rule.country,
  }));
  return evaluateShareLimit(rule, context, entries, { kind: "state-funding", country: rule.country });
}
