// Reads Fountain (fountain.io/syntax, the whole of it) with the Russian and CIS conventions into the screenplay model.
// Pure: a string in, elements and warnings with 1-based line numbers out. It never throws on any input.
import { hasMixedAlphabets } from "./alphabets.ts";
import { defaultExtensionWords, parseCharacterCue, type ExtensionWord } from "./cues.ts";
import { stripEmphasis } from "./emphasis.ts";
import { prepareFountainSource, type SourceRow } from "./fountain-source.ts";
import { defaultHeadingTables, type HeadingTables } from "./heading-tables.ts";
import { mayStartSceneHeading, parseSceneHeading } from "./heading.ts";
import { parseSceneCharactersLine } from "./scene-characters.ts";
import { parseTitlePage } from "./title-page.ts";
import { defaultTransitions, isTransitionLine } from "./transitions.ts";
import type { ParsedScreenplay, ScreenplayElement, ScreenplayWarning } from "./types.ts";

export interface ParseFountainOptions {
  readonly headingTables?: HeadingTables;
  readonly extensionWords?: readonly ExtensionWord[];
  readonly transitions?: readonly string[];
}

type Element = ScreenplayElement;
type ParsedCue = NonNullable<ReturnType<typeof parseCharacterCue>>;

interface Reader {
  readonly rows: readonly SourceRow[];
  readonly options: Required<ParseFountainOptions>;
  readonly elements: Element[];
  readonly warnings: ScreenplayWarning[];
  readonly sceneNumbers: Map<string, number>;
}

