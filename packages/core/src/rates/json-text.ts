// Parses JSON so that every number arrives as its source text ("3.3874"), never as a binary float.
// Node 20's JSON.parse reviver has no `context.source`, so a small tokenizer rewrites each number literal outside a
// string into a string literal first; JSON.parse then does the rest. Nothing here rounds or converts a number.
import type { RateField } from "./rate-row.ts";

export type JsonTextResult = { ok: true; value: unknown } | { ok: false; message: string };

// The JSON number grammar (RFC 8259 §6), anchored where the scan stands.
const numberLiteral = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;

/**
 * Copies `text`, quoting number literals that stand outside strings. A number token becomes a string token in
 * the same place, so the rewrite is valid JSON exactly when the input is.
 */
export function quoteJsonNumbers(text: string): string {
  const parts: string[] = [];
  let start = 0;
  let index = 0;
  while (index < text.length) {
    const char = text[index];
    if (char === '"') {
      index += 1;
      while (index < text.length && text[index] !== '"') index += text[index] === "\\" ? 2 : 1;
      index += 1;
      continue;
    }
    if (char === "-" || (char !== undefined && char >= "0" && char <= "9")) {
      numberLiteral.lastIndex = index;
      const match = numberLiteral.exec(text);
      if (match) {
        parts.push(text.slice(start, index), `"${match[0]}"`);
        index += match[0].length;
        start = index;
        continue;
      }
    }
    index += 1;
  }
  parts.push(text.slice(start));
  return parts.join("");
}

/** JSON.parse with every number kept as the string of its digits. */
export function parseJsonKeepingNumberText(text: string): JsonTextResult {
  try {
    return { ok: true, value: JSON.parse(quoteJsonNumbers(text)) };
  } catch {
    // The rewrite shifts positions; parsing the original gives the user a message about their own text.
    try {
      JSON.parse(text);
      return { ok: false, message: "the JSON could not be read" };
    } catch (error) {
      return { ok: false, message: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** The rows of a JSON rate file: a list of objects, or one object (a single-currency answer). */
export function jsonRows(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [value];
}

export function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A key of row `index` (0-based) as the text the file wrote; a null or an object shows as its JSON. */
export function jsonField(row: unknown, index: number, key: string): RateField {
  const raw = isJsonObject(row) && Object.hasOwn(row, key) ? row[key] : undefined;
  const text = raw === undefined ? undefined : typeof raw === "string" ? raw : JSON.stringify(raw);
  return { text, name: key, path: `[${index + 1}].${key}` };
}
