// Breakdown categories: the Movie Magic / Final Draft Tagger default set plus the war-drama additions, with the
// Russian names the trade uses, and the mapping from names as script files carry them. Data and pure functions only.

export const breakdownCategoryKeys = [
  "cast",
  "background",
  "stunts",
  "vehicles",
  "props",
  "camera",
  "specialEffects",
  "wardrobe",
  "makeupHair",
  "animals",
  "animalWrangler",
  "music",
  "sound",
  "artDepartment",
  "setDressing",
  "greenery",
  "security",
  "specialEquipment",
  "additionalLabor",
  "visualEffects",
  "mechanicalEffects",
  "miscellaneous",
  "notes",
  "weapons",
  "pyrotechnics",
  "militaryVehicles",
] as const;

export type BreakdownCategoryKey = (typeof breakdownCategoryKeys)[number];

export interface BreakdownCategory {
  /** A standard key, or "custom:<slug>" for a project's own category (see customCategoryKey). */
  readonly key: string;
  readonly names: { readonly ru: string; readonly en: string };
  /** "#rrggbb". */
  readonly color: string;
}

const customPrefix = "custom:";

// Colours: the trade's marker colours where a convention exists (cast red, stunts orange, background green,
// special effects blue, props purple, vehicles and animals pink, sound and music brown). Categories the
// convention marks by shape (wardrobe circle, makeup asterisk, special equipment box, notes underline) or not at
// all get distinct colours of our choosing.
const standard: Record<BreakdownCategoryKey, { ru: string; en: string; color: string }> = {
  cast: { ru: "Актёры", en: "Cast Members", color: "#ff0000" },
  background: { ru: "Массовка", en: "Background Actors", color: "#00a651" },
  stunts: { ru: "Каскадёры", en: "Stunts", color: "#ff8000" },
  vehicles: { ru: "Игровой транспорт", en: "Vehicles", color: "#ff66cc" },
  props: { ru: "Реквизит", en: "Props", color: "#7030a0" },
  camera: { ru: "Камера", en: "Camera", color: "#5b6770" },
  specialEffects: { ru: "Спецэффекты", en: "Special Effects", color: "#0070c0" },
  wardrobe: { ru: "Костюм", en: "Wardrobe", color: "#00a3a3" },
  makeupHair: { ru: "Грим и причёски", en: "Makeup/Hair", color: "#d98cb3" },
  animals: { ru: "Животные", en: "Animals", color: "#ff99dd" },
  animalWrangler: { ru: "Дрессировщики", en: "Animal Wrangler", color: "#c2418f" },
  music: { ru: "Музыка", en: "Music", color: "#8b4513" },
  sound: { ru: "Звук", en: "Sound", color: "#b5651d" },
  artDepartment: { ru: "Художественный отдел", en: "Art Department", color: "#3f51b5" },
  setDressing: { ru: "Обстановка", en: "Set Dressing", color: "#9575cd" },
  greenery: { ru: "Зелёные насаждения", en: "Greenery", color: "#2e7d32" },
  security: { ru: "Охрана", en: "Security", color: "#455a64" },
  specialEquipment: { ru: "Спецоборудование", en: "Special Equipment", color: "#c9a400" },
  additionalLabor: { ru: "Дополнительный персонал", en: "Additional Labor", color: "#a1887f" },
  visualEffects: { ru: "Визуальные эффекты (VFX)", en: "Visual Effects", color: "#00a2e8" },
  mechanicalEffects: { ru: "Механические эффекты", en: "Mechanical Effects", color: "#1f4e79" },
  miscellaneous: { ru: "Разное", en: "Miscellaneous", color: "#8c8c8c" },
  notes: { ru: "Примечания", en: "Notes", color: "#b0b0b0" },
  weapons: { ru: "Оружие", en: "Weapons", color: "#8b0000" },
  pyrotechnics: { ru: "Пиротехника", en: "Pyrotechnics", color: "#ff4500" },
  militaryVehicles: { ru: "Военная техника", en: "Military Vehicles", color: "#556b2f" },
};

export const standardBreakdownCategories: readonly BreakdownCategory[] = breakdownCategoryKeys.map((key) => {
  const { ru, en, color } = standard[key];
  return { key, names: { ru, en }, color };
});

export function isStandardCategoryKey(key: string): key is BreakdownCategoryKey {
  return Object.hasOwn(standard, key);
}

export function isCustomCategoryKey(key: string): boolean {
  return key.startsWith(customPrefix) && key.length > customPrefix.length;
}

