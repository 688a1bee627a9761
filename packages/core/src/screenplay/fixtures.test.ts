// The fixture scripts end to end: bytes → text → model → the `script parse --json` contract.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeScriptBytes } from "./decode.ts";
import { parseFountain } from "./fountain.ts";
import { buildScriptParseResult } from "./script-parse.ts";

function parseFixture(name: string) {
  const decoded = decodeScriptBytes(
    new Uint8Array(readFileSync(join(import.meta.dirname, "fixtures", name))),
  );
  if (!decoded.ok) throw new Error(`${name}: ${decoded.error.code}`);
  const script = parseFountain(decoded.text);
  return { script, result: buildScriptParseResult(script) };
}

describe("fixture: Russian episode (ru-episode.fountain)", () => {
  const { script, result } = parseFixture("ru-episode.fountain");
  const scene = (number: string | null, location?: string) =>
    result.scenes.find(
      (item) => item.number === number && (location === undefined || item.location === location),
    );

  it("reads the title page and every scene outside the boneyard, in line order", () => {
    expect(result.title).toBe("ИСКРА Серия 1. «Позывной»");
    expect(result.format).toBe("fountain");
    expect(result.scenes.map((item) => item.number ?? item.heading)).toEqual([
      "1",
      "2",
      "3",
      "4",
      "5",
      "7",
      "ОКОП",
      "8",
      "9",
      "10",
      "10А",
      "11",
      "12",
      "13",
      "14",
      "15",
    ]);
    expect(result.scenes.map((item) => item.line)).toEqual(
      [...result.scenes.map((item) => item.line)].sort((a, b) => a - b),
    );
  });

  it("gives the contract's fields for a full heading", () => {
    expect(scene("15")).toEqual({
      number: "15",
      heading: "НАТ. ЗАРЕЧЬЕ. ГЛАВНАЯ УЛИЦА - ДЕНЬ, 3",
      setting: "EXT",
      location: "ЗАРЕЧЬЕ. ГЛАВНАЯ УЛИЦА",
      time: "DAY",
      timeText: "ДЕНЬ",
      storyDay: "3",
      characters: ["ДЕД МАТВЕЙ", "ЛЕНА", "Мальчик с велосипедом", "САША"],
      eighths: expect.any(Number),
      line: 178,
    });
  });

  it("reads separators, story days, odd prefixes and the forced heading", () => {
    expect(scene("2")).toMatchObject({ location: "ВОКЗАЛ. ЗАЛ ОЖИДАНИЯ", time: "MORNING" });
    expect(scene("3")).toMatchObject({
      setting: "INT/EXT",
      location: "МАШИНА САШИ (В ДВИЖЕНИИ)",
      characters: ["ЛЕНА", "САША"],
    });
    expect(scene("5")).toMatchObject({ time: "NIGHT", storyDay: "1" });
    expect(scene("7")).toMatchObject({ time: null, timeText: "РЕЖИМ" });
    expect(scene("8")).toMatchObject({ time: "DAY", storyDay: "2" });
    expect(scene("9")).toMatchObject({ setting: "INT/EXT", location: "ГАРАЖ ГРОМОВА" });
    expect(scene("10")).toMatchObject({ setting: "EXT", location: "ПРИСТАНЬ", time: "DAWN" });
    expect(scene(null, "ОКОП")).toMatchObject({
      setting: null,
      heading: "ОКОП",
      time: null,
      characters: ["ЛЕНА-РЕБЁНОК"],
    });
  });

  it("merges speaking cues and the scene-characters line, without extensions", () => {
    expect(scene("2")?.characters).toEqual(["КАССИРША", "ЛЕНА", "МИЛИЦИОНЕР"]);
    expect(scene("4")?.characters).toEqual(["ГОЛОС МАТЕРИ", "ЛЕНА"]);
    expect(scene("14")?.characters).toEqual(["ВОДИТЕЛЬ"]);
    expect(result.characters[0]).toEqual({ name: "ЛЕНА", scenes: 9 });
    expect(result.characters.map((item) => item.name)).not.toContain("ЛЕНА (ПРОД.)");
  });

  it("warns with line numbers and keeps reading", () => {
    expect(result.warnings).toEqual([
      {
        line: 141,
        message: 'scene heading "HAT. ПРИСТАНЬ - РАССВЕТ" mixes Latin and Cyrillic letters in "HAT."',
      },
      { line: 164, message: 'scene heading "ИНТ. КАБИНЕТ ГРОМОВА" has no time of day' },
      {
        line: 168,
        message: 'scene heading "НАТ. ТРАССА - ПОЛНОЧЬ" ends in "ПОЛНОЧЬ", which is not a known time of day',
      },
    ]);
  });

  it("keeps the other elements: dual dialogue, lyrics, notes, sections, transitions", () => {
    const count = (kind: string) => script.elements.filter((element) => element.kind === kind).length;
    expect(count("lyrics")).toBe(2);
    expect(count("note")).toBe(1);
    expect(count("section")).toBe(2);
    expect(count("synopsis")).toBe(1);
    expect(count("pageBreak")).toBe(1);
    expect(count("centered")).toBe(2);
    expect(
      script.elements.filter((element) => element.kind === "transition").map((element) => element.line),
    ).toEqual([13, 61, 192]);
    expect(
      script.elements.flatMap((element) =>
        element.kind === "character" && element.dual ? [element.dual] : [],
      ),
    ).toEqual(["left", "right"]);
  });
});

