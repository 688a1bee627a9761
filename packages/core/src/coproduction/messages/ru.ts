// The Russian phrasebook, worded as a producer or a lawyer writes it. A country that is a word of the sentence is
// named and declined ("граждане России"); a country that tags a partner or a person is its ISO code ("Таджикфильм
// (TJ) 10 %", "John Miller, US"), as in the deal's tables. Numbers take a decimal comma and a no-break space before %.
import type { ConversionError } from "../conversion.ts";
import type {
  ContributionRow,
  LeadMention,
  MoneyMeasure,
  PartnerMention,
  PersonMention,
  Phrasebook,
  PointsLoss,
  ShareMode,
  ThirdCountryBounds,
} from "./phrasebook.ts";
import { countryRu, fromCountryRu, inCountryRu, ofCountryRu } from "./ru-countries.ts";
import {
  countRu,
  dateRu,
  listRu,
  moneyRu,
  numberRu,
  onLanguagesRu,
  percentRu,
  pluralRu,
  rangeRu,
} from "./ru-grammar.ts";
import {
  elementLabelRu,
  nouns,
  ofWorkKindRu,
  partnerRoleRu,
  personRoleRu,
  placeKindRu,
  workKindRu,
} from "./ru-terms.ts";

const modes: Readonly<Record<ShareMode, readonly [string, string]>> = {
  bilateral: ["двусторонняя копродукция", "двусторонней копродукции"],
  multilateral: ["многосторонняя копродукция", "многосторонней копродукции"],
};

/** "Таджикфильм (TJ) 10 %". */
function partner(mention: PartnerMention): string {
  return `${mention.name} (${mention.country}) ${percentRu(mention.share)}`;
}

function citizenship(countries: readonly string[]): string {
  return countries.join("/") || "гражданство не указано";
}

function person(mention: PersonMention): string {
  return `${mention.name}, ${citizenship(mention.citizenship)}`;
}

/** "Lukas Berger, US, 45 съёмочных дней" or "…, в 12 сценах". */
function lead(mention: LeadMention): string {
  if (mention.daysWorked !== undefined)
    return `${person(mention)}, ${countRu(mention.daysWorked, nouns.shootingDay)}`;
  if (mention.scenes !== undefined) return `${person(mention)}, в ${countRu(mention.scenes, nouns.inScenes)}`;
  return person(mention);
}

function coProducers(count: number, partiesOnly: boolean): string {
  return `${countRu(count, nouns.coProducer)}${partiesOnly ? " из стран-участниц" : ""}`;
}

function bounds({ min, max }: ThirdCountryBounds): string {
  const parts = [
    min === undefined ? "" : `не менее ${percentRu(min)}`,
    max === undefined ? "" : `не более ${percentRu(max)}`,
  ];
  return parts.filter((text) => text !== "").join(" и ");
}

function contributionRows(rows: readonly ContributionRow[]): string {
  return rows
    .map(
      (row) =>
        `${countryRu(row.country)} — ${percentRu(row.creativeShare)} ключевых работников ` +
        `при финансовой доле ${percentRu(row.moneyShare)}`,
    )
    .join("; ");
}

function conversionError(error: ConversionError): string {
  if (error.code === "MISSING_RATE") {
    return `нет курса ${error.currency}→${error.to}${error.date === undefined ? "" : ` на ${dateRu(error.date)}`}`;
  }
  return `задано несколько курсов ${error.currency}→${error.to}, а дата пересчёта не указана`;
}

function pointsLoss(loss: PointsLoss): string {
  switch (loss.kind) {
    case "element-missing":
      return `не указано: ${loss.label}`;
    case "people-outside":
      return `${loss.label} (${loss.people.map(person).join("; ")}) не из страны-участницы`;
    case "lead-missing":
      return `не указано: ${loss.label} (актёры ранжируются по съёмочным дням, затем по числу сцен)`;
    case "lead-outside":
      return `${loss.label} (${lead(loss.lead)}) не из страны-участницы`;
    case "places-unweighable":
      return `${loss.label}: невозможно оценить — ${conversionError(loss.why)}`;
    case "places-mixed":
      return `${loss.label}: невозможно оценить — укажите дни для каждого такого места или расходы для каждого`;
    case "places-outside":
      return (
        `${loss.label} в основном вне стран-участниц ` +
        `(в них ${percentRu(loss.share)} ${loss.unit === "days" ? "дней" : "расходов"})`
      );
  }
}

const measured: Record<MoneyMeasure["kind"], (country: string) => string> = {
  "company-work": (country) => `работы компаний, зарегистрированных ${inCountryRu(country)}, —`,
  "foreign-financing": () => "иностранные инвестиции —",
  "state-funding": (country) => `государственное финансирование ${ofCountryRu(country)} —`,
};

