import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { ScreenplayElement } from "../screenplay/types.ts";
import { createDictionaryMatcher, suggestSceneElements, type DictionaryEntry } from "./dictionary.ts";

const entry = (id: string, term: string, elementName = term, category = "props"): DictionaryEntry => ({
  id,
  category,
  term,
  elementName,
});

const dictionary = createDictionaryMatcher([
  entry("tank", "танк", "Танк", "militaryVehicles"),
  entry("t34", "Т-34", "Танк Т-34", "militaryVehicles"),
  entry("t34-tank", "танк Т-34", "Танк Т-34", "militaryVehicles"),
  entry("mosin", "винтовка Мосина", "Винтовка Мосина", "weapons"),
  entry("rifle", "винтовка", "Винтовка", "weapons"),
  entry("truck", "truck", "Truck", "vehicles"),
  entry("tree", "ёлка", "Ёлка", "greenery"),
  entry("empty", " — ", "Nothing"),
]);

const found = (text: string) => dictionary.find(text).map((match) => [match.entryId, match.text]);

describe("createDictionaryMatcher", () => {
  it("finds a Russian word in any case form", () => {
    expect(found("Танка не видно. За танком — танки!")).toEqual([
      ["tank", "Танка"],
      ["tank", "танком"],
      ["tank", "танки"],
    ]);
  });

  it("finds several words in their forms, across line breaks", () => {
    expect(found("Он берёт винтовку Мосина, потом винтовку.")).toEqual([
      ["mosin", "винтовку Мосина"],
      ["rifle", "винтовку"],
    ]);
    expect(found("винтовку\nМосина")).toEqual([["mosin", "винтовку\nМосина"]]);
  });

  it("does not join words across punctuation", () => {
    expect(found("винтовку, Мосина")).toEqual([["rifle", "винтовку"]]);
  });

  it("matches numbered names exactly", () => {
    expect(found("Т-34 и Т‑34 и Т-34-85 и Т34")).toEqual([
      ["t34", "Т-34"],
      ["t34", "Т‑34"],
    ]);
  });

  it("lets the longest match win where matches overlap", () => {
    expect(found("Из-за угла выезжает танк Т-34.")).toEqual([["t34-tank", "танк Т-34"]]);
  });

  it("folds ё into е and matches English by stem", () => {
    expect(found("У елки стоят two trucks")).toEqual([
      ["tree", "елки"],
      ["truck", "trucks"],
    ]);
  });

  it("reports UTF-16 offsets into the text", () => {
    const text = "🎬 танк";
    const [match] = dictionary.find(text);
    expect(match).toMatchObject({ start: 3, end: 7, category: "militaryVehicles", elementName: "Танк" });
  });

  it("uses the dictionary's order when equal terms compete", () => {
    const matcher = createDictionaryMatcher([entry("a", "танк"), entry("b", "Танки")]);
    expect(matcher.find("танк").map((match) => match.entryId)).toEqual(["a"]);
  });

  it("never throws and every match is the text it names", () => {
    const words = fc.constantFrom(
      "танк",
      "Т-34",
      "винтовку",
      "Мосина",
      "ёлки",
      "trucks",
      "-",
      " ",
      "\n",
      ",",
      "🙂",
    );
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.array(words).map((parts) => parts.join("")),
    );
    fc.assert(
      fc.property(text, (input) => {
        const matches = dictionary.find(input);
        matches.forEach((match, index) => {
          expect(match.text).toBe(input.slice(match.start, match.end));
          expect(match.start).toBeLessThan(match.end);
          const next = matches[index + 1];
          if (next) expect(next.start).toBeGreaterThanOrEqual(match.end);
        });
      }),
      { numRuns: 500 },
    );
  });
});

describe("suggestSceneElements", () => {
  const elements: ScreenplayElement[] = [
    {
      kind: "heading",
      line: 1,
      heading: {
        text: "НАТ. ПОЛЕ С ТАНКОМ - ДЕНЬ",
        prefix: "НАТ.",
        setting: "EXT",
        location: "ПОЛЕ С ТАНКОМ",
        time: "DAY",
        timeText: "ДЕНЬ",
        storyDay: null,
        number: "5",
        isForced: false,
      },
    },
    { kind: "action", line: 3, text: "Вдали стоит танк. У ёлки — танк.", isForced: false },
    {
      kind: "character",
      line: 5,
      text: "ИВАН",
      cue: { name: "ИВАН", extensions: [], isForced: false },
      dual: null,
    },
    { kind: "parenthetical", line: 6, text: "(поднимая винтовку Мосина)" },
    { kind: "dialogue", line: 7, text: "Танк! Где мой Т-34?" },
    { kind: "note", line: 8, text: "ёлка" },
  ];

  it("gives each entry once, at its first place in action, dialogue or parentheticals", () => {
    const suggestions = suggestSceneElements({ elements }, dictionary);
    expect(
      suggestions.map(({ entryId, elementIndex, line, start, end, text }) => [
        entryId,
        elementIndex,
        line,
        start,
        end,
        text,
      ]),
    ).toEqual([
      ["tank", 1, 3, 12, 16, "танк"],
      ["tree", 1, 3, 20, 24, "ёлки"],
      ["mosin", 3, 6, 10, 25, "винтовку Мосина"],
      ["t34", 4, 7, 14, 18, "Т-34"],
    ]);
  });

  it("returns nothing for a scene without such words", () => {
    expect(suggestSceneElements({ elements: elements.slice(0, 1) }, dictionary)).toEqual([]);
  });
});