describe("fixture: English script with CRLF (en-feature.fountain)", () => {
  const { script, result } = parseFixture("en-feature.fountain");

  it("reads the title page and the scenes", () => {
    expect(result.title).toBe("BRICK & STEEL (draft 3)");
    expect(result.scenes.map((item) => [item.setting, item.location, item.time, item.number])).toEqual([
      ["EXT", "BRICK'S PATIO", "DAY", null],
      ["INT", "TRAILER HOME", "DAY", "2"],
      [null, "SNIPER SCOPE POV", null, null],
      ["EXT", "BRICK'S POOL", "CONTINUOUS", null],
      ["INT/EXT", "BRICK'S CAR", "NIGHT", "4A"],
      ["INT/EXT", "RV - MOVING", "LATER", null],
      ["EXT", "WAREHOUSE", "DUSK", null],
    ]);
    expect(result.warnings).toEqual([]);
  });

  it("reads cues with extensions in any case and forced cues", () => {
    expect(result.scenes[3]?.characters).toEqual(["BRICK", "HANS", "MOM", "STEEL"]);
    expect(result.scenes[4]?.characters).toEqual(["McCLANE"]);
  });

  it("reads forced action, transitions, centered text and escapes", () => {
    expect(script.elements).toContainEqual(
      expect.objectContaining({ kind: "action", text: "SCANNING THE AISLES...", isForced: true }),
    );
    expect(script.elements).toContainEqual(expect.objectContaining({ kind: "transition", text: "CUT TO:" }));
    expect(script.elements).toContainEqual(
      expect.objectContaining({ kind: "transition", text: "FADE OUT.", isForced: true }),
    );
    expect(script.elements).toContainEqual(expect.objectContaining({ kind: "centered", text: "THE END" }));
    expect(script.elements).toContainEqual(
      expect.objectContaining({ kind: "note", text: "Is this too much of a homage?" }),
    );
  });
});

describe("fixtures: Belarusian and old encodings", () => {
  it("reads Belarusian prefixes, times and extensions", () => {
    const { result } = parseFixture("by-short.fountain");
    expect(result.title).toBe("Хутар");
    expect(result.scenes.map((item) => [item.setting, item.time, item.storyDay])).toEqual([
      ["EXT", "DAWN", null],
      ["INT", "MORNING", "1"],
      ["INT/EXT", "DAY", "2"],
      ["EXT", "LATER", null],
    ]);
    expect(result.scenes[1]?.characters).toEqual(["АЛЕСЬ", "ЯНІНА"]);
  });

  it("reads the same scene from windows-1251 and UTF-16", () => {
    const expected = {
      number: "1",
      heading: "ИНТ. ШТАБ - НОЧЬ",
      setting: "INT",
      location: "ШТАБ",
      time: "NIGHT",
      timeText: "НОЧЬ",
      storyDay: null,
      characters: ["КОМБАТ", "РАДИСТ"],
      eighths: 1,
      line: 1,
    };
    expect(parseFixture("ru-cp1251.fountain").result.scenes).toEqual([expected]);
    expect(parseFixture("ru-utf16.fountain").result.scenes).toEqual([expected]);
  });
});
