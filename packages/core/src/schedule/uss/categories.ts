// Breakdown categories between the USS and Kinomost by the Universal Category Identification (UCI) numbers the
// standard names: 0–6 scene categories (Set, INT/EXT, Day/Night … carried as the scene's own fields), 100–124 action
// categories, 50–99 and 500+ a file's own. Numbers follow the UCI README's list. A category with no Kinomost twin is
// kept as a custom category under its name, never dropped. Data and pure functions only.
import {
  customCategoryKey,
  isStandardCategoryKey,
  matchCategoryName,
  type BreakdownCategoryKey,
} from "../../breakdown/categories.ts";

/** The UCI scene categories a scene carries as its own fields rather than as tagged elements. */
export const ussSceneFields = {
  set: 0,
  setting: 1,
  time: 2,
  storyDay: 3,
  location: 6,
} as const;

export type UssSceneField = keyof typeof ussSceneFields;

const sceneFieldByUcid: ReadonlyMap<number, UssSceneField> = new Map(
  Object.entries(ussSceneFields).map(([field, ucid]) => [ucid, field as UssSceneField]),
);

/** The scene field a category number stands for, or null for a category of elements. */
export function ussSceneField(ucid: number | null): UssSceneField | null {
  return ucid === null ? null : (sceneFieldByUcid.get(ucid) ?? null);
}

/** The UCI README's names, the intent of each number. */
export const ussCategoryNames: Readonly<Record<number, string>> = {
  0: "Set",
  1: "INT/EXT",
  2: "Day/Night",
  3: "Script Day",
  4: "Unit",
  5: "Sequence",
  6: "Location",
  100: "Cast Members",
  101: "Background Actors",
  102: "Stunts",
  103: "Vehicles",
  104: "Props",
  105: "Special Effects",
  106: "Wardrobe",
  107: "Makeup/Hair",
  108: "Animals",
  109: "Animal Wrangler",
  110: "Camera",
  111: "Music",
  112: "Sound",
  113: "Art Department",
  114: "Set Dressing",
  115: "Greenery",
  116: "Security",
  117: "Special Equipment",
  118: "Additional Labor",
  119: "Visual Effects",
  120: "Mechanical Effects",
  121: "Notes",
  122: "Comments",
  123: "Miscellaneous",
  124: "Other",
};

const ucidByKey: Readonly<Partial<Record<BreakdownCategoryKey, number>>> = {
  cast: 100,
  background: 101,
  stunts: 102,
  vehicles: 103,
  props: 104,
  specialEffects: 105,
  wardrobe: 106,
  makeupHair: 107,
  animals: 108,
  animalWrangler: 109,
  camera: 110,
  music: 111,
  sound: 112,
  artDepartment: 113,
  setDressing: 114,
  greenery: 115,
  security: 116,
  specialEquipment: 117,
  additionalLabor: 118,
  visualEffects: 119,
  mechanicalEffects: 120,
  notes: 121,
  miscellaneous: 123,
};

const keyByUcid: ReadonlyMap<number, BreakdownCategoryKey> = new Map(
  Object.entries(ucidByKey).map(([key, ucid]) => [ucid, key as BreakdownCategoryKey]),
);

/** Custom action categories are numbered from 500 on (UCI "Extending the Standard"). */
export const firstCustomUcid = 500;

// The sample category lists published beside the standard number 111–126 otherwise than the README (Grip and
// Electric at 111 and 112, every later one two higher). In that range a name that says a Kinomost category wins; a
// name that says none is kept as a custom category rather than guessed.
const isDisputed = (ucid: number) => ucid >= 111 && ucid <= 126;

/**
 * The Kinomost category key of a USS category of elements: its number's when the UCI list gives one, else the one
 * its name says («Weapons» at 500), else a custom category of its name.
 */
export function ussCategoryKey(ucid: number | null, name: string | null): string {
  const given = name?.trim() ? name.trim() : null;
  const named = given === null ? null : matchCategoryName(given);
  const standard = ucid === null ? undefined : keyByUcid.get(ucid);
  const label = given ?? (ucid === null ? "Category" : (ussCategoryNames[ucid] ?? `Category ${ucid}`));
  if (ucid !== null && isDisputed(ucid)) {
    if (named) return named;
    return given === null && standard ? standard : customCategoryKey(label);
  }
  return standard ?? named ?? customCategoryKey(label);
}

/** The UCI number of a standard Kinomost category, when the list has its twin. */
export function ussStandardNumber(key: string): number | undefined {
  return isStandardCategoryKey(key) ? ucidByKey[key] : undefined;
}

/**
 * The USS numbers of Kinomost categories, in the order given: the standard ones by the UCI list; a custom one named
 * like a UCI category Kinomost has no twin of (Unit, Sequence, Comments, Other) by that number; the rest — weapons,
 * pyrotechnics, military vehicles, a project's own — numbered from 500 in order.
 */
export function ussCategoryNumbers(categories: readonly { key: string; name: string }[]): number[] {
  const twinless = new Map(
    Object.entries(ussCategoryNames)
      .map(([ucid, name]) => [Number(ucid), name] as const)
      .filter(([ucid]) => ussSceneField(ucid) === null && !keyByUcid.has(ucid))
      .map(([ucid, name]) => [customCategoryKey(name), ucid]),
  );
  const taken = new Set<number>();
  let next = firstCustomUcid;
  return categories.map(({ key }) => {
    const known = isStandardCategoryKey(key) ? ucidByKey[key] : twinless.get(key);
    if (known !== undefined && !taken.has(known)) {
      taken.add(known);
      return known;
    }
    taken.add(next);
    return next++;
  });
}
