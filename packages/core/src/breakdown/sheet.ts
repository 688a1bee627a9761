// The breakdown sheet of one scene — header facts and elements grouped by category — and the localized labels
// its renderings (CSV here, PDF in the server) share. Builds plain data; formats nothing beyond text.
import type { Setting, TimeOfDay } from "../screenplay/types.ts";
import {
  breakdownCategoryKeys,
  isStandardCategoryKey,
  standardBreakdownCategories,
  type BreakdownCategory,
} from "./categories.ts";

export type SheetLanguage = "ru" | "en";

export interface BreakdownSheetScene {
  readonly number: string | null;
  readonly heading: string;
  readonly setting: Setting | null;
  /** A normalised TimeOfDay ("DAY"); timeText keeps the words as written for times without one. */
  readonly time: string | null;
  readonly timeText: string | null;
  readonly storyDay: string | null;
  readonly eighths: number;
  readonly screenSeconds: number;
  readonly set: string;
  readonly location: {
    readonly name: string;
    readonly address: string | null;
    readonly country: string | null;
  } | null;
  readonly synopsis: string | null;
}

export interface BreakdownSheetElement {
  /** A category key: standard or "custom:<slug>". */
  readonly category: string;
  readonly name: string;
  readonly boardId: string | null;
  readonly count?: number | null;
  readonly note?: string | null;
}

export interface BreakdownSheet {
  readonly project: string;
  readonly episode: string | null;
  /** Already localized by the caller: "Draft 2 (blue)". */
  readonly draft: string;
  readonly scene: BreakdownSheetScene;
  readonly elements: readonly BreakdownSheetElement[];
}

export interface BreakdownSheetSection {
  readonly key: string;
  readonly title: string;
  readonly color: string;
  /** Ready to print: "1. ИВАН", "Солдаты (20) — в касках". */
  readonly items: readonly string[];
}

type Labels<K extends string> = Readonly<Record<K, { readonly ru: string; readonly en: string }>>;

export const breakdownTimeLabels: Labels<TimeOfDay> = {
  DAY: { ru: "День", en: "Day" },
  NIGHT: { ru: "Ночь", en: "Night" },
  MORNING: { ru: "Утро", en: "Morning" },
  EVENING: { ru: "Вечер", en: "Evening" },
  DAWN: { ru: "Рассвет", en: "Dawn" },
  DUSK: { ru: "Сумерки", en: "Dusk" },
  CONTINUOUS: { ru: "Продолжение", en: "Continuous" },
  LATER: { ru: "Позже", en: "Later" },
};

export const breakdownSettingLabels: Labels<Setting> = {
  INT: { ru: "ИНТ.", en: "INT." },
  EXT: { ru: "НАТ.", en: "EXT." },
  "INT/EXT": { ru: "ИНТ./НАТ.", en: "INT./EXT." },
};

/** Names of the sheet's fields, shared by the CSV header and the PDF. */
export const breakdownSheetFieldLabels = {
  sheet: { ru: "Разработка сцены", en: "Breakdown sheet" },
  scene: { ru: "Сцена", en: "Scene" },
  heading: { ru: "Заголовок", en: "Heading" },
  setting: { ru: "ИНТ./НАТ.", en: "INT/EXT" },
  time: { ru: "Режим", en: "Day/Night" },
  storyDay: { ru: "Сценарный день", en: "Story day" },
  pages: { ru: "Страниц", en: "Pages" },
  screenTime: { ru: "Хронометраж", en: "Screen time" },
  set: { ru: "Объект", en: "Set" },
  location: { ru: "Место съёмки", en: "Location" },
  synopsis: { ru: "Содержание", en: "Synopsis" },
  episode: { ru: "Серия", en: "Episode" },
  category: { ru: "Категория", en: "Category" },
  element: { ru: "Элемент", en: "Element" },
  boardId: { ru: "№", en: "Board ID" },
  noElements: { ru: "Элементов нет", en: "No elements" },
  noScenes: { ru: "Сцен нет", en: "No scenes" },
  continued: { ru: "продолжение", en: "continued" },
  page: { ru: "Страница {page} из {pages}", en: "Page {page} of {pages}" },
} as const satisfies Labels<string>;

