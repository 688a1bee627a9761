// The title page of a printed screenplay: centred text on the first page before the first scene heading.
// PDF keeps no keys, so blocks get Fountain's keys from their place and wording (Title, Credit, Author, Contact).
import type { PdfLine } from "./pdf-lines.ts";
import type { TitlePageEntry } from "./types.ts";

/** A kept line with its 1-based number in the extracted text. */
export interface NumberedLine {
  readonly source: PdfLine;
  readonly number: number;
}

export interface PdfTitlePage {
  readonly title: string | null;
  readonly entries: readonly TitlePageEntry[];
}

const creditPattern =
  /^(?:written\s+by|screenplay\s+by|story\s+by|teleplay\s+by|by|автор|авторы|сценарий|сценарист|аўтар|сцэнарый)$/iu;
const keyValuePattern = /^([^:]{1,40}?)\s*:\s*(\S.*)$/u;
const titleKeys = /^(?:title|название|назва)$/iu;
const datePattern = /\b\d{1,2}[./-]\d{1,2}[./-]\d{2,4}\b|\b(?:19|20)\d\d\b/u;

/** Centred on the page, allowing for a text area that is itself off centre by the binding margin. */
export function isCentered(line: PdfLine): boolean {
  const middle = (line.x + line.right) / 2;
  return Math.abs(middle - line.pageWidth / 2) <= line.pageWidth * 0.05;
}

interface Block {
  readonly lines: NumberedLine[];
  readonly centered: boolean;
}

function blocksOf(lines: readonly NumberedLine[]): Block[] {
  const blocks: Block[] = [];
  for (const line of lines) {
    const block = blocks.at(-1);
    const previous = block?.lines.at(-1);
    const centered = isCentered(line.source);
    const isClose = previous !== undefined && line.source.y - previous.source.y <= line.source.size * 1.6;
    if (block && isClose && block.centered === centered) block.lines.push(line);
    else blocks.push({ lines: [line], centered });
  }
  return blocks;
}

function keyOf(block: Block, state: { hasTitle: boolean; afterCredit: boolean }, text: string): string {
  if (creditPattern.test(text)) return "Credit";
  if (!block.centered) return "Contact";
  if (!state.hasTitle) return "Title";
  if (state.afterCredit) return "Author";
  return datePattern.test(text) ? "Draft date" : "Notes";
}

/**
 * Reads the lines before the first heading on page 1 as a title page when most of them are centred;
 * returns null when they are script text (an opening «ИЗ ЗТМ:», action before the first scene).
 */
export function readPdfTitlePage(lines: readonly NumberedLine[]): PdfTitlePage | null {
  const centered = lines.filter((line) => isCentered(line.source)).length;
  if (centered === 0 || centered < lines.length / 2) return null;
  const entries: TitlePageEntry[] = [];
  const state = { hasTitle: false, afterCredit: false };
  let title: string | null = null;
  for (const block of blocksOf(lines)) {
    const texts = block.lines.map((line) => line.source.text);
    const first = block.lines[0];
    if (first === undefined) continue;
    const keyValue = texts.length === 1 ? keyValuePattern.exec(texts[0] ?? "") : null;
    if (keyValue) {
      const [, key = "", value = ""] = keyValue;
      entries.push({ key, value, line: first.number });
      if (titleKeys.test(key)) title ??= value;
      state.hasTitle ||= titleKeys.test(key);
      continue;
    }
    const key = keyOf(block, state, texts.join(" "));
    if (key === "Title") title = texts.join(" ");
    state.hasTitle ||= key === "Title";
    state.afterCredit = key === "Credit";
    entries.push({ key, value: texts.join("\n"), line: first.number });
  }
  return { title, entries };
}
