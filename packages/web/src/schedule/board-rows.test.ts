import { describe, expect, it } from "vitest";
import type { Board, BoardScene } from "../api/types.ts";
import { formatShootingDate, layOutBoard, sceneColors } from "./board-rows.ts";

function scene(overrides: Partial<BoardScene> & { lineageId: string }): BoardScene {
  return {
    label: overrides.lineageId,
    number: null,
    heading: "ИНТ. КУХНЯ - ДЕНЬ",
    setting: "INT",
    time: "DAY",
    eighths: 8,
    screenSeconds: 60,
    episode: null,
    castIds: [],
    castBoardIds: [],
    location: null,
    locked: false,
    ...overrides,
  };
}

function board(overrides: Partial<Board>): Board {
  return {
    schedule: {} as Board["schedule"],
    units: [
      { id: "u1", name: "Основная группа" } as Board["units"][number],
      { id: "u2", name: "Вторая группа" } as Board["units"][number],
    ],
    days: [],
    boneyard: [],
    scenes: [],
    cast: [],
    cost: null,
    violations: [],
    problems: [],
    ...overrides,
  };
}

describe("layOutBoard", () => {
  it("puts a day break before each day's strips, numbers shifts per unit and ends with the boneyard", () => {
    const rows = layOutBoard(
      board({
        scenes: [
          scene({ lineageId: "a", eighths: 3 }),
          scene({ lineageId: "b", eighths: 12, screenSeconds: 90 }),
          scene({ lineageId: "c" }),
          scene({ lineageId: "d" }),
        ],
        days: [
          { id: "d1", unitId: "u1", date: "2027-03-01", shift: "day", locked: false, strips: ["a", "b"] },
          { id: "d2", unitId: "u2", date: "2027-03-01", shift: "night", locked: false, strips: ["c"] },
          { id: "d3", unitId: "u1", date: "2027-03-02", shift: "day", locked: false, strips: [] },
        ],
        boneyard: ["d"],
      }),
    );
    expect(rows.map((row) => (row.kind === "strip" ? row.scene.lineageId : row.kind))).toEqual([
      "day",
      "a",
      "b",
      "day",
      "c",
      "day",
      "boneyard",
      "d",
    ]);
    const [first, , , second, , third] = rows;
    expect(first).toMatchObject({ number: 1, unitName: "Основная группа", eighths: 15, screenSeconds: 150 });
    expect(second).toMatchObject({ number: 1, unitName: "Вторая группа", unitIndex: 1, sceneCount: 1 });
    expect(third).toMatchObject({ number: 2, sceneCount: 0 });
  });

  it("leaves out strips of scenes the board no longer knows", () => {
    const rows = layOutBoard(board({ scenes: [scene({ lineageId: "a" })], boneyard: ["a", "gone"] }));
    expect(rows.filter((row) => row.kind === "strip")).toHaveLength(1);
  });
});

describe("sceneColors", () => {
  it("colours by the trade's convention, режим as dusk and CONTINUOUS by the scene before it in the script", () => {
    const colors = sceneColors([
      scene({ lineageId: "1", setting: "INT", time: "DAY" }),
      scene({ lineageId: "2", setting: "EXT", time: "DAY" }),
      scene({ lineageId: "3", setting: "INT", time: "NIGHT" }),
      scene({ lineageId: "4", setting: "EXT", time: "NIGHT" }),
      scene({ lineageId: "5", setting: "EXT", time: "REGIME" }),
      scene({ lineageId: "6", setting: "INT", time: "CONTINUOUS" }),
      scene({ lineageId: "7", setting: null, time: "DAY" }),
    ]);
    expect([...colors.values()]).toEqual(["white", "yellow", "blue", "green", "green", "blue", null]);
  });
});

describe("formatShootingDate", () => {
  it("writes the weekday, day and month as a day break does", () => {
    expect(formatShootingDate("2027-03-01", "ru-RU")).toBe("пн, 1 мар.");
    expect(formatShootingDate("2027-03-01", "en-GB")).toBe("Mon 1 Mar");
  });
});
