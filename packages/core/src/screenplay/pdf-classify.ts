// Decides each body line's element kind from its column and its words, and joins wrapped lines into one
// element. A dialogue block runs from a cue to the next blank line (page breaks do not end it).
import { isCapitalizedName, parseCharacterCue } from "./cues.ts";
import { parseSceneHeading } from "./heading.ts";
import type { BodyLine, BodyOptions } from "./pdf-body.ts";
import { isRightAligned, roleAt, type Indentation } from "./pdf-indents.ts";
import { isCentered } from "./pdf-title-page.ts";
import { parseSceneCharactersLine } from "./scene-characters.ts";
import { isTransitionLine } from "./transitions.ts";
import type { ScreenplayElement, ScreenplayWarning } from "./types.ts";

type TextKind = "action" | "dialogue" | "parenthetical";

interface Paragraph {
  kind: TextKind;
  line: number;
  text: string;
  /** The paragraph right after a heading may be the scene-characters line. */
  followsHeading: boolean;
  afterBlank: boolean;
}

export interface Classification {
  readonly elements: ScreenplayElement[];
  readonly warnings: ScreenplayWarning[];
  /** Body lines whose kind the layout was sure of: on a column, a heading or a transition. */
  readonly sureLines: number;
}

/** Joins a wrapped line to the one before; a word broken at a hyphen is joined without a space. */
function joinWrapped(text: string, next: string): string {
  return /\p{L}[-‐]$/u.test(text) && /^\p{Ll}/u.test(next) ? text + next : `${text} ${next}`;
}

class Classifier {
  readonly elements: ScreenplayElement[] = [];
  readonly warnings: ScreenplayWarning[] = [];
  sureLines = 0;
  private paragraph: Paragraph | null = null;
  private afterHeading = false;
  private inDialogue = false;
  private openParenthesis = false;

  constructor(
    private readonly lines: readonly BodyLine[],
    private readonly indentation: Indentation,
    private readonly options: BodyOptions,
    private readonly paragraphGap: number,
  ) {}

  run(): void {
    for (let index = 0; index < this.lines.length; index += 1) {
      const line = this.lines[index];
      if (line !== undefined) index += this.read(line, this.lines[index + 1]);
    }
    this.flush();
  }

  /** Reads one line; returns how many following lines it consumed too (a wrapped heading). */
  private read(line: BodyLine, next: BodyLine | undefined): number {
    const { columns, charWidth } = this.indentation;
    const role = roleAt(this.indentation, line.x);
    const column = role === null ? null : columns[role];
    const isOnColumn = column !== null && Math.abs(line.x - column) <= charWidth / 2;
    const startsParagraph = line.gapBefore > this.paragraphGap;
    if (startsParagraph && Number.isFinite(line.gapBefore)) this.inDialogue = false;
    const isInDialogueColumn = role === "dialogue" || role === "parenthetical";
    const isCapitals = isCapitalizedName(line.text);

    if (line.heading && !isInDialogueColumn && role !== "cue" && (startsParagraph || isCapitals)) {
      const consumed = this.addHeading(line, next);
      this.sureLines += 1 + consumed;
      return consumed;
    }
    const isTableTransition = isTransitionLine(line.text, this.options.transitions);
    const isRightTransition =
      isRightAligned(this.indentation, line.x, line.right, line.source.pageWidth) &&
      role !== "cue" &&
      isCapitals &&
      line.text.length <= 40;
    if ((isTableTransition && !(this.inDialogue && isInDialogueColumn)) || isRightTransition) {
      this.addTransition(line);
      this.sureLines += 1;
      return 0;
    }
    this.sureLines += isOnColumn ? 1 : 0;
    const isIndented = columns.action === null || line.x > columns.action + charWidth * 2;
    const cueFollowed = next !== undefined && line.gapAfter <= this.paragraphGap && !next.isCue;
    // Some templates centre the cue instead of setting it at an indent.
    const isCueColumn =
      role === "cue" || (cueFollowed && (columns.cue === null || (role === null && isCentered(line.source))));
    if (line.isCue && isIndented && isCueColumn && !(this.inDialogue && role === "dialogue")) {
      this.addCue(line);
      return 0;
    }
    const isAlone = startsParagraph && line.gapAfter > this.paragraphGap;
    if (role === null && !this.inDialogue && isAlone && isCentered(line.source)) {
      this.flush();
      this.elements.push({ kind: "centered", line: line.number, text: line.text });
      return 0;
    }
    // Dialogue ends at a line back in the action column, unless the script prints dialogue there too.
    const isBackToAction = role === "action" && columns.dialogue !== null;
    if (this.inDialogue && !isBackToAction) {
      const isParenthetical = this.openParenthesis || line.startsParenthesis;
      this.openParenthesis = isParenthetical && !line.text.endsWith(")");
      this.addText(line, isParenthetical ? "parenthetical" : "dialogue", false);
      return 0;
    }
    this.inDialogue = false;
    this.addText(line, "action", startsParagraph);
    return 0;
  }

