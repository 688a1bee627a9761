// Recognises a scene heading («ИНТ. КВАРТИРА ИВАНА - НОЧЬ, 3 #12А#») and splits it into setting, location,
// time of day, story day and scene number using the tables it is given. It never throws and never reads a file.
import { cyrillicLetter, foldLookalikes, hasMixedAlphabets, isLookalikeWord } from "./alphabets.ts";
import { defaultHeadingTables, type HeadingTables } from "./heading-tables.ts";
import type { SceneHeading, Setting, TimeOfDay } from "./types.ts";

export type HeadingIssueCode =
  "HEADING_WITHOUT_TIME" | "HEADING_WITHOUT_LOCATION" | "UNKNOWN_TIME_OF_DAY" | "MIXED_ALPHABETS";

export interface HeadingIssue {
  readonly code: HeadingIssueCode;
  readonly message: string;
}

export interface ParsedHeading {
  readonly heading: SceneHeading;
  readonly issues: readonly HeadingIssue[];
}

interface TimeMatch {
  readonly time: TimeOfDay | null;
  readonly timeText: string;
  readonly storyDay: string | null;
}

// Scene numbers may hold letters of any alphabet, digits, dots and dashes: #12#, #12А#, #I-1-A#.
const sceneNumberPattern = /\s*#([\p{L}\p{N}.-]+)#\s*$/u;
const dashSeparators = [" - ", " – ", " — ", " -- ", " −"];

/** Reads the scene number off the end of a heading line: "ИНТ. ДОМ - ДЕНЬ #12А#" → "12А". */
export function splitSceneNumber(text: string): { text: string; number: string | null } {
  const match = sceneNumberPattern.exec(text);
  if (!match) return { text: text.trim(), number: null };
  return { text: text.slice(0, match.index).trim(), number: match[1] ?? null };
}

interface CompiledTables {
  readonly prefixes: readonly { core: string; setting: Setting | null }[];
  /** First letters of all prefixes, so most lines are refused after one look. */
  readonly firstLetters: ReadonlySet<string>;
  readonly longestPrefix: number;
  readonly times: ReadonlyMap<string, TimeOfDay | null>;
  readonly storyDay: RegExp;
  /** mayStartSceneHeading's answer for each first character met so far. */
  readonly firstCharacters: Map<string, boolean>;
}

// Tables are compiled once per tables object: headings are tested on every paragraph of a 150-page script.
const compiledTables = new WeakMap<HeadingTables, CompiledTables>();

