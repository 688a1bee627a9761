// What the layout reader knows of each body line before it decides a kind: the heading it parses as
// (with scene numbers printed in the margins taken off), its cue shape, and the gaps around it.
import { parseCharacterCue, type ExtensionWord } from "./cues.ts";
import type { HeadingTables } from "./heading-tables.ts";
import { parseSceneHeading, type ParsedHeading } from "./heading.ts";
import { numberToken } from "./pdf-furniture.ts";
import type { PdfLine } from "./pdf-lines.ts";
import type { NumberedLine } from "./pdf-title-page.ts";
import { isTransitionLine } from "./transitions.ts";

export interface BodyOptions {
  readonly headingTables: HeadingTables;
  readonly extensionWords: readonly ExtensionWord[];
  readonly transitions: readonly string[];
}

export interface BodyLine extends NumberedLine {
  /** The line's text; for a heading, without the scene numbers printed beside it. */
  readonly text: string;
  /** Where the text starts and ends, scene numbers in the margins left out. */
  readonly x: number;
  readonly right: number;
  readonly heading: ParsedHeading | null;
  readonly isCue: boolean;
  readonly startsParenthesis: boolean;
  /** Baseline distance to the line above on the same page; Infinity for a page's first line. */
  readonly gapBefore: number;
  readonly gapAfter: number;
}

const numberAlone = new RegExp(`^${numberToken}$`, "u");
const numberInFront = new RegExp(`^(${numberToken})\\s+(\\S.*)$`, "u");
const numberAround = new RegExp(`^${numberToken}\\s+|\\s+${numberToken}$`, "gu");
const cleanNumber = (text: string) => text.replace(/\.$/u, "");

/**
 * Reads a line as a scene heading. A number standing apart in the margin (left, right or both) is the scene
 * number; a number written in front of the heading («12. ИНТ. ШТАБ») is too. A number after the time with a
 * single space is the story day, as the heading grammar says («ДЕНЬ 3»).
 */
export function headingOf(
  line: PdfLine,
  tables: HeadingTables,
): { parsed: ParsedHeading; text: string; x: number; right: number } | null {
  const segments = line.segments;
  let start = 0;
  let end = segments.length;
  let number: string | null = null;
  const first = segments[0];
  if (end > 1 && first && numberAlone.test(first.text)) {
    number = cleanNumber(first.text);
    start = 1;
  }
  const last = segments[end - 1];
  if (end - start > 1 && last && numberAlone.test(last.text)) {
    number ??= cleanNumber(last.text);
    end -= 1;
  }
  const kept = segments.slice(start, end);
  let text = kept.map((segment) => segment.text).join(" ");
  let parsed = parseSceneHeading(text, { tables });
  const inFront = parsed === null ? numberInFront.exec(text) : null;
  if (inFront) {
    parsed = parseSceneHeading(inFront[2] ?? "", { tables });
    if (parsed) {
      number ??= cleanNumber(inFront[1] ?? "");
      text = inFront[2] ?? "";
    }
  }
  if (parsed === null) return null;
  const heading =
    number !== null && parsed.heading.number === null ? { ...parsed.heading, number } : parsed.heading;
  return {
    parsed: { ...parsed, heading },
    text,
    x: kept[0]?.x ?? line.x,
    right: kept.at(-1)?.right ?? line.right,
  };
}

/** True when the text reads as a heading, scene numbers around it or not: protects it from being page furniture. */
export function looksLikeHeading(text: string, tables: HeadingTables): boolean {
  const bare = text.replace(numberAround, "");
  return parseSceneHeading(text, { tables }) !== null || parseSceneHeading(bare, { tables }) !== null;
}

/** Capitals that read as a character cue and as nothing else. */
export function isCueShaped(text: string, options: BodyOptions): boolean {
  return (
    [...text].length <= 50 &&
    !text.startsWith("(") &&
    !isTransitionLine(text, options.transitions) &&
    parseCharacterCue(text, options.extensionWords) !== null
  );
}

export function prepareBodyLines(lines: readonly NumberedLine[], options: BodyOptions): BodyLine[] {
  return lines.map((line, index) => {
    const above = lines[index - 1];
    const below = lines[index + 1];
    const { source } = line;
    const gapBefore = above && above.source.page === source.page ? source.y - above.source.y : Infinity;
    const gapAfter = below && below.source.page === source.page ? below.source.y - source.y : Infinity;
    const heading = headingOf(source, options.headingTables);
    const text = heading?.text ?? source.text;
    return {
      ...line,
      text,
      x: heading?.x ?? source.x,
      right: heading?.right ?? source.right,
      heading: heading?.parsed ?? null,
      isCue: heading === null && isCueShaped(text, options),
      startsParenthesis: text.startsWith("("),
      gapBefore,
      gapAfter,
    };
  });
}

/**
 * The distance between two lines of one paragraph. Gaps inside paragraphs and dialogue blocks are the most
 * common small gap, so a low quantile finds it. A script of one-line paragraphs has only blank-line gaps;
 * a quantile that large is taken for that, and the pitch is then read from the font size.
 */
export function linePitch(lines: readonly BodyLine[]): number {
  const sizes = lines.map((line) => line.source.size).sort((a, b) => a - b);
  const size = sizes[Math.floor(sizes.length / 2)] ?? 12;
  const gaps = lines
    .map((line) => line.gapBefore)
    .filter((gap) => Number.isFinite(gap) && gap > size * 0.5 && gap < size * 4)
    .sort((a, b) => a - b);
  const quantile = gaps[Math.floor(gaps.length / 4)];
  return quantile !== undefined && quantile <= size * 1.6 ? Math.max(quantile, size * 0.8) : size * 1.2;
}
