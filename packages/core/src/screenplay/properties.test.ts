// Invariants over random and mutated scripts: no exception escapes and the output always keeps the contract.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseFountain } from "./fountain.ts";
import { buildScriptParseResult, type ScriptParseResult } from "./script-parse.ts";

const episode = readFileSync(join(import.meta.dirname, "fixtures", "ru-episode.fountain"), "utf8");
const episodeLines = episode.split("\n");

// Pieces that exercise every branch: prefixes, markers of notes and the boneyard, cues, carets, line ends.
const piece = fc.constantFrom(
  "ИНТ. КУХНЯ - ДЕНЬ",
  "НАТ. ДВОР — НОЧЬ, 3 #12А#",
  ".ОКОП",
  "..",
  "ИВАН (ЗК)",
  "МАША ^",
  "@McCLANE",
  "(тихо)",
  "Привет.",
  "/*",
  "*/",
  "[[",
  "]]",
  "===",
  "# АКТ",
  "= синопсис",
  "> ИЗ ЗТМ:",
  "> центр <",
  "~ля-ля",
  "Title: X",
  "   продолжение",
  "  ",
  "",
  "\r",
  "\t",
  "\uFEFF",
  "*_**",
);
const scriptText = fc.oneof(
  fc.string({ maxLength: 400 }),
  fc.array(fc.oneof(piece, fc.string({ maxLength: 20 })), { maxLength: 60 }).map((lines) => lines.join("\n")),
  fc
    .array(fc.tuple(fc.nat({ max: episodeLines.length }), fc.oneof(piece, fc.constant(""))), {
      maxLength: 20,
    })
    .map((edits) => {
      const lines = [...episodeLines];
      for (const [at, text] of edits) lines.splice(at, 1, text);
      return lines.join("\r\n");
    }),
);

function lineCountOf(text: string): number {
  return text.replace(/^\uFEFF/u, "").split(/\r\n|\r|\n/u).length;
}

function expectContract(result: ScriptParseResult, lineCount: number) {
  const settings = [null, "INT", "EXT", "INT/EXT"];
  const times = [null, "DAY", "NIGHT", "MORNING", "EVENING", "DAWN", "DUSK", "CONTINUOUS", "LATER"];
  let previous = 0;
  for (const scene of result.scenes) {
    expect(scene.line).toBeGreaterThan(previous);
    expect(scene.line).toBeLessThanOrEqual(lineCount);
    previous = scene.line;
    expect(Number.isInteger(scene.eighths) && scene.eighths > 0).toBe(true);
    expect(settings).toContain(scene.setting);
    expect(times).toContain(scene.time);
    expect(typeof scene.location).toBe("string");
    expect(scene.characters).toEqual([...new Set(scene.characters)]);
  }
  for (const warning of result.warnings) {
    expect(Number.isInteger(warning.line) && warning.line >= 1 && warning.line <= lineCount).toBe(true);
    expect(warning.message).not.toBe("");
  }
  for (const character of result.characters) expect(character.scenes).toBeGreaterThan(0);
}

describe("parseFountain properties", () => {
  it("never throws, keeps line numbers within the input and scenes in line order", () => {
    fc.assert(
      fc.property(scriptText, (text) => {
        const script = parseFountain(text);
        expect(script.lineCount).toBe(lineCountOf(text));
        for (const element of script.elements) {
          expect(element.line).toBeGreaterThanOrEqual(1);
          expect(element.line).toBeLessThanOrEqual(script.lineCount);
        }
        expectContract(buildScriptParseResult(script), script.lineCount);
      }),
      { numRuns: 300 },
    );
  });

  it("reads CRLF and LF alike", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(piece, fc.string({ maxLength: 12 })), { maxLength: 30 }), (lines) => {
        const clean = lines.map((line) => line.replace(/[\r\n]/gu, ""));
        expect(parseFountain(clean.join("\r\n"))).toEqual(parseFountain(clean.join("\n")));
      }),
      { numRuns: 150 },
    );
  });
});
