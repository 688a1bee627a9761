import { describe, expect, it } from "vitest";
import { parseEmphasis, stripEmphasis } from "./emphasis.ts";

describe("emphasis", () => {
  it("reads bold, italic, bold italic and underline", () => {
    expect(parseEmphasis("a *i* **b** ***bi*** _u_")).toEqual([
      { text: "a ", bold: false, italic: false, underline: false },
      { text: "i", bold: false, italic: true, underline: false },
      { text: " ", bold: false, italic: false, underline: false },
      { text: "b", bold: true, italic: false, underline: false },
      { text: " ", bold: false, italic: false, underline: false },
      { text: "bi", bold: true, italic: true, underline: false },
      { text: " ", bold: false, italic: false, underline: false },
      { text: "u", bold: false, italic: false, underline: true },
    ]);
  });

  it("nests markers and keeps escapes and lone markers literal", () => {
    expect(stripEmphasis("_**BRICK & STEEL**_")).toBe("BRICK & STEEL");
    expect(parseEmphasis("_**ИСКРА**_")).toEqual([
      { text: "ИСКРА", bold: true, italic: false, underline: true },
    ]);
    expect(stripEmphasis("A \\*star\\* and 2 * 3 * 4")).toBe("A *star* and 2 * 3 * 4");
    expect(stripEmphasis("*не закрыто")).toBe("*не закрыто");
  });

  it("never spans a line break", () => {
    expect(stripEmphasis("*одна\nдругая*")).toBe("*одна\nдругая*");
  });
});
