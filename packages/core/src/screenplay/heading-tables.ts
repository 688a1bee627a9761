// The words a scene heading is made of — prefixes, times of day, story-day markers — as data a project extends.
// Sources: fountain.io/syntax and the Russian/Belarusian practice in shared/domain/production.md; no logic here.
import type { Setting, TimeOfDay } from "./types.ts";

export interface HeadingPrefix {
  /** As written, with or without its final dot: "INT.", "ИНТ./НАТ.", "И/Н". */
  readonly text: string;
  readonly setting: Setting | null;
}

export interface TimeOfDayWord {
  /** Upper-case words as written in a heading: "НЕМНОГО ПОЗЖЕ". */
  readonly text: string;
  /** null keeps the words without a normalised meaning (РЕЖИМ may be dawn or dusk). */
  readonly time: TimeOfDay | null;
}

export interface HeadingTables {
  readonly prefixes: readonly HeadingPrefix[];
  readonly times: readonly TimeOfDayWord[];
  /** Words that may precede a story-day number: «ДЕНЬ 3», «D3». */
  readonly storyDayWords: readonly string[];
}

const englishPrefixes: HeadingPrefix[] = [
  { text: "INT.", setting: "INT" },
  { text: "EXT.", setting: "EXT" },
  { text: "INT./EXT.", setting: "INT/EXT" },
  { text: "INT/EXT", setting: "INT/EXT" },
  { text: "EXT./INT.", setting: "INT/EXT" },
  { text: "EXT/INT", setting: "INT/EXT" },
  { text: "I/E", setting: "INT/EXT" },
  { text: "E/I", setting: "INT/EXT" },
  // An establishing shot is of a place seen from outside; a project may map it otherwise.
  { text: "EST.", setting: "EXT" },
];

// ЭКСТ. is not used in Russian practice (domain notes), so it is not listed.
const russianPrefixes: HeadingPrefix[] = [
  { text: "ИНТ.", setting: "INT" },
  { text: "НАТ.", setting: "EXT" },
  { text: "ИНТ./НАТ.", setting: "INT/EXT" },
  { text: "НАТ./ИНТ.", setting: "INT/EXT" },
  { text: "ИНТ/НАТ", setting: "INT/EXT" },
  { text: "НАТ/ИНТ", setting: "INT/EXT" },
  { text: "И/Н", setting: "INT/EXT" },
  { text: "Н/И", setting: "INT/EXT" },
];

const belarusianPrefixes: HeadingPrefix[] = [
  { text: "ІНТ.", setting: "INT" },
  { text: "ІНТ./НАТ.", setting: "INT/EXT" },
  { text: "НАТ./ІНТ.", setting: "INT/EXT" },
  { text: "ІНТ/НАТ", setting: "INT/EXT" },
  { text: "І/Н", setting: "INT/EXT" },
  { text: "УСТ.", setting: "EXT" },
];

const englishTimes: TimeOfDayWord[] = [
  { text: "DAY", time: "DAY" },
  { text: "NIGHT", time: "NIGHT" },
  { text: "MORNING", time: "MORNING" },
  { text: "EVENING", time: "EVENING" },
  { text: "DAWN", time: "DAWN" },
  { text: "DUSK", time: "DUSK" },
  { text: "SUNRISE", time: "DAWN" },
  { text: "SUNSET", time: "DUSK" },
  { text: "TWILIGHT", time: "DUSK" },
  { text: "AFTERNOON", time: "DAY" },
  { text: "NOON", time: "DAY" },
  { text: "EARLY MORNING", time: "MORNING" },
  { text: "LATE NIGHT", time: "NIGHT" },
  { text: "NEXT DAY", time: "DAY" },
  { text: "NEXT MORNING", time: "MORNING" },
  { text: "MAGIC HOUR", time: null },
  { text: "CONTINUOUS", time: "CONTINUOUS" },
  { text: "SAME", time: "CONTINUOUS" },
  { text: "SAME TIME", time: "CONTINUOUS" },
  { text: "LATER", time: "LATER" },
  { text: "MOMENTS LATER", time: "LATER" },
  { text: "A MOMENT LATER", time: "LATER" },
];

