// The Russian scene-characters line (участники сцены): a list of names right under the heading.
// Recognised by shape only — a short list of capitalised names — so an action sentence is never taken for it.
import { foldLookalikes } from "./alphabets.ts";
import { isCapitalizedName, splitCueExtensions } from "./cues.ts";

const labelPattern =
  /^(?:участники(?:\s+сцены)?|персонажи|действующие\s+лица|в\s+сцене|удзельнікі|персанажы|characters|cast)\s*:\s*/iu;
const nameWordPattern = /^(?:[\p{Lu}\p{Lt}][\p{L}\p{M}'’ʼʻ.-]*|[№#]?\d+[\p{L}.-]*)$/u;
const lastAndPattern = /\s+(?:и|і|and)\s+/iu;

/** The names of a character list, upper-cased, in the order written; extensions are dropped. */
export function splitCharacterNames(list: string): string[] {
  return list
    .split(/\s*[,;]\s*/u)
    .flatMap((item) => item.split(lastAndPattern))
    .map((item) => normalizeCharacterName(splitCueExtensions(item).name.replace(/\.$/u, "").toUpperCase()))
    .filter((name) => name !== "");
}

/** One spelling per character: spaces collapsed, Latin look-alikes inside Cyrillic words folded. */
export function normalizeCharacterName(name: string): string {
  const spaced = /\s\s|^\s|\s$|[\t\n]/u.test(name) ? name.replace(/\s+/gu, " ").trim() : name;
  return foldLookalikes(spaced);
}

/**
 * Reads a line as a scene-characters line, or returns null.
 * `afterBlank` is the stricter case (a blank line separates it from the heading): then only a comma list
 * in capitals qualifies. A label («Участники:») makes any list qualify.
 */
export function parseSceneCharactersLine(line: string, options: { afterBlank: boolean }): string[] | null {
  const text = line.trim();
  const label = labelPattern.exec(text);
  if (label) {
    const names = splitCharacterNames(text.slice(label[0].length));
    return names.length > 0 ? names : null;
  }
  if (text.length > 300 || /[!?…:]$/u.test(text) || text.startsWith("(")) return null;
  const isCapitals = isCapitalizedName(text);
  if (text.endsWith(".") && !isCapitals) return null;
  const items = text
    .replace(/\.$/u, "")
    .split(/\s*[,;]\s*/u)
    .flatMap((item) => item.split(lastAndPattern))
    .map((item) => splitCueExtensions(item).name);
  if (items.length < (options.afterBlank ? 2 : 1)) return null;
  if (options.afterBlank && !isCapitals) return null;
  // A lone name in mixed case («Лена») is short: a longer capitalised phrase is more likely a title or an action.
  const maxWords = items.length === 1 && !isCapitals ? 3 : 4;
  const isNameList = items.every((item) => {
    const words = item.split(" ");
    return (
      item !== "" &&
      /\p{L}/u.test(item) &&
      words.length <= maxWords &&
      words.every((word) => nameWordPattern.test(word))
    );
  });
  return isNameList ? items.map((item) => normalizeCharacterName(item.toUpperCase())) : null;
}
