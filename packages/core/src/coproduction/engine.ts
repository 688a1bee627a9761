// The qualification engine: runs each rule pack over a consortium and returns, per pack and per rule, pass or
// fail with the numbers and what would fix it — the shape of GET /api/v1/projects/{id}/qualification.
// Plain data in, plain data out: it reads no clock and fetches no rate; packs, rates and the language of the
// messages come from the caller.
import type { Consortium } from "./consortium.ts";
import { resolveMessageLocale, selectPhrasebook } from "./messages/index.ts";
import type { Rule, RuleOutcome, RulePack } from "./rule-pack.ts";
import { createRuleContext, type RuleContext } from "./rules/context.ts";
import { evaluateCompanyWork, evaluateForeignFinancing, evaluateStateFunding } from "./rules/money-rules.ts";
import {
  evaluateForeignCrew,
  evaluateKeyCreatives,
  evaluateLanguageVersions,
  evaluateProducerFrom,
  evaluateProportionalContribution,
} from "./rules/people-rules.ts";
import { evaluatePoints } from "./rules/points.ts";
import {
  evaluateFinancialShare,
  evaluateNonPartyShare,
  evaluatePartiesPresent,
  evaluateShareLimits,
  evaluateThirdCountryShare,
} from "./rules/share-rules.ts";

export interface EvaluateOptions {
  /** The language of names and messages: "ru" or "en" (a region such as "ru-RU" is ignored); else English. */
  readonly locale?: string;
}

export interface PackQualification {
  readonly id: string;
  /** The pack's name in the language asked for, else its English name. */
  readonly name: string;
  readonly pass: boolean;
  /** The points scored, when the pack has a points test for the consortium's kind of work. */
  readonly points: number | null;
  readonly required: number | null;
  readonly rules: readonly RuleOutcome[];
}

export interface Qualification {
  readonly packs: readonly PackQualification[];
}

function evaluateRule(
  rule: Rule,
  context: RuleContext,
): RuleOutcome & { points?: number | null; required?: number | null } {
  switch (rule.kind) {
    case "share-limits":
      return evaluateShareLimits(rule, context);
    case "financial-share":
      return evaluateFinancialShare(rule, context);
    case "non-party-share":
      return evaluateNonPartyShare(rule, context);
    case "parties-present":
      return evaluatePartiesPresent(rule, context);
    case "third-country-share":
      return evaluateThirdCountryShare(rule, context);
    case "language-versions":
      return evaluateLanguageVersions(rule, context);
    case "proportional-contribution":
      return evaluateProportionalContribution(rule, context);
    case "points":
      return evaluatePoints(rule, context);
    case "producer-from":
      return evaluateProducerFrom(rule, context);
    case "key-creatives":
      return evaluateKeyCreatives(rule, context);
    case "foreign-crew-max":
      return evaluateForeignCrew(rule, context);
    case "company-work-min":
      return evaluateCompanyWork(rule, context);
    case "foreign-financing-max":
      return evaluateForeignFinancing(rule, context);
    case "state-funding-max":
      return evaluateStateFunding(rule, context);
  }
}

/** The pack's name in `locale`'s language, else its English `name`. */
export function pickPackName(pack: RulePack, locale?: string): string {
  return pack.names?.[resolveMessageLocale(locale)] ?? pack.name;
}

/** Evaluates one pack: it passes when every rule passes. */
export function evaluatePack(
  consortium: Consortium,
  pack: RulePack,
  options: EvaluateOptions = {},
): PackQualification {
  const context = createRuleContext(consortium, pack, selectPhrasebook(options.locale));
  let points: number | null = null;
  let required: number | null = null;
  const rules = pack.rules.map((rule) => {
    const { points: scored, required: needed, ...outcome } = evaluateRule(rule, context);
    if (scored !== undefined) points = scored;
    if (needed !== undefined) required = needed;
    return outcome;
  });
  const name = pickPackName(pack, options.locale);
  return { id: pack.id, name, pass: rules.every((rule) => rule.pass), points, required, rules };
}

/** Evaluates every pack, in the order given, with messages in `options.locale`'s language. */
export function evaluateQualification(
  consortium: Consortium,
  packs: readonly RulePack[],
  options: EvaluateOptions = {},
): Qualification {
  return { packs: packs.map((pack) => evaluatePack(consortium, pack, options)) };
}

/** The contract's JSON exactly: the rules without their `params`. */
export function toQualificationContract(qualification: Qualification) {
  return {
    packs: qualification.packs.map(({ id, name, pass, points, required, rules }) => ({
      id,
      name,
      pass,
      points,
      required,
      rules: rules.map(({ id: ruleId, pass: rulePass, message }) => ({
        id: ruleId,
        pass: rulePass,
        message,
      })),
    })),
  };
}
