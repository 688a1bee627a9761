// Evaluators for the rules on agreed shares: share limits, financial-only partners, non-party and third-country
// co-producers, and which parties must take part. They read the agreed shares only, never the ledger.
import Decimal from "decimal.js";
import type {
  FinancialShareRule,
  NonPartyShareRule,
  PartiesPresentRule,
  RuleOutcome,
  ShareLimitsRule,
  ThirdCountryShareRule,
} from "../rule-pack.ts";
import { coProducers, describePartner, shareholders, showPercent, type RuleContext } from "./context.ts";

export function evaluateShareLimits(rule: ShareLimitsRule, context: RuleContext): RuleOutcome {
  const counted = coProducers(context.consortium).filter(
    (partner) => !rule.partiesOnly || context.parties.has(partner.country),
  );
  const whose = rule.partiesOnly ? " from party countries" : "";
  if (counted.length < 2) {
    return {
      id: rule.id,
      pass: false,
      message: `${counted.length} co-producer${counted.length === 1 ? "" : "s"}${whose}; the share limits need at least 2`,
      params: { coProducers: counted.length },
    };
  }
  const mode = counted.length === 2 ? "bilateral" : "multilateral";
  const range = rule[mode];
  const problems = counted.flatMap((partner) => {
    const share = new Decimal(partner.share);
    if (share.lessThan(range.min)) return [`${describePartner(partner)} is below the ${range.min} % minimum`];
    if (share.greaterThan(range.max))
      return [`${describePartner(partner)} is above the ${range.max} % maximum`];
    return [];
  });
  const shares = counted.map((partner) => `${showPercent(partner.share)} %`).join(", ");
  const params = { mode, min: range.min, max: range.max, coProducers: counted.length };
  if (problems.length === 0) {
    return {
      id: rule.id,
      pass: true,
      message: `${mode}: co-producers' shares ${shares} are within ${range.min}–${range.max} %`,
      params,
    };
  }
  return {
    id: rule.id,
    pass: false,
    message: `${mode} (${counted.length} co-producers${whose}), each must hold ${range.min}–${range.max} %: ${problems.join("; ")}`,
    params: { ...params, offenders: problems },
  };
}

export function evaluateFinancialShare(rule: FinancialShareRule, context: RuleContext): RuleOutcome {
  const { min, max } = rule.range;
  const financial = context.consortium.partners.filter((partner) => partner.role === "financial");
  if (financial.length === 0) {
    return { id: rule.id, pass: true, message: "no financial-only co-producer", params: { min, max } };
  }
  const problems = financial.flatMap((partner) => {
    const share = new Decimal(partner.share);
    return share.lessThan(min) || share.greaterThan(max)
      ? [`${describePartner(partner)} is outside ${min}–${max} %`]
      : [];
  });
  return problems.length === 0
    ? {
        id: rule.id,
        pass: true,
        message: `financial-only co-producers within ${min}–${max} %: ${financial.map(describePartner).join(", ")}`,
        params: { min, max },
      }
    : {
        id: rule.id,
        pass: false,
        message: `a financial-only co-producer must hold ${min}–${max} %: ${problems.join("; ")}`,
        params: { min, max, offenders: problems },
      };
}

export function evaluateNonPartyShare(rule: NonPartyShareRule, context: RuleContext): RuleOutcome {
  const outside = shareholders(context.consortium).filter((partner) => !context.parties.has(partner.country));
  const total = outside.reduce((sum, partner) => sum.plus(partner.share), new Decimal(0));
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
          ? "every co-producer is established in a party country"
          : `co-producers outside the parties hold ${showPercent(total)} %, at most ${rule.max} % allowed`,
      params,
    };
  }
  return {
    id: rule.id,
    pass: false,
    message:
      `co-producers outside the parties (${outside.map(describePartner).join(", ")}) hold ${showPercent(total)} %; ` +
      `at most ${rule.max} % allowed — move ${showPercent(total.minus(rule.max))} points to producers from party countries`,
    params,
  };
}

export function evaluatePartiesPresent(rule: PartiesPresentRule, context: RuleContext): RuleOutcome {
  const fromParties = coProducers(context.consortium).filter((partner) =>
    context.parties.has(partner.country),
  );
  const present = new Set(fromParties.map((partner) => partner.country));
  const missing = (rule.countries ?? []).filter(
    (country) => !fromParties.some((partner) => partner.country === country),
  );
  const problems = [
    ...(fromParties.length < rule.minimum
      ? [
          `${fromParties.length} co-producer${fromParties.length === 1 ? "" : "s"} from party countries, at least ${rule.minimum} required`,
        ]
      : []),
    ...missing.map((country) => `no co-producer from ${country}`),
  ];
  const params = { coProducers: fromParties.length, minimum: rule.minimum, missing };
  return problems.length === 0
    ? {
        id: rule.id,
        pass: true,
        message: `${fromParties.length} co-producers from party countries (${[...present].join(", ")})`,
        params,
      }
    : { id: rule.id, pass: false, message: problems.join("; "), params };
}

export function evaluateThirdCountryShare(rule: ThirdCountryShareRule, context: RuleContext): RuleOutcome {
  const partners = shareholders(context.consortium);
  const third = partners.filter((partner) => !context.parties.has(partner.country));
  const params = {
    min: rule.min ?? 0,
    max: rule.max ?? 100,
    countries: third.map((partner) => partner.country),
  };
  if (third.length === 0) return { id: rule.id, pass: true, message: "no third-country co-producer", params };
  const partyTotals = new Map<string, Decimal>();
  for (const partner of partners) {
    if (!context.parties.has(partner.country)) continue;
    partyTotals.set(
      partner.country,
      (partyTotals.get(partner.country) ?? new Decimal(0)).plus(partner.share),
    );
  }
  const smallestParty = [...partyTotals.entries()].sort(([, a], [, b]) => a.comparedTo(b))[0];
  const problems = third.flatMap((partner) => {
    const share = new Decimal(partner.share);
    const found: string[] = [];
    if (rule.min !== undefined && share.lessThan(rule.min))
      found.push(`${describePartner(partner)} is below ${rule.min} %`);
    if (rule.max !== undefined && share.greaterThan(rule.max))
      found.push(`${describePartner(partner)} is above ${rule.max} %`);
    if (rule.notAboveParties && smallestParty !== undefined && share.greaterThan(smallestParty[1])) {
      found.push(
        `${describePartner(partner)} is above ${smallestParty[0]}'s ${showPercent(smallestParty[1])} %; a third-country share may not exceed either party's`,
      );
    }
    return found;
  });
  const bounds = [
    rule.min === undefined ? "" : `at least ${rule.min} %`,
    rule.max === undefined ? "" : `at most ${rule.max} %`,
  ]
    .filter((text) => text !== "")
    .join(" and ");
  return problems.length === 0
    ? {
        id: rule.id,
        pass: true,
        message: `third-country co-producers ${third.map(describePartner).join(", ")}: ${bounds || "within the limits"}`,
        params,
      }
    : {
        id: rule.id,
        pass: false,
        message: `a third-country co-producer must hold ${bounds || "a share within the limits"}: ${problems.join("; ")}`,
        params: { ...params, offenders: problems },
      };
}
