// What every rule evaluator shares: the consortium, the pack's party countries, and exact percentage helpers.
// Helpers only: no rule is decided here, and nothing formats for a locale (messages are plain English).
import Decimal from "decimal.js";
import type { Consortium, Partner, Person, PersonRole } from "../consortium.ts";
import { convertAtAgreedRate, describeConversionError } from "../conversion.ts";
import type { Money } from "../../money/money.ts";
import { formatMoneyDecimal } from "../../money/money.ts";
import type { RulePack } from "../rule-pack.ts";

export interface RuleContext {
  readonly consortium: Consortium;
  readonly pack: RulePack;
  readonly parties: ReadonlySet<string>;
}

export function createRuleContext(consortium: Consortium, pack: RulePack): RuleContext {
  return { consortium, pack, parties: new Set(pack.parties) };
}

/** Majority and minority partners: the co-producers whose shares treaties limit. */
export function coProducers(consortium: Consortium): Partner[] {
  return consortium.partners.filter((partner) => partner.role === "majority" || partner.role === "minority");
}

/** Partners that hold a share of the production (everyone but service companies). */
export function shareholders(consortium: Consortium): Partner[] {
  return consortium.partners.filter((partner) => partner.role !== "service");
}

/** "12.5" for an exact decimal, at most two decimals shown ("33.33"). */
export function showPercent(value: Decimal.Value): string {
  return new Decimal(value).toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toFixed();
}

/** part ÷ whole × 100, exact; zero when the whole is zero. */
export function percentOf(part: Decimal.Value, whole: Decimal.Value): Decimal {
  const total = new Decimal(whole);
  return total.isZero() ? new Decimal(0) : new Decimal(part).times(100).dividedBy(total);
}

/** "Tajikfilm (TJ) 10 %". */
export function describePartner(partner: Partner): string {
  return `${partner.name} (${partner.country}) ${showPercent(partner.share)} %`;
}

export function peopleIn(consortium: Consortium, roles: readonly PersonRole[]): Person[] {
  return consortium.people.filter((person) => roles.includes(person.role));
}

export function roleLabel(role: PersonRole): string {
  return role.replaceAll("-", " ");
}

/** Sums amounts in the reporting currency, or says which rate is missing. */
export function sumInReporting(
  context: RuleContext,
  amounts: readonly Money[],
): { ok: true; minor: bigint } | { ok: false; message: string } {
  let minor = 0n;
  for (const amount of amounts) {
    const converted = convertAtAgreedRate(amount, context.consortium.currency, context.consortium.rates);
    if (!converted.ok) return { ok: false, message: describeConversionError(converted.error) };
    minor += converted.value.minor;
  }
  return { ok: true, minor };
}

/** "RUB 20000000.00" */
export function showMoney(minor: bigint, context: RuleContext): string {
  const currency = context.consortium.currency;
  return `${currency} ${formatMoneyDecimal({ minor, currency })}`;
}
