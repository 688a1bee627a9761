// The English phrasebook, the default and the wording of the CLI and the API contract's examples. Countries are
// cited by their ISO codes, numbers with a decimal dot, money as "RUB 20000000.00".
import { formatMoneyDecimal, type Money } from "../../money/money.ts";
import type { PersonRole } from "../consortium.ts";
import type {
  LeadMention,
  MoneyMeasure,
  PartnerMention,
  Phrasebook,
  PointsLoss,
  ThirdCountryBounds,
} from "./phrasebook.ts";

const placeKindNames = {
  shooting: "shooting location",
  studio: "studio",
  vfx: "VFX location",
  "post-production": "post-production location",
} as const;

const partnerRoleNames = {
  majority: "majority co-producer",
  minority: "minority co-producer",
  financial: "financial-only co-producer",
  service: "service company",
} as const;

/** "Tajikfilm (TJ) 10 %". */
function partner(mention: PartnerMention): string {
  return `${mention.name} (${mention.country}) ${mention.share} %`;
}

function role(value: PersonRole): string {
  return value.replaceAll("-", " ");
}

function money(value: Money): string {
  return `${value.currency} ${formatMoneyDecimal(value)}`;
}

function count(value: number, noun: string): string {
  return `${value} ${noun}${value === 1 ? "" : "s"}`;
}

function citizenship(countries: readonly string[], none: string): string {
  return countries.join("/") || none;
}

function lead(mention: LeadMention): string {
  const weight =
    mention.daysWorked !== undefined
      ? `, ${count(mention.daysWorked, "day")}`
      : mention.scenes !== undefined
        ? `, ${count(mention.scenes, "scene")}`
        : "";
  return `${mention.name}, ${citizenship(mention.citizenship, "no citizenship given")}${weight}`;
}

function bounds({ min, max }: ThirdCountryBounds): string {
  return [min === undefined ? "" : `at least ${min} %`, max === undefined ? "" : `at most ${max} %`]
    .filter((text) => text !== "")
    .join(" and ");
}

const measured: Record<MoneyMeasure["kind"], (country: string) => string> = {
  "company-work": (country) => `work by ${country}-registered companies`,
  "foreign-financing": () => "foreign investment",
  "state-funding": (country) => `${country} state funding`,
};

const fixes: Record<MoneyMeasure["kind"], (amount: string, country: string) => string> = {
  "company-work": (amount, country) => `move work worth ${amount} to ${country} companies`,
  "foreign-financing": (amount, country) => `replace ${amount} of foreign money with ${country} money`,
  "state-funding": (amount) => `replace ${amount} of state money with private money`,
};

function pointsLoss(loss: PointsLoss): string {
  switch (loss.kind) {
    case "element-missing":
      return `no ${loss.label} is listed`;
    case "people-outside": {
      const people = loss.people.map(
        (person) => `${person.name}, ${citizenship(person.citizenship, "no citizenship given")}`,
      );
      return `the ${loss.label} (${people.join("; ")}) is not from a party country`;
    }
    case "lead-missing":
      return `no ${loss.label} is listed (actors ranked by days worked, then by scenes)`;
    case "lead-outside":
      return `the ${loss.label} (${lead(loss.lead)}) is not from a party country`;
    case "places-unweighable":
      return `the ${loss.label} cannot be weighed: ${en.conversionError(loss.why)}`;
    case "places-mixed":
      return `the ${loss.label} cannot be weighed: give days for every such place, or spend for every one`;
    case "places-outside":
      return `the ${loss.label} is mostly outside party countries (${loss.share} % of ${loss.unit} in them)`;
  }
}

