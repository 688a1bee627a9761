// Evaluators for the rules on people and versions: key creatives' citizenship, the foreign share of the crew,
// creative contribution in proportion to money, the producer's country and the language versions.
import Decimal from "decimal.js";
import type {
  ForeignCrewRule,
  KeyCreativesRule,
  LanguageVersionsRule,
  ProducerFromRule,
  ProportionalContributionRule,
  RuleOutcome,
} from "../rule-pack.ts";
import {
  mentionPerson,
  peopleIn,
  percentOf,
  roundPercent,
  shareholders,
  type RuleContext,
} from "./context.ts";

export function evaluateLanguageVersions(rule: LanguageVersionsRule, context: RuleContext): RuleOutcome {
  const missing = rule.languages.filter(
    (language) => !context.consortium.languageVersions.includes(language),
  );
  const params = { required: rule.languages, missing };
  const { phrases } = context;
  return missing.length === 0
    ? {
        id: rule.id,
        pass: true,
        message: phrases.languageVersionsPlanned({ languages: rule.languages }),
        params,
      }
    : {
        id: rule.id,
        pass: false,
        message: phrases.languageVersionsMissing({ required: rule.languages, missing }),
        params,
      };
}

export function evaluateProducerFrom(rule: ProducerFromRule, context: RuleContext): RuleOutcome {
  const producers = context.consortium.partners.filter(
    (partner) => partner.country === rule.country && rule.roles.includes(partner.role),
  );
  const params = { country: rule.country, roles: rule.roles };
  const { phrases } = context;
  return producers.length > 0
    ? {
        id: rule.id,
        pass: true,
        message: phrases.producerFound({ country: rule.country, producers: producers.map((p) => p.name) }),
        params,
      }
    : {
        id: rule.id,
        pass: false,
        message: phrases.producerMissing({ country: rule.country, roles: rule.roles }),
        params,
      };
}

export function evaluateKeyCreatives(rule: KeyCreativesRule, context: RuleContext): RuleOutcome {
  const people = peopleIn(context.consortium, rule.roles);
  const citizens = people.filter((person) => person.citizenship.some((country) => country === rule.country));
  const others = people.filter((person) => !person.citizenship.some((country) => country === rule.country));
  const { phrases } = context;
  const params = {
    country: rule.country,
    citizens: citizens.length,
    total: people.length,
    atLeast: rule.atLeast,
  };
  if (people.length === 0) {
    return { id: rule.id, pass: false, message: phrases.nobodyInRoles({ roles: rule.roles }), params };
  }
  const pass = rule.atLeast === "all" ? others.length === 0 : citizens.length * 2 > people.length;
  const count = rule.atLeast === "all" ? others.length : Math.floor(people.length / 2) + 1 - citizens.length;
  const message = phrases.keyCreatives({
    citizens: citizens.length,
    total: people.length,
    roles: rule.roles,
    country: rule.country,
    atLeast: rule.atLeast,
    ...(pass ? {} : { shortfall: { count, others: others.map(mentionPerson) } }),
  });
  return { id: rule.id, pass, message, params };
}

export function evaluateForeignCrew(rule: ForeignCrewRule, context: RuleContext): RuleOutcome {
  const people = peopleIn(context.consortium, rule.roles);
  const foreign = people.filter((person) => !person.citizenship.some((country) => country === rule.country));
  const share = percentOf(foreign.length, people.length);
  const params = { country: rule.country, foreign: foreign.length, total: people.length, max: rule.max };
  const { phrases } = context;
  if (people.length === 0) return { id: rule.id, pass: false, message: phrases.noCreativeCrew(), params };
  const counts = {
    foreign: foreign.length,
    total: people.length,
    share: roundPercent(share),
    max: rule.max,
    country: rule.country,
  };
  if (share.lessThanOrEqualTo(rule.max))
    return { id: rule.id, pass: true, message: phrases.foreignCrew(counts), params };
  const allowed = new Decimal(rule.max).times(people.length).dividedBy(100).floor().toNumber();
  return {
    id: rule.id,
    pass: false,
    message: phrases.foreignCrew({ ...counts, excess: foreign.length - allowed }),
    params,
  };
}

/**
 * Creative and technical contribution per country: each person in the roles counts once, split equally among
 * the partner countries whose citizenship they hold; the result is set against that country's money share.
 */
export function evaluateProportionalContribution(
  rule: ProportionalContributionRule,
  context: RuleContext,
): RuleOutcome {
  const partners = shareholders(context.consortium);
  const money = new Map<string, Decimal>();
  for (const partner of partners)
    money.set(partner.country, (money.get(partner.country) ?? new Decimal(0)).plus(partner.share));
  const people = peopleIn(context.consortium, rule.roles);
  const params = { tolerance: rule.tolerance, people: people.length };
  if (people.length === 0) {
    return {
      id: rule.id,
      pass: false,
      message: context.phrases.nobodyInRoles({ roles: rule.roles }),
      params,
    };
  }
  const creative = new Map<string, Decimal>();
  for (const person of people) {
    const countries = person.citizenship.filter((country) => money.has(country));
    for (const country of countries) {
      creative.set(
        country,
        (creative.get(country) ?? new Decimal(0)).plus(new Decimal(1).dividedBy(countries.length)),
      );
    }
  }
  const rows = [...money.entries()].map(([country, moneyShare]) => {
    const creativeShare = percentOf(creative.get(country) ?? 0, people.length);
    return { country, moneyShare, creativeShare, gap: creativeShare.minus(moneyShare).abs() };
  });
  const off = rows.filter((row) => row.gap.greaterThan(rule.tolerance));
  const show = (row: (typeof rows)[number]) => ({
    country: row.country,
    creativeShare: roundPercent(row.creativeShare),
    moneyShare: roundPercent(row.moneyShare),
  });
  if (off.length === 0) {
    return {
      id: rule.id,
      pass: true,
      message: context.phrases.contributionFollowsMoney({ tolerance: rule.tolerance, rows: rows.map(show) }),
      params,
    };
  }
  return {
    id: rule.id,
    pass: false,
    message: context.phrases.contributionOffMoney({ tolerance: rule.tolerance, rows: off.map(show) }),
    params: { ...params, countries: off.map((row) => row.country) },
  };
}
