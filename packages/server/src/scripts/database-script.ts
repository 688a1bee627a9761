// Reads KIT Scenarist (.kitsp) and Story Architect (.starc) files: both are SQLite databases holding the script
// as XML. sql.js (SQLite compiled to WebAssembly) opens the bytes in memory; the core parses the XML. Written
// from the format as described, not from either program's code. A bad file never throws (it is an error result); the database is always closed.
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { inflateSync } from "node:zlib";
import {
  type HeadingTables,
  parseKitScenarioXml,
  parseStarcScreenplayXml,
  type ReadScriptResult,
  type ScriptFormat,
} from "@kinomost/core";
import initSqlJs, { type Database, type SqlJsStatic, type SqlValue } from "sql.js";

type DatabaseFormat = Extract<ScriptFormat, "kitsp" | "starc">;

const sqliteHeader = "SQLite format 3\u0000";
const starcTextMime = "application/x-starc/document/screenplay/text";

let sqlJs: Promise<SqlJsStatic> | null = null;

/**
 * The sql.js module, started once. The wasm file sits beside sql.js's main script; resolving it from this
 * module (or from the CLI bundle, which keeps npm packages external) finds the installed copy either way.
 */
function loadSqlJs(): Promise<SqlJsStatic> {
  if (sqlJs === null) {
    const distDir = dirname(createRequire(import.meta.url).resolve("sql.js"));
    sqlJs = initSqlJs({ locateFile: (file: string) => join(distDir, file) }).catch((error: unknown) => {
      sqlJs = null; // A failed start is not cached: the next file tries again.
      throw error;
    });
  }
  return sqlJs;
}

/** Text from a TEXT or BLOB column; a BLOB may be UTF-8 bytes or, in case, Qt's qCompress (length + zlib). */
function columnText(value: SqlValue | undefined): string | null {
  if (typeof value === "string") return value;
  if (!(value instanceof Uint8Array)) return null;
  // qCompress: a 4-byte length, then a zlib stream whose first byte is 0x78.
  if (value.length > 6 && value[4] === 0x78) {
    try {
      return new TextDecoder().decode(inflateSync(value.subarray(4)));
    } catch {
      // Not compressed after all: read the bytes as they are.
    }
  }
  return new TextDecoder().decode(value);
}

function columnNames(db: Database, table: string): Set<string> {
  const info = db.exec(`PRAGMA table_info("${table}")`)[0];
  return new Set(info?.values.map((row) => String(row[1])) ?? []);
}

type Found = { ok: true; xml: string } | { ok: false; detail: string };

/** KIT Scenarist keeps the script and its draft as rows of `scenario`; the clean script is is_draft = 0. */
function findKitScenario(db: Database): Found {
  const columns = columnNames(db, "scenario");
  if (columns.size === 0) return { ok: false, detail: "no scenario table" };
  if (!columns.has("text")) return { ok: false, detail: "the scenario table has no text column" };
  const where = columns.has("is_draft") ? "WHERE is_draft = 0" : "";
  const order = columns.has("id") ? "ORDER BY id DESC" : "";
  const row = db.exec(`SELECT text FROM scenario ${where} ${order} LIMIT 1`)[0]?.values[0];
  if (row === undefined) return { ok: false, detail: "the scenario table has no script row (is_draft = 0)" };
  const xml = columnText(row[0]);
  return xml === null ? { ok: false, detail: "the scenario row has no text" } : { ok: true, xml };
}

/**
 * Story Architect keeps every document of a project (title page, characters, the screenplay text …) as a row
 * of `documents`. The text document's XML names its mime type on the root; a document without one counts
 * when it holds scene headings. The first match by id wins.
 */
function findStarcText(db: Database): Found {
  const columns = columnNames(db, "documents");
  if (columns.size === 0) return { ok: false, detail: "no documents table" };
  if (!columns.has("content")) return { ok: false, detail: "the documents table has no content column" };
  const statement = db.prepare(`SELECT content FROM documents ${columns.has("id") ? "ORDER BY id" : ""}`);
  let fallback: string | null = null;
  try {
    while (statement.step()) {
      const xml = columnText(statement.get()[0]);
      if (xml === null || !xml.includes("<scene_heading")) continue;
      if (xml.slice(0, 500).includes(starcTextMime)) return { ok: true, xml };
      fallback ??= xml;
    }
  } finally {
    statement.free();
  }
  return fallback === null
    ? { ok: false, detail: "no screenplay text document in the documents table" }
    : { ok: true, xml: fallback };
}

function hasSqliteHeader(bytes: Uint8Array): boolean {
  return [...sqliteHeader].every((char, index) => bytes[index] === char.charCodeAt(0));
}

/** Reads the script of a .kitsp or .starc file; every failure comes back as an error value. */
export async function readDatabaseScript(
  bytes: Uint8Array,
  format: DatabaseFormat,
  options: { headingTables?: HeadingTables } = {},
): Promise<ReadScriptResult> {
  if (!hasSqliteHeader(bytes)) return { ok: false, error: { code: "NOT_SQLITE" } };
  // A reader that cannot start is this installation's fault, not the file's: it fails loudly.
  const SQL: SqlJsStatic = await loadSqlJs();
  let db: Database | null = null;
  let found: Found;
  try {
    db = new SQL.Database(bytes);
    found = format === "kitsp" ? findKitScenario(db) : findStarcText(db);
  } catch {
    // sql.js opens lazily: a damaged file fails on the first query ("file is not a database").
    return { ok: false, error: { code: "NOT_SQLITE" } };
  } finally {
    db?.close();
  }
  if (!found.ok) return { ok: false, error: { code: "NO_SCRIPT_IN_DATABASE", format, detail: found.detail } };
  const script =
    format === "kitsp"
      ? parseKitScenarioXml(found.xml, options)
      : parseStarcScreenplayXml(found.xml, options);
  const unreadable = script.warnings.find((warning) => warning.code === "MALFORMED_XML");
  if (unreadable) return { ok: false, error: { code: "UNREADABLE", warning: unreadable } };
  return { ok: true, script, format, encoding: "utf-8" };
}
