// Latin–Cyrillic look-alike letters: writers type «НАТ.» with a Latin H or «ИBAН» with a Latin B and
// the word stops matching. Only words that already mix both alphabets are folded; nothing here guesses a language.

// Upper-case Latin letters that look exactly like Cyrillic ones (І is the Belarusian/Ukrainian/Kazakh letter).
const latinToCyrillic: Readonly<Record<string, string>> = {
  A: "А",
  B: "В",
  C: "С",
  E: "Е",
  H: "Н",
  I: "І",
  K: "К",
  M: "М",
  O: "О",
  P: "Р",
  T: "Т",
  X: "Х",
  Y: "У",
};

// Only basic Latin letters have Cyrillic twins, so the cheap ranges are enough (Cyrillic and its supplement).
const latinLetter = /[A-Za-z]/u;
export const cyrillicLetter = /[\u0400-\u052f]/u;

/** True when one word carries both Latin and Cyrillic letters («НAТ.» with a Latin A). */
export function hasMixedAlphabets(word: string): boolean {
  return latinLetter.test(word) && cyrillicLetter.test(word);
}

/** True when every letter of the word is a Latin capital with a Cyrillic twin ("HAT.", "CEHO"). */
export function isLookalikeWord(word: string): boolean {
  return /^[ABCEHIKMOPTXY./]+$/u.test(word) && /[A-Z]/u.test(word);
}

// The replacers are made once: the reader folds on every heading and every cue.
const toCyrillic = (letter: string) => latinToCyrillic[letter] ?? letter;
const foldMixedWord = (word: string) => (hasMixedAlphabets(word) ? word.replace(/[A-Z]/g, toCyrillic) : word);
const foldForcedWord = (word: string) =>
  hasMixedAlphabets(word) || isLookalikeWord(word) ? word.replace(/[A-Z]/g, toCyrillic) : word;

/**
 * Replaces Latin look-alikes with their Cyrillic twins in every word that mixes both alphabets,
 * or in every look-alike word when `force` says the text is known to be Cyrillic.
 */
export function foldLookalikes(text: string, options: { force?: boolean } = {}): string {
  if (!latinLetter.test(text) || (options.force !== true && !cyrillicLetter.test(text))) return text;
  return text.replace(/\S+/gu, options.force === true ? foldForcedWord : foldMixedWord);
}
