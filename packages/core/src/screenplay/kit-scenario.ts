// Reads the script XML of KIT Scenarist (.kitsp, the `scenario.text` column) and of Story Architect (.starc,
// the screenplay text document) into the screenplay model. Getting the XML out of the SQLite file is the
// server's job; this is pure: a string in, a ParsedScreenplay out. It never throws; unreadable XML is one
// MALFORMED_XML warning with its line. Written from the format as described, not from either program's code.
import { hasMixedAlphabets } from "./alphabets.ts";
import { defaultExtensionWords, parseCharacterCue, type ExtensionWord } from "./cues.ts";
import { indexLines, readXml } from "./fdx-xml.ts";
import { defaultHeadingTables, type HeadingTables } from "./heading-tables.ts";
import { parseSceneHeading } from "./heading.ts";
import {
  flattenBlocks,
  kitBlockRoles,
  storedSceneNumber,
  type KitBlockRole,
  type KitParagraph,
} from "./kit-blocks.ts";
import { parseSceneCharactersLine, splitCharacterNames } from "./scene-characters.ts";
import type { ParsedScreenplay, ScreenplayElement, ScreenplayWarning } from "./types.ts";

export interface ParseKitScenarioOptions {
  readonly headingTables?: HeadingTables;
  readonly extensionWords?: readonly ExtensionWord[];
  /** Block element names (lower case) and what they mean; replaces the defaults when given. */
  readonly blockRoles?: Readonly<Record<string, KitBlockRole>>;
}

type Format = "kitsp" | "starc";

interface Reader {
  readonly options: Required<ParseKitScenarioOptions>;
  readonly format: Format;
  readonly elements: ScreenplayElement[];
  readonly warnings: ScreenplayWarning[];
  readonly sceneNumbers: Map<string, number>;
  readonly unknownTypes: Set<string>;
}

function addHeading(reader: Reader, paragraph: KitParagraph, text: string) {
  const tables = reader.options.headingTables;
  // The block type already says this is a heading, so one without a known prefix is read as forced.
  const parsed = parseSceneHeading(text, { tables }) ?? parseSceneHeading(text, { tables, isForced: true });
  if (parsed === null) return;
  const number = storedSceneNumber(paragraph) ?? parsed.heading.number;
  const line = paragraph.line;
  reader.elements.push({ kind: "heading", line, heading: { ...parsed.heading, number } });
  for (const issue of parsed.issues) reader.warnings.push({ ...issue, line });
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

function addCharacter(reader: Reader, line: number, text: string) {
  // The block type says it is a cue even when the name is not in capitals («Мама»).
  const words = reader.options.extensionWords;
  const parsed = parseCharacterCue(text, words) ?? parseCharacterCue(`@${text}`, words);
  if (parsed === null) return;
  const { cue } = parsed;
  if (cue.name.split(" ").some(hasMixedAlphabets)) {
    reader.warnings.push({
      code: "MIXED_ALPHABETS",
      line,
      message: `character name "${cue.name}" mixes Latin and Cyrillic letters`,
    });
  }
  reader.elements.push({ kind: "character", line, text, cue, dual: null });
}

/** The names of a scene-characters block; a list the shape rules refuse is still split at its commas. */
function sceneCharacterNames(text: string): string[] {
  return (
    parseSceneCharactersLine(text, { afterBlank: false }) ?? splitCharacterNames(text.replace(/^[^:]*:/u, ""))
  );
}

function warnUnknown(reader: Reader, paragraph: KitParagraph) {
  if (reader.unknownTypes.has(paragraph.type)) return;
  reader.unknownTypes.add(paragraph.type);
  const program = reader.format === "starc" ? "Story Architect" : "KIT Scenarist";
  reader.warnings.push({
    code: "UNKNOWN_PARAGRAPH_TYPE",
    line: paragraph.line,
    message: `block type "${paragraph.type}" is not a known ${program} block; its text is read as action`,
  });
}

function addParagraph(reader: Reader, paragraph: KitParagraph) {
  const text = paragraph.text.trim();
  const line = paragraph.line;
  const role = paragraph.role ?? "action";
  if (paragraph.role === null) warnUnknown(reader, paragraph);
  switch (role) {
    case "skip":
      return;
    case "heading":
      return addHeading(reader, paragraph, text);
    case "character":
      return addCharacter(reader, line, text);
    case "sceneCharacters":
      return void reader.elements.push({
        kind: "sceneCharacters",
        line,
        text,
        names: sceneCharacterNames(text),
      });
    case "dialogue":
    case "parenthetical":
    case "lyrics":
    case "note":
    case "synopsis":
      return void reader.elements.push({ kind: role, line, text });
    case "transition":
      return void reader.elements.push({ kind: "transition", line, text, isForced: false });
    case "section":
      return void reader.elements.push({ kind: "section", line, text, depth: Math.max(1, paragraph.depth) });
    case "shot":
    case "action":
      // A shot is printed in capitals like a heading but starts no scene: action that Fountain would force.
      return void reader.elements.push({ kind: "action", line, text, isForced: role === "shot" });
  }
}

const spokenRoles = new Set<KitBlockRole | null>(["dialogue", "parenthetical", "lyrics"]);

function warnAboutCues(paragraphs: readonly KitParagraph[], warnings: ScreenplayWarning[]) {
  const visible = paragraphs.filter((paragraph) => paragraph.text.trim() !== "" && paragraph.role !== "skip");
  visible.forEach((paragraph, index) => {
    if (paragraph.role !== "character" || spokenRoles.has(visible[index + 1]?.role ?? null)) return;
    warnings.push({
      code: "CUE_WITHOUT_DIALOGUE",
      line: paragraph.line,
      message: `character cue "${paragraph.text.trim()}" has no dialogue after it`,
    });
  });
}

function warnAboutStructure(elements: readonly ScreenplayElement[], warnings: ScreenplayWarning[]) {
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
    elements.length > 0
      ? { code: "NO_SCENES", line: 1, message: "no scene_heading blocks were found" }
      : { code: "EMPTY_SCRIPT", line: 1, message: "the script is empty" },
  );
}