const russianTimes: TimeOfDayWord[] = [
  { text: "ДЕНЬ", time: "DAY" },
  { text: "НОЧЬ", time: "NIGHT" },
  { text: "УТРО", time: "MORNING" },
  { text: "ВЕЧЕР", time: "EVENING" },
  { text: "РАССВЕТ", time: "DAWN" },
  { text: "СУМЕРКИ", time: "DUSK" },
  { text: "ЗАКАТ", time: "DUSK" },
  // «Режимная съёмка»: the short twilight window, morning or evening; the words say which when they can.
  { text: "РЕЖИМ", time: null },
  { text: "УТРЕННИЙ РЕЖИМ", time: "DAWN" },
  { text: "ВЕЧЕРНИЙ РЕЖИМ", time: "DUSK" },
  { text: "ПОСЛЕ ПОЛУДНЯ", time: "DAY" },
  { text: "ПОЛДЕНЬ", time: "DAY" },
  { text: "НА СЛЕДУЮЩИЙ ДЕНЬ", time: "DAY" },
  { text: "СЛЕДУЮЩЕЕ УТРО", time: "MORNING" },
  { text: "ПОЗДНИЙ ВЕЧЕР", time: "EVENING" },
  { text: "ПОЗЖЕ", time: "LATER" },
  { text: "НЕМНОГО ПОЗЖЕ", time: "LATER" },
  { text: "ЧУТЬ ПОЗЖЕ", time: "LATER" },
  { text: "ПРОДОЛЖЕНИЕ", time: "CONTINUOUS" },
];

const belarusianTimes: TimeOfDayWord[] = [
  { text: "ДЗЕНЬ", time: "DAY" },
  { text: "НОЧ", time: "NIGHT" },
  { text: "РАНІЦА", time: "MORNING" },
  { text: "ВЕЧАР", time: "EVENING" },
  { text: "СВІТАНАК", time: "DAWN" },
  { text: "СВІТАННЕ", time: "DAWN" },
  { text: "ЗМЕРКІ", time: "DUSK" },
  { text: "ЗМРОК", time: "DUSK" },
  { text: "РЭЖЫМ", time: null },
  { text: "ПАСЛЯ ПОЎДНЯ", time: "DAY" },
  { text: "НА НАСТУПНЫ ДЗЕНЬ", time: "DAY" },
  { text: "ПАЗНЕЙ", time: "LATER" },
  { text: "КРЫХУ ПАЗНЕЙ", time: "LATER" },
  { text: "ПРАЦЯГ", time: "CONTINUOUS" },
];

export const defaultHeadingTables: HeadingTables = {
  prefixes: [...englishPrefixes, ...russianPrefixes, ...belarusianPrefixes],
  times: [...englishTimes, ...russianTimes, ...belarusianTimes],
  storyDayWords: ["ДЕНЬ", "ДЗЕНЬ", "DAY", "Д", "D"],
};

/** The default tables with a project's own words added; a project word wins over a default with the same text. */
export function extendHeadingTables(
  extra: Partial<HeadingTables>,
  base: HeadingTables = defaultHeadingTables,
) {
  const merge = <T extends { text: string }>(defaults: readonly T[], added: readonly T[] = []): T[] => {
    const addedTexts = new Set(added.map((entry) => entry.text.toUpperCase()));
    return [...added, ...defaults.filter((entry) => !addedTexts.has(entry.text.toUpperCase()))];
  };
  return {
    prefixes: merge(base.prefixes, extra.prefixes),
    times: merge(base.times, extra.times),
    storyDayWords: [...new Set([...(extra.storyDayWords ?? []), ...base.storyDayWords])],
  } satisfies HeadingTables;
}
