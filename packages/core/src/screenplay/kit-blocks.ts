// Flattens the block XML of KIT Scenarist (.kitsp) and Story Architect (.starc) into paragraphs in reading
// order. Both programs write one element per paragraph, named after its block type, with the text in one or
// more <v> (or <value>) children, mostly as CDATA; folders, scene groups and Starc's scenes wrap blocks.
// Written from the format as described, not from either program's code. Knows nothing of headings or cues.
import { childElements, isXmlElement, ownText, type XmlElement } from "./fdx-xml.ts";

/** What a block type means to the screenplay model; "skip" blocks carry nothing to read. */
export type KitBlockRole =
  | "heading"
  | "sceneCharacters"
  | "action"
  | "shot"
  | "character"
  | "parenthetical"
  | "dialogue"
  | "lyrics"
  | "transition"
  | "note"
  | "section"
  | "synopsis"
  | "skip";

// Block names of both programs (KIT writes `dialog`, Starc `dialogue`); keys are compared in lower case.
export const kitBlockRoles: Readonly<Record<string, KitBlockRole>> = {
  scene_heading: "heading",
  scene_characters: "sceneCharacters",
  action: "action",
  unformatted_text: "action",
  title_header: "action",
  title: "action",
  shot: "shot",
  character: "character",
  parenthetical: "parenthetical",
  dialog: "dialogue",
  dialogue: "dialogue",
  lyrics: "lyrics",
  transition: "transition",
  note: "note",
  inline_note: "note",
  noprintable_text: "note",
  folder_header: "section",
  scene_group_header: "section",
  sequence_heading: "section",
  act_heading: "section",
  beat_heading: "synopsis",
  // Footers close a folder or group and print nothing of their own; splitters mark dual-dialogue columns.
  folder_footer: "skip",
  scene_group_footer: "skip",
  sequence_footer: "skip",
  act_footer: "skip",
  splitter: "skip",
  page_splitter: "skip",
};

// Elements that only wrap blocks; their headers name them, so they count as one level of section depth.
const sectionContainers = new Set(["folder", "scene_group", "sequence", "act"]);
const plainContainers = new Set(["scenario", "document", "content", "scene", "beat"]);
// Data beside the blocks (scene numbers, review marks, colours): never paragraphs, never a warning.
const metadata = new Set([
  "v",
  "value",
  "param",
  "number",
  "reviews",
  "review",
  "formats",
  "format",
  "stamp",
]);
const valueNames = new Set(["v", "value"]);

export interface KitParagraph {
  /** The element name as written. */
  readonly type: string;
  /** Null for a block type the table does not know. */
  readonly role: KitBlockRole | null;
  readonly text: string;
  /** 1-based line of the block's start tag. */
  readonly line: number;
  readonly element: XmlElement;
  /** How many folders, groups, sequences or acts enclose it (0 at the top). */
  readonly depth: number;
  /** The Starc scene element the block sits in, which may carry the scene number. */
  readonly scene: XmlElement | null;
}

/** The block's text: all its <v>/<value> children joined, or its own text when it has none. */
export function blockText(element: XmlElement): string {
  const values = element.children.filter((node) => isXmlElement(node) && valueNames.has(node.name));
  if (values.length === 0) return ownText(element);
  return values.map((node) => (isXmlElement(node) ? ownText(node) : "")).join("");
}

function hasValue(element: XmlElement): boolean {
  return element.children.some((node) => isXmlElement(node) && valueNames.has(node.name));
}

function roleOf(name: string, roles: Readonly<Record<string, KitBlockRole>>): KitBlockRole | null {
  // Own keys only: a block named "constructor" must not find Object's.
  return Object.hasOwn(roles, name) ? (roles[name] ?? null) : null;
}

/** All paragraphs under the element, in document order; unknown elements holding blocks are walked into. */
export function flattenBlocks(
  root: XmlElement,
  roles: Readonly<Record<string, KitBlockRole>> = kitBlockRoles,
): KitParagraph[] {
  const paragraphs: KitParagraph[] = [];
  const visit = (element: XmlElement, depth: number, scene: XmlElement | null) => {
    for (const child of element.children) {
      if (!isXmlElement(child)) continue;
      const name = child.name.toLowerCase();
      const role = roleOf(name, roles);
      if (role === null && sectionContainers.has(name)) visit(child, depth + 1, scene);
      else if (role === null && plainContainers.has(name))
        visit(child, depth, name === "scene" ? child : scene);
      else if (role === null && metadata.has(name)) continue;
      else if (role === null && !hasValue(child) && child.children.some(isXmlElement))
        visit(child, depth, scene);
      else {
        const text = blockText(child);
        if (role === null && text.trim() === "") continue;
        paragraphs.push({ type: child.name, role, text, line: child.line, element: child, depth, scene });
      }
    }
  };
  visit(root, 0, null);
  return paragraphs;
}

function numberIn(element: XmlElement): string | null {
  const value = element.attributes["number"] ?? element.attributes["value"] ?? ownText(element);
  return value.trim() === "" ? null : value.trim();
}

/**
 * The scene number the file stores beside a heading: the heading's own `number` attribute, else its Starc
 * scene's `number` attribute, a <number> child, or a <param> naming a number. Null when none is given.
 */
export function storedSceneNumber(paragraph: KitParagraph): string | null {
  const own = paragraph.element.attributes["number"]?.trim();
  if (own) return own;
  const scene = paragraph.scene;
  if (scene === null) return null;
  const attribute = scene.attributes["number"]?.trim();
  if (attribute) return attribute;
  for (const number of childElements(scene, "number")) {
    const found = numberIn(number);
    if (found !== null) return found;
  }
  for (const param of childElements(scene, "param")) {
    const isNumber = param.attributes["number"] !== undefined || param.attributes["name"] === "number";
    const found = isNumber ? numberIn(param) : null;
    if (found !== null) return found;
  }
  return null;
}