  private addHeading(line: BodyLine, next: BodyLine | undefined): number {
    this.flush();
    this.inDialogue = false;
    let parsed = line.heading;
    let consumed = 0;
    // A long heading wraps; the second line completes it when it supplies the missing time of day.
    const lacksTime = parsed?.issues.some(
      (issue) => issue.code === "HEADING_WITHOUT_TIME" || issue.code === "UNKNOWN_TIME_OF_DAY",
    );
    if (lacksTime && next && line.gapAfter <= this.paragraphGap && Math.abs(next.x - line.x) < 1) {
      const joined = parseSceneHeading(`${line.text} ${next.text}`, { tables: this.options.headingTables });
      if (joined && joined.heading.timeText !== null) {
        const number = parsed?.heading.number ?? null;
        parsed = { ...joined, heading: { ...joined.heading, number: joined.heading.number ?? number } };
        consumed = 1;
      }
    }
    if (parsed === null) return 0;
    this.elements.push({ kind: "heading", line: line.number, heading: parsed.heading });
    for (const issue of parsed.issues) this.warnings.push({ ...issue, line: line.number });
    this.afterHeading = true;
    return consumed;
  }

  private addTransition(line: BodyLine): void {
    this.flush();
    this.inDialogue = false;
    this.elements.push({ kind: "transition", line: line.number, text: line.text, isForced: false });
  }

  private addCue(line: BodyLine): void {
    this.flush();
    const parsed = parseCharacterCue(line.text, this.options.extensionWords);
    if (parsed === null) return;
    this.elements.push({
      kind: "character",
      line: line.number,
      text: line.text,
      cue: parsed.cue,
      dual: null,
    });
    this.inDialogue = true;
    this.openParenthesis = false;
  }

  private addText(line: BodyLine, kind: TextKind, startsParagraph: boolean): void {
    const current = this.paragraph;
    const continues =
      current !== null &&
      current.kind === kind &&
      !startsParagraph &&
      (kind !== "parenthetical" || !current.text.endsWith(")"));
    if (continues) {
      current.text = joinWrapped(current.text, line.text);
      return;
    }
    const followsHeading = this.afterHeading && kind === "action";
    this.flush();
    this.paragraph = {
      kind,
      line: line.number,
      text: line.text,
      followsHeading,
      afterBlank: startsParagraph,
    };
  }

  private flush(): void {
    const paragraph = this.paragraph;
    this.paragraph = null;
    this.afterHeading = false;
    if (paragraph === null) return;
    const { kind, line, text } = paragraph;
    if (paragraph.followsHeading) {
      const names = parseSceneCharactersLine(text, { afterBlank: paragraph.afterBlank });
      if (names !== null) {
        this.elements.push({ kind: "sceneCharacters", line, text, names });
        return;
      }
    }
    if (kind === "action") this.elements.push({ kind, line, text, isForced: false });
    else this.elements.push({ kind, line, text });
  }
}

/** Classifies the body lines in reading order. */
export function classifyBodyLines(
  lines: readonly BodyLine[],
  indentation: Indentation,
  options: BodyOptions,
  pitch: number,
): Classification {
  const classifier = new Classifier(lines, indentation, options, pitch * 1.5);
  classifier.run();
  return { elements: classifier.elements, warnings: classifier.warnings, sureLines: classifier.sureLines };
}
