// Character cues: a name in capitals of any alphabet (Cyrillic, Kazakh Ә Ғ Қ Ң Ө Ұ Ү Һ І, Uzbek Ў Қ Ғ Ҳ, Latin)
// with its extensions — (V.O.), (ЗК), (ПРОД.) — kept apart. Decides only from the line it is given; never throws.
import type { CharacterCue, CueExtension, ExtensionKind } from "./types.ts";

export interface ExtensionWord {
  /** As written inside the parentheses, compared without case, dots, spaces and apostrophes. */
  readonly text: string;
  readonly kind: ExtensionKind;
}

// ЗК = за кадром (voice over), ВПЗ = вне поля зрения (off screen), ПРОД. = продолжение (continued): domain notes.
export const defaultExtensionWords: readonly ExtensionWord[] = [
  { text: "V.O.", kind: "VOICE_OVER" },
  { text: "O.S.", kind: "OFF_SCREEN" },
  { text: "O.C.", kind: "OFF_SCREEN" },
  { text: "OFF", kind: "OFF_SCREEN" },
  { text: "CONT'D", kind: "CONTINUED" },
  { text: "CONT", kind: "CONTINUED" },
  { text: "CONTINUED", kind: "CONTINUED" },
  { text: "ЗК", kind: "VOICE_OVER" },
  { text: "З/К", kind: "VOICE_OVER" },
  { text: "ЗА КАДРОМ", kind: "VOICE_OVER" },
  { text: "ГОЛОС ЗА КАДРОМ", kind: "VOICE_OVER" },
  { text: "ВПЗ", kind: "OFF_SCREEN" },
  { text: "ВНЕ ПОЛЯ ЗРЕНИЯ", kind: "OFF_SCREEN" },
  { text: "ПРОД.", kind: "CONTINUED" },
  { text: "ПРОДОЛЖ.", kind: "CONTINUED" },
  { text: "ПРОДОЛЖЕНИЕ", kind: "CONTINUED" },
  { text: "ПРОДОЛЖАЕТ", kind: "CONTINUED" },
  // Belarusian: за кадрам, працяг.
  { text: "ЗА КАДРАМ", kind: "VOICE_OVER" },
  { text: "ПРАЦ.", kind: "CONTINUED" },
  { text: "ПРАЦЯГ", kind: "CONTINUED" },
];

const upperLetter = /[\p{Lu}\p{Lt}]/u;
const extensionPattern = /\(([^()]*)\)/gu;
const lowerLetter = /\p{Ll}/u;

function compareKey(text: string): string {
  return text.toUpperCase().replace(/[\s.'’ʼ/]/gu, "");
}

// Each table's words by their compared form, built once per table: the first word of a form wins, as in a search.
const tablesByKey = new WeakMap<readonly ExtensionWord[], ReadonlyMap<string, ExtensionKind>>();

function wordsByKey(words: readonly ExtensionWord[]): ReadonlyMap<string, ExtensionKind> {
  let table = tablesByKey.get(words);
  if (!table) {
    const byKey = new Map<string, ExtensionKind>();
    for (const word of words) {
      const key = compareKey(word.text);
      if (!byKey.has(key)) byKey.set(key, word.kind);
    }
    table = byKey;
    tablesByKey.set(words, table);
  }
  return table;
}

/** What an extension means: "З.К." → VOICE_OVER; unknown words ("ПО ТЕЛЕФОНУ") → null. */
export function classifyExtension(
  text: string,
  words: readonly ExtensionWord[] = defaultExtensionWords,
): ExtensionKind | null {
  return wordsByKey(words).get(compareKey(text)) ?? null;
}

/** Splits "ИВАН (З.К.) (ПРОД.)" into the name and its parenthesised extensions; the `^` of dual dialogue is the caller's. */
export function splitCueExtensions(
  text: string,
  words: readonly ExtensionWord[] = defaultExtensionWords,
): { name: string; extensions: CueExtension[] } {
  const extensions: CueExtension[] = [];
  // Each parenthesised group becomes one space in the name, then spaces are collapsed.
  let name = "";
  let last = 0;
  extensionPattern.lastIndex = 0;
  for (let match = extensionPattern.exec(text); match !== null; match = extensionPattern.exec(text)) {
    const word = (match[1] ?? "").trim();
    if (word !== "") extensions.push({ text: word, kind: classifyExtension(word, words) });
    name += `${text.slice(last, match.index)} `;
    last = extensionPattern.lastIndex;
  }
  name = last === 0 ? text : name + text.slice(last);
  return { name: name.replace(/\s+/gu, " ").trim(), extensions };
}

/** True when the name has at least one letter and no lower-case letter: "ИВАН", "ҚАНАТ", "OʻKTAM", "ОХРАННИК №2". */
export function isCapitalizedName(name: string): boolean {
  return upperLetter.test(name) && !lowerLetter.test(name);
}

/**
 * Reads a line as a character cue, or returns null when it cannot be one.
 * Unforced cues need a capitalised name (extensions may be in any case, as Fountain allows "MOM (on phone)");
 * `@` forces any text to be a cue. Whether dialogue follows is the caller's decision.
 */
export function parseCharacterCue(
  line: string,
  words: readonly ExtensionWord[] = defaultExtensionWords,
): { cue: CharacterCue; isDual: boolean } | null {
  let text = line.trim();
  const isForced = text.startsWith("@");
  if (isForced) text = text.slice(1).trim();
  const isDual = text.endsWith("^");
  if (isDual) text = text.slice(0, -1).trim();
  if (text === "" || text.includes("(") !== text.includes(")")) return null;
  const { name, extensions } = splitCueExtensions(text, words);
  if (name === "") return null;
  if (!isForced && (!isCapitalizedName(name) || /[:!?]$/u.test(name))) return null;
  return { cue: { name, extensions, isForced }, isDual };
}
