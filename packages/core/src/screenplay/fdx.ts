// Reads Final Draft FDX (XML) into the same screenplay model as Fountain: paragraphs by type, text from all
// <Text> runs, scene numbers, SceneProperties, dual dialogue, the title page and Tagger tags as suggestions.
// Pure: a string in, a ParsedScreenplay out. It never throws; unreadable XML is one warning with its line.
import { hasMixedAlphabets } from "./alphabets.ts";
import { defaultExtensionWords, parseCharacterCue, type ExtensionWord } from "./cues.ts";
import { collectBreakdownSuggestions, readTagData, type TagOccurrence } from "./fdx-tagger.ts";
import {
  flattenParagraphs,
  readSceneProperties,
  readTitlePage,
  type FdxParagraph,
} from "./fdx-paragraphs.ts";
import { childElements, indexLines, readXml } from "./fdx-xml.ts";
import { defaultHeadingTables, type HeadingTables } from "./heading-tables.ts";
import { parseSceneHeading } from "./heading.ts";
import { parseSceneCharactersLine, splitCharacterNames } from "./scene-characters.ts";
import type { ParsedScreenplay, ScreenplayElement, ScreenplayWarning } from "./types.ts";

/** What a paragraph type means to the model; the file's type names map onto these. */
export type FdxParagraphRole =
  | "heading"
  | "action"
  | "shot"
  | "character"
  | "dialogue"
  | "parenthetical"
  | "transition"
  | "lyrics"
  | "castList"
  | "actStart"
  | "actEnd"
  | "synopsis";

// Final Draft's standard element names, plus the names Russian templates give the same elements: a template
// may rename its elements, and the file then carries the new names. Keys are compared in lower case.
export const defaultFdxParagraphTypes: Readonly<Record<string, FdxParagraphRole>> = {
  "scene heading": "heading",
  action: "action",
  general: "action",
  shot: "shot",
  character: "character",
  dialogue: "dialogue",
  parenthetical: "parenthetical",
  transition: "transition",
  lyrics: "lyrics",
  singing: "lyrics",
  "cast list": "castList",
  "new act": "actStart",
  "end of act": "actEnd",
  "outline body": "synopsis",
  "заголовок сцены": "heading",
  "место действия": "heading",
  действие: "action",
  описание: "action",
  кадр: "shot",
  персонаж: "character",
  "имя персонажа": "character",
  диалог: "dialogue",
  реплика: "dialogue",
  ремарка: "parenthetical",
  переход: "transition",
  "участники сцены": "castList",
  "персонажи сцены": "castList",
};

export interface ParseFdxOptions {
  readonly headingTables?: HeadingTables;
  readonly extensionWords?: readonly ExtensionWord[];
  /** Paragraph type names (lower case) and what they mean; replaces the defaults when given. */
  readonly paragraphTypes?: Readonly<Record<string, FdxParagraphRole>>;
}

type Element = ScreenplayElement;

interface Reader {
  readonly options: Required<ParseFdxOptions>;
  readonly elements: Element[];
  readonly warnings: ScreenplayWarning[];
  readonly sceneNumbers: Map<string, number>;
  readonly unknownTypes: Set<string>;
  readonly tagOccurrences: TagOccurrence[];
  scene: { number: string | null; line: number } | null;
}

