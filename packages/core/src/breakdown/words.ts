// Splits text into words for dictionary matching and gives each word a comparison key: its snowball stem for
// Russian and English words, the word itself for numbers and names like «Т-34». Offsets stay UTF-16 offsets
// into the text as written, so a match can be highlighted where it stands.
import { stemmer as stemEnglish } from "@orama/stemmers/english";
import { stemmer as stemRussian } from "@orama/stemmers/russian";

export interface Word {
  readonly start: number;
  readonly end: number;
  /** Equal keys mean the same word in another form («танк», «танком»). */
  readonly key: string;
  /** Only whitespace stands between this word and the one before it, so they can belong to one term. */
  readonly followsClosely: boolean;
}

const segmenter = new Intl.Segmenter("ru", { granularity: "word" });

// Hyphen-minus, hyphen, non-breaking hyphen: «Т-34», «Т‑34». Dashes are punctuation and split words.
const isHyphen = (text: string) => /^[-\u2010\u2011]$/u.test(text);
const isSpace = (text: string) => /^\s*$/u.test(text);

function normalizePart(part: string): string {
  return part.toLowerCase().replace(/ё/gu, "е");
}

function keyOfPart(part: string): string {
  const lower = normalizePart(part);
  if (/^\p{Script=Cyrillic}+$/u.test(lower)) return stemRussian(lower);
  if (/^\p{Script=Latin}+$/u.test(lower)) return stemEnglish(lower);
  return lower;
}

// In a hyphenated word only the last part inflects («бизнес-центра»); «Т-34» keeps every part as written.
function keyOf(parts: readonly string[]): string {
  return parts
    .map((part, index) => (index === parts.length - 1 ? keyOfPart(part) : normalizePart(part)))
    .join("-");
}

/** The words of the text in order; hyphenated words («Т-34», «кто-то») are one word. */
export function splitWords(text: string): Word[] {
  const words: Word[] = [];
  let current: { start: number; end: number; parts: string[]; followsClosely: boolean } | null = null;
  let gap = "";
  let hyphenAt = -1;
  const flush = () => {
    if (current !== null) words.push({ ...current, key: keyOf(current.parts) });
    current = null;
  };
  for (const { segment, index, isWordLike } of segmenter.segment(text)) {
    if (isWordLike) {
      if (current !== null && index === hyphenAt) {
        current.parts.push(segment);
        current.end = index + segment.length;
      } else {
        const followsClosely: boolean = current !== null && isSpace(gap);
        flush();
        current = { start: index, end: index + segment.length, parts: [segment], followsClosely };
      }
      gap = "";
      hyphenAt = -1;
    } else {
      // A single hyphen right after a word may join it to the next; anything else ends the joining.
      hyphenAt =
        current !== null && gap === "" && index === current.end && isHyphen(segment) ? index + 1 : -1;
      gap += segment;
    }
  }
  flush();
  return words;
}