const isBlank = (row: SourceRow | undefined) => row === undefined || row.text.trim() === "";
const pageBreakPattern = /^={3,}$/u;
const forcedHeadingPattern = /^\.(?=[\p{L}\p{N}])/u;
const parentheticalPattern = /^\(.*\)$/su;
const sectionPattern = /^(#+)\s*(.*)$/u;
const synopsisPattern = /^=(?!=)\s*(.*)$/u;
const centeredPattern = /^>\s*(.*?)\s*<$/u;
const spacesOnlyPattern = /^ {2,}$/u;
// Elements after which a paragraph goes on: the next line without a blank line before it is not a new paragraph.
const continuingKinds: ReadonlySet<Element["kind"]> = new Set([
  "action",
  "dialogue",
  "parenthetical",
  "lyrics",
  "character",
]);

/** Line-level elements that stand alone wherever they appear and end the paragraph before them. */
function readStandaloneLine(text: string, line: number): Element | null {
  // Every standalone line starts with one of three characters; most lines are refused on that alone.
  const first = text.charAt(0);
  if (first !== "=" && first !== "#" && first !== ">") return null;
  if (pageBreakPattern.test(text)) return { kind: "pageBreak", line };
  const section = sectionPattern.exec(text);
  if (section) return { kind: "section", line, text: section[2] ?? "", depth: section[1]?.length ?? 1 };
  const synopsis = synopsisPattern.exec(text);
  if (synopsis) return { kind: "synopsis", line, text: synopsis[1] ?? "" };
  const centered = centeredPattern.exec(text);
  if (centered) return { kind: "centered", line, text: centered[1] ?? "" };
  if (first === ">") return { kind: "transition", line, text: text.slice(1).trim(), isForced: true };
  return null;
}

function addHeading(reader: Reader, text: string, line: number, isForced: boolean): boolean {
  if (!isForced && !mayStartSceneHeading(text, reader.options.headingTables)) return false;
  const parsed = parseSceneHeading(stripEmphasis(text), { tables: reader.options.headingTables, isForced });
  if (!parsed) return false;
  reader.elements.push({ kind: "heading", line, heading: parsed.heading });
  for (const issue of parsed.issues) reader.warnings.push({ ...issue, line });
  const number = parsed.heading.number;
  if (number !== null) {
    const first = reader.sceneNumbers.get(number);
    if (first === undefined) reader.sceneNumbers.set(number, line);
    else {
      reader.warnings.push({
        code: "DUPLICATE_SCENE_NUMBER",
        line,
        message: `scene number "${number}" was already used by the scene heading on line ${first}`,
      });
    }
  }
  return true;
}

/** After a heading: the scene-characters line, right under it or after one blank line. Returns rows consumed. */
function readSceneCharacters(reader: Reader, index: number): number {
  const next = reader.rows[index];
  if (next === undefined) return 0;
  const afterBlank = isBlank(next);
  const candidate = afterBlank ? reader.rows[index + 1] : next;
  if (candidate === undefined || isBlank(candidate)) return 0;
  if (afterBlank && !isBlank(reader.rows[index + 2])) return 0;
  const text = candidate.text.trim();
  if (readStandaloneLine(text, candidate.line) || isTransitionLine(text, reader.options.transitions))
    return 0;
  const names = parseSceneCharactersLine(stripEmphasis(text), { afterBlank });
  if (names === null) return 0;
  reader.elements.push({ kind: "sceneCharacters", line: candidate.line, text, names });
  return afterBlank ? 2 : 1;
}

/** Marks the previous dialogue block as the left half of a dual pair; false when there is none. */
function pairDualDialogue(elements: Element[]): boolean {
  for (let index = elements.length - 1; index >= 0; index -= 1) {
    const element = elements[index];
    if (element === undefined) return false;
    if (element.kind === "character") {
      elements[index] = { ...element, dual: "left" };
      return true;
    }
    if (element.kind !== "dialogue" && element.kind !== "parenthetical" && element.kind !== "lyrics")
      return false;
  }
  return false;
}

/** A cue and its dialogue block; returns the index of the first row after the block. */
function readDialogueBlock(reader: Reader, index: number, cueText: string, parsed: ParsedCue): number {
  const row = reader.rows[index];
  if (row === undefined) return index + 1;
  const { cue, isDual } = parsed;
  const hasPartner = isDual && pairDualDialogue(reader.elements);
  if (isDual && !hasPartner) {
    reader.warnings.push({
      code: "DUAL_WITHOUT_PARTNER",
      line: row.line,
      message: `dual-dialogue cue "${cueText.trim()}" has no cue before it to pair with`,
    });
  }
  // A word can only mix alphabets when the whole name does; most names are refused on the first test.
  if (hasMixedAlphabets(cue.name) && cue.name.split(" ").some(hasMixedAlphabets)) {
    reader.warnings.push({
      code: "MIXED_ALPHABETS",
      line: row.line,
      message: `character name "${cue.name}" mixes Latin and Cyrillic letters`,
    });
  }
  reader.elements.push({
    kind: "character",
    line: row.line,
    text: cueText.trim(),
    cue,
    dual: hasPartner ? "right" : null,
  });
  let next = index + 1;
  // The dialogue lines read since the last parenthetical or lyric, and the line of the first of them.
  let dialogueLine = 0;
  let dialogue = "";
  let hasDialogue = false;
  for (; next < reader.rows.length; next += 1) {
    const current = reader.rows[next];
    if (current === undefined) break;
    const text = current.text.trim();
    // A line of two spaces keeps the dialogue going across an empty line (fountain.io/syntax, Dialogue).
    if (text === "" && !spacesOnlyPattern.test(current.text)) break;
    const isParenthetical = text.startsWith("(") && parentheticalPattern.test(text);
    if (isParenthetical || text.startsWith("~")) {
      if (hasDialogue) reader.elements.push({ kind: "dialogue", line: dialogueLine, text: dialogue });
      hasDialogue = false;
      reader.elements.push(
        isParenthetical
          ? { kind: "parenthetical", line: current.line, text }
          : { kind: "lyrics", line: current.line, text: text.slice(1).trim() },
      );
    } else if (hasDialogue) dialogue += `\n${text}`;
    else {
      dialogueLine = current.line;
      dialogue = text;
      hasDialogue = true;
    }
  }
  if (hasDialogue) reader.elements.push({ kind: "dialogue", line: dialogueLine, text: dialogue });
  if (next === index + 1) {
    reader.warnings.push({
      code: "CUE_WITHOUT_DIALOGUE",
      line: row.line,
      message: `character cue "${cueText.trim()}" has no dialogue after it`,
    });
  }
  return next;
}

/** An action paragraph: lines up to a blank line or a standalone element. Returns the next row index. */
function readAction(reader: Reader, index: number, isForced: boolean): number {
  const lines: string[] = [];
  const first = reader.rows[index];
  let next = index;
  for (; next < reader.rows.length; next += 1) {
    const row = reader.rows[next];
    if (row === undefined || isBlank(row)) break;
    const text = row.text.trimEnd();
    if (next > index && readStandaloneLine(text.trim(), row.line)) break;
    lines.push(next === index && isForced ? text.replace(/^\s*!/u, "") : text);
  }
  if (first) reader.elements.push({ kind: "action", line: first.line, text: lines.join("\n"), isForced });
  return Math.max(next, index + 1);
}

/** Reads one paragraph-level element starting at the row; returns the index of the next unread row. */
function readElement(reader: Reader, index: number, atParagraphStart: boolean): number {
  const row = reader.rows[index];
  if (row === undefined) return index + 1;
  const text = row.text.trim();
  const standalone = readStandaloneLine(text, row.line);
  if (standalone) {
    reader.elements.push(standalone);
    return index + 1;
  }
  if (text.startsWith("!")) return readAction(reader, index, true);
  if (text.startsWith("~")) {
    reader.elements.push({ kind: "lyrics", line: row.line, text: text.slice(1).trim() });
    return index + 1;
  }
  if (!atParagraphStart) return readAction(reader, index, false);
  if (forcedHeadingPattern.test(text) && addHeading(reader, text.slice(1), row.line, true)) {
    return index + 1 + readSceneCharacters(reader, index + 1);
  }
  if (!text.startsWith(".") && addHeading(reader, text, row.line, false)) {
    return index + 1 + readSceneCharacters(reader, index + 1);
  }
  if (isTransitionLine(text, reader.options.transitions)) {
    reader.elements.push({ kind: "transition", line: row.line, text, isForced: false });
    return index + 1;
  }
  const isForcedCue = text.startsWith("@");
  const hasDialogue = !isBlank(reader.rows[index + 1]);
  const cue =
    isForcedCue || hasDialogue ? parseCharacterCue(stripEmphasis(text), reader.options.extensionWords) : null;
  if (cue) return readDialogueBlock(reader, index, text, cue);
  return readAction(reader, index, false);
}

function warnAboutStructure(
  elements: readonly Element[],
  rows: readonly SourceRow[],
  warnings: ScreenplayWarning[],
) {
  const firstHeading = elements.findIndex((element) => element.kind === "heading");
  const beforeScenes = (firstHeading === -1 ? [] : elements.slice(0, firstHeading)).find(
    (element) => element.kind === "action" || element.kind === "character",
  );
  if (beforeScenes) {
    warnings.push({
      code: "TEXT_BEFORE_FIRST_SCENE",
      line: beforeScenes.line,
      message: "action or dialogue comes before the first scene heading and belongs to no scene",
    });
  }
  if (firstHeading !== -1) return;
  const hasText = rows.some((row) => !isBlank(row));
  warnings.push(
    hasText
      ? {
          code: "NO_SCENES",
          line: 1,
          message: "no scene headings were found (INT./EXT., ИНТ./НАТ. or a forced .HEADING)",
        }
      : { code: "EMPTY_SCRIPT", line: 1, message: "the script is empty" },
  );
}

/** Parses a Fountain screenplay. Line numbers are 1-based and refer to the text as given (CRLF, LF or CR). */
export function parseFountain(source: string, options: ParseFountainOptions = {}): ParsedScreenplay {
  const prepared = prepareFountainSource(source);
  const titlePage = parseTitlePage(prepared.rows);
  const reader: Reader = {
    rows: prepared.rows,
    options: {
      headingTables: options.headingTables ?? defaultHeadingTables,
      extensionWords: options.extensionWords ?? defaultExtensionWords,
      transitions: options.transitions ?? defaultTransitions,
    },
    elements: [],
    warnings: [...prepared.warnings],
    sceneNumbers: new Map(),
  };
  let index = titlePage.bodyStart;
  let atParagraphStart = true;
  while (index < reader.rows.length) {
    if (isBlank(reader.rows[index])) {
      atParagraphStart = true;
      index += 1;
      continue;
    }
    const count = reader.elements.length;
    index = readElement(reader, index, atParagraphStart);
    // Headings, standalone lines and transitions leave the next line free to start a paragraph.
    const last = reader.elements.at(-1);
    atParagraphStart =
      reader.elements.length > count && last !== undefined && !continuingKinds.has(last.kind);
  }
  const notes: Element[] = prepared.notes.map((note) => ({ kind: "note", line: note.line, text: note.text }));
  // Notes sit where they were written; a stable sort by line keeps the order of elements on one line.
  const elements = [...reader.elements, ...notes].sort((a, b) => a.line - b.line);
  warnAboutStructure(elements, prepared.rows, reader.warnings);
  return {
    format: "fountain",
    title: titlePage.title,
    titlePage: titlePage.entries,
    elements,
    warnings: [...reader.warnings].sort((a, b) => a.line - b.line),
    lineCount: prepared.lineCount,
  };
}
