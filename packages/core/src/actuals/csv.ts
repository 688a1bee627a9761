// Turns a CSV file of costs into a table of cells: UTF-8 with or without a BOM, or windows-1251 as Russian Excel
// saves it; ";" (Russian Excel) or "," (English) between cells, told from the header line. Blank lines stay as
// blank rows, so that row numbers in messages are the ones the user sees when the file is opened in a spreadsheet.
import { parse } from "csv-parse/sync";
import { decodeScriptBytes, type ScriptEncoding } from "../screenplay/decode.ts";

export type ActualsFileErrorCode = "EMPTY_FILE" | "BINARY_FILE" | "UNSUPPORTED_ENCODING" | "BAD_CSV";

export interface ActualsFileError {
  readonly code: ActualsFileErrorCode;
  /** Where reading stopped, when known. */
  readonly row: number | null;
  readonly message: string;
}

export type CsvDelimiter = ";" | "," | "\t";

export type ReadActualsCsvResult =
  | {
      readonly ok: true;
      readonly rows: string[][];
      readonly encoding: ScriptEncoding;
      readonly delimiter: CsvDelimiter;
    }
  | { readonly ok: false; readonly error: ActualsFileError };

/** The delimiter used most often outside quotes in the first line that has any; "," when none is. */
export function detectCsvDelimiter(text: string): CsvDelimiter {
  const counts = { ";": 0, ",": 0, "\t": 0 };
  let quoted = false;
  let seenContent = false;
  for (const char of text) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === "\n" || char === "\r")) {
      if (seenContent) break;
    } else if (!quoted && (char === ";" || char === "," || char === "\t")) counts[char] += 1;
    if (char.trim() !== "") seenContent = true;
  }
  if (counts["\t"] > counts[";"] && counts["\t"] > counts[","]) return "\t";
  return counts[";"] > counts[","] ? ";" : ",";
}

export function readActualsCsv(bytes: Uint8Array): ReadActualsCsvResult {
  const decoded = decodeScriptBytes(bytes);
  if (!decoded.ok) {
    const { error } = decoded;
    const message =
      error.code === "EMPTY_FILE"
        ? "the file is empty"
        : error.code === "BINARY_FILE"
          ? `the file is not text (a binary byte at offset ${error.offset}); save the sheet as CSV or send the .xlsx`
          : `the file's encoding ${error.encoding} cannot be read; save it as UTF-8`;
    return { ok: false, error: { code: error.code, row: null, message } };
  }
  const text = decoded.text.replace(/^\uFEFF/, "");
  if (text.trim() === "")
    return { ok: false, error: { code: "EMPTY_FILE", row: null, message: "the file is empty" } };
  const delimiter = detectCsvDelimiter(text);
  try {
    const rows = parse(text, {
      delimiter,
      relax_column_count: true,
      // Russian exports write ООО "Ромашка" unquoted; such quotes are part of the name.
      relax_quotes: true,
      skip_empty_lines: false,
    }) as string[][];
    return { ok: true, rows, encoding: decoded.encoding, delimiter };
  } catch (error) {
    const lines = (error as { lines?: unknown }).lines;
    const row = typeof lines === "number" ? lines : null;
    const reason = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      error: {
        code: "BAD_CSV",
        row,
        message: `${row === null ? "" : `line ${row}: `}not readable CSV: ${reason}`,
      },
    };
  }
}