function result(
  format: Format,
  elements: readonly ScreenplayElement[],
  warnings: readonly ScreenplayWarning[],
  lineCount: number,
): ParsedScreenplay {
  return { format, title: null, titlePage: [], elements, warnings, lineCount };
}

function parseBlockXml(source: string, format: Format, options: ParseKitScenarioOptions): ParsedScreenplay {
  // A BOM is not a line end, so dropping it keeps every line number.
  const text = source.replace(/^\uFEFF/u, "");
  const lines = indexLines(text);
  if (text.trim() === "")
    return result(
      format,
      [],
      [{ code: "EMPTY_SCRIPT", line: 1, message: "the script is empty" }],
      lines.lineCount,
    );
  const xml = readXml(text, lines);
  if (!xml.ok)
    return result(
      format,
      [],
      [{ code: "MALFORMED_XML", line: xml.line, message: xml.message }],
      lines.lineCount,
    );
  const reader: Reader = {
    options: {
      headingTables: options.headingTables ?? defaultHeadingTables,
      extensionWords: options.extensionWords ?? defaultExtensionWords,
      blockRoles: options.blockRoles ?? kitBlockRoles,
    },
    format,
    elements: [],
    warnings: [],
    sceneNumbers: new Map(),
    unknownTypes: new Set(),
  };
  // Whatever the root is called, the blocks under it are read: a renamed root loses nothing.
  const paragraphs = xml.elements.flatMap((root) =>
    flattenBlocks({ ...root, children: [root] }, reader.options.blockRoles),
  );
  for (const paragraph of paragraphs) if (paragraph.text.trim() !== "") addParagraph(reader, paragraph);
  warnAboutCues(paragraphs, reader.warnings);
  const damagedAt = [text.indexOf("\uFFFD"), text.indexOf("\u0000")].filter((offset) => offset >= 0);
  if (damagedAt.length > 0) {
    reader.warnings.push({
      code: "REPLACEMENT_CHARACTERS",
      line: lines.lineAt(Math.min(...damagedAt)),
      message: "the text holds replacement or NUL characters; the file's encoding may have been read wrongly",
    });
  }
  warnAboutStructure(reader.elements, reader.warnings);
  const warnings = [...reader.warnings].sort((a, b) => a.line - b.line);
  return result(format, reader.elements, warnings, lines.lineCount);
}

/**
 * Parses KIT Scenarist's script XML (`<scenario version="1.0">` with scene_heading, scene_characters, action,
 * character, parenthetical, dialog, transition and note blocks). Line numbers are 1-based, those of each
 * block's start tag in the XML text; lineCount is the XML's line count.
 */
export function parseKitScenarioXml(xml: string, options: ParseKitScenarioOptions = {}): ParsedScreenplay {
  return parseBlockXml(xml, "kitsp", options);
}

/**
 * Parses Story Architect's screenplay text document XML: the same block idea as KIT Scenarist (Starc names
 * dialogue `dialogue` and adds shot, lyrics, inline_note, sequence and act blocks), with scenes and folders
 * wrapping their blocks in <content>. Line numbers and warnings as in parseKitScenarioXml.
 */
export function parseStarcScreenplayXml(
  xml: string,
  options: ParseKitScenarioOptions = {},
): ParsedScreenplay {
  return parseBlockXml(xml, "starc", options);
}
