// Reads a printed screenplay from the positioned text of its PDF pages: lines by baseline, page furniture
// dropped, indentation columns found from the document itself, then elements by column and wording.
// Pure: the server's adapter extracts the text items. Never throws; how sure it is goes into `confidence`.
import { hasMixedAlphabets } from "./alphabets.ts";
import { defaultExtensionWords, type ExtensionWord } from "./cues.ts";
import { defaultHeadingTables, type HeadingTables } from "./heading-tables.ts";
import {
  linePitch,
  looksLikeHeading,
  prepareBodyLines,
  type BodyLine,
  type BodyOptions,
} from "./pdf-body.ts";
import { classifyBodyLines } from "./pdf-classify.ts";
import { dropPageFurniture } from "./pdf-furniture.ts";
import { findIndentation, type Indentation } from "./pdf-indents.ts";
import { documentLines, type PdfPage } from "./pdf-lines.ts";
import { readPdfTitlePage, type NumberedLine, type PdfTitlePage } from "./pdf-title-page.ts";
import { defaultTransitions, isTransitionLine } from "./transitions.ts";
import type { ParsedScreenplay, ScreenplayElement, ScreenplayWarning } from "./types.ts";

export type { PdfPage, PdfTextItem } from "./pdf-lines.ts";

export interface ParsePdfLayoutOptions {
  readonly headingTables?: HeadingTables;
  readonly extensionWords?: readonly ExtensionWord[];
  readonly transitions?: readonly string[];
}

/** Below this the reader warns that element kinds are guesses. */
const lowConfidence = 0.6;

/** Page 1 up to the first heading, when it reads as a title page; a transition there means the script began. */
function splitTitlePage(lines: readonly NumberedLine[], options: BodyOptions) {
  const firstPage = lines[0]?.source.page;
  const firstHeading = lines.findIndex((line) => looksLikeHeading(line.source.text, options.headingTables));
  const end = firstHeading === -1 ? lines.length : firstHeading;
  const candidates = lines.slice(0, end).filter((line) => line.source.page === firstPage);
  const hasTransition = candidates.some((line) => isTransitionLine(line.source.text, options.transitions));
  const titlePage = candidates.length > 0 && !hasTransition ? readPdfTitlePage(candidates) : null;
  return { titlePage, body: titlePage === null ? lines : lines.slice(candidates.length) };
}

function findColumns(body: readonly BodyLine[], paragraphGap: number): Indentation {
  return findIndentation(
    body.map((line, index) => {
      const above = body[index - 1];
      return {
        x: line.x,
        right: line.right,
        length: [...line.text].length,
        isHeading: line.heading !== null,
        isCue: line.isCue,
        startsParenthesis: line.startsParenthesis,
        followsCue:
          above !== undefined && line.gapBefore <= paragraphGap && (above.isCue || above.startsParenthesis),
        hasLineBelow: line.gapAfter <= paragraphGap,
      };
    }),
  );
}

function structureWarnings(elements: readonly ScreenplayElement[], hasText: boolean): ScreenplayWarning[] {
  const warnings: ScreenplayWarning[] = [];
  const numbers = new Map<string, number>();
  elements.forEach((element, index) => {
    if (element.kind === "heading" && element.heading.number !== null) {
      const first = numbers.get(element.heading.number);
      if (first === undefined) numbers.set(element.heading.number, element.line);
      else {
        const message = `scene number "${element.heading.number}" was already used by the scene heading on line ${first}`;
        warnings.push({ code: "DUPLICATE_SCENE_NUMBER", line: element.line, message });
      }
    }
    if (element.kind !== "character") return;
    const next = elements[index + 1]?.kind;
    if (next !== "dialogue" && next !== "parenthetical") {
      const message = `character cue "${element.text}" has no dialogue after it`;
      warnings.push({ code: "CUE_WITHOUT_DIALOGUE", line: element.line, message });
    }
    if (element.cue.name.split(" ").some(hasMixedAlphabets)) {
      const message = `character name "${element.cue.name}" mixes Latin and Cyrillic letters`;
      warnings.push({ code: "MIXED_ALPHABETS", line: element.line, message });
    }
  });
  const firstHeading = elements.findIndex((element) => element.kind === "heading");
  const before = elements
    .slice(0, firstHeading)
    .find((element) => element.kind === "action" || element.kind === "character");
  if (firstHeading > 0 && before) {
    const message = "action or dialogue comes before the first scene heading and belongs to no scene";
    warnings.push({ code: "TEXT_BEFORE_FIRST_SCENE", line: before.line, message });
  }
  if (firstHeading === -1) {
    warnings.push(
      hasText
        ? { code: "NO_SCENES", line: 1, message: "no scene headings were found (INT./EXT., ИНТ./НАТ.)" }
        : { code: "EMPTY_SCRIPT", line: 1, message: "the PDF holds no script text" },
    );
  }
  return warnings;
}

