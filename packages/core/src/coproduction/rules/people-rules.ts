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
import { peopleIn, percentOf, roleLabel, shareholders, showPercent, type RuleContext } from "./context.ts";

export function evaluateLanguageVersions(rule: LanguageVersionsRule, context: RuleContext): RuleOutcome {
  const missing = rule.languages.filter(
    (language) => !context.consortium.languageVersions.includes(language),
  );
  const params = { required: rule.languages, missing };
  return missing.length === 0
    ? {
        id: rule.id,
        pass: true,
        message: `language versions ${rule.languages.join(", ")} are planned`,
        params,
      }
    : {
        id: rule.id,
        pass: false,
        message: `versions in ${rule.languages.join(" and ")} are required; add the ${missing.join(" and ")} version${missing.length === 1 ? "" : "s"}`,
        params,
      };
}

export function evaluateProducerFrom(rule: ProducerFromRule, context: RuleContext): RuleOutcome {
  const producers = context.consortium.partners.filter(
    (partner) => partner.country === rule.country && rule.roles.includes(partner.role),
  );
  const params = { country: rule.country, roles: rule.roles };
  return producers.length > 0
    ? {
        id: rule.id,
        pass: true,
        message: `${rule.country} producer: ${producers.map((p) => p.name).join(", ")}`,
        params,
      }
    : {
        id: rule.id,
        pass: false,
        message: `no ${rule.roles.join(" or ")} partner is registered in ${rule.country}; one is required`,
        params,
      };
}

export function evaluateKeyCreatives(rule: KeyCreativesRule, context: RuleContext): RuleOutcome {
  const people = peopleIn(context.consortium, rule.roles);
  const citizens = people.filter((person) => person.citizenship.some((country) => country === rule.country));
  const others = people.filter((person) => !person.citizenship.some((country) => country === rule.country));
  const roles = rule.roles.map(roleLabel).join(", ");
  const params = {
    country: rule.country,
    citizens: citizens.length,
    total: people.length,
    atLeast: rule.atLeast,
  };
  if (people.length === 0) {
    return { id: rule.id, pass: false, message: `no ${roles} is listed`, params };
  }
  const pass = rule.atLeast === "all" ? others.length === 0 : citizens.length * 2 > people.length;
  const need = rule.atLeast === "all" ? "all" : "more than half";
  const head = `${citizens.length} of ${people.length} key creatives (${roles}) are ${rule.country} citizens; ${need} required`;
  if (pass) return { id: rule.id, pass, message: head, params };
  const short = rule.atLeast === "all" ? others.length : Math.floor(people.length / 2) + 1 - citizens.length;
  return {
    id: rule.id,
    pass,
    message: `${head} — ${short} more needed among ${others.map((p) => `${p.name} (${roleLabel(p.role)}, ${p.citizenship.join("/") || "no citizenship"})`).join(", ")}`,
    params,
  };
}

export function evaluateForeignCrew(rule: ForeignCrewRule, context: RuleContext): RuleOutcome {
  const people = peopleIn(context.consortium, rule.roles);
  const foreign = people.filter((person) => !person.citizenship.some((country) => country === rule.country));
  const share = percentOf(foreign.length, people.length);
  const params = { country: rule.country, foreign: foreign.length, total: people.length, max: rule.max };
  if (people.length === 0) return { id: rule.id, pass: false, message: "no creative crew is listed", params };
  const head = `foreign creative crew ${foreign.length} of ${people.length} (${showPercent(share)} %); at most ${rule.max} % allowed`;
  if (share.lessThanOrEqualTo(rule.max)) return { id: rule.id, pass: true, message: head, params };
  const allowed = new Decimal(rule.max).times(people.length).dividedBy(100).floor().toNumber();
  return {
    id: rule.id,
    pass: false,
    message: `${head} — ${foreign.length - allowed} of them would have to be ${rule.country} citizens`,
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
      message: `no ${rule.roles.map(roleLabel).join(", ")} is listed`,
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
  const show = (row: (typeof rows)[number]) =>
    `${row.country} ${showPercent(row.creativeShare)} % of the key people against ${showPercent(row.moneyShare)} % of the money`;
  if (off.length === 0) {
    return {
      id: rule.id,
      pass: true,
      message: `creative and technical contribution follows the money within ${rule.tolerance} points: ${rows.map(show).join("; ")}`,
      params,
    };
  }
  return {
    id: rule.id,
    pass: false,
    message: `creative and technical contribution must follow the money within ${rule.tolerance} points: ${off.map(show).join("; ")} — change who holds the key roles or the shares`,
    params: { ...params, countries: off.map((row) => row.country) },
  };
}
