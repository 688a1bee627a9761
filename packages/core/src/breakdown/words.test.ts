import { describe, expect, it } from "vitest";
import { splitWords } from "./words.ts";

const keys = (text: string) => splitWords(text).map((word) => word.key);
const spans = (text: string) => splitWords(text).map((word) => text.slice(word.start, word.end));

describe("splitWords", () => {
  it("gives the forms of a Russian word one key", () => {
    const [key, ...others] = keys("танк танка танком танки ТАНКАМИ");
    expect(others).toEqual([key, key, key, key]);
  });

  it("treats ё as е and stems English words", () => {
    expect(keys("ёлка елки")).toEqual(keys("елка ёлки"));
    expect(keys("rifles Rifle")[0]).toBe(keys("rifle")[0]);
  });

  it("keeps hyphenated names and numbers as one word, compared as written", () => {
    expect(spans("Т-34 и Т‑34, АК-47.")).toEqual(["Т-34", "и", "Т‑34", "АК-47"]);
    expect(keys("Т-34")).toEqual(["т-34"]);
    expect(keys("Т-34-85")).toEqual(["т-34-85"]);
    expect(spans("Т - 34")).toEqual(["Т", "34"]);
    expect(spans("Т—34")).toEqual(["Т", "34"]);
  });

  it("inflects only the last part of a hyphenated word", () => {
    expect(keys("бизнес-центра")).toEqual(keys("бизнес-центр"));
  });

  it("marks words that only whitespace separates from the one before", () => {
    expect(splitWords("винтовку\n  Мосина, танк").map((word) => word.followsClosely)).toEqual([
      false,
      true,
      false,
    ]);
  });

  it("reports UTF-16 offsets of the words as written", () => {
    const text = "🙂 «Танк» едет";
    for (const word of splitWords(text)) expect(text.slice(word.start, word.end)).toMatch(/^(Танк|едет)$/);
  });
});
