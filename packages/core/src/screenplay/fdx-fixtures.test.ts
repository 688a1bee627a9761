// The FDX fixture scripts end to end: bytes → text → model → the `script parse --json` contract.
// Expectations are worked out by hand from the fixture files (line numbers are those of <Paragraph> tags).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeScriptBytes } from "./decode.ts";
import { parseFdx } from "./fdx.ts";
import { buildScriptParseResult } from "./script-parse.ts";

function parseFixture(name: string) {
  const decoded = decodeScriptBytes(
    new Uint8Array(readFileSync(join(import.meta.dirname, "fixtures", name))),
  );
  if (!decoded.ok) throw new Error(`${name}: ${decoded.error.code}`);
  const script = parseFdx(decoded.text);
  return { script, result: buildScriptParseResult(script) };
}

describe("fixture: Russian episode (ru-episode.fdx)", () => {
  const { script, result } = parseFixture("ru-episode.fdx");
  const scene = (number: string) => result.scenes.find((item) => item.number === number);

  it("reads the title page and every scene with its Number attribute, in line order", () => {
    expect(result.title).toBe("ИСКРА Серия 1. «Позывной»");
    expect(result.format).toBe("fdx");
    expect(result.scenes.map((item) => [item.number, item.line])).toEqual([
      ["1", 11],
      ["2", 51],
      ["3", 78],
      ["4", 103],
      ["5", 125],
      ["5А", 154],
      ["6", 161],
      ["7", 174],
    ]);
    expect(script.titlePage).toEqual([
      { key: "Title", value: "ИСКРА\nСерия 1. «Позывной»", line: 200 },
      { key: "Credit", value: "Сценарий", line: 209 },
      { key: "Author", value: "Анна Климова", line: 212 },
      { key: "Text", value: "Драфт: третий, 12.03.2025", line: 215 },
    ]);
  });

  it("gives the contract's fields for a full heading", () => {
    expect(scene("7")).toEqual({
      number: "7",
      heading: "НАТ. ЗАРЕЧЬЕ. ГЛАВНАЯ УЛИЦА - ДЕНЬ, 2",
      setting: "EXT",
      location: "ЗАРЕЧЬЕ. ГЛАВНАЯ УЛИЦА",
      time: "DAY",
      timeText: "ДЕНЬ",
      storyDay: "2",
      characters: ["ЛЕНА", "Мальчик с велосипедом"],
      eighths: expect.any(Number),
      line: 174,
    });
  });

  it("reads headings as the Fountain parser does, and a heading without a prefix as forced", () => {
    expect(scene("2")).toMatchObject({ setting: "INT", location: "ВОКЗАЛ. ЗАЛ ОЖИДАНИЯ", time: "MORNING" });
    expect(scene("4")).toMatchObject({ setting: "INT/EXT", location: "УАЗ САШИ (ДВИЖЕНИЕ)", time: "DAY" });
    expect(scene("5")).toMatchObject({ location: "ДОМ ДЕДА МАТВЕЯ. КУХНЯ", time: "EVENING", storyDay: "1" });
    expect(scene("6")).toMatchObject({
      setting: null,
      location: "ОКОП У РЕКИ",
      time: null,
      timeText: "РЕЖИМ",
    });
  });

  it("merges cues, dual dialogue and the scene-characters paragraph, without extensions", () => {
    expect(scene("1")?.characters).toEqual(["ЛЕНА", "ПРОВОДНИЦА"]);
    expect(scene("2")?.characters).toEqual(["КАССИРША", "ЛЕНА", "МИЛИЦИОНЕР"]);
    expect(scene("3")?.characters).toEqual(["ЛЕНА", "САША"]);
    // «Участники: Лена, Дед Матвей, кот Васька»: a labelled list counts every name, the cat included.
    expect(scene("5")?.characters).toEqual(["ДЕД МАТВЕЙ", "КОТ ВАСЬКА", "ЛЕНА"]);
    expect(scene("5А")?.characters).toEqual([]);
    expect(result.characters.slice(0, 3)).toEqual([
      { name: "ЛЕНА", scenes: 5 },
      { name: "ДЕД МАТВЕЙ", scenes: 2 },
      { name: "САША", scenes: 2 },
    ]);
    const cues = script.elements.flatMap((element) =>
      element.kind === "character" ? [[element.line, element.cue.name, element.dual]] : [],
    );
    expect(cues).toContainEqual([89, "САША", "left"]);
    expect(cues).toContainEqual([95, "ЛЕНА", "right"]);
  });

  it("keeps the text of every run, styled or not, and ignores SceneArcBeats paragraphs", () => {
    const texts = script.elements.flatMap((element) => (element.kind === "action" ? [element.text] : []));
    expect(texts).toContain("Поезд тормозит. Пар. Из вагона выходит ЛЕНА (30), в руках — старый чемодан.");
    expect(texts).toContain("Пусто. Часы над кассой стоят. Лена подходит к окошку.");
    expect(texts.join(" ")).not.toContain("Лена возвращается домой");
    expect(script.elements.slice(0, 2)).toEqual([
      { kind: "section", line: 5, text: "ПЕРВЫЙ АКТ", depth: 1 },
      { kind: "transition", line: 8, text: "ИЗ ЗТМ:", isForced: false },
    ]);
  });

  it("keeps SceneProperties on the heading elements", () => {
    const properties = script.elements.flatMap((element) =>
      element.kind === "heading" ? [element.properties] : [],
    );
    expect(properties[0]).toEqual({ length: "1 2/8", eighths: 10, page: "1", title: "Приезд", color: null });
    expect(properties[2]).toEqual({
      length: "1",
      eighths: 8,
      page: "2",
      title: null,
      color: "#FFFFFFFF0000",
    });
    expect(properties.map((item) => item?.eighths)).toEqual([10, 5, 8, 7, 11, 2, 4, 9]);
  });

  it("turns Tagger tags into breakdown suggestions per scene", () => {
    expect(script.breakdownSuggestions).toEqual([
      { category: "Cast Members", label: "ЛЕНА", sceneNumber: "1", sceneLine: 11, line: 26 },
      { category: "Props", label: "старый чемодан", sceneNumber: "1", sceneLine: 11, line: 26 },
      { category: "Vehicles", label: "УАЗ-469", sceneNumber: "3", sceneLine: 78, line: 82 },
      { category: "Оружие", label: "охотничье ружьё", sceneNumber: "5", sceneLine: 125, line: 132 },
      // The definition has no label: the tagged words, joined across their two style runs, name it.
      { category: "Animals", label: "кот Васька", sceneNumber: "5", sceneLine: 125, line: 132 },
      { category: "Cast Members", label: "ЛЕНА", sceneNumber: "5", sceneLine: 125, line: 132 },
    ]);
  });

  it("has no warnings", () => {
    expect(result.warnings).toEqual([]);
  });
});

