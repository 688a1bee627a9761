import { describe, expect, it } from "vitest";
import { formatEighths, formatScreenTime, nextRevisionColor, stripColors } from "./format.ts";

describe("script formats", () => {
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