function compileTables(tables: HeadingTables): CompiledTables {
  const cached = compiledTables.get(tables);
  if (cached) return cached;
  const prefixes = tables.prefixes
    .map((entry) => ({ core: entry.text.trim().toUpperCase().replace(/\.$/, ""), setting: entry.setting }))
    .filter((entry) => entry.core !== "")
    .sort((a, b) => b.core.length - a.core.length);
  const times = new Map<string, TimeOfDay | null>();
  for (const entry of tables.times) {
    const key = normalizeWords(entry.text);
    if (key !== "" && !times.has(key)) times.set(key, entry.time);
  }
  const words = tables.storyDayWords.map((word) => word.toUpperCase().replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
  const storyDay = new RegExp(`^(?:(?:${words.join("|")})\\.?\\s*)?(\\d+\\p{L}?)$`, "u");
  const firstLetters = new Set(
    prefixes.map((entry) => foldLookalikes(entry.core.charAt(0), { force: true })),
  );
  const longestPrefix = Math.max(0, ...prefixes.map((entry) => entry.core.length));
  const compiled = { prefixes, firstLetters, longestPrefix, times, storyDay, firstCharacters: new Map() };
  compiledTables.set(tables, compiled);
  return compiled;
}

/**
 * False when the line cannot be an unforced heading, decided from its first character alone: the first letter of
 * no prefix, and no emphasis marker or escape that could hide one. The reader asks this of every paragraph.
 */
export function mayStartSceneHeading(line: string, tables: HeadingTables = defaultHeadingTables): boolean {
  const first = line.trimStart().charAt(0);
  if (first === "*" || first === "_" || first === "\\") return true;
  const compiled = compileTables(tables);
  let answer = compiled.firstCharacters.get(first);
  if (answer === undefined) {
    answer = compiled.firstLetters.has(foldLookalikes(first.toUpperCase(), { force: true }));
    compiled.firstCharacters.set(first, answer);
  }
  return answer;
}

/** Finds the heading prefix at the start of the text; the prefix must be followed by a dot, a space or the end. */
export function matchHeadingPrefix(
  text: string,
  tables: HeadingTables = defaultHeadingTables,
): { prefix: string; setting: Setting | null; rest: string; isMixed: boolean } | null {
  const compiled = compileTables(tables);
  if (!compiled.firstLetters.has(foldLookalikes(text.charAt(0).toUpperCase(), { force: true }))) return null;
  const firstWord = /^\S+/u.exec(text)?.[0] ?? "";
  // «HAT. ПРИСТАНЬ» typed with a Latin H, A, T: the prefix is read in the alphabet of the rest of the line.
  const isMixed = hasMixedAlphabets(firstWord) || (isLookalikeWord(firstWord) && cyrillicLetter.test(text));
  const head = text.slice(0, compiled.longestPrefix + 1);
  const comparable = (isMixed ? foldLookalikes(head, { force: true }) : head).toUpperCase();
  for (const candidate of compiled.prefixes) {
    if (!comparable.startsWith(candidate.core)) continue;
    const next = comparable.charAt(candidate.core.length);
    if (next !== "" && next !== "." && !/\s/u.test(next)) continue;
    const end = candidate.core.length + (next === "." ? 1 : 0);
    return { prefix: text.slice(0, end), setting: candidate.setting, rest: text.slice(end).trim(), isMixed };
  }
  return null;
}

function normalizeWords(text: string): string {
  return foldLookalikes(text)
    .toUpperCase()
    .replace(/\s+/gu, " ")
    .replace(/[.,;:]+$/u, "")
    .trim();
}

function matchStoryDay(text: string, tables: CompiledTables): string | null {
  return tables.storyDay.exec(normalizeWords(text))?.[1] ?? null;
}

function matchTime(candidate: string, tables: CompiledTables): TimeMatch | null {
  const words = normalizeWords(candidate);
  if (words === "") return null;
  if (tables.times.has(words)) {
    return {
      time: tables.times.get(words) ?? null,
      timeText: candidate.trim().replace(/[.,;:]+$/u, ""),
      storyDay: null,
    };
  }
  // «ДЕНЬ 3»: a time of day followed by the story-day number.
  const numbered = /^(.*\S)\s+(\d+\p{L}?)$/u.exec(words);
  const timeWords = numbered?.[1];
  const day = numbered?.[2];
  if (timeWords === undefined || day === undefined || !tables.times.has(timeWords)) return null;
  const original = candidate.trim();
  const timeText = original.slice(0, original.length - day.length).trim();
  return { time: tables.times.get(timeWords) ?? null, timeText, storyDay: day };
}

function lastIndexOfAny(
  text: string,
  separators: readonly string[],
): { index: number; length: number } | null {
  let best: { index: number; length: number } | null = null;
  for (const separator of separators) {
    const index = text.lastIndexOf(separator);
    if (index >= 0 && (best === null || index > best.index)) best = { index, length: separator.length };
  }
  return best;
}

function cleanLocation(text: string): string {
  return text.replace(/[\s.,\-–—]+$/u, "").trim();
}

function splitLocationAndTime(rest: string, tables: CompiledTables) {
  let body = rest.trim();
  let storyDay: string | null = null;
  const comma = body.lastIndexOf(",");
  if (comma >= 0) {
    const day = matchStoryDay(body.slice(comma + 1), tables);
    if (day !== null) {
      storyDay = day;
      body = body.slice(0, comma).trim();
    }
  }
  const dash = lastIndexOfAny(body, dashSeparators);
  const dot = lastIndexOfAny(body, [". "]);
  for (const separator of [dash, dot]) {
    if (separator === null) continue;
    const match = matchTime(body.slice(separator.index + separator.length), tables);
    if (match) {
      return {
        location: cleanLocation(body.slice(0, separator.index)),
        ...match,
        storyDay: storyDay ?? match.storyDay,
      };
    }
  }
  // «ИНТ. - НОЧЬ»: the location is missing and the remainder is a dash and a time.
  const dashed = /^[-–—]+\s*/u.exec(body);
  const alone = dashed ? matchTime(body.slice(dashed[0].length), tables) : null;
  if (alone) return { location: "", ...alone, storyDay: storyDay ?? alone.storyDay };
  const unknownTime = dash === null ? null : body.slice(dash.index + dash.length).trim();
  return { location: cleanLocation(body), time: null, timeText: null, storyDay, unknownTime };
}

/**
 * Parses one line as a scene heading, or returns null when it is not one.
 * A forced heading (the line started with a single `.`, already removed by the caller) needs no prefix:
 * without one its setting is null and the whole text is the location unless a time of day closes it.
 */
export function parseSceneHeading(
  line: string,
  options: { tables?: HeadingTables; isForced?: boolean } = {},
): ParsedHeading | null {
  const tables = options.tables ?? defaultHeadingTables;
  const isForced = options.isForced ?? false;
  const { text, number } = splitSceneNumber(line);
  if (text === "" && !isForced) return null;
  // A forced heading needs no prefix but may still carry one («.ИНТ. ОКОП - НОЧЬ»).
  const prefix = matchHeadingPrefix(text, tables);
  if (!isForced && prefix === null) return null;
  const parts = splitLocationAndTime(prefix?.rest ?? text, compileTables(tables));
  const issues: HeadingIssue[] = [];
  const quoted = `"${text}"`;
  if (prefix?.isMixed) {
    issues.push({
      code: "MIXED_ALPHABETS",
      message: `scene heading ${quoted} mixes Latin and Cyrillic letters in "${prefix.prefix}"`,
    });
  }
  if (parts.location === "") {
    issues.push({ code: "HEADING_WITHOUT_LOCATION", message: `scene heading ${quoted} names no location` });
  }
  if (!isForced && parts.timeText === null) {
    const unknown = "unknownTime" in parts ? parts.unknownTime : null;
    issues.push(
      unknown
        ? {
            code: "UNKNOWN_TIME_OF_DAY",
            message: `scene heading ${quoted} ends in "${unknown}", which is not a known time of day`,
          }
        : { code: "HEADING_WITHOUT_TIME", message: `scene heading ${quoted} has no time of day` },
    );
  }
  const heading: SceneHeading = {
    text,
    prefix: prefix?.prefix ?? null,
    setting: prefix?.setting ?? null,
    location: parts.location,
    time: parts.time,
    timeText: parts.timeText,
    storyDay: parts.storyDay,
    number,
    isForced,
  };
  return { heading, issues };
}
