// The first step of reading a PDF screenplay: positioned text items become lines, one per baseline,
// each split into segments where a wide gap separates text (a scene number printed in the margin).
// Pure: the server's PDF adapter extracts the items; nothing here knows the PDF format itself.

/** One run of text as a PDF library reports it, in points, measured from the page's top-left corner. */
export interface PdfTextItem {
  readonly text: string;
  /** Left edge of the text. */
  readonly x: number;
  /** The baseline's distance from the top of the page. */
  readonly y: number;
  readonly width: number;
  /** The font size, or the glyph height when the library knows no better. */
  readonly height: number;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly items: readonly PdfTextItem[];
}

/** A run of a line's text with no wide gap inside it. */
export interface PdfSegment {
  readonly text: string;
  readonly x: number;
  readonly right: number;
}

export interface PdfLine {
  /** 0-based index of the page. */
  readonly page: number;
  readonly pageWidth: number;
  readonly pageHeight: number;
  /** The baseline, from the top of the page. */
  readonly y: number;
  readonly x: number;
  readonly right: number;
  /** The font size of the line's largest text. */
  readonly size: number;
  readonly segments: readonly PdfSegment[];
  /** The segments' text joined with single spaces. */
  readonly text: string;
}

// US Letter, used when a page reports no usable size.
const fallbackPageSize = { width: 612, height: 792 };
const fallbackFontSize = 12;

interface CleanItem {
  readonly text: string;
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly size: number;
}

const isUsable = (value: number) => Number.isFinite(value) && Math.abs(value) < 1e7;

function cleanItems(items: readonly PdfTextItem[]): CleanItem[] {
  const clean: CleanItem[] = [];
  for (const item of items) {
    if (typeof item.text !== "string" || item.text.trim() === "") continue;
    if (!isUsable(item.x) || !isUsable(item.y)) continue;
    const width = isUsable(item.width) ? Math.max(0, item.width) : 0;
    const size = isUsable(item.height) && item.height > 0 ? item.height : fallbackFontSize;
    clean.push({ text: item.text, x: item.x, y: item.y, width, size });
  }
  return clean;
}

/** The average width of one character, from the items' own widths. */
function charWidthOf(items: readonly CleanItem[]): number {
  let width = 0;
  let chars = 0;
  for (const item of items) {
    if (item.width <= 0) continue;
    width += item.width;
    chars += [...item.text].length;
  }
  const size = items.reduce((most, item) => Math.max(most, item.size), 1);
  return chars > 0 && width > 0 ? width / chars : size * 0.6;
}

/** Items on one baseline, left to right; an item drawn twice in place (faux bold) is kept once. */
function buildLine(items: CleanItem[], page: number, pageWidth: number, pageHeight: number): PdfLine {
  const sorted = [...items].sort((a, b) => a.x - b.x);
  const charWidth = charWidthOf(sorted);
  const segments: { text: string; x: number; right: number }[] = [];
  let previous: CleanItem | null = null;
  for (const item of sorted) {
    const right = item.x + item.width;
    if (previous && previous.text === item.text && Math.abs(previous.x - item.x) < charWidth / 2) continue;
    const current = segments.at(-1);
    const gap = current ? item.x - current.right : 0;
    if (!current || gap > charWidth * 1.8) segments.push({ text: item.text, x: item.x, right });
    else {
      const needsSpace = gap > charWidth * 0.15 && !/\s$/u.test(current.text) && !/^\s/u.test(item.text);
      current.text += (needsSpace ? " " : "") + item.text;
      current.right = Math.max(current.right, right);
    }
    previous = item;
  }
  const cleaned = segments
    .map((segment) => ({ ...segment, text: segment.text.replace(/\s+/gu, " ").trim() }))
    .filter((segment) => segment.text !== "");
  // Revised lines carry an asterisk in the right margin (Final Draft, Movie Magic); it is not script text.
  const trimmed = cleaned.length > 1 ? cleaned.filter((segment) => !/^\*+$/u.test(segment.text)) : cleaned;
  const first = trimmed[0];
  return {
    page,
    pageWidth,
    pageHeight,
    y: median(items.map((item) => item.y)),
    x: first?.x ?? 0,
    right: trimmed.reduce((most, segment) => Math.max(most, segment.right), first?.x ?? 0),
    size: items.reduce((most, item) => Math.max(most, item.size), 0),
    segments: trimmed,
    text: trimmed.map((segment) => segment.text).join(" "),
  };
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 1 ? upper : ((sorted[middle - 1] ?? upper) + upper) / 2;
}

/** The page's lines, top to bottom: items whose baselines lie within a third of the font size share a line. */
export function pageLines(page: PdfPage, pageIndex: number): PdfLine[] {
  if (typeof page !== "object" || page === null) return [];
  const width = isUsable(page.width) && page.width > 0 ? page.width : fallbackPageSize.width;
  const height = isUsable(page.height) && page.height > 0 ? page.height : fallbackPageSize.height;
  const items = cleanItems(Array.isArray(page.items) ? page.items : []).sort(
    (a, b) => a.y - b.y || a.x - b.x,
  );
  const groups: CleanItem[][] = [];
  for (const item of items) {
    const group = groups.at(-1);
    const first = group?.[0];
    if (group && first && item.y - first.y <= Math.max(1, Math.min(first.size, item.size) / 3))
      group.push(item);
    else groups.push([item]);
  }
  return groups
    .map((group) => buildLine(group, pageIndex, width, height))
    .filter((line) => line.segments.length > 0);
}

/** All pages' lines in reading order. */
export function documentLines(pages: readonly PdfPage[]): PdfLine[][] {
  return pages.map((page, index) => pageLines(page, index));
}
