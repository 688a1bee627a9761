// What every rule evaluator shares: the consortium, the pack's party countries, the phrasebook of the language asked
// for, and exact percentage helpers. Helpers only: no rule is decided here, and no sentence is worded here.
import Decimal from "decimal.js";
import type { Consortium, Partner, Person, PersonRole } from "../consortium.ts";
import { convertAtAgreedRate, type ConversionError } from "../conversion.ts";
import type { Money } from "../../money/money.ts";
import type { DecimalText, PartnerMention, PersonMention, Phrasebook } from "../messages/phrasebook.ts";
import type { RulePack } from "../rule-pack.ts";

export interface RuleContext {
  readonly consortium: Consortium;
  readonly pack: RulePack;
  readonly parties: ReadonlySet<string>;
  readonly phrases: Phrasebook;
}

export function createRuleContext(consortium: Consortium, pack: RulePack, phrases: Phrasebook): RuleContext {
  return { consortium, pack, parties: new Set(pack.parties), phrases };
}

/** Majority and minority partners: the co-producers whose shares treaties limit. */
export function coProducers(consortium: Consortium): Partner[] {
  return consortium.partners.filter((partner) => partner.role === "majority" || partner.role === "minority");
}

/** Partners that hold a share of the production (everyone but service companies). */
export function shareholders(consortium: Consortium): Partner[] {
  return consortium.partners.filter((partner) => partner.role !== "service");
}

/** "12.5" for an exact decimal, at most two decimals kept ("33.33"), for a message to write in its language. */
export function roundPercent(value: Decimal.Value): DecimalText {
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

/** part ÷ whole × 100, exact; zero when the whole is zero. */
export function percentOf(part: Decimal.Value, whole: Decimal.Value): Decimal {
  const total = new Decimal(whole);
  return total.isZero() ? new Decimal(0) : new Decimal(part).times(100).dividedBy(total);
}

export function mentionPartner(partner: Partner): PartnerMention {
  return { name: partner.name, country: partner.country, share: roundPercent(partner.share) };
}

export function mentionPerson(person: Person): PersonMention {
  return { name: person.name, role: person.role, citizenship: person.citizenship };
}

export function peopleIn(consortium: Consortium, roles: readonly PersonRole[]): Person[] {
  return consortium.people.filter((person) => roles.includes(person.role));
}

/** Sums amounts in the reporting currency, or says which rate is missing. */
export function sumInReporting(
  context: RuleContext,
  amounts: readonly Money[],
): { ok: true; minor: bigint } | { ok: false; error: ConversionError } {
  let minor = 0n;
  for (const amount of amounts) {
    const converted = convertAtAgreedRate(amount, context.consortium.currency, context.consortium.rates);
    if (!converted.ok) return converted;
    minor += converted.value.minor;
  }
  return { ok: true, minor };
}

/** An amount in the consortium's reporting currency. */
export function inReporting(minor: bigint, context: RuleContext): Money {
  return { minor, currency: context.consortium.currency };
}
