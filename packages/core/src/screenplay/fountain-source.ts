// Prepares Fountain text for reading: splits CRLF/LF/CR lines, takes out the boneyard `/* */` and notes `[[ ]]`
// while keeping every remaining line's original 1-based number. It never throws and never drops a line silently.
import type { ScreenplayWarning } from "./types.ts";

export interface SourceRow {
  /** The line's text without the boneyard and notes it held. */
  readonly text: string;
  readonly line: number;
}

export interface SourceNote {
  readonly text: string;
  readonly line: number;
}

export interface PreparedSource {
  readonly rows: readonly SourceRow[];
  readonly notes: readonly SourceNote[];
  readonly warnings: readonly ScreenplayWarning[];
  readonly lineCount: number;
}

interface Cut {
  readonly start: number;
  readonly end: number;
  readonly note: string | null;
}

// A blank line ends a note unless it holds two spaces (fountain.io/syntax, Notes).
const blankLinePattern = /\n(?! {2}\n)[ \t]*\n/gu;

function findCuts(text: string, lineAt: (position: number) => number, warnings: ScreenplayWarning[]): Cut[] {
  const cuts: Cut[] = [];
  const opener = /\/\*|\[\[/gu;
  // Cached positions of the next closer and blank line keep the scan linear on hostile input.
  let boneyardClose = -2;
  let noteClose = -2;
  let blankLine = -2;
  let opened: RegExpExecArray | null;
  while ((opened = opener.exec(text)) !== null) {
    const start = opened.index;
    if (opened[0] === "/*") {
      if (boneyardClose !== -1 && boneyardClose < start + 2) boneyardClose = text.indexOf("*/", start + 2);
      if (boneyardClose === -1) {
        warnings.push({
          code: "UNCLOSED_BONEYARD",
          line: lineAt(start),
          message: `boneyard "/*" is never closed by "*/"; the text after it is kept`,
        });
        continue;
      }
      cuts.push({ start, end: boneyardClose + 2, note: null });
      opener.lastIndex = boneyardClose + 2;
      continue;
    }
    if (noteClose !== -1 && noteClose < start + 2) noteClose = text.indexOf("]]", start + 2);
    if (blankLine !== -1 && blankLine < start) {
      blankLinePattern.lastIndex = start;
      blankLine = blankLinePattern.exec(text)?.index ?? -1;
    }
    if (noteClose === -1 || (blankLine !== -1 && blankLine < noteClose)) {
      warnings.push({
        code: "UNCLOSED_NOTE",
        line: lineAt(start),
        message: `note "[[" is not closed by "]]" before a blank line; it is kept as text`,
      });
      continue;
    }
    cuts.push({ start, end: noteClose + 2, note: text.slice(start + 2, noteClose).trim() });
    opener.lastIndex = noteClose + 2;
  }
  return cuts;
}

function indexLineStarts(text: string): number[] {
  const starts = [0];
  for (let index = text.indexOf("\n"); index !== -1; index = text.indexOf("\n", index + 1))
    starts.push(index + 1);
  return starts;
}

/** Splits and cleans Fountain text; line numbers in rows, notes and warnings are those of the original text. */
export function prepareFountainSource(source: string): PreparedSource {
  const unmarked = source.replace(/^\uFEFF/u, "");
  const text = unmarked.includes("\r") ? unmarked.replace(/\r\n?/gu, "\n") : unmarked;
  const starts = indexLineStarts(text);
  const lineAt = (position: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= position) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  const warnings: ScreenplayWarning[] = [];
  const cuts = findCuts(text, lineAt, warnings);
  const touched = new Set<number>();
  const notes: SourceNote[] = [];
  let kept = "";
  let last = 0;
  for (const cut of cuts) {
    kept += text.slice(last, cut.start) + text.slice(cut.start, cut.end).replace(/[^\n]+/gu, "");
    const first = lineAt(cut.start);
    const end = lineAt(Math.max(cut.start, cut.end - 1));
    for (let line = first; line <= end; line += 1) touched.add(line);
    if (cut.note !== null && cut.note !== "") notes.push({ text: cut.note, line: first });
    last = cut.end;
  }
  kept += text.slice(last);
  // A line emptied by a cut disappears instead of becoming a blank line that would split a paragraph.
  const lines = kept.split("\n");
  const rows: SourceRow[] = [];
  for (let index = 0; index < lines.length; index += 1) {
    const text = lines[index] ?? "";
    if (touched.has(index + 1) && text.trim() === "") continue;
    rows.push({ text, line: index + 1 });
  }
  // U+FFFD is what a decoder leaves for bytes it could not read; NUL only appears in text read as the wrong width.
  const damagedAt = [text.indexOf("\uFFFD"), text.indexOf("\u0000")].filter((index) => index >= 0);
  if (damagedAt.length > 0) {
    warnings.push({
      code: "REPLACEMENT_CHARACTERS",
      line: lineAt(Math.min(...damagedAt)),
      message: "the text holds replacement or NUL characters; the file's encoding may have been read wrongly",
    });
  }
  return { rows, notes, warnings, lineCount: starts.length };
}
