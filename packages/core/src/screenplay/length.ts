// Length of a scene: printed lines by a page layout, counted in eighths of a page, and хронометраж (screen time)
// from a per-project pages-to-minutes factor. Layouts are data; this estimates and never paginates exactly.
import { stripEmphasis } from "./emphasis.ts";
import type { ScreenplayElement } from "./types.ts";

export interface PageLayout {
  readonly name: string;
  /** Printed lines on one page, blank lines included. */
  readonly linesPerPage: number;
  /** Characters per line of each element, in a 10-pitch monospaced font. */
  readonly width: { readonly action: number; readonly dialogue: number; readonly parenthetical: number };
  /** Blank lines printed before a scene heading. */
  readonly linesBeforeHeading: number;
}

// US Letter, Courier 12 (10 characters and 6 lines an inch): 9 in of text height = 54 lines; action 1.5–7.5 in,
// dialogue 2.5–6.0 in, parentheticals about 3.1–5.6 in.
export const usLetterLayout: PageLayout = {
  name: "us-letter",
  linesPerPage: 54,
  width: { action: 60, dialogue: 35, parenthetical: 25 },
  linesBeforeHeading: 1,
};

// Russian A4 template (domain notes): Courier New 12, margins 37.5/25/25/12.5 mm left/top/right/bottom.
// Text 147.5 mm wide at 2.54 mm a character = 58; dialogue 37.5 mm in on each side = 72.5 mm = 28;
// parenthetical from 55 mm to the dialogue's right edge = 55 mm = 21. Height 259.5 mm at Courier New's
// single line of 13.6 pt (4.8 mm) = 54 lines.
export const russianA4Layout: PageLayout = {
  name: "ru-a4",
  linesPerPage: 54,
  width: { action: 58, dialogue: 28, parenthetical: 21 },
  linesBeforeHeading: 1,
};

/** What `\s` and `trim` take for white space: tab to carriage return, space and the Unicode rest. */
function isWhiteSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** Printed lines of text[from, end), one paragraph: words wrap whole, a word wider than a line is broken. */
function countParagraphLines(paragraph: string, from: number, end: number, columns: number): number {
  let lines = 1;
  let used = 0;
  let index = from;
  // Words are the runs between white space, as `paragraph.trim().split(/\s+/u)` gives them, without the copies.
  while (index < end) {
    while (index < end && isWhiteSpace(paragraph.charCodeAt(index))) index += 1;
    if (index === end) break;
    const start = index;
    while (index < end && !isWhiteSpace(paragraph.charCodeAt(index))) index += 1;
    const length = index - start;
    if (used > 0 && used + 1 + length <= columns) used += 1 + length;
    else if (used === 0 && length <= columns) used = length;
    else {
      if (used > 0) lines += 1;
      lines += Math.ceil(length / columns) - 1;
      used = length % columns === 0 ? columns : length % columns;
    }
  }
  return lines;
}

/** How many printed lines the text takes when wrapped at word boundaries to the width. */
export function countWrappedLines(text: string, width: number): number {
  const columns = Math.max(1, Math.floor(width));
  const plain = stripEmphasis(text);
  let total = 0;
  let start = 0;
  for (;;) {
    const newline = plain.indexOf("\n", start);
    const end = newline === -1 ? plain.length : newline;
    total += end - start <= columns ? 1 : countParagraphLines(plain, start, end, columns);
    if (newline === -1) return total;
    start = newline + 1;
  }
}

/** Printed lines of one element, with the blank line that precedes it where the layout prints one. */
export function countElementLines(element: ScreenplayElement, layout: PageLayout): number {
  switch (element.kind) {
    case "heading":
      return layout.linesBeforeHeading + countWrappedLines(element.heading.text, layout.width.action);
    case "sceneCharacters":
      return countWrappedLines(element.text, layout.width.action);
    case "action":
    case "centered":
      return 1 + countWrappedLines(element.text, layout.width.action);
    case "character":
    case "transition":
      return 2;
    case "dialogue":
    case "lyrics":
      return countWrappedLines(element.text, layout.width.dialogue);
    case "parenthetical":
      return countWrappedLines(element.text, layout.width.parenthetical);
    case "section":
    case "synopsis":
    case "note":
    case "pageBreak":
      return 0;
  }
}

function isDialoguePart(element: ScreenplayElement): boolean {
  return element.kind === "dialogue" || element.kind === "parenthetical" || element.kind === "lyrics";
}

/** Printed lines of the elements; the two halves of dual dialogue stand side by side, so the longer one counts. */
export function countLines(elements: readonly ScreenplayElement[], layout: PageLayout): number {
  let total = 0;
  let leftHalf = 0;
  let index = 0;
  while (index < elements.length) {
    const element = elements[index];
    if (element === undefined) break;
    let block = countElementLines(element, layout);
    let next = index + 1;
    if (element.kind === "character") {
      for (let part = elements[next]; part && isDialoguePart(part); part = elements[next]) {
        block += countElementLines(part, layout);
        next += 1;
      }
    }
    if (element.kind === "character" && element.dual === "right") {
      total += Math.max(0, block - leftHalf);
      leftHalf = 0;
    } else {
      total += block;
      leftHalf = element.kind === "character" && element.dual === "left" ? block : 0;
    }
    index = next;
  }
  return total;
}

/** A length in eighths of a page: never less than one eighth, as on a stripboard. */
export function measureEighths(elements: readonly ScreenplayElement[], layout: PageLayout): number {
  const lines = countLines(elements, layout);
  return Math.max(1, Math.round((lines * 8) / Math.max(1, layout.linesPerPage)));
}

/** Screen time in whole seconds; `minutesPerPage` is the project's factor (1 by the «page a minute» rule). */
export function estimateScreenSeconds(eighths: number, minutesPerPage = 1): number {
  if (!Number.isFinite(eighths) || !Number.isFinite(minutesPerPage)) return 0;
  return Math.max(0, Math.round((eighths * minutesPerPage * 60) / 8));
}

/** Хронометраж as mm:ss ("01:30", "125:07"). */
export function formatScreenTime(seconds: number): string {
  const whole = Math.max(0, Math.round(Number.isFinite(seconds) ? seconds : 0));
  const minutes = Math.floor(whole / 60);
  return `${String(minutes).padStart(2, "0")}:${String(whole % 60).padStart(2, "0")}`;
}

/** Eighths as the trade writes them: 11 → "1 3/8", 8 → "1", 3 → "3/8". */
export function formatEighths(eighths: number): string {
  const whole = Math.floor(eighths / 8);
  const rest = eighths % 8;
  if (rest === 0) return String(whole);
  return whole === 0 ? `${rest}/8` : `${whole} ${rest}/8`;
}

/** Reads "1 3/8", "3/8" or "2" back into eighths; null when the text is not such a length. */
export function parseEighths(text: string): number | null {
  const match = /^\s*(?:(\d+)(?:\s+(\d)\/8)?|(\d)\/8)\s*$/u.exec(text);
  if (!match) return null;
  const [, whole, part, alone] = match;
  if (alone !== undefined) return Number(alone) < 8 ? Number(alone) : null;
  if (part !== undefined && Number(part) >= 8) return null;
  return Number(whole ?? 0) * 8 + Number(part ?? 0);
}
