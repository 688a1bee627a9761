// Final Draft paragraphs: a <Paragraph>'s text assembled from its <Text> runs, the reading order with
// <DualDialogue> blocks opened, SceneProperties, and the title page. Reads the XML tree only; never throws.
import { childElements, isXmlElement, ownText, type XmlElement } from "./fdx-xml.ts";
import { parseEighths } from "./length.ts";
import type { SceneProperties, TitlePageEntry } from "./types.ts";

export interface TextRun {
  readonly text: string;
  readonly tagNumber: string | null;
}

export interface FdxParagraph {
  readonly type: string | null;
  readonly text: string;
  readonly runs: readonly TextRun[];
  readonly line: number;
  readonly element: XmlElement;
  /** Paragraphs of one <DualDialogue> block share a group number. */
  readonly dualGroup: number | null;
}

function readParagraph(element: XmlElement, dualGroup: number | null): FdxParagraph {
  const runs = childElements(element, "Text").map((run) => ({
    text: ownText(run),
    tagNumber: run.attributes["TagNumber"]?.trim() || null,
  }));
  const text = runs
    .map((run) => run.text)
    .join("")
    .replace(/\r\n?/gu, "\n");
  return {
    type: element.attributes["Type"]?.trim() ?? null,
    text,
    runs,
    line: element.line,
    element,
    dualGroup,
  };
}

/** Content's paragraphs in reading order; a <DualDialogue> (bare or inside its wrapper paragraph) is opened. */
export function flattenParagraphs(content: XmlElement | undefined): FdxParagraph[] {
  const paragraphs: FdxParagraph[] = [];
  let groups = 0;
  const visit = (container: XmlElement, dualGroup: number | null) => {
    for (const node of container.children) {
      if (!isXmlElement(node)) continue;
      if (node.name === "DualDialogue") {
        groups += 1;
        visit(node, groups);
      } else if (node.name === "Paragraph") {
        paragraphs.push(readParagraph(node, dualGroup));
        // Final Draft wraps a dual dialogue block in a paragraph of its own; other paragraphs nested in a
        // paragraph (a scene's SceneArcBeats) are notes about the scene, not its text.
        for (const dual of childElements(node, "DualDialogue")) {
          groups += 1;
          visit(dual, groups);
        }
      }
    }
  };
  if (content) visit(content, null);
  return paragraphs;
}

export function readSceneProperties(paragraph: XmlElement): SceneProperties | undefined {
  const properties = childElements(paragraph, "SceneProperties")[0];
  if (properties === undefined) return undefined;
  const value = (name: string) => {
    const text = properties.attributes[name]?.trim();
    return text === undefined || text === "" ? null : text;
  };
  const length = value("Length");
  return {
    length,
    eighths: length === null ? null : parseEighths(length),
    page: value("Page"),
    title: value("Title"),
    color: value("Color"),
  };
}

// `\b` knows only ASCII letters, so the end of a Cyrillic word is found by what follows it.
const creditPattern =
  /^(?:written by|screenplay by|teleplay by|story by|by|сценарий|автор|авторы|аўтар|сцэнарый)(?=$|[\s:,.])/iu;

/**
 * The title page: its first block of non-empty paragraphs (up to an empty one) is the title, as Final Draft
 * centres it; a «written by» / «Сценарий» line is the credit and the paragraph after it the author.
 */
export function readTitlePage(root: XmlElement): { title: string | null; entries: TitlePageEntry[] } {
  const content = childElements(root, "TitlePage").flatMap((page) => childElements(page, "Content"))[0];
  const entries: TitlePageEntry[] = [];
  const title: { parts: string[]; line: number } = { parts: [], line: 1 };
  let isAfterCredit = false;
  for (const paragraph of flattenParagraphs(content)) {
    const value = paragraph.text.replace(/\s+/gu, " ").trim();
    const isTitleOpen = entries.length === 0;
    if (value === "") {
      if (isTitleOpen && title.parts.length > 0)
        entries.push({ key: "Title", value: title.parts.join("\n"), line: title.line });
      continue;
    }
    if (isTitleOpen) {
      if (title.parts.length === 0) title.line = paragraph.line;
      title.parts.push(value);
      continue;
    }
    const isCredit = creditPattern.test(value);
    const key = isCredit ? "Credit" : isAfterCredit ? "Author" : "Text";
    isAfterCredit = isCredit;
    entries.push({ key, value, line: paragraph.line });
  }
  if (entries.length === 0 && title.parts.length > 0)
    entries.push({ key: "Title", value: title.parts.join("\n"), line: title.line });
  const titleText = title.parts.join(" ");
  return { title: titleText === "" ? null : titleText, entries };
}