// Russian, with the letters of the Cyrillic alphabets of Belarus, Ukraine, Kazakhstan and Uzbekistan.
// prettier-ignore
const cyrillicToLatin: Readonly<Record<string, string>> = {
  а: "a", б: "b", в: "v", г: "g", д: "d", е: "e", ё: "e", ж: "zh", з: "z", и: "i", й: "y", к: "k", л: "l",
  м: "m", н: "n", о: "o", п: "p", р: "r", с: "s", т: "t", у: "u", ф: "f", х: "kh", ц: "ts", ч: "ch", ш: "sh",
  щ: "shch", ъ: "", ы: "y", ь: "", э: "e", ю: "yu", я: "ya", і: "i", ї: "yi", є: "ye", ґ: "g", ў: "u", ә: "a",
  ғ: "gh", қ: "q", ң: "ng", ө: "o", ұ: "u", ү: "u", һ: "h",
};

const longestSlug = 64;

/** The key of a project's own category: "custom:" and a slug of the name (Cyrillic transliterated). */
export function customCategoryKey(name: string): string {
  let slug = "";
  for (const char of name.normalize("NFC").toLowerCase()) {
    const latin = cyrillicToLatin[char];
    if (latin !== undefined) slug += latin;
    // Accents come off Latin letters only; other scripts keep their letters as written.
    else if (/\p{Script=Latin}/u.test(char)) slug += char.normalize("NFD").replace(/\p{M}/gu, "");
    else slug += /[\p{L}\p{N}]/u.test(char) ? char : "-";
  }
  slug = slug.replace(/-+/gu, "-").replace(/^-|-$/gu, "");
  slug = [...slug].slice(0, longestSlug).join("").replace(/-$/u, "");
  return customPrefix + (slug === "" ? "category" : slug);
}

function normalizeCategoryName(name: string): string {
  return name
    .normalize("NFC")
    .toLowerCase()
    .replace(/ё/gu, "е")
    .replace(/&/gu, " and ")
    .replace(/\s+/gu, " ")
    .replace(/\s*\/\s*/gu, "/")
    .trim();
}

// Names as files and other software carry them. Keys and the standard names in both languages are added below.
const aliases: Record<BreakdownCategoryKey, readonly string[]> = {
  cast: ["cast", "cast member", "actors", "актеры", "актер", "актерский состав", "роли", "персонажи"],
  background: [
    "background",
    "background actor",
    "extras",
    "extra",
    "atmosphere",
    "silent bits",
    "массовка",
    "актеры массовки",
    "групповка",
  ],
  stunts: ["stunt", "stunt performers", "каскадеры", "каскадер", "трюки"],
  vehicles: ["vehicle", "picture vehicles", "picture cars", "транспорт", "игровые машины"],
  props: ["prop", "properties", "игровой реквизит"],
  camera: ["camera equipment", "операторская техника"],
  specialEffects: ["sfx", "special fx", "спец. эффекты", "специальные эффекты"],
  wardrobe: ["costume", "costumes", "костюмы"],
  makeupHair: [
    "makeup",
    "make-up",
    "make-up/hair",
    "hair/makeup",
    "hair and makeup",
    "makeup and hair",
    "грим",
    "грим/прическа",
    "грим/прически",
    "грим и прическа",
  ],
  animals: ["animal", "livestock"],
  animalWrangler: ["animal wranglers", "wrangler", "animal handler", "animal trainer", "дрессировщик"],
  music: [],
  sound: ["sound effects", "звуковые эффекты", "шумы"],
  artDepartment: ["art", "art dept", "декорации", "художники-постановщики"],
  setDressing: ["set dresser"],
  greenery: ["зеленые насаждения", "озеленение", "растения"],
  security: [],
  specialEquipment: ["специальное оборудование"],
  additionalLabor: ["additional labour", "обеспечение"],
  visualEffects: ["vfx", "визуальные эффекты", "оптические эффекты", "компьютерная графика"],
  mechanicalEffects: ["mechanical fx"],
  miscellaneous: ["misc", "misc.", "other", "прочее"],
  notes: ["production notes", "note", "заметки"],
  weapons: ["weapon", "armory", "оружие"],
  pyrotechnics: ["pyro", "explosives", "взрывы"],
  militaryVehicles: ["military vehicle", "military vehicles and equipment", "military equipment"],
};

const keyByName: ReadonlyMap<string, BreakdownCategoryKey> = new Map(
  breakdownCategoryKeys.flatMap((key) =>
    [key, standard[key].ru, standard[key].en, ...aliases[key]].map(
      (name) => [normalizeCategoryName(name), key] as const,
    ),
  ),
);

/**
 * The standard category a name means ("Cast Members", "Актёры массовки (атмосфера)", "ГРИМ/ПРИЧЁСКА"), or null.
 * A qualifier the tables do not know — in parentheses, or after a colon or a dash — is tried without.
 */
export function matchCategoryName(name: string): BreakdownCategoryKey | null {
  const normalized = normalizeCategoryName(name);
  const exact = keyByName.get(normalized);
  if (exact !== undefined) return exact;
  const bare = normalized.replace(/\s*(?:\(.*\)|:.*|\s[-–—]\s.*)$/u, "").trim();
  return bare === normalized ? null : (keyByName.get(bare) ?? null);
}
