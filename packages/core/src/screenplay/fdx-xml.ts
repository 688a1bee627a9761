// Reads XML text into a small typed tree whose every element knows its 1-based source line, for the FDX importer.
// Line numbers come from fast-xml-parser's `captureMetaData` start offsets (original offsets, CRLF included).
// It never throws: malformed XML becomes one problem value with a line; it knows nothing of Final Draft.
import { XMLParser, XMLValidator } from "fast-xml-parser";

export interface XmlElement {
  readonly name: string;
  readonly attributes: Readonly<Record<string, string>>;
  readonly children: readonly XmlNode[];
  /** 1-based line of the element's start tag. */
  readonly line: number;
}

export type XmlNode = XmlElement | { readonly text: string };

export type ReadXmlResult =
  | { readonly ok: true; readonly elements: readonly XmlElement[] }
  | { readonly ok: false; readonly line: number; readonly message: string };

export interface LineIndex {
  /** 1-based line of a character offset; CRLF, LF and a lone CR each end one line, as in the Fountain reader. */
  readonly lineAt: (offset: number) => number;
  readonly lineCount: number;
}

export function indexLines(text: string): LineIndex {
  const starts = [0];
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (char === 0x0a) starts.push(index + 1);
    else if (char === 0x0d) {
      if (text.charCodeAt(index + 1) === 0x0a) index += 1;
      starts.push(index + 1);
    }
  }
  const lineAt = (offset: number) => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] ?? 0) <= offset) low = middle;
      else high = middle - 1;
    }
    return low + 1;
  };
  return { lineAt, lineCount: starts.length };
}

export function isXmlElement(node: XmlNode): node is XmlElement {
  return "name" in node;
}

/** The element's child elements with the name, in document order. */
export function childElements(element: XmlElement, name: string): XmlElement[] {
  return element.children.filter((node): node is XmlElement => isXmlElement(node) && node.name === name);
}

/** All text directly inside the element (its own text nodes, CDATA included), as written. */
export function ownText(element: XmlElement): string {
  return element.children.map((node) => ("text" in node ? node.text : "")).join("");
}

// Entities are decoded (&amp; inside a <Text> run is an ampersand); text keeps its spaces because style runs
// split words ("ИНТ. ШТАБ " + "- НОЧЬ"); values stay strings (a scene number "007" is not the number 7).
const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: "",
  parseAttributeValue: false,
  parseTagValue: false,
  trimValues: false,
  processEntities: true,
  htmlEntities: false,
  captureMetaData: true,
});

// The library types the key as `Symbol`; it is a plain symbol (or a string where symbols are missing).
const metaDataKey = XMLParser.getMetaDataSymbol() as unknown as symbol;

function isRecord(value: unknown): value is Record<string | symbol, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function readAttributes(value: unknown): Record<string, string> {
  const attributes: Record<string, string> = Object.create(null) as Record<string, string>;
  if (!isRecord(value)) return attributes;
  for (const [key, item] of Object.entries(value)) {
    if (typeof item === "string") attributes[key] = item;
  }
  return attributes;
}

function convertNodes(nodes: unknown, lineAt: (offset: number) => number, parentLine: number): XmlNode[] {
  if (!Array.isArray(nodes)) return [];
  const converted: XmlNode[] = [];
  for (const node of nodes as unknown[]) {
    if (!isRecord(node)) continue;
    const name = Object.keys(node).find((key) => key !== ":@");
    if (name === undefined) continue;
    const value = node[name];
    if (name === "#text") {
      if (typeof value === "string" || typeof value === "number") converted.push({ text: String(value) });
      continue;
    }
    // Declarations and processing instructions (`?xml`) are not content.
    if (name.startsWith("?")) continue;
    const meta = node[metaDataKey];
    const start = isRecord(meta) && typeof meta["startIndex"] === "number" ? meta["startIndex"] : null;
    const line = start === null ? parentLine : lineAt(start);
    converted.push({
      name,
      attributes: readAttributes(node[":@"]),
      children: convertNodes(value, lineAt, line),
      line,
    });
  }
  return converted;
}

/** The validator's messages, kept but made to name the place: "expected </Text> …" or "never closed". */
function describeValidationError(
  error: { code: string; msg: string; line: number; col?: number },
  lineCount: number,
) {
  const unclosed = /^Invalid '\[(.*)\]' found\.$/su.exec(error.msg);
  if (error.code === "InvalidXml" && unclosed) {
    const names = [...(unclosed[1] ?? "").matchAll(/"([^"]*)"/gu)].map((match) => `<${match[1] ?? ""}>`);
    return { line: lineCount, message: `the XML ends before ${names.join(", ")} is closed` };
  }
  const column = error.col === undefined ? "" : ` (column ${error.col})`;
  return {
    line: Math.min(Math.max(1, error.line), lineCount),
    message: `the XML is not well-formed: ${error.msg}${column}`,
  };
}

/** Validates and parses XML text; a problem comes back as a value with the line it was found on. */
export function readXml(text: string, lines: LineIndex): ReadXmlResult {
  try {
    const validation = XMLValidator.validate(text);
    if (validation !== true)
      return { ok: false, ...describeValidationError(validation.err, lines.lineCount) };
    const parsed: unknown = parser.parse(text);
    const elements = convertNodes(parsed, lines.lineAt, 1).filter(isXmlElement);
    return { ok: true, elements };
  } catch (error) {
    // The parser's own limits (nesting depth, entity expansion) end in an exception; they name no line.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, line: 1, message: `the XML could not be read: ${message}` };
  }
}
