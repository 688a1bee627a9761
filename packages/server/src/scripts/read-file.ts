// Reads a script file's bytes in any supported format. Text formats (Fountain, FDX) go straight to the core;
// PDF and the SQLite formats of KIT Scenarist and Story Architect first need a library to get at their text,
// which is IO-free but asynchronous, so it lives here rather than in the pure core. The server's import and
// the CLI's `script parse` both read through this one door.
import {
  guessScriptFormat,
  readScript,
  type HeadingTables,
  type ReadScriptResult,
  type ScriptFormat,
} from "@kinomost/core";
import { readDatabaseScript } from "./database-script.ts";
import { readPdfScript } from "./pdf-script.ts";

export async function readScriptFile(
  bytes: Uint8Array,
  options: { fileName: string; format?: ScriptFormat; headingTables?: HeadingTables },
): Promise<ReadScriptResult> {
  const format = options.format ?? guessScriptFormat(options.fileName, bytes);
  const tables = options.headingTables ? { headingTables: options.headingTables } : {};
  switch (format) {
    case "pdf":
      return readPdfScript(bytes, tables);
    case "kitsp":
    case "starc":
      return readDatabaseScript(bytes, format, tables);
    default:
      return readScript(bytes, { ...options, format });
  }
}
