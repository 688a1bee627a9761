// Breakdown suggestions from a project's dictionary: terms found in a scene's words in any grammatical form
// («танк» in «танком», «винтовка Мосина» in «винтовку Мосина»). It suggests only; a person confirms.
import type { ScreenplayElement } from "../screenplay/types.ts";
import { splitWords, type Word } from "./words.ts";

export interface DictionaryEntry {
  readonly id: string;
  readonly category: string;
  /** One or more words as the script may write them: "танк", "Т-34", "винтовка Мосина". */
  readonly term: string;
  /** The element to suggest: "Танк Т-34". */
  readonly elementName: string;
}

export interface DictionaryMatch {
  readonly entryId: string;
  readonly category: string;
  readonly elementName: string;
  /** UTF-16 offsets of the matched words in the searched text. */
  readonly start: number;
  readonly end: number;
  /** The words as written in the text. */
  readonly text: string;
}

export interface DictionaryMatcher {
  /** Matches sorted by start; where matches overlap the one with more words (then more characters) wins. */
  find(text: string): DictionaryMatch[];
}

interface CompiledEntry {
  readonly entry: DictionaryEntry;
  readonly order: number;
  readonly keys: readonly string[];
}

interface Candidate {
  readonly compiled: CompiledEntry;
  readonly first: number;
  readonly words: readonly Word[];
}

function matchesAt(words: readonly Word[], first: number, keys: readonly string[]): boolean {
  return keys.every((key, offset) => {
    const word = words[first + offset];
    return word !== undefined && word.key === key && (offset === 0 || word.followsClosely);
  });
}

const span = (candidate: Candidate) => {
  const first = candidate.words[0];
  const last = candidate.words.at(-1);
  return { start: first?.start ?? 0, end: last?.end ?? 0 };
};

// Longest first (in words, then characters), then earliest, then the dictionary's own order.
function compareCandidates(a: Candidate, b: Candidate): number {
  const spanA = span(a);
  const spanB = span(b);
  return (
    b.words.length - a.words.length ||
    spanB.end - spanB.start - (spanA.end - spanA.start) ||
    spanA.start - spanB.start ||
    a.compiled.order - b.compiled.order
  );
}

/** Compiles the dictionary once; the matcher is then used for every scene. Entries without words are skipped. */
export function createDictionaryMatcher(entries: readonly DictionaryEntry[]): DictionaryMatcher {
  const byFirstKey = new Map<string, CompiledEntry[]>();
  entries.forEach((entry, order) => {
    const keys = splitWords(entry.term).map((word) => word.key);
    const firstKey = keys[0];
    if (firstKey === undefined) return;
    const list = byFirstKey.get(firstKey) ?? [];
    list.push({ entry, order, keys });
    byFirstKey.set(firstKey, list);
  });

  return {
    find(text: string): DictionaryMatch[] {
      const words = splitWords(text);
      const candidates: Candidate[] = [];
      words.forEach((word, first) => {
        for (const compiled of byFirstKey.get(word.key) ?? []) {
          if (matchesAt(words, first, compiled.keys)) {
            candidates.push({ compiled, first, words: words.slice(first, first + compiled.keys.length) });
          }
        }
      });
      const taken = new Set<number>();
      const chosen: DictionaryMatch[] = [];
      for (const candidate of candidates.sort(compareCandidates)) {
        const indexes = candidate.words.map((_, offset) => candidate.first + offset);
        if (indexes.some((index) => taken.has(index))) continue;
        indexes.forEach((index) => taken.add(index));
        const { start, end } = span(candidate);
        const { id, category, elementName } = candidate.compiled.entry;
        chosen.push({ entryId: id, category, elementName, start, end, text: text.slice(start, end) });
      }
      return chosen.sort((a, b) => a.start - b.start);
    },
  };
}

export interface SceneDictionarySuggestion extends DictionaryMatch {
  /** Index of the element in the scene's elements; start and end are offsets in that element's text. */
  readonly elementIndex: number;
  /** The element's first line in the source. */
  readonly line: number;
}

/**
 * One suggestion per dictionary entry found in the scene's action, dialogue and parentheticals, at its first
 * occurrence, in reading order.
 */
export function suggestSceneElements(
  scene: { readonly elements: readonly ScreenplayElement[] },
  matcher: DictionaryMatcher,
): SceneDictionarySuggestion[] {
  const found = new Map<string, SceneDictionarySuggestion>();
  scene.elements.forEach((element, elementIndex) => {
    if (element.kind !== "action" && element.kind !== "dialogue" && element.kind !== "parenthetical") return;
    for (const match of matcher.find(element.text)) {
      if (!found.has(match.entryId)) found.set(match.entryId, { ...match, elementIndex, line: element.line });
    }
  });
  return [...found.values()];
}
