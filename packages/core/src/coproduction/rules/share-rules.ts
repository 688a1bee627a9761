// Evaluators for the rules on agreed shares: share limits, financial-only partners, non-party and third-country
// co-producers, and which parties must take part. They read the agreed shares only, never the ledger.
import Decimal from "decimal.js";
import type {
  FinancialShareOffence,
  ShareLimitOffence,
  ThirdCountryOffence,
} from "../messages/phrasebook.ts";
import type {
  FinancialShareRule,
  NonPartyShareRule,
  PartiesPresentRule,
  RuleOutcome,
  ShareLimitsRule,
  ThirdCountryShareRule,
} from "../rule-pack.ts";
import { coProducers, mentionPartner, roundPercent, shareholders, type RuleContext } from "./context.ts";

export function evaluateShareLimits(rule: ShareLimitsRule, context: RuleContext): RuleOutcome {
  const { phrases } = context;
  const { partiesOnly } = rule;
  const counted = coProducers(context.consortium).filter(
    (partner) => !partiesOnly || context.parties.has(partner.country),
  );
  if (counted.length < 2) {
    return {
      id: rule.id,
      pass: false,
      message: phrases.shareLimitsTooFew({ coProducers: counted.length, partiesOnly }),
      params: { coProducers: counted.length },
    };
  }
  const mode = counted.length === 2 ? "bilateral" : "multilateral";
  const { min, max } = rule[mode];
  const offences = counted.flatMap((partner): ShareLimitOffence[] => {
    const share = new Decimal(partner.share);
    const mention = mentionPartner(partner);
    if (share.lessThan(min)) return [{ partner: mention, mode, problem: "below-minimum", limit: min }];
    if (share.greaterThan(max)) return [{ partner: mention, mode, problem: "above-maximum", limit: max }];
    return [];
  });
  const params = { mode, min, max, coProducers: counted.length };
  if (offences.length === 0) {
    const shares = counted.map((partner) => roundPercent(partner.share));
    return { id: rule.id, pass: true, message: phrases.shareLimitsMet({ mode, shares, min, max }), params };
  }
  return {
    id: rule.id,
    pass: false,
    message: phrases.shareLimitsBroken({
      mode,
      coProducers: counted.length,
      partiesOnly,
      min,
      max,
      offences,
    }),
    params: { ...params, offenders: offences.map(phrases.shareLimitOffence) },
  };
}

export function evaluateFinancialShare(rule: FinancialShareRule, context: RuleContext): RuleOutcome {
  const { phrases } = context;
  const { min, max } = rule.range;
  const financial = context.consortium.partners.filter((partner) => partner.role === "financial");
  if (financial.length === 0) {
    return { id: rule.id, pass: true, message: phrases.noFinancialCoProducer(), params: { min, max } };
  }
  const offences = financial.flatMap((partner): FinancialShareOffence[] => {
    const share = new Decimal(partner.share);
    return share.lessThan(min) || share.greaterThan(max)
      ? [{ partner: mentionPartner(partner), min, max }]
      : [];
  });
  return offences.length === 0
    ? {
        id: rule.id,
        pass: true,
        message: phrases.financialSharesMet({ min, max, partners: financial.map(mentionPartner) }),
        params: { min, max },
      }
    : {
        id: rule.id,
        pass: false,
        message: phrases.financialSharesBroken({ min, max, offences }),
        params: { min, max, offenders: offences.map(phrases.financialShareOffence) },
      };
}

export function evaluateNonPartyShare(rule: NonPartyShareRule, context: RuleContext): RuleOutcome {
  const { phrases } = context;
  const outside = shareholders(context.consortium).filter((partner) => !context.parties.has(partner.country));
  const total = outside.reduce((sum, partner) => sum.plus(partner.share), new Decimal(0));
  const share = roundPercent(total);
  const params = {
    share: total.toFixed(),
    max: rule.max,
    countries: outside.map((partner) => partner.country),
  };
  if (total.lessThanOrEqualTo(rule.max)) {
    return {
      id: rule.id,
      pass: true,
      message:
        outside.length === 0
          ? phrases.allCoProducersFromParties()
          : phrases.nonPartySharesMet({ share, max: rule.max }),
      params,
    };
  }
  return {
    id: rule.id,
    pass: false,
    message: phrases.nonPartySharesBroken({
      partners: outside.map(mentionPartner),
      share,
      max: rule.max,
      excess: roundPercent(total.minus(rule.max)),
    }),
    params,
  };
}

export function evaluatePartiesPresent(rule: PartiesPresentRule, context: RuleContext): RuleOutcome {
  const { phrases } = context;
  const fromParties = coProducers(context.consortium).filter((partner) =>
    context.parties.has(partner.country),
  );
  const present: string[] = [...new Set(fromParties.map((partner) => partner.country))];
  const missing = (rule.countries ?? []).filter((country) => !present.includes(country));
  const tooFew =
    fromParties.length < rule.minimum ? { coProducers: fromParties.length, minimum: rule.minimum } : null;
  const params = { coProducers: fromParties.length, minimum: rule.minimum, missing };
  return tooFew === null && missing.length === 0
    ? {
        id: rule.id,
        pass: true,
        message: phrases.partiesPresent({ coProducers: fromParties.length, countries: present }),
        params,
      }
    : { id: rule.id, pass: false, message: phrases.partiesAbsent({ tooFew, missing }), params };
}

export function evaluateThirdCountryShare(rule: ThirdCountryShareRule, context: RuleContext): RuleOutcome {
  const { phrases } = context;
  const partners = shareholders(context.consortium);
  const third = partners.filter((partner) => !context.parties.has(partner.country));
  const bounds = {
    ...(rule.min === undefined ? {} : { min: rule.min }),
    ...(rule.max === undefined ? {} : { max: rule.max }),
  };
  const params = {
    min: rule.min ?? 0,
    max: rule.max ?? 100,
    countries: third.map((partner) => partner.country),
  };
  if (third.length === 0) {
    return { id: rule.id, pass: true, message: phrases.noThirdCountryCoProducer(), params };
  }
  const partyTotals = new Map<string, Decimal>();
  for (const partner of partners) {
    if (!context.parties.has(partner.country)) continue;
    partyTotals.set(
      partner.country,
      (partyTotals.get(partner.country) ?? new Decimal(0)).plus(partner.share),
    );
  }
  const smallestParty = [...partyTotals.entries()].sort(([, a], [, b]) => a.comparedTo(b))[0];
  const offences = third.flatMap((partner) => {
    const share = new Decimal(partner.share);
    const mention = mentionPartner(partner);
    const found: ThirdCountryOffence[] = [];
    if (rule.min !== undefined && share.lessThan(rule.min))
      found.push({ problem: "below", partner: mention, limit: rule.min });
    if (rule.max !== undefined && share.greaterThan(rule.max))
      found.push({ problem: "above", partner: mention, limit: rule.max });
    if (rule.notAboveParties && smallestParty !== undefined && share.greaterThan(smallestParty[1])) {
      const [party, partyShare] = smallestParty;
      found.push({ problem: "above-party", partner: mention, party, partyShare: roundPercent(partyShare) });
    }
    return found;
  });
  return offences.length === 0
    ? {
        id: rule.id,
        pass: true,
        message: phrases.thirdCountryMet({ ...bounds, partners: third.map(mentionPartner) }),
        params,
      }
    : {
        id: rule.id,
        pass: false,
        message: phrases.thirdCountryBroken({ ...bounds, offences }),
        params: { ...params, offenders: offences.map(phrases.thirdCountryOffence) },
      };
}