const fixes: Record<MoneyMeasure["kind"], (amount: string, country: string) => string> = {
  "company-work": (amount, country) =>
    `передайте компаниям, зарегистрированным ${inCountryRu(country)}, работы на сумму ${amount}`,
  "foreign-financing": (amount, country) =>
    `замените иностранные средства на сумму ${amount} средствами ${fromCountryRu(country)}`,
  "state-funding": (amount) => `замените государственные средства на сумму ${amount} частными`,
};

export const ru: Phrasebook = {
  locale: "ru",

  personRole: personRoleRu,
  partnerRole: partnerRoleRu,
  placeKind: placeKindRu,
  workKind: workKindRu,
  elementLabel: elementLabelRu,

  shareLimitsTooFew: ({ coProducers: count, partiesOnly }) =>
    `${coProducers(count, partiesOnly)}; для проверки пределов долей нужно не менее двух`,
  shareLimitsMet: ({ mode, shares, min, max }) =>
    `${modes[mode][0]}: доли сопродюсеров ${shares.map(percentRu).join(", ")} в пределах ${rangeRu(min, max)}`,
  shareLimitOffence: ({ partner: mention, mode, problem, limit }) =>
    problem === "below-minimum"
      ? `доля ${partner(mention)} ниже минимума ${percentRu(limit)} для ${modes[mode][1]}`
      : `доля ${partner(mention)} выше максимума ${percentRu(limit)} для ${modes[mode][1]}`,
  shareLimitsBroken: ({ coProducers: count, partiesOnly, min, max, offences }) =>
    `${offences.map(ru.shareLimitOffence).join("; ")} ` +
    `(${coProducers(count, partiesOnly)}; доля каждого — ${rangeRu(min, max)})`,
  noFinancialCoProducer: () => "финансовых сопродюсеров нет",
  financialSharesMet: ({ min, max, partners }) =>
    `доли финансовых сопродюсеров в пределах ${rangeRu(min, max)}: ${partners.map(partner).join(", ")}`,
  financialShareOffence: ({ partner: mention, min, max }) =>
    `доля ${partner(mention)} вне пределов ${rangeRu(min, max)}`,
  financialSharesBroken: ({ min, max, offences }) =>
    `доля финансового сопродюсера должна быть ${rangeRu(min, max)}: ${offences.map(ru.financialShareOffence).join("; ")}`,
  allCoProducersFromParties: () => "все сопродюсеры зарегистрированы в странах-участницах",
  nonPartySharesMet: ({ share, max }) =>
    `сопродюсерам не из стран-участниц принадлежит ${percentRu(share)}; допускается не более ${percentRu(max)}`,
  nonPartySharesBroken: ({ partners, share, max, excess }) =>
    `сопродюсерам не из стран-участниц (${partners.map(partner).join(", ")}) принадлежит ${percentRu(share)}; ` +
    `допускается не более ${percentRu(max)} — передайте ${countRu(excess, nouns.percentagePoint)} ` +
    "сопродюсерам из стран-участниц",
  partiesPresent: ({ coProducers: count, countries }) =>
    `${coProducers(count, true)} (${countries.map(countryRu).join(", ")})`,
  partiesAbsent: ({ tooFew, missing }) =>
    [
      ...(tooFew === null
        ? []
        : [`${coProducers(tooFew.coProducers, true)}, требуется не менее ${numberRu(tooFew.minimum)}`]),
      ...missing.map((country) => `нет сопродюсера ${fromCountryRu(country)}`),
    ].join("; "),
  noThirdCountryCoProducer: () => "сопродюсеров из третьих стран нет",
  thirdCountryMet: (p) =>
    `сопродюсеры из третьих стран: ${p.partners.map(partner).join(", ")}; ` +
    (bounds(p) === "" ? "доли в установленных пределах" : `требуется ${bounds(p)}`),
  thirdCountryOffence: (offence) => {
    const share = `доля ${partner(offence.partner)}`;
    if (offence.problem === "below") return `${share} ниже ${percentRu(offence.limit)}`;
    if (offence.problem === "above") return `${share} выше ${percentRu(offence.limit)}`;
    return (
      `${share} выше доли ${ofCountryRu(offence.party)} (${percentRu(offence.partyShare)}); ` +
      "доля третьей страны не может превышать долю ни одной из сторон"
    );
  },
  thirdCountryBroken: (p) =>
    `доля сопродюсера из третьей страны должна быть ${bounds(p) || "в установленных пределах"}: ` +
    p.offences.map(ru.thirdCountryOffence).join("; "),

  languageVersionsPlanned: ({ languages }) => `запланированы версии ${onLanguagesRu(languages)}`,
  languageVersionsMissing: ({ required, missing }) =>
    `требуются версии ${onLanguagesRu(required)}; ` +
    `добавьте ${missing.length === 1 ? "версию" : "версии"} ${onLanguagesRu(missing)}`,
  producerFound: ({ country, producers }) => `продюсер ${fromCountryRu(country)}: ${producers.join(", ")}`,
  producerMissing: ({ country, roles }) =>
    `${inCountryRu(country)} не зарегистрирован ни один партнёр с ролью ` +
    `${listRu(
      roles.map((role) => `«${partnerRoleRu(role)}»`),
      "или",
    )}; нужен хотя бы один`,
  nobodyInRoles: ({ roles }) => `не указан никто на позициях: ${roles.map(personRoleRu).join(", ")}`,
  keyCreatives: ({ citizens, total, roles, country, atLeast, shortfall }) => {
    const who = pluralRu(citizens, {
      one: "гражданин",
      few: "граждане",
      many: "граждане",
      other: "граждане",
    });
    const need = atLeast === "all" ? "гражданами должны быть все" : "требуется больше половины";
    const head =
      `${numberRu(citizens)} из ${countRu(total, nouns.ofKeyCreatives)} ` +
      `(${roles.map(personRoleRu).join(", ")}) — ${who} ${ofCountryRu(country)}; ${need}`;
    if (shortfall === undefined) return head;
    const others = shortfall.others.map(
      (other) => `${other.name} (${personRoleRu(other.role)}, ${citizenship(other.citizenship)})`,
    );
    return (
      `${head} — не хватает ${countRu(shortfall.count, nouns.ofCitizens)} ${ofCountryRu(country)}; ` +
      `не граждане ${ofCountryRu(country)}: ${others.join(", ")}`
    );
  },
  noCreativeCrew: () => "творческая группа не указана",
  foreignCrew: ({ foreign, total, share, max, country, excess }) => {
    const head =
      `иностранцев в творческой группе ${numberRu(foreign)} из ${numberRu(total)} (${percentRu(share)}); ` +
      `допускается не более ${percentRu(max)}`;
    if (excess === undefined) return head;
    const must = pluralRu(excess, {
      one: "должен быть гражданином",
      few: "должны быть гражданами",
      many: "должны быть гражданами",
      other: "должны быть гражданами",
    });
    return `${head} — ${numberRu(excess)} из них ${must} ${ofCountryRu(country)}`;
  },
  contributionFollowsMoney: ({ tolerance, rows }) =>
    "творческий и технический вклад соответствует финансовым долям в пределах " +
    `${countRu(tolerance, nouns.ofPercentagePoints)}: ${contributionRows(rows)}`,
  contributionOffMoney: ({ tolerance, rows }) =>
    "творческий и технический вклад должен соответствовать финансовым долям в пределах " +
    `${countRu(tolerance, nouns.ofPercentagePoints)}: ${contributionRows(rows)} — ` +
    "перераспределите ключевые позиции или доли",

  noPointsTable: ({ kind }) =>
    `в этом пакете нет таблицы баллов для ${ofWorkKindRu(kind)}; добавьте её в пакет`,
  pointsTally: ({ points, maximum, required, lost }) => {
    const head = `баллы: ${numberRu(points)} из ${numberRu(maximum)}`;
    const reasons = lost.map(({ loss, points: worth }) =>
      worth === 1 ? pointsLoss(loss) : `${pointsLoss(loss)} (${countRu(worth, nouns.point)})`,
    );
    return `${head}${reasons.length === 0 ? "" : ` — ${reasons.join("; ")}`}; требуется ${numberRu(required)}`;
  },
  pointsLoss,

  noCompanyWork: () => "работы компаний не указаны; укажите, кто выполняет работы, и их стоимость",
  noFinancing: () => "финансирование не указано; укажите средства по партнёрам и территориям",
  cannotWeigh: ({ what, why }) =>
    `невозможно оценить ${what === "work" ? "работы" : "финансирование"}: ${conversionError(why)}`,
  moneyShare: ({ measure, share, part, total, limit, move }) => {
    const bound =
      measure.kind === "company-work"
        ? `требуется не менее ${percentRu(limit)}`
        : `допускается не более ${percentRu(limit)}`;
    const head =
      `${measured[measure.kind](measure.country)} ${percentRu(share)} ` +
      `(${moneyRu(part)} из ${moneyRu(total)}); ${bound}`;
    return move === undefined ? head : `${head} — ${fixes[measure.kind](moneyRu(move), measure.country)}`;
  },
  conversionError,

  sharesNotAgreed: () => "доли партнёров ещё не согласованы",
};
