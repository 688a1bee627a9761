// Fountain emphasis: *italic*, **bold**, ***bold italic***, _underline_, `\*` for a literal star.
// Emphasis never spans a line break; a marker without its pair stays literal text. Nothing here throws.

export interface EmphasisSpan {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
}

/** A line's tokens side by side: the text of each and whether it is a marker (`*`, `**`, `***`, `_`). */
interface Tokens {
  readonly texts: string[];
  readonly isMarker: boolean[];
}

const star = 42;
const underscore = 95;
const backslash = 92;

/**
 * Splits a line into escapes (`\*`, `\_`, `\\`, read as the character), markers (one to three stars, or `_`)
 * and runs of other text; a backslash before anything else is a text token of its own. Parsing and stripping
 * are on every paragraph of a script, so this is a scan by character codes rather than a regular expression.
 */
function tokenizeLine(line: string): Tokens {
  const texts: string[] = [];
  const isMarker: boolean[] = [];
  const length = line.length;
  let index = 0;
  while (index < length) {
    const code = line.charCodeAt(index);
    if (code === backslash) {
      const next = line.charCodeAt(index + 1);
      const escapes = next === star || next === underscore || next === backslash;
      texts.push(escapes ? line.charAt(index + 1) : "\\");
      isMarker.push(false);
      index += escapes ? 2 : 1;
    } else if (code === star) {
      let end = index + 1;
      while (end < length && end - index < 3 && line.charCodeAt(end) === star) end += 1;
      texts.push(line.slice(index, end));
      isMarker.push(true);
      index = end;
    } else if (code === underscore) {
      texts.push("_");
      isMarker.push(true);
      index += 1;
    } else {
      let end = index + 1;
      while (end < length) {
        const next = line.charCodeAt(end);
        if (next === backslash || next === star || next === underscore) break;
        end += 1;
      }
      texts.push(line.slice(index, end));
      isMarker.push(false);
      index = end;
    }
  }
  return { texts, isMarker };
}

const startsWithSpace = /^\s/u;
const endsWithSpace = /\s$/u;

/** A marker touches a word on that side: the neighbour is another marker or text without a space there. */
function touchesWord(tokens: Tokens, index: number, direction: 1 | -1): boolean {
  const text = tokens.texts[index + direction];
  if (text === undefined) return false;
  if (tokens.isMarker[index + direction] === true) return true;
  return !(direction === 1 ? startsWithSpace : endsWithSpace).test(text);
}

function hasClosingMarker(tokens: Tokens, from: number, marker: string): boolean {
  for (let index = from + 1; index < tokens.texts.length; index += 1) {
    if (tokens.isMarker[index] === true && tokens.texts[index] === marker && touchesWord(tokens, index, -1))
      return true;
  }
  return false;
}

/** Applies the marker at the index to the open markers; true when it pairs with nothing and stays literal. */
function isLiteralMarker(tokens: Tokens, index: number, open: string[]): boolean {
  const marker = tokens.texts[index] ?? "";
  const openAt = open.lastIndexOf(marker);
  if (openAt >= 0) {
    open.splice(openAt, 1);
    return false;
  }
  if (touchesWord(tokens, index, 1) && hasClosingMarker(tokens, index, marker)) {
    open.push(marker);
    return false;
  }
  return true;
}

function emphasizeLine(line: string): EmphasisSpan[] {
  const tokens = tokenizeLine(line);
  const open: string[] = [];
  const spans: EmphasisSpan[] = [];
  for (let index = 0; index < tokens.texts.length; index += 1) {
    const text = tokens.texts[index] ?? "";
    if (tokens.isMarker[index] === true && !isLiteralMarker(tokens, index, open)) continue;
    if (text === "") continue;
    const bold = open.includes("**") || open.includes("***");
    const italic = open.includes("*") || open.includes("***");
    const underline = open.includes("_");
    const last = spans.at(-1);
    if (last && last.bold === bold && last.italic === italic && last.underline === underline) {
      spans[spans.length - 1] = { ...last, text: last.text + text };
    } else spans.push({ text, bold, italic, underline });
  }
  return spans;
}

/** The line without its markers and escapes: the same reading as emphasizeLine, without the styles. */
function stripLine(line: string): string {
  const tokens = tokenizeLine(line);
  const open: string[] = [];
  let text = "";
  for (let index = 0; index < tokens.texts.length; index += 1) {
    if (tokens.isMarker[index] === true && !isLiteralMarker(tokens, index, open)) continue;
    text += tokens.texts[index] ?? "";
  }
  return text;
}

/** Splits text into styled spans; line breaks stay inside the span text. */
export function parseEmphasis(text: string): EmphasisSpan[] {
  const spans: EmphasisSpan[] = [];
  text.split("\n").forEach((line, index) => {
    if (index > 0) spans.push({ text: "\n", bold: false, italic: false, underline: false });
    spans.push(...emphasizeLine(line));
  });
  return spans;
}

const emphasisCharacter = /[*_\\]/u;

/** The text without emphasis markers and escapes, as it reads on the page. */
export function stripEmphasis(text: string): string {
  if (!emphasisCharacter.test(text)) return text;
  if (!text.includes("\n")) return stripLine(text);
  const lines = text.split("\n");
  for (let index = 0; index < lines.length; index += 1) lines[index] = stripLine(lines[index] ?? "");
  return lines.join("\n");
}
