// The Russian terms of the trade the engine's messages use: roles in the crew and in the deal, kinds of place
// and of work, points-table elements, and the nouns that follow numbers with their plural forms.
import type { PartnerRole, PersonRole, PlaceKind, WorkKind } from "../consortium.ts";
import type { PointsElement } from "../rule-pack.ts";
import { listRu, type PluralForms } from "./ru-grammar.ts";

const personRoles: Readonly<Record<PersonRole, string>> = {
  director: "режиссёр-постановщик",
  screenwriter: "автор сценария",
  composer: "композитор",
  actor: "актёр",
  "director-of-photography": "оператор-постановщик",
  "sound-recordist": "звукорежиссёр",
  editor: "монтажёр",
  "costume-designer": "художник по костюмам",
  "production-designer": "художник-постановщик",
  "makeup-artist": "художник по гриму",
  "vfx-supervisor": "супервайзер VFX",
  producer: "продюсер",
  other: "другое",
};

const partnerRoles: Readonly<Record<PartnerRole, string>> = {
  majority: "мажоритарный сопродюсер",
  minority: "миноритарный сопродюсер",
  financial: "финансовый сопродюсер",
  service: "сервисная компания",
};

const placeKinds: Readonly<Record<PlaceKind, string>> = {
  shooting: "место съёмок",
  studio: "студия",
  vfx: "место работ VFX",
  "post-production": "место постпродакшна",
};

/** Nominative and genitive ("таблица баллов для игрового фильма"). */
const workKinds: Readonly<Record<WorkKind, readonly [string, string]>> = {
  fiction: ["игровой фильм", "игрового фильма"],
  animation: ["анимационный фильм", "анимационного фильма"],
  documentary: ["документальный фильм", "документального фильма"],
};

const ordinals = [
  "первая",
  "вторая",
  "третья",
  "четвёртая",
  "пятая",
  "шестая",
  "седьмая",
  "восьмая",
  "девятая",
];

export function personRoleRu(role: PersonRole): string {
  return personRoles[role];
}

export function partnerRoleRu(role: PartnerRole): string {
  return partnerRoles[role];
}

export function placeKindRu(kind: PlaceKind): string {
  return placeKinds[kind];
}

export function workKindRu(kind: WorkKind): string {
  return workKinds[kind][0];
}

export function ofWorkKindRu(kind: WorkKind): string {
  return workKinds[kind][1];
}

/** A points element named from what it counts, for a pack that gives no Russian label: "вторая роль". */
export function elementLabelRu(element: PointsElement): string {
  if ("role" in element) return personRoleRu(element.role);
  if ("leadRank" in element) return `${ordinals[element.leadRank - 1] ?? `${element.leadRank}-я`} роль`;
  return listRu(element.places.map(placeKindRu), "или");
}

export const nouns = {
  coProducer: { one: "сопродюсер", few: "сопродюсера", many: "сопродюсеров", other: "сопродюсера" },
  point: { one: "балл", few: "балла", many: "баллов", other: "балла" },
  shootingDay: {
    one: "съёмочный день",
    few: "съёмочных дня",
    many: "съёмочных дней",
    other: "съёмочного дня",
  },
  /** "в 12 сценах". */
  inScenes: { one: "сцене", few: "сценах", many: "сценах", other: "сцены" },
  /** Nominative and accusative: "передайте 5 процентных пунктов". */
  percentagePoint: {
    one: "процентный пункт",
    few: "процентных пункта",
    many: "процентных пунктов",
    other: "процентного пункта",
  },
  /** Genitive: "в пределах 15 процентных пунктов". */
  ofPercentagePoints: {
    one: "процентного пункта",
    few: "процентных пунктов",
    many: "процентных пунктов",
    other: "процентного пункта",
  },
  /** Genitive after "из": "2 из 3 ключевых творческих работников". */
  ofKeyCreatives: {
    one: "ключевого творческого работника",
    few: "ключевых творческих работников",
    many: "ключевых творческих работников",
    other: "ключевого творческого работника",
  },
  /** Genitive: "не хватает 2 граждан". */
  ofCitizens: { one: "гражданина", few: "граждан", many: "граждан", other: "гражданина" },
} satisfies Readonly<Record<string, PluralForms>>;