export const en: Phrasebook = {
  locale: "en",

  personRole: role,
  partnerRole: (value) => partnerRoleNames[value],
  placeKind: (kind) => placeKindNames[kind],
  workKind: (kind) => kind,
  elementLabel: (element) => element.label,

  shareLimitsTooFew: ({ coProducers, partiesOnly }) =>
    `${count(coProducers, "co-producer")}${partiesOnly ? " from party countries" : ""}; the share limits need at least 2`,
  shareLimitsMet: ({ mode, shares, min, max }) =>
    `${mode}: co-producers' shares ${shares.map((share) => `${share} %`).join(", ")} are within ${min}–${max} %`,
  shareLimitOffence: (offence) =>
    offence.problem === "below-minimum"
      ? `${partner(offence.partner)} is below the ${offence.limit} % minimum`
      : `${partner(offence.partner)} is above the ${offence.limit} % maximum`,
  shareLimitsBroken: ({ mode, coProducers, partiesOnly, min, max, offences }) =>
    `${mode} (${count(coProducers, "co-producer")}${partiesOnly ? " from party countries" : ""}), ` +
    `each must hold ${min}–${max} %: ${offences.map(en.shareLimitOffence).join("; ")}`,
  noFinancialCoProducer: () => "no financial-only co-producer",
  financialSharesMet: ({ min, max, partners }) =>
    `financial-only co-producers within ${min}–${max} %: ${partners.map(partner).join(", ")}`,
  financialShareOffence: (offence) =>
    `${partner(offence.partner)} is outside ${offence.min}–${offence.max} %`,
  financialSharesBroken: ({ min, max, offences }) =>
    `a financial-only co-producer must hold ${min}–${max} %: ${offences.map(en.financialShareOffence).join("; ")}`,
  allCoProducersFromParties: () => "every co-producer is established in a party country",
  nonPartySharesMet: ({ share, max }) =>
    `co-producers outside the parties hold ${share} %, at most ${max} % allowed`,
  nonPartySharesBroken: ({ partners, share, max, excess }) =>
    `co-producers outside the parties (${partners.map(partner).join(", ")}) hold ${share} %; ` +
    `at most ${max} % allowed — move ${excess} points to producers from party countries`,
  partiesPresent: ({ coProducers, countries }) =>
    `${count(coProducers, "co-producer")} from party countries (${countries.join(", ")})`,
  partiesAbsent: ({ tooFew, missing }) =>
    [
      ...(tooFew === null
        ? []
        : [
            `${count(tooFew.coProducers, "co-producer")} from party countries, at least ${tooFew.minimum} required`,
          ]),
      ...missing.map((country) => `no co-producer from ${country}`),
    ].join("; "),
  noThirdCountryCoProducer: () => "no third-country co-producer",
  thirdCountryMet: (p) =>
    `third-country co-producers ${p.partners.map(partner).join(", ")}: ${bounds(p) || "within the limits"}`,
  thirdCountryOffence: (offence) => {
    const who = partner(offence.partner);
    if (offence.problem === "below") return `${who} is below ${offence.limit} %`;
    if (offence.problem === "above") return `${who} is above ${offence.limit} %`;
    return `${who} is above ${offence.party}'s ${offence.partyShare} %; a third-country share may not exceed either party's`;
  },
  thirdCountryBroken: (p) =>
    `a third-country co-producer must hold ${bounds(p) || "a share within the limits"}: ` +
    p.offences.map(en.thirdCountryOffence).join("; "),

  languageVersionsPlanned: ({ languages }) => `language versions ${languages.join(", ")} are planned`,
  languageVersionsMissing: ({ required, missing }) =>
    `versions in ${required.join(" and ")} are required; add the ${missing.join(" and ")} version${missing.length === 1 ? "" : "s"}`,
  producerFound: ({ country, producers }) => `${country} producer: ${producers.join(", ")}`,
  producerMissing: ({ country, roles }) =>
    `no ${roles.join(" or ")} partner is registered in ${country}; one is required`,
  nobodyInRoles: ({ roles }) => `no ${roles.map(role).join(", ")} is listed`,
  keyCreatives: ({ citizens, total, roles, country, atLeast, shortfall }) => {
    const need = atLeast === "all" ? "all" : "more than half";
    const head = `${citizens} of ${total} key creatives (${roles.map(role).join(", ")}) are ${country} citizens; ${need} required`;
    if (shortfall === undefined) return head;
    const others = shortfall.others.map(
      (person) =>
        `${person.name} (${role(person.role)}, ${citizenship(person.citizenship, "no citizenship")})`,
    );
    return `${head} — ${shortfall.count} more needed among ${others.join(", ")}`;
  },
  noCreativeCrew: () => "no creative crew is listed",
  foreignCrew: ({ foreign, total, share, max, country, excess }) => {
    const head = `foreign creative crew ${foreign} of ${total} (${share} %); at most ${max} % allowed`;
    return excess === undefined ? head : `${head} — ${excess} of them would have to be ${country} citizens`;
  },
  contributionFollowsMoney: ({ tolerance, rows }) =>
    `creative and technical contribution follows the money within ${tolerance} points: ` +
    rows
      .map(
        (row) =>
          `${row.country} ${row.creativeShare} % of the key people against ${row.moneyShare} % of the money`,
      )
      .join("; "),
  contributionOffMoney: ({ tolerance, rows }) =>
    `creative and technical contribution must follow the money within ${tolerance} points: ` +
    rows
      .map(
        (row) =>
          `${row.country} ${row.creativeShare} % of the key people against ${row.moneyShare} % of the money`,
      )
      .join("; ") +
    " — change who holds the key roles or the shares",

  noPointsTable: ({ kind }) => `this pack has no points table for ${kind}; add one to the pack`,
  pointsTally: ({ points, maximum, required, lost }) => {
    const head = `points ${points} of ${maximum}`;
    if (lost.length === 0) return `${head}; ${required} required`;
    const reasons = lost.map(({ loss, points: worth }) =>
      worth === 1 ? pointsLoss(loss) : `${pointsLoss(loss)} (${worth} points)`,
    );
    return `${head}: ${reasons.join("; ")}; ${required} required`;
  },
  pointsLoss,

  noCompanyWork: () => "no companies' work is listed; list who does the work, with its value",
  noFinancing: () => "no financing is listed; list the money by partner and territory",
  cannotWeigh: ({ what, why }) => `cannot weigh the ${what}: ${en.conversionError(why)}`,
  moneyShare: ({ measure, share, part, total, limit, move }) => {
    const bound =
      measure.kind === "company-work" ? `at least ${limit} % required` : `at most ${limit} % allowed`;
    const head = `${measured[measure.kind](measure.country)} ${share} % (${money(part)} of ${money(total)}); ${bound}`;
    return move === undefined ? head : `${head} — ${fixes[measure.kind](money(move), measure.country)}`;
  },
  conversionError: (error) =>
    error.code === "MISSING_RATE"
      ? `no ${error.currency}→${error.to} rate${error.date === undefined ? "" : ` for ${error.date}`}`
      : `several ${error.currency}→${error.to} rates and no FX date to choose one`,

  sharesNotAgreed: () => "the partners' shares are not agreed yet",
};