describe("fixture: English feature (en-feature.fdx, CRLF)", () => {
  const { script, result } = parseFixture("en-feature.fdx");

  it("reads the title page, scenes and numbers with CRLF line numbers", () => {
    expect(result.title).toBe("THE LONG NIGHT");
    expect(script.titlePage.map((entry) => [entry.key, entry.value])).toEqual([
      ["Title", "THE LONG NIGHT"],
      ["Credit", "Written by"],
      ["Author", "J. R. Hartley"],
      ["Text", "Draft of March 3"],
    ]);
    expect(result.scenes.map((item) => [item.number, item.heading, item.line])).toEqual([
      ["1", "EXT. DESERT HIGHWAY - NIGHT", 8],
      ["2", "INT. JOE'S DINER - CONTINUOUS", 21],
      ["2A", "INT./EXT. PICKUP TRUCK - MOVING - NIGHT", 56],
      ["3", "I/E DINER PARKING LOT - LATER", 65],
      [null, "EXT. MOTEL - DAWN", 71],
      ["5", "THE BARN - DAY", 77],
    ]);
  });

  it("assembles a heading split into style runs and decodes entities", () => {
    expect(result.scenes[1]).toMatchObject({ setting: "INT", location: "JOE'S DINER", time: "CONTINUOUS" });
    expect(result.scenes[2]).toMatchObject({
      setting: "INT/EXT",
      location: "PICKUP TRUCK - MOVING",
      time: "NIGHT",
    });
    expect(result.scenes[3]).toMatchObject({ setting: "INT/EXT", time: "LATER" });
    expect(result.scenes[5]).toMatchObject({ setting: null, location: "THE BARN", time: "DAY" });
    expect(script.elements).toContainEqual({
      kind: "action",
      line: 27,
      text: "Neon hum. MARGE (60s) wipes the counter & watches the door.",
      isForced: false,
    });
  });

  it("reads a bare DualDialogue block, shots, centred and general paragraphs", () => {
    expect(result.scenes[1]?.characters).toEqual(["JOE", "MARGE"]);
    const summary = script.elements.map((element) =>
      element.kind === "character"
        ? `${element.line}:${element.cue.name}:${element.dual ?? "-"}`
        : `${element.line}:${element.kind}`,
    );
    expect(summary.slice(0, 16)).toEqual([
      "5:centered",
      "8:heading",
      "12:action",
      "15:action",
      "18:action",
      "21:heading",
      "27:action",
      "30:JOE:-",
      "33:dialogue",
      "37:MARGE:left",
      "40:parenthetical",
      "43:dialogue",
      "46:JOE:right",
      "49:dialogue",
      "53:action",
      "56:heading",
    ]);
    expect(script.elements).toContainEqual({
      kind: "action",
      line: 15,
      text: "CLOSE ON THE FUEL GAUGE",
      isForced: true,
    });
  });

  it("warns about an unknown paragraph type and a cue without dialogue", () => {
    expect(result.warnings).toEqual([
      {
        line: 74,
        message: 'paragraph type "Montage" is not a known Final Draft element; its text is read as action',
      },
      { line: 80, message: 'character cue "SHERIFF" has no dialogue after it' },
    ]);
    expect(script.breakdownSuggestions).toEqual([]);
  });
});