const hasKey = <T extends object>(table: T, key: string): key is Extract<keyof T, string> =>
  Object.hasOwn(table, key);

/** The scene's time of day in the language, falling back to the words as written. */
export function formatSheetTime(
  scene: Pick<BreakdownSheetScene, "time" | "timeText">,
  language: SheetLanguage,
) {
  if (scene.time !== null && hasKey(breakdownTimeLabels, scene.time))
    return breakdownTimeLabels[scene.time][language];
  return scene.timeText ?? "";
}

export function formatSheetSetting(setting: Setting | null, language: SheetLanguage): string {
  return setting === null ? "" : breakdownSettingLabels[setting][language];
}

export function formatSheetLocation(location: BreakdownSheetScene["location"]): string {
  if (location === null) return "";
  return [location.name, location.address, location.country]
    .filter((part) => part !== null && part !== "")
    .join(", ");
}

// A category the sheet's elements name but the given list lacks keeps its elements visible: a standard key
// falls back to the standard category, anything else shows its key.
function resolveCategories(
  elements: readonly BreakdownSheetElement[],
  categories: readonly BreakdownCategory[],
) {
  const known = new Map(categories.map((category) => [category.key, category]));
  const standard = new Map(standardBreakdownCategories.map((category) => [category.key, category]));
  const resolve = (key: string): BreakdownCategory => {
    const title = key.replace(/^custom:/u, "");
    return known.get(key) ?? standard.get(key) ?? { key, names: { ru: title, en: title }, color: "#8c8c8c" };
  };
  const customOrder = new Map(categories.map((category, index) => [category.key, index]));
  const firstSeen = new Map<string, number>();
  elements.forEach((element, index) => {
    if (!firstSeen.has(element.category)) firstSeen.set(element.category, index);
  });
  // Standard categories in the standard order, then the project's own in its order, then unknown keys as met.
  const rank = (key: string): [number, number] =>
    isStandardCategoryKey(key)
      ? [0, breakdownCategoryKeys.indexOf(key)]
      : customOrder.has(key)
        ? [1, customOrder.get(key) ?? 0]
        : [2, firstSeen.get(key) ?? 0];
  const keys = [...firstSeen.keys()].sort((a, b) => {
    const [groupA, indexA] = rank(a);
    const [groupB, indexB] = rank(b);
    return groupA - groupB || indexA - indexB;
  });
  return keys.map(resolve);
}

/**
 * Elements grouped by category in sheet order; within a category numbered elements come first by number,
 * then the rest by name in the language's alphabetical order. Empty categories are left out.
 */
export function groupSheetElements(
  elements: readonly BreakdownSheetElement[],
  categories: readonly BreakdownCategory[],
  language: SheetLanguage,
): { readonly category: BreakdownCategory; readonly elements: readonly BreakdownSheetElement[] }[] {
  const collator = new Intl.Collator(language, { numeric: true });
  const order = (a: BreakdownSheetElement, b: BreakdownSheetElement) =>
    (a.boardId === null ? 1 : 0) - (b.boardId === null ? 1 : 0) ||
    collator.compare(a.boardId ?? "", b.boardId ?? "") ||
    collator.compare(a.name, b.name);
  return resolveCategories(elements, categories).map((category) => ({
    category,
    elements: elements.filter((element) => element.category === category.key).sort(order),
  }));
}

/** "1. ИВАН", "Солдаты (20) — в касках". */
export function formatSheetElement(element: BreakdownSheetElement): string {
  const number = element.boardId === null || element.boardId === "" ? "" : `${element.boardId}. `;
  const count = element.count === null || element.count === undefined ? "" : ` (${element.count})`;
  const note = element.note ? ` — ${element.note}` : "";
  return `${number}${element.name}${count}${note}`;
}

/** The sheet's category boxes in print order, with localized titles and printable items. */
export function buildBreakdownSheetSections(
  sheet: Pick<BreakdownSheet, "elements">,
  categories: readonly BreakdownCategory[],
  language: SheetLanguage,
): BreakdownSheetSection[] {
  return groupSheetElements(sheet.elements, categories, language).map(({ category, elements }) => ({
    key: category.key,
    title: category.names[language],
    color: category.color,
    items: elements.map(formatSheetElement),
  }));
}
