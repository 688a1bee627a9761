// Fountain emphasis: *italic*, **bold**, ***bold italic***, _underline_, `\*` for a literal star.
// Emphasis never spans a line break; a marker without its pair stays literal text. Nothing here throws.

export interface EmphasisSpan {
  readonly text: string;
  readonly bold: boolean;
  readonly italic: boolean;
  readonly underline: boolean;
}

type Token = { kind: "text"; text: string } | { kind: "marker"; text: string };

const tokenPattern = /\\([*_\\])|(\*{1,3}|_)|([^\\*_]+|\\)/gu;

function tokenizeLine(line: string): Token[] {
  const tokens: Token[] = [];
  for (const match of line.matchAll(tokenPattern)) {
    const [, escaped, marker, text] = match;
    if (marker !== undefined) tokens.push({ kind: "marker", text: marker });
    else tokens.push({ kind: "text", text: escaped ?? text ?? "" });
  }
  return tokens;
}

/** A marker touches a word on that side: the neighbour is another marker or text without a space there. */
function touchesWord(tokens: readonly Token[], index: number, direction: 1 | -1): boolean {
  const token = tokens[index + direction];
  if (token === undefined) return false;
  if (token.kind === "marker") return true;
  return !(direction === 1 ? /^\s/u : /\s$/u).test(token.text);
}

function hasClosingMarker(tokens: readonly Token[], from: number, marker: string): boolean {
  for (let index = from + 1; index < tokens.length; index += 1) {
    const token = tokens[index];
    if (token?.kind === "marker" && token.text === marker && touchesWord(tokens, index, -1)) return true;
  }
  return false;
}

function emphasizeLine(line: string): EmphasisSpan[] {
  const tokens = tokenizeLine(line);
  const open: string[] = [];
  const spans: EmphasisSpan[] = [];
  const push = (text: string) => {
    if (text === "") return;
    const has = (marker: string) => open.includes(marker);
    const style = { bold: has("**") || has("***"), italic: has("*") || has("***"), underline: has("_") };
    const last = spans.at(-1);
    if (
      last &&
      last.bold === style.bold &&
      last.italic === style.italic &&
      last.underline === style.underline
    ) {
      spans[spans.length - 1] = { ...last, text: last.text + text };
    } else spans.push({ text, ...style });
  };
  tokens.forEach((token, index) => {
    if (token.kind === "text") return push(token.text);
    const openAt = open.lastIndexOf(token.text);
    if (openAt >= 0) {
      open.splice(openAt, 1);
      return;
    }
    if (touchesWord(tokens, index, 1) && hasClosingMarker(tokens, index, token.text)) open.push(token.text);
    else push(token.text);
  });
  return spans;
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

/** The text without emphasis markers and escapes, as it reads on the page. */
export function stripEmphasis(text: string): string {
  if (!/[*_\\]/u.test(text)) return text;
  return parseEmphasis(text)
    .map((span) => span.text)
    .join("");
}