function addHeading(reader: Reader, paragraph: FdxParagraph, text: string) {
  const tables = reader.options.headingTables;
  // The paragraph type already says this is a heading, so one without a known prefix is read as forced.
  const parsed = parseSceneHeading(text, { tables }) ?? parseSceneHeading(text, { tables, isForced: true });
  if (parsed === null) return;
  const number = paragraph.element.attributes["Number"]?.trim() || parsed.heading.number;
  const properties = readSceneProperties(paragraph.element);
  const line = paragraph.line;
  reader.elements.push({
    kind: "heading",
    line,
    heading: { ...parsed.heading, number },
    ...(properties ? { properties } : {}),
  });
  for (const issue of parsed.issues) reader.warnings.push({ ...issue, line });
  reader.scene = { number, line };
  if (number === null) return;
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

function addCharacter(reader: Reader, paragraph: FdxParagraph, text: string, dual: "left" | "right" | null) {
  // The type says it is a cue even when the name is not in capitals («Мама»), as Fountain's `@` does.
  const parsed =
    parseCharacterCue(text, reader.options.extensionWords) ??
    parseCharacterCue(`@${text}`, reader.options.extensionWords);
  if (parsed === null) return;
  const { cue } = parsed;
  if (cue.name.split(" ").some(hasMixedAlphabets)) {
    reader.warnings.push({
      code: "MIXED_ALPHABETS",
      line: paragraph.line,
      message: `character name "${cue.name}" mixes Latin and Cyrillic letters`,
    });
  }
  reader.elements.push({ kind: "character", line: paragraph.line, text, cue, dual });
}

/**
 * The Russian scene-characters line, typed by the writer as the first Action or General paragraph under the
 * heading. Every FDX paragraph stands apart, so only a label («Участники: …») or a list of two or more names
 * counts: a one-word first paragraph («Темнота») stays action.
 */
function readSceneCharacters(text: string): string[] | null {
  const names = parseSceneCharactersLine(text, { afterBlank: false });
  return names !== null && (names.length >= 2 || text.includes(":")) ? names : null;
}

function roleOf(reader: Reader, paragraph: FdxParagraph): FdxParagraphRole {
  if (paragraph.type === null) return "action";
  const key = paragraph.type.toLowerCase();
  // Own keys only: a type named "constructor" must not find Object's.
  if (Object.hasOwn(reader.options.paragraphTypes, key))
    return reader.options.paragraphTypes[key] ?? "action";
  // Final Draft's outline elements (Outline 1 … Outline 4) structure the script like Fountain's sections.
  if (/^outline\s*\d+$/iu.test(paragraph.type)) return "actStart";
  if (!reader.unknownTypes.has(paragraph.type)) {
    reader.unknownTypes.add(paragraph.type);
    reader.warnings.push({
      code: "UNKNOWN_PARAGRAPH_TYPE",
      line: paragraph.line,
      message: `paragraph type "${paragraph.type}" is not a known Final Draft element; its text is read as action`,
    });
  }
  return "action";
}

function addParagraph(
  reader: Reader,
  paragraph: FdxParagraph,
  role: FdxParagraphRole,
  dual: "left" | "right" | null,
  isFirstInScene: boolean,
) {
  const text = paragraph.text.trim();
  const line = paragraph.line;
  if (paragraph.element.attributes["StartsNewPage"] === "Yes")
    reader.elements.push({ kind: "pageBreak", line });
  const isCentered = paragraph.element.attributes["Alignment"] === "Center";
  switch (role) {
    case "heading":
      return addHeading(reader, paragraph, text);
    case "character":
      return addCharacter(reader, paragraph, text, dual);
    case "dialogue":
    case "parenthetical":
    case "lyrics":
      return void reader.elements.push({ kind: role, line, text });
    case "transition":
      return void reader.elements.push({ kind: "transition", line, text, isForced: false });
    case "castList":
      return void reader.elements.push({
        kind: "sceneCharacters",
        line,
        text,
        names: splitCharacterNames(text.replace(/^[^:]*:/u, "")),
      });
    case "actStart":
      return void reader.elements.push({ kind: "section", line, text, depth: 1 });
    case "actEnd":
      return void reader.elements.push({ kind: "centered", line, text });
    case "synopsis":
      return void reader.elements.push({ kind: "synopsis", line, text });
    case "shot":
    case "action": {
      const names = isFirstInScene && role === "action" ? readSceneCharacters(text) : null;
      if (names) return void reader.elements.push({ kind: "sceneCharacters", line, text, names });
      if (isCentered) return void reader.elements.push({ kind: "centered", line, text });
      // A shot is printed in capitals like a heading but starts no scene: action that Fountain would force.
      return void reader.elements.push({ kind: "action", line, text, isForced: role === "shot" });
    }
  }
}

/** Which side of its dual block each cue sits on; a block with one cue is no pair and gets a warning. */
function assignDualSides(
  paragraphs: readonly FdxParagraph[],
  roles: readonly FdxParagraphRole[],
  warnings: ScreenplayWarning[],
): ("left" | "right" | null)[] {
  const cuesByGroup = new Map<number, number[]>();
  paragraphs.forEach((paragraph, index) => {
    if (paragraph.dualGroup === null || roles[index] !== "character" || paragraph.text.trim() === "") return;
    cuesByGroup.set(paragraph.dualGroup, [...(cuesByGroup.get(paragraph.dualGroup) ?? []), index]);
  });
  const sides: ("left" | "right" | null)[] = paragraphs.map(() => null);
  for (const cues of cuesByGroup.values()) {
    const [first, ...rest] = cues;
    if (first === undefined) continue;
    if (rest.length === 0) {
      const paragraph = paragraphs[first];
      warnings.push({
        code: "DUAL_WITHOUT_PARTNER",
        line: paragraph?.line ?? 1,
        message: `dual-dialogue block with the cue "${paragraph?.text.trim() ?? ""}" has no second cue to pair with`,
      });
      continue;
    }
    sides[first] = "left";
    for (const index of rest) sides[index] = "right";
  }
  return sides;
}

function warnAboutCues(
  paragraphs: readonly FdxParagraph[],
  roles: readonly FdxParagraphRole[],
  warnings: ScreenplayWarning[],
) {
  const spoken = new Set<FdxParagraphRole>(["dialogue", "parenthetical", "lyrics"]);
  paragraphs.forEach((paragraph, index) => {
    if (roles[index] !== "character" || paragraph.text.trim() === "") return;
    let next = index + 1;
    while (next < paragraphs.length && paragraphs[next]?.text.trim() === "") next += 1;
    const role = roles[next];
    if (role !== undefined && spoken.has(role)) return;
    warnings.push({
      code: "CUE_WITHOUT_DIALOGUE",
      line: paragraph.line,
      message: `character cue "${paragraph.text.trim()}" has no dialogue after it`,
    });
  });
}

function warnAboutStructure(elements: readonly Element[], hasText: boolean, warnings: ScreenplayWarning[]) {
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
  warnings.push(
    hasText
      ? { code: "NO_SCENES", line: 1, message: "no Scene Heading paragraphs were found" }
      : { code: "EMPTY_SCRIPT", line: 1, message: "the script is empty" },
  );
}

function unreadable(warning: ScreenplayWarning, lineCount: number): ParsedScreenplay {
  return {
    format: "fdx",
    title: null,
    titlePage: [],
    elements: [],
    warnings: [warning],
    lineCount,
    breakdownSuggestions: [],
  };
}

/**
 * Parses a Final Draft FDX document. Line numbers are 1-based, those of each <Paragraph> start tag in the text
 * as given. When the text is not well-formed XML or not an FDX, the result has no elements and exactly one
 * warning, MALFORMED_XML or NOT_FDX, naming the problem and its line: callers treat those two as errors.
 */
export function parseFdx(source: string, options: ParseFdxOptions = {}): ParsedScreenplay {
  // A BOM is not a line end, so dropping it keeps every line number.
  const text = source.replace(/^\uFEFF/u, "");
  const lines = indexLines(text);
  if (text.trim() === "")
    return unreadable({ code: "EMPTY_SCRIPT", line: 1, message: "the script is empty" }, lines.lineCount);
  const xml = readXml(text, lines);
  if (!xml.ok)
    return unreadable({ code: "MALFORMED_XML", line: xml.line, message: xml.message }, lines.lineCount);
  const root = xml.elements.find((element) => element.name === "FinalDraft");
  if (root === undefined) {
    const first = xml.elements[0];
    const found = first ? `its root element is <${first.name}>` : "it has no root element";
    return unreadable(
      {
        code: "NOT_FDX",
        line: first?.line ?? 1,
        message: `the file is XML but not a Final Draft document: ${found}, not <FinalDraft>`,
      },
      lines.lineCount,
    );
  }
  const reader: Reader = {
    options: {
      headingTables: options.headingTables ?? defaultHeadingTables,
      extensionWords: options.extensionWords ?? defaultExtensionWords,
      paragraphTypes: options.paragraphTypes ?? defaultFdxParagraphTypes,
    },
    elements: [],
    warnings: [],
    sceneNumbers: new Map(),
    unknownTypes: new Set(),
    tagOccurrences: [],
    scene: null,
  };
  const paragraphs = flattenParagraphs(childElements(root, "Content")[0]);
  const roles = paragraphs.map((paragraph) => roleOf(reader, paragraph));
  const sides = assignDualSides(paragraphs, roles, reader.warnings);
  warnAboutCues(paragraphs, roles, reader.warnings);
  let previousRole: FdxParagraphRole | null = null;
  paragraphs.forEach((paragraph, index) => {
    const role = roles[index] ?? "action";
    // Empty paragraphs are Final Draft's blank lines (and dual dialogue wrappers): nothing to read.
    if (paragraph.text.trim() === "") return;
    addParagraph(reader, paragraph, role, sides[index] ?? null, previousRole === "heading");
    previousRole = role;
    collectTagOccurrences(reader, paragraph);
  });
  const damagedAt = [text.indexOf("\uFFFD"), text.indexOf("\u0000")].filter((offset) => offset >= 0);
  if (damagedAt.length > 0) {
    reader.warnings.push({
      code: "REPLACEMENT_CHARACTERS",
      line: lines.lineAt(Math.min(...damagedAt)),
      message: "the text holds replacement or NUL characters; the file's encoding may have been read wrongly",
    });
  }
  warnAboutStructure(
    reader.elements,
    paragraphs.some((paragraph) => paragraph.text.trim() !== ""),
    reader.warnings,
  );
  const tagger = collectBreakdownSuggestions(
    reader.tagOccurrences,
    readTagData(childElements(root, "TagData")[0]),
  );
  const titlePage = readTitlePage(root);
  return {
    format: "fdx",
    title: titlePage.title,
    titlePage: titlePage.entries,
    elements: reader.elements,
    warnings: [...reader.warnings, ...tagger.warnings].sort((a, b) => a.line - b.line),
    lineCount: lines.lineCount,
    breakdownSuggestions: tagger.suggestions,
  };
}

/** Tagged words of a paragraph; neighbouring runs of one tag (split by a style change) are one occurrence. */
function collectTagOccurrences(reader: Reader, paragraph: FdxParagraph) {
  const spans: { tagNumber: string; text: string }[] = [];
  let previous: string | null = null;
  for (const run of paragraph.runs) {
    const last = spans.at(-1);
    if (run.tagNumber !== null && last !== undefined && run.tagNumber === previous) last.text += run.text;
    else if (run.tagNumber !== null) spans.push({ tagNumber: run.tagNumber, text: run.text });
    previous = run.tagNumber;
  }
  for (const span of spans) {
    reader.tagOccurrences.push({
      ...span,
      line: paragraph.line,
      sceneNumber: reader.scene?.number ?? null,
      sceneLine: reader.scene?.line ?? null,
    });
  }
}
