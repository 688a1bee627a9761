// Reads a screenplay file's bytes in any supported format into the screenplay model, choosing the
// format from the content when none is given. Bytes in, data out: it opens no file itself.
import { decodeScriptBytes, type DecodeScriptError, type ScriptEncoding } from "./decode.ts";
import { parseFdx } from "./fdx.ts";
import { parseFountain } from "./fountain.ts";
import type { HeadingTables } from "./heading-tables.ts";
import type { ParsedScreenplay, ScreenplayWarning } from "./types.ts";

export const scriptFormats = ["fountain", "fdx", "pdf", "kitsp", "starc"] as const;
export type ScriptFormat = (typeof scriptFormats)[number];

export type ReadScriptError =
  | DecodeScriptError
  | { readonly code: "FORMAT_NOT_SUPPORTED"; readonly format: ScriptFormat }
  | { readonly code: "UNREADABLE"; readonly warning: ScreenplayWarning }
  /** The bytes claim to be a PDF but the PDF library cannot open them; detail is its reason. */
  | { readonly code: "MALFORMED_PDF"; readonly detail: string }
  /** A PDF of scanned pages: no text to read without OCR. */
  | { readonly code: "NO_TEXT_LAYER"; readonly pages: number }
  /** A `.kitsp`/`.starc` that is not an SQLite database. */
  | { readonly code: "NOT_SQLITE" }
  /** An SQLite file without the table or document that holds the script; detail says which was missing. */
  | { readonly code: "NO_SCRIPT_IN_DATABASE"; readonly format: ScriptFormat; readonly detail: string };

export type ReadScriptResult =
  | {
      readonly ok: true;
      readonly script: ParsedScreenplay;
      readonly format: ScriptFormat;
      /** The text encoding found; PDF and SQLite files carry their own ("utf-8"). */
      readonly encoding: ScriptEncoding;
    }
  | { readonly ok: false; readonly error: ReadScriptError };

/** The format from the file's first bytes and, for SQLite files, its name. */
export function guessScriptFormat(fileName: string, bytes: Uint8Array): ScriptFormat {
  const head = new TextDecoder().decode(bytes.subarray(0, 512));
  if (head.startsWith("%PDF")) return "pdf";
  if (head.startsWith("SQLite format 3"))
    return fileName.toLowerCase().endsWith(".starc") ? "starc" : "kitsp";
  if (/<FinalDraft[\s>]/.test(head)) return "fdx";
  return "fountain";
}

export function readScript(
  bytes: Uint8Array,
  options: { fileName: string; format?: ScriptFormat; headingTables?: HeadingTables },
): ReadScriptResult {
  const format = options.format ?? guessScriptFormat(options.fileName, bytes);
  if (format !== "fountain" && format !== "fdx")
    return { ok: false, error: { code: "FORMAT_NOT_SUPPORTED", format } };
  const decoded = decodeScriptBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const parseOptions = options.headingTables ? { headingTables: options.headingTables } : {};
  const script =
    format === "fdx" ? parseFdx(decoded.text, parseOptions) : parseFountain(decoded.text, parseOptions);
  const unreadable = script.warnings.find(
    (warning) => warning.code === "MALFORMED_XML" || warning.code === "NOT_FDX",
  );
  if (unreadable) return { ok: false, error: { code: "UNREADABLE", warning: unreadable } };
  return { ok: true, script, format, encoding: decoded.encoding };
}

/** The error in a sentence that names the file: "ep1.fdx is empty". */
export function describeReadScriptError(fileName: string, error: ReadScriptError): string {
  switch (error.code) {
    case "EMPTY_FILE":
      return `${fileName} is empty`;
    case "BINARY_FILE":
      return `${fileName} is not a text file (binary data at byte ${error.offset})`;
    case "UNSUPPORTED_ENCODING":
      return `${fileName} is in ${error.encoding}, which this system cannot decode`;
    case "FORMAT_NOT_SUPPORTED":
      return `${error.format} files are binary and are read by the asynchronous file reader, not from text`;
    case "MALFORMED_PDF":
      return `${fileName} is not a readable PDF (${error.detail})`;
    case "NO_TEXT_LAYER":
      return `${fileName} has no text layer: its ${error.pages} page(s) are images; export the script from the writing program or run OCR first`;
    case "NOT_SQLITE":
      return `${fileName} is not a KIT Scenarist or Story Architect file (not an SQLite database)`;
    case "NO_SCRIPT_IN_DATABASE":
      return `${fileName} holds no ${error.format === "starc" ? "Story Architect" : "KIT Scenarist"} script (${error.detail})`;
    case "UNREADABLE":
      return `${fileName}: line ${error.warning.line}: ${error.warning.message}`;
  }
}
