import { describe, expect, it } from "vitest";
import {
  formatEighths,
  formatScreenTime,
  nextRevisionColor,
  parseEighths,
  parseScreenTime,
  stripColors,
} from "./format.ts";

describe("script formats", () => {
  it("reads page lengths and screen times as people type them, and what it writes", () => {
    expect(parseEighths("1 3/8")).toBe(11);
    expect(parseEighths("3/8")).toBe(3);
    expect(parseEighths(" 2 ")).toBe(16);
    expect(parseEighths("0")).toBeNull();
    expect(parseEighths("1 9/8")).toBeNull();
    expect(parseEighths("полторы")).toBeNull();
    expect(parseScreenTime("1:30")).toBe(90);
    expect(parseScreenTime("1:02:03")).toBe(3723);
    expect(parseScreenTime("1:75")).toBeNull();
    for (const eighths of [1, 7, 8, 11, 100]) expect(parseEighths(formatEighths(eighths))).toBe(eighths);
    for (const seconds of [0, 59, 754, 3723])
      expect(parseScreenTime(formatScreenTime(seconds))).toBe(seconds);
  });

  it("writes page lengths in unreduced eighths", () => {
    expect(formatEighths(0)).toBe("0");
    expect(formatEighths(3)).toBe("3/8");
    expect(formatEighths(8)).toBe("1");
    expect(formatEighths(11)).toBe("1 3/8");
    expect(formatEighths(100)).toBe("12 4/8");
  });

  it("writes хронометраж as m:ss, and h:mm:ss from an hour", () => {
    expect(formatScreenTime(0)).toBe("0:00");
    expect(formatScreenTime(23)).toBe("0:23");
    expect(formatScreenTime(754)).toBe("12:34");
    expect(formatScreenTime(3723)).toBe("1:02:03");
  });

  it("takes the next revision colour, white after cherry and for the first draft", () => {
    expect(nextRevisionColor(undefined)).toBe("white");
    expect(nextRevisionColor("white")).toBe("blue");
    expect(nextRevisionColor("cherry")).toBe("white");
    expect(nextRevisionColor("mauve")).toBe("white");
  });

  it("colours strips by setting and light, carrying the light into continuing scenes", () => {
    expect(
      stripColors([
        { setting: "INT", time: "DAY" },
        { setting: "EXT", time: "MORNING" },
        { setting: "INT", time: "NIGHT" },
        { setting: "EXT", time: "CONTINUOUS" },
        { setting: "INT/EXT", time: "EVENING" },
        { setting: "INT", time: null },
        { setting: null, time: "DAY" },
      ]),
    ).toEqual(["white", "yellow", "blue", "green", "green", null, null]);
  });
});
