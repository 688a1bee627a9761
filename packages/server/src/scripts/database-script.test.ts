// The .kitsp/.starc reader on real SQLite files built here with sql.js, and on the committed fixtures.
// (read-file.ts is not imported: it also pulls in the PDF reader, which this suite does not need.)
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { guessScriptFormat } from "@kinomost/core";
import initSqlJs, { type Database, type SqlJsStatic } from "sql.js";
import { beforeAll, describe, expect, it } from "vitest";
import { readDatabaseScript } from "./database-script.ts";

const fixtures = new URL("../../../core/src/screenplay/fixtures/", import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, fixtures)));

const block = (type: string, text: string) => `<${type}><v><![CDATA[${text}]]></v></${type}>`;
const kitXml = (...blocks: string[]) =>
  `<?xml version="1.0"?>\n<scenario version="1.0">\n${blocks.join("\n")}\n</scenario>\n`;

const mainScript = kitXml(
  block("scene_heading", "ИНТ. ШТАБ - НОЧЬ"),
  block("scene_characters", "КОМАНДИР, РАДИСТ"),
  block("character", "КОМАНДИР (ЗК)"),
  block("dialog", "Связь есть?"),
  block("scene_heading", "НАТ. ОКОП - РАССВЕТ"),
  block("action", "Тишина."),
);

let SQL: SqlJsStatic;

beforeAll(async () => {
  const distDir = dirname(createRequire(import.meta.url).resolve("sql.js"));
  SQL = await initSqlJs({ locateFile: (file: string) => join(distDir, file) });
});

function build(setUp: (db: Database) => void): Uint8Array {
  const db = new SQL.Database();
  try {
    setUp(db);
    return db.export();
  } finally {
    db.close();
  }
}

function kitsp(rows: readonly { text: string; isDraft: number }[]): Uint8Array {
  return build((db) => {
    db.run(
      "CREATE TABLE scenario (id INTEGER PRIMARY KEY AUTOINCREMENT, scheme TEXT, text TEXT, is_draft INTEGER)",
    );
    for (const row of rows)
      db.run("INSERT INTO scenario (scheme, text, is_draft) VALUES ('', ?, ?)", [row.text, row.isDraft]);
  });
}

// The `type` numbers here are arbitrary: the reader chooses the document by its XML, not by its type code.
function starc(documents: readonly string[]): Uint8Array {
  return build((db) => {
    db.run(
      "CREATE TABLE documents (id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT UNIQUE, type INTEGER, content BLOB)",
    );
    documents.forEach((xml, index) =>
      db.run("INSERT INTO documents (uuid, type, content) VALUES (?, ?, ?)", [
        `{doc-${index}}`,
        index + 1,
        new TextEncoder().encode(xml),
      ]),
    );
  });
}

const starcDocument = (mime: string, body: string) =>
  `<?xml version="1.0"?>\n<document mime-type="application/x-starc/document/screenplay/${mime}" version="1.0">\n${body}\n</document>\n`;

const headings = (result: Awaited<ReturnType<typeof readDatabaseScript>>) =>
  result.ok
    ? result.script.elements.flatMap((element) => (element.kind === "heading" ? [element.heading.text] : []))
    : [];

