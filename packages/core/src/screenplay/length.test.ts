import { describe, expect, it } from "vitest";
import { parseFountain } from "./fountain.ts";
import {
  countLines,
  countWrappedLines,
  estimateScreenSeconds,
  formatEighths,
  formatScreenTime,
  measureEighths,
  parseEighths,
  russianA4Layout,
  usLetterLayout,
} from "./length.ts";

describe("length", () => {
  it("wraps at word boundaries and breaks words longer than a line", () => {
    expect(countWrappedLines("", 10)).toBe(1);
    expect(countWrappedLines("раз два три", 7)).toBe(2);
    expect(countWrappedLines("абвгдежзийклм", 5)).toBe(3);
    expect(countWrappedLines("раз\nдва", 60)).toBe(2);
    expect(countWrappedLines("**жирный** текст", 12)).toBe(1);
  });

  it("measures a page of action as eight eighths", () => {
    // 27 paragraphs of one line, each with its blank line: 54 lines, one US Letter page.
    const page = Array.from({ length: 27 }, () => "Лена идёт.").join("\n\n");
    const { elements } = parseFountain(page);
    expect(countLines(elements, usLetterLayout)).toBe(54);
    expect(measureEighths(elements, usLetterLayout)).toBe(8);
  });

  it("never measures less than one eighth", () => {
    expect(measureEighths([], russianA4Layout)).toBe(1);
  });

  it("counts the longer half of dual dialogue only", () => {
    const single = parseFountain("САША\nДа.").elements;
    const dual = parseFountain("САША\nДа.\n\nЛЕНА ^\nНет.").elements;
    expect(countLines(dual, russianA4Layout)).toBe(countLines(single, russianA4Layout));
  });

  it("wraps dialogue narrower on the Russian A4 template than on US Letter", () => {
    const { elements } = parseFountain(`ЛЕНА\n${"слово ".repeat(30)}`);
    expect(countLines(elements, russianA4Layout)).toBeGreaterThan(countLines(elements, usLetterLayout));
  });

  it("estimates хронометраж from the pages-to-minutes factor", () => {
    expect(estimateScreenSeconds(8)).toBe(60);
    expect(estimateScreenSeconds(3)).toBe(23);
    expect(estimateScreenSeconds(8, 1.25)).toBe(75);
    expect(formatScreenTime(75)).toBe("01:15");
    expect(formatScreenTime(7507)).toBe("125:07");
  });

  it("writes and reads eighths as the trade does", () => {
    expect([1, 8, 11, 16].map(formatEighths)).toEqual(["1/8", "1", "1 3/8", "2"]);
    expect(["1 3/8", "3/8", "2", "1 9/8", "x"].map(parseEighths)).toEqual([11, 3, 16, null, null]);
  });
});