/**
 * The share of body lines whose kind the layout was sure of, halved when no heading was found and lowered
 * when cue-shaped lines exist but no cue column does (a layout this reader does not know).
 */
function measureConfidence(body: readonly BodyLine[], sureLines: number, indentation: Indentation): number {
  if (body.length === 0) return 0;
  const hasHeading = body.some((line) => line.heading !== null);
  const cueLines = body.filter((line) => line.isCue).length;
  const share = Math.min(1, sureLines / body.length);
  const factor = (hasHeading ? 1 : 0.5) * (cueLines >= 3 && indentation.columns.cue === null ? 0.8 : 1);
  return Math.round(share * factor * 100) / 100;
}

function titleFields(titlePage: PdfTitlePage | null) {
  return { title: titlePage?.title ?? null, titlePage: titlePage?.entries ?? [] };
}

/** Reads a screenplay from its PDF pages' text items. Line numbers count the kept lines of all pages. */
export function parsePdfLayout(
  pages: readonly PdfPage[],
  options: ParsePdfLayoutOptions = {},
): ParsedScreenplay {
  const bodyOptions: BodyOptions = {
    headingTables: options.headingTables ?? defaultHeadingTables,
    extensionWords: options.extensionWords ?? defaultExtensionWords,
    transitions: options.transitions ?? defaultTransitions,
  };
  const isHeading = (text: string) => looksLikeHeading(text, bodyOptions.headingTables);
  const kept = dropPageFurniture(documentLines(Array.isArray(pages) ? pages : []), isHeading);
  const lines = kept.flat().map((source, index) => ({ source, number: index + 1 }));
  const { titlePage, body: bodyLines } = splitTitlePage(lines, bodyOptions);
  const body = prepareBodyLines(bodyLines, bodyOptions);
  const pitch = linePitch(body);
  const indentation = findColumns(body, pitch * 1.5);
  const classified = classifyBodyLines(body, indentation, bodyOptions, pitch);
  const confidence = measureConfidence(body, classified.sureLines, indentation);
  const warnings = [...classified.warnings, ...structureWarnings(classified.elements, lines.length > 0)];
  const damaged = lines.find((line) => line.source.text.includes("\uFFFD"));
  if (damaged) {
    const message =
      "the PDF's fonts do not map some characters to Unicode; they read as replacement characters";
    warnings.push({ code: "REPLACEMENT_CHARACTERS", line: damaged.number, message });
  }
  if (body.length > 0 && confidence < lowConfidence) {
    const percent = Math.round(confidence * 100);
    const message = `the page layout matched the usual screenplay columns only in part (confidence ${percent}%); check the element kinds`;
    warnings.push({ code: "LOW_LAYOUT_CONFIDENCE", line: body[0]?.number ?? 1, message });
  }
  return {
    format: "pdf",
    ...titleFields(titlePage),
    elements: classified.elements,
    warnings: warnings.sort((a, b) => a.line - b.line),
    lineCount: Math.max(1, lines.length),
    confidence,
  };
}
