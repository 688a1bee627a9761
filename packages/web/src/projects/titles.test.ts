import { describe, expect, it } from "vitest";
import { parseLanguageList, withTitle } from "./titles.ts";

describe("parseLanguageList", () => {
  it("splits on commas, semicolons and spaces and drops duplicates", () => {
    expect(parseLanguageList(" ru, en;kk  ru ")).toEqual(["ru", "en", "kk"]);
    expect(parseLanguageList("")).toEqual([]);
  });
});

describe("withTitle", () => {
  it("sets a title and keeps the other languages", () => {
    expect(withTitle({ ru: "Искра", kk: "Ұшқын" }, "en", " Iskra ")).toEqual({
      ru: "Искра",
      kk: "Ұшқын",
      en: "Iskra",
    });
  });

  it("removes a title left empty, since the server accepts no empty texts", () => {
    expect(withTitle({ ru: "Искра", en: "Iskra" }, "en", "  ")).toEqual({ ru: "Искра" });
    expect(withTitle({}, "ru", null)).toEqual({});
  });
});
