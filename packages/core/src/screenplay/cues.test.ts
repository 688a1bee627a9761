import { describe, expect, it } from "vitest";
import { classifyExtension, isCapitalizedName, parseCharacterCue } from "./cues.ts";

describe("parseCharacterCue", () => {
  it("keeps extensions apart from the name", () => {
    expect(parseCharacterCue("ИВАН (З.К.) (ПРОД.)")?.cue).toEqual({
      name: "ИВАН",
      extensions: [
        { text: "З.К.", kind: "VOICE_OVER" },
        { text: "ПРОД.", kind: "CONTINUED" },
      ],
      isForced: false,
    });
    expect(parseCharacterCue("MOM (O. S.)")?.cue.extensions).toEqual([{ text: "O. S.", kind: "OFF_SCREEN" }]);
    expect(parseCharacterCue("HANS (on the radio)")?.cue).toMatchObject({
      name: "HANS",
      extensions: [{ kind: null }],
    });
  });

  it.each([
    ["ЗК", "VOICE_OVER"],
    ["З.К.", "VOICE_OVER"],
    ["ВПЗ", "OFF_SCREEN"],
    ["ПРОД.", "CONTINUED"],
    ["V.O.", "VOICE_OVER"],
    ["O.S.", "OFF_SCREEN"],
    ["CONT'D", "CONTINUED"],
    ["CONT’D", "CONTINUED"],
    ["по телефону", null],
  ])("classifies (%s)", (text, kind) => {
    expect(classifyExtension(text)).toBe(kind);
  });

  it("reads names in the capitals of any alphabet", () => {
    for (const name of [
      "ИВАН",
      "ҚАНАТ",
      "ӘСЕЛ",
      "ҒАЛЫМ",
      "ЎКТАМ",
      "OʻKTAM",
      "ЯНІНА",
      "ОХРАННИК №2",
      "Д'АРТАНЬЯН",
    ]) {
      expect(parseCharacterCue(name)?.cue.name).toBe(name);
    }
  });

  it("refuses lower case, empty names and exclamations unless forced", () => {
    expect(parseCharacterCue("Иван")).toBeNull();
    expect(parseCharacterCue("McCLANE")).toBeNull();
    expect(parseCharacterCue("@McCLANE")?.cue).toMatchObject({ name: "McCLANE", isForced: true });
    expect(parseCharacterCue("БАХ!")).toBeNull();
    expect(parseCharacterCue("ИЗ ЗТМ:")).toBeNull();
    expect(parseCharacterCue("(ЗК)")).toBeNull();
    expect(parseCharacterCue("123")).toBeNull();
  });

  it("reads the dual-dialogue caret", () => {
    expect(parseCharacterCue("МАША ^")).toMatchObject({ cue: { name: "МАША" }, isDual: true });
    expect(parseCharacterCue("МАША")?.isDual).toBe(false);
  });

  it("tells capitalised names apart", () => {
    expect(isCapitalizedName("ЛЕНА-РЕБЁНОК")).toBe(true);
    expect(isCapitalizedName("Лена")).toBe(false);
    expect(isCapitalizedName("42")).toBe(false);
  });
});
