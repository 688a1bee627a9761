// Page furniture of a printed screenplay — page numbers, running headers and footers, continuation marks
// ("(MORE)", "CONTINUED:", «(ПРОД.)») — is not part of the script; this drops it from the page edges.
import type { PdfLine } from "./pdf-lines.ts";

/**
 * A scene or page number as printed: "12", "12А", "A12", "12.", "I-1-A", "12.3". Every part is bounded and
 * parts after the first need a separator, so a long run of digits and capitals cannot make matching explode.
 */
export const numberToken = String.raw`(?:\p{Lu}{1,2}-?)?\d{1,5}\p{Lu}{0,2}(?:[-.][\p{Lu}\d]{1,4}){0,3}\.?`;

const pageNumberPattern = new RegExp(
  String.raw`^(?:(?:page|p\.|pg\.|стр\.?|страница|с\.|старонка|бач\.)\s*)?[-–—]?\s*\d{1,4}\p{Lu}?\s*[-–—]?\.?` +
    String.raw`(?:\s*(?:\/|of|из|з)\s*\d{1,4})?\.?$`,
  "iu",
);

// Marks software prints where a page break splits a scene or a speech; «ДАЛЬШЕ»/«ПРОД.» are the Russian ones.
const markWords = [
  "MORE",
  "CONTINUED",
  "CONT'D",
  "CONT’D",
  "CONT",
  "ДАЛЬШЕ",
  "ДАЛЕЕ",
  "ПРОД",
  "ПРОДОЛЖ",
  "ПРОДОЛЖЕНИЕ",
  "ПРОДОЛЖАЕТСЯ",
  "ПРАЦ",
  "ПРАЦЯГ",
].join("|");
const continuationPattern = new RegExp(
  String.raw`^(?:${numberToken}\s+)?\(?\s*(?:${markWords})\.?\s*\)?:?(?:\s*\(\d+\))?(?:\s+${numberToken})?$`,
  "iu",
);

export function isPageNumber(text: string): boolean {
  return pageNumberPattern.test(text.trim());
}

export function isContinuationMark(text: string): boolean {
  return continuationPattern.test(text.trim());
}

// Page edges: furniture sits in the top or bottom fifth of the page, set apart from the body by a blank line.
const edgeShare = 0.2;

function isOnEdge(line: PdfLine): boolean {
  return line.y < line.pageHeight * edgeShare || line.y > line.pageHeight * (1 - edgeShare);
}

function isSetApart(line: PdfLine, neighbour: PdfLine | undefined): boolean {
  return neighbour === undefined || Math.abs(neighbour.y - line.y) > line.size * 1.5;
}

/** Drops page numbers and continuation marks from the top and the bottom of one page. */
function dropEdgeMarks(lines: readonly PdfLine[]): PdfLine[] {
  const kept = [...lines];
  const isMark = (line: PdfLine | undefined, neighbour: PdfLine | undefined) =>
    line !== undefined &&
    (isContinuationMark(line.text) ||
      (isPageNumber(line.text) && isOnEdge(line) && isSetApart(line, neighbour)));
  // A page edge rarely carries more than a number, a header and a mark; the limit keeps body text safe.
  for (let step = 0; step < 3 && isMark(kept[0], kept[1]); step += 1) kept.shift();
  for (let step = 0; step < 3 && isMark(kept.at(-1), kept.at(-2)); step += 1) kept.pop();
  return kept;
}

const headerKey = (text: string) => text.toLowerCase().replace(/\d+/gu, "#").replace(/\s+/gu, " ").trim();

/**
 * Drops running headers and footers: a line at a page edge, set apart from the body, whose text (numbers aside)
 * repeats on at least half of the pages. `isBody` protects lines that are script text wherever they stand.
 */
function dropRunningLines(pages: readonly PdfLine[][], isBody: (text: string) => boolean): PdfLine[][] {
  const candidates = (lines: readonly PdfLine[]) => {
    const found: PdfLine[] = [];
    const first = lines[0];
    const last = lines.at(-1);
    if (first && isOnEdge(first) && isSetApart(first, lines[1])) found.push(first);
    if (last && last !== first && isOnEdge(last) && isSetApart(last, lines.at(-2))) found.push(last);
    return found.filter((line) => !isBody(line.text));
  };
  const pagesByKey = new Map<string, Set<number>>();
  for (const lines of pages) {
    for (const line of candidates(lines)) {
      const key = headerKey(line.text);
      const seen = pagesByKey.get(key) ?? new Set<number>();
      seen.add(line.page);
      pagesByKey.set(key, seen);
    }
  }
  const pagesWithText = pages.filter((lines) => lines.length > 0).length;
  const isRunning = (line: PdfLine) => {
    const count = pagesByKey.get(headerKey(line.text))?.size ?? 0;
    return count >= 2 && count >= pagesWithText / 2;
  };
  return pages.map((lines) => {
    const drop = new Set(candidates(lines).filter(isRunning));
    return drop.size === 0 ? lines : lines.filter((line) => !drop.has(line));
  });
}

/** The pages without their furniture. */
export function dropPageFurniture(
  pages: readonly PdfLine[][],
  isBody: (text: string) => boolean,
): PdfLine[][] {
  const marked = pages.map(dropEdgeMarks);
  // A header may stand above the page number; once it is gone the number is at the edge and goes too.
  return dropRunningLines(marked, isBody).map(dropEdgeMarks);
}
