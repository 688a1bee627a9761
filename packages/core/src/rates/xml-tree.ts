// Reads XML text into a small element tree with a path on every element (`ValCurs/Valute[2]`) for error messages.
// fast-xml-parser does the reading with every value kept as text; nothing here converts numbers or throws.
import { XMLParser, XMLValidator } from "fast-xml-parser";
import type { RateField } from "./rate-row.ts";

export interface XmlElement {
  readonly name: string;
  readonly attributes: ReadonlyMap<string, string>;
  readonly children: readonly XmlElement[];
  /** The element's own text, trimmed; children's text is not included. */
  readonly text: string;
  /** Slash-separated names with 1-based indexes among same-named siblings: `rates/item[3]`. */
  readonly path: string;
}

export type XmlTreeResult = { ok: true; root: XmlElement } | { ok: false; message: string };

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseTagValue: false,
  parseAttributeValue: false,
  trimValues: true,
  // Entities are left as written: the importers read codes and numbers only, and nothing expands a DOCTYPE.
  processEntities: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
});

type OrderedNode = Record<string, unknown>;

function isRecord(value: unknown): value is OrderedNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The tag name of a parsed node; undefined for text, declarations and processing instructions. */
function elementName(node: OrderedNode): string | undefined {
  return Object.keys(node).find((key) => key !== ":@" && key !== "#text" && !key.startsWith("?"));
}

function toElement(node: OrderedNode, path: string): XmlElement | null {
  const name = elementName(node);
  if (name === undefined) return null;
  const attributes = new Map<string, string>();
  const rawAttributes = node[":@"];
  if (isRecord(rawAttributes)) {
    for (const [key, value] of Object.entries(rawAttributes)) attributes.set(key, String(value));
  }
  const rawChildren = node[name];
  const children: XmlElement[] = [];
  const texts: string[] = [];
  const seen = new Map<string, number>();
  for (const child of Array.isArray(rawChildren) ? rawChildren : []) {
    if (!isRecord(child)) continue;
    if ("#text" in child && Object.keys(child).length === 1) {
      texts.push(String(child["#text"]));
      continue;
    }
    const childName = elementName(child);
    if (childName === undefined) continue;
    const count = (seen.get(childName) ?? 0) + 1;
    seen.set(childName, count);
    const element = toElement(child, `${path}/${childName}[${count}]`);
    if (element) children.push(element);
  }
  return { name, attributes, children, text: texts.join("").trim(), path };
}

/** Parses a whole document; a document that is not well-formed XML gives the validator's line and reason. */
export function parseXmlTree(text: string): XmlTreeResult {
  try {
    const validation = XMLValidator.validate(text);
    if (validation !== true) {
      const { line, msg } = validation.err;
      return { ok: false, message: `line ${line}: ${msg}` };
    }
    const nodes: unknown = parser.parse(text);
    const rootNode = (Array.isArray(nodes) ? nodes : []).find(
      (node): node is OrderedNode => isRecord(node) && elementName(node) !== undefined,
    );
    const rootName = rootNode ? elementName(rootNode) : undefined;
    const root = rootNode && rootName !== undefined ? toElement(rootNode, rootName) : null;
    if (!root) return { ok: false, message: "the document has no root element" };
    return { ok: true, root };
  } catch (error) {
    return {
      ok: false,
      message: error instanceof Error ? (error.message.split("\n")[0] ?? "") : String(error),
    };
  }
}

/** The children called `name`, in document order. */
export function childrenNamed(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((child) => child.name === name);
}

/** The first child called `name`. */
export function firstChild(element: XmlElement, name: string): XmlElement | undefined {
  return element.children.find((child) => child.name === name);
}

/** A child element's text as a row field, e.g. `ValCurs/Valute[2]/Value`. */
export function childField(element: XmlElement, name: string): RateField {
  return { text: firstChild(element, name)?.text, name, path: `${element.path}/${name}` };
}

/** An attribute as a row field, e.g. `ValCurs/@Date`. */
export function attributeField(element: XmlElement, name: string): RateField {
  return { text: element.attributes.get(name), name, path: `${element.path}/@${name}` };
}
