import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { describeReadScriptError, guessScriptFormat, readScript } from "./read-script.ts";

const fixture = (name: string) =>
  new Uint8Array(readFileSync(new URL(`./fixtures/${name}`, import.meta.url)));
const bytes = (text: string) => new TextEncoder().encode(text);

describe("readScript", () => {
  it("recognizes Final Draft and Fountain files by their content", () => {
    expect(guessScriptFormat("x.txt", fixture("ru-episode.fdx"))).toBe("fdx");
    expect(guessScriptFormat("x.fdx", fixture("ru-episode.fountain"))).toBe("fountain");
    expect(guessScriptFormat("a.kitsp", bytes("SQLite format 3\0"))).toBe("kitsp");
    expect(guessScriptFormat("a.starc", bytes("SQLite format 3\0"))).toBe("starc");
    expect(guessScriptFormat("a.pdf", bytes("%PDF-1.7"))).toBe("pdf");
  });

  it("reads a windows-1251 Fountain file", () => {
    const result = readScript(fixture("ru-cp1251.fountain"), { fileName: "ru.fountain" });
    expect(result.ok && result.encoding).toBe("windows-1251");
    expect(result.ok && result.script.elements[0]).toMatchObject({ kind: "heading" });
  });

  it("leaves binary formats to the file reader, and refuses broken FDX, naming the file", () => {
    const pdf = readScript(bytes("%PDF-1.7"), { fileName: "ep1.pdf" });
    expect(pdf.ok ? null : describeReadScriptError("ep1.pdf", pdf.error)).toBe(
      "pdf files are binary and are read by the asynchronous file reader, not from text",
    );
    expect(describeReadScriptError("scan.pdf", { code: "NO_TEXT_LAYER", pages: 3 })).toMatch(
      /^scan\.pdf has no text layer: its 3 page\(s\) are images/,
    );
    expect(describeReadScriptError("ep1.kitsp", { code: "NOT_SQLITE" })).toBe(
      "ep1.kitsp is not a KIT Scenarist or Story Architect file (not an SQLite database)",
    );
    const broken = readScript(bytes('<?xml version="1.0"?>\n<FinalDraft><Content>'), { fileName: "ep1.fdx" });
    expect(broken.ok ? null : describeReadScriptError("ep1.fdx", broken.error)).toMatch(
      /^ep1\.fdx: line \d+: /,
    );
    const empty = readScript(new Uint8Array(), { fileName: "empty.fountain" });
    expect(empty.ok ? null : describeReadScriptError("empty.fountain", empty.error)).toBe(
      "empty.fountain is empty",
    );
  });
});