describe("readDatabaseScript on .kitsp", () => {
  it("reads the newest clean scenario row, not the draft", async () => {
    const bytes = kitsp([
      { text: kitXml(block("scene_heading", "ИНТ. СТАРАЯ ВЕРСИЯ - ДЕНЬ")), isDraft: 0 },
      { text: mainScript, isDraft: 0 },
      { text: kitXml(block("scene_heading", "ИНТ. ЧЕРНОВИК - ДЕНЬ")), isDraft: 1 },
    ]);
    const result = await readDatabaseScript(bytes, "kitsp");
    expect(result).toMatchObject({ ok: true, format: "kitsp", encoding: "utf-8" });
    expect(headings(result)).toEqual(["ИНТ. ШТАБ - НОЧЬ", "НАТ. ОКОП - РАССВЕТ"]);
    if (!result.ok) return;
    expect(result.script.format).toBe("kitsp");
    expect(result.script.elements.find((element) => element.kind === "character")).toMatchObject({
      cue: { name: "КОМАНДИР", extensions: [{ kind: "VOICE_OVER" }] },
      line: 5,
    });
  });

  it("says which row is missing when the table holds only a draft", async () => {
    const result = await readDatabaseScript(kitsp([{ text: mainScript, isDraft: 1 }]), "kitsp");
    expect(result).toEqual({
      ok: false,
      error: {
        code: "NO_SCRIPT_IN_DATABASE",
        format: "kitsp",
        detail: expect.stringContaining("is_draft = 0"),
      },
    });
  });

  it("answers NO_SCRIPT_IN_DATABASE for an SQLite file without the scenario table", async () => {
    const bytes = build((db) => db.run("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)"));
    const result = await readDatabaseScript(bytes, "kitsp");
    expect(result).toEqual({
      ok: false,
      error: { code: "NO_SCRIPT_IN_DATABASE", format: "kitsp", detail: "no scenario table" },
    });
  });

  it("answers NOT_SQLITE for a text file renamed .kitsp and for a damaged database", async () => {
    const text = new TextEncoder().encode("ИНТ. ШТАБ - НОЧЬ\n\nКОМАНДИР\nСвязь есть?\n");
    expect(await readDatabaseScript(text, "kitsp")).toEqual({ ok: false, error: { code: "NOT_SQLITE" } });
    const damaged = kitsp([{ text: mainScript, isDraft: 0 }]).slice(0, 200);
    damaged.fill(0xff, 100);
    expect(await readDatabaseScript(damaged, "kitsp")).toEqual({ ok: false, error: { code: "NOT_SQLITE" } });
    expect(await readDatabaseScript(new Uint8Array(), "starc")).toEqual({
      ok: false,
      error: { code: "NOT_SQLITE" },
    });
  });

  it("answers UNREADABLE when the stored XML is malformed", async () => {
    const result = await readDatabaseScript(kitsp([{ text: "<scenario><action>", isDraft: 0 }]), "kitsp");
    expect(result).toMatchObject({
      ok: false,
      error: { code: "UNREADABLE", warning: { code: "MALFORMED_XML" } },
    });
  });
});

describe("readDatabaseScript on .starc", () => {
  const text = starcDocument(
    "text",
    `<scene>\n<number number="7"/>\n<content>\n${block("scene_heading", "ИНТ. ШТАБ - НОЧЬ")}\n${block("character", "КОМАНДИР")}\n${block("dialogue", "Связь?")}\n</content>\n</scene>`,
  );

  it("finds the screenplay text document among the project's documents", async () => {
    const treatment = starcDocument("treatment", block("scene_heading", "НАТ. ТРИТМЕНТ - ДЕНЬ"));
    const title = starcDocument("title-page", block("text", "ИСКРА"));
    const result = await readDatabaseScript(starc([title, treatment, text]), "starc");
    expect(result).toMatchObject({
      ok: true,
      format: "starc",
      encoding: "utf-8",
      script: { format: "starc" },
    });
    expect(headings(result)).toEqual(["ИНТ. ШТАБ - НОЧЬ"]);
    if (result.ok) expect(result.script.elements[0]).toMatchObject({ heading: { number: "7" }, line: 6 });
  });

  it("takes a document with scene headings when none names its mime type", async () => {
    const bare = `<document>\n${block("scene_heading", "НАТ. ОКОП - ДЕНЬ")}\n</document>`;
    const result = await readDatabaseScript(starc(["<document><text/></document>", bare]), "starc");
    expect(headings(result)).toEqual(["НАТ. ОКОП - ДЕНЬ"]);
  });

  it("says what is missing: the table, or a screenplay text document", async () => {
    const noTable = await readDatabaseScript(kitsp([{ text: mainScript, isDraft: 0 }]), "starc");
    expect(noTable).toMatchObject({
      ok: false,
      error: { code: "NO_SCRIPT_IN_DATABASE", detail: "no documents table" },
    });
    const noText = await readDatabaseScript(
      starc([starcDocument("title-page", block("text", "ИСКРА"))]),
      "starc",
    );
    expect(noText).toMatchObject({
      ok: false,
      error: {
        code: "NO_SCRIPT_IN_DATABASE",
        format: "starc",
        detail: expect.stringContaining("screenplay text"),
      },
    });
  });
});

describe("the committed fixtures", () => {
  it.each([
    ["ru-episode.kitsp", "kitsp"],
    ["ru-episode.starc", "starc"],
  ] as const)("%s is recognised by its header and name and holds three scenes", async (name, format) => {
    const bytes = fixture(name);
    expect(guessScriptFormat(name, bytes)).toBe(format);
    const result = await readDatabaseScript(bytes, format);
    expect(result).toMatchObject({ ok: true, format });
    expect(headings(result)).toHaveLength(3);
    if (result.ok) expect(result.script.warnings).toEqual([]);
  });
});
