import { describe, expect, it } from "vitest";
import { extendHeadingTables } from "./heading-tables.ts";
import { parseSceneHeading, splitSceneNumber } from "./heading.ts";

const read = (line: string, isForced = false) => parseSceneHeading(line, { isForced })?.heading ?? null;
const codes = (line: string) => parseSceneHeading(line)?.issues.map((issue) => issue.code) ?? null;

describe("parseSceneHeading", () => {
  it.each([
    ["ИНТ. КВАРТИРА - ДЕНЬ", "INT", "КВАРТИРА", "DAY", "ДЕНЬ"],
    ["НАТ. ПОЛЕ БОЯ — НОЧЬ", "EXT", "ПОЛЕ БОЯ", "NIGHT", "НОЧЬ"],
    ["ИНТ./НАТ. МАШИНА (В ДВИЖЕНИИ) - УТРО", "INT/EXT", "МАШИНА (В ДВИЖЕНИИ)", "MORNING", "УТРО"],
    ["НАТ./ИНТ. ПОДЪЕЗД - ВЕЧЕР", "INT/EXT", "ПОДЪЕЗД", "EVENING", "ВЕЧЕР"],
    ["И/Н ГАРАЖ - РАССВЕТ", "INT/EXT", "ГАРАЖ", "DAWN", "РАССВЕТ"],
    ["ИНТ. КВАРТИРА. КУХНЯ. СУМЕРКИ", "INT", "КВАРТИРА. КУХНЯ", "DUSK", "СУМЕРКИ"],
    ["ИНТ. КУХНЯ - НЕМНОГО ПОЗЖЕ", "INT", "КУХНЯ", "LATER", "НЕМНОГО ПОЗЖЕ"],
    ["ИНТ. КУХНЯ - ПРОДОЛЖЕНИЕ", "INT", "КУХНЯ", "CONTINUOUS", "ПРОДОЛЖЕНИЕ"],
    ["НАТ. ДВОР - ПОСЛЕ ПОЛУДНЯ", "EXT", "ДВОР", "DAY", "ПОСЛЕ ПОЛУДНЯ"],
    ["НАТ. ДВОР - НА СЛЕДУЮЩИЙ ДЕНЬ", "EXT", "ДВОР", "DAY", "НА СЛЕДУЮЩИЙ ДЕНЬ"],
    ["НАТ. ДВОР - РЕЖИМ", "EXT", "ДВОР", null, "РЕЖИМ"],
    ["ІНТ. ХАТА - РАНІЦА", "INT", "ХАТА", "MORNING", "РАНІЦА"],
    ["І/Н ХЛЕЎ - ДЗЕНЬ", "INT/EXT", "ХЛЕЎ", "DAY", "ДЗЕНЬ"],
    ["УСТ. ХУТАР - ЗМЕРКІ", "EXT", "ХУТАР", "DUSK", "ЗМЕРКІ"],
    ["INT. HOUSE - DAY", "INT", "HOUSE", "DAY", "DAY"],
    ["EXT. BRICK'S POOL - CONTINUOUS", "EXT", "BRICK'S POOL", "CONTINUOUS", "CONTINUOUS"],
    ["INT./EXT. CAR - MOMENTS LATER", "INT/EXT", "CAR", "LATER", "MOMENTS LATER"],
    ["I/E RV - MOVING - NIGHT", "INT/EXT", "RV - MOVING", "NIGHT", "NIGHT"],
    ["int. house - day", "INT", "house", "DAY", "day"],
  ])("reads %s", (line, setting, location, time, timeText) => {
    expect(read(line)).toMatchObject({ setting, location, time, timeText });
  });

  it("reads the story day after the time or after a comma", () => {
    expect(read("ИНТ. КВАРТИРА - ДЕНЬ 3")).toMatchObject({ time: "DAY", timeText: "ДЕНЬ", storyDay: "3" });
    expect(read("ИНТ. КВАРТИРА - НОЧЬ, 3")).toMatchObject({ time: "NIGHT", storyDay: "3" });
    expect(read("ИНТ. КВАРТИРА - НОЧЬ, ДЕНЬ 12")).toMatchObject({ time: "NIGHT", storyDay: "12" });
    expect(read("INT. HOUSE - NIGHT, D4")).toMatchObject({ time: "NIGHT", storyDay: "4" });
  });

  it("reads scene numbers of any alphabet", () => {
    expect(read("ИНТ. КВАРТИРА - ДЕНЬ #12А#")).toMatchObject({ number: "12А", text: "ИНТ. КВАРТИРА - ДЕНЬ" });
    expect(splitSceneNumber("INT. HOUSE - DAY #I-1-A#")).toEqual({
      text: "INT. HOUSE - DAY",
      number: "I-1-A",
    });
    expect(read("ИНТ. КВАРТИРА - ДЕНЬ")?.number).toBeNull();
  });

  it("keeps a forced heading's text as its location", () => {
    expect(read("ОКОП", true)).toMatchObject({
      setting: null,
      location: "ОКОП",
      time: null,
      prefix: null,
      isForced: true,
    });
    expect(read("ОКОП - НОЧЬ", true)).toMatchObject({ setting: null, location: "ОКОП", time: "NIGHT" });
  });

  it("does not take words that merely start like a prefix", () => {
    for (const line of [
      "ИНТЕРЬЕР КВАРТИРЫ",
      "НАТАША ВХОДИТ",
      "EXTRA - DAY",
      "INTERCUT",
      "HAT ON THE TABLE.",
    ]) {
      expect(read(line)).toBeNull();
    }
  });

  it("reads a prefix typed with Latin look-alikes and says so", () => {
    expect(read("HAT. ПРИСТАНЬ - РАССВЕТ")).toMatchObject({
      setting: "EXT",
      location: "ПРИСТАНЬ",
      prefix: "HAT.",
    });
    expect(codes("ИHТ. КУХНЯ - ДЕНЬ")).toEqual(["MIXED_ALPHABETS"]);
  });

  it("reports a missing or unknown time of day and a missing location", () => {
    expect(codes("ИНТ КУХНЯ")).toEqual(["HEADING_WITHOUT_TIME"]);
    expect(codes("НАТ. ТРАССА - ПОЛНОЧЬ")).toEqual(["UNKNOWN_TIME_OF_DAY"]);
    expect(read("НАТ. ТРАССА - ПОЛНОЧЬ")).toMatchObject({
      location: "ТРАССА - ПОЛНОЧЬ",
      time: null,
      timeText: null,
    });
    expect(codes("ИНТ. - НОЧЬ")).toEqual(["HEADING_WITHOUT_LOCATION"]);
    expect(parseSceneHeading("ИНТ КУХНЯ")?.issues[0]?.message).toBe(
      'scene heading "ИНТ КУХНЯ" has no time of day',
    );
  });

  it("takes a project's own prefixes and times", () => {
    // Example words for a Kazakh-language project; the tables are data the project owns.
    const tables = extendHeadingTables({
      prefixes: [{ text: "ІШКІ.", setting: "INT" }],
      times: [
        { text: "КҮНДІЗ", time: "DAY" },
        { text: "ПОЛНОЧЬ", time: "NIGHT" },
      ],
    });
    expect(parseSceneHeading("ІШКІ. ҮЙ - КҮНДІЗ", { tables })?.heading).toMatchObject({
      setting: "INT",
      location: "ҮЙ",
      time: "DAY",
    });
    expect(parseSceneHeading("НАТ. ТРАССА - ПОЛНОЧЬ", { tables })?.heading.time).toBe("NIGHT");
    expect(parseSceneHeading("ІШКІ. ҮЙ - КҮНДІЗ")).toBeNull();
  });
});
