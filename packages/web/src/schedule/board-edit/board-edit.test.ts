// Editing the board by hand, as plain data: a move drawn before the server answers, refused for a lock as the server
// would, the place a drop or a key sends strips to, the filters, and the banners read off the board.
import { describe, expect, it } from "vitest";
import type { Board, BoardDay, BoardScene } from "../../api/types.ts";
import { layOutBoard } from "../board-rows.ts";
import { boardBanners } from "./banners.ts";
import { applyEdit, boneyard, isStandingStill, refuseMove } from "./edits.ts";
import { noFilter, stripMatcher } from "./filters.ts";
import { anchorAfter, keyTarget, resolveAnchor } from "./placement.ts";

const locations = {
  minsk: { id: "l1", name: "Павильон № 3", country: "BY", timeZone: "Europe/Minsk", stage: true },
  station: { id: "l2", name: "Вокзал", country: "BY", timeZone: "Europe/Minsk", stage: false },
  steppe: { id: "l3", name: "Степь", country: "KZ", timeZone: "Asia/Almaty", stage: false },
};

function scene(lineageId: string, overrides: Partial<BoardScene> = {}): BoardScene {
  return {
    lineageId,
    label: `1.${lineageId}`,
    number: lineageId,
    heading: "ИНТ. ВАГОН - ДЕНЬ",
    setting: "INT",
    time: "DAY",
    eighths: 8,
    screenSeconds: 60,
    episode: 1,
    castIds: [],
    castBoardIds: [],
    location: locations.minsk,
    locked: false,
    ...overrides,
  };
}

function day(id: string, date: string, strips: string[], overrides: Partial<BoardDay> = {}): BoardDay {
  return { id, unitId: "u1", date, shift: "day", locked: false, strips, ...overrides };
}

/** d1: a b c · d2: d e · d3 (second unit): f · boneyard: g h */
function board(overrides: Partial<Board> = {}): Board {
  return {
    schedule: { version: 3, daysOff: [] } as unknown as Board["schedule"],
    units: [
      { id: "u1", name: "Основная группа" } as Board["units"][number],
      { id: "u2", name: "Вторая группа" } as Board["units"][number],
    ],
    days: [
      day("d1", "2027-03-01", ["a", "b", "c"]),
      day("d2", "2027-03-02", ["d", "e"]),
      day("d3", "2027-03-02", ["f"], { unitId: "u2" }),
    ],
    boneyard: ["g", "h"],
    scenes: ["a", "b", "c", "d", "e", "f", "g", "h"].map((id) => scene(id)),
    cast: [],
    cost: null,
    violations: [],
    problems: [],
    ...overrides,
  };
}

const lists = (value: Board) => [
  ...value.days.map((entry) => entry.strips.join("")),
  value.boneyard.join(""),
];

describe("a move drawn before the server answers", () => {
  it("lifts the strips out and puts them together at the index, as the server does", () => {
    const moved = applyEdit(board(), { kind: "move", strips: ["e", "a"], to: { dayId: "d1", index: 1 } });
    expect(lists(moved)).toEqual(["beac", "d", "f", "gh"]);
    expect(lists(applyEdit(board(), { kind: "move", strips: ["g"], to: { dayId: "d2", index: 2 } }))).toEqual(
      ["abc", "deg", "f", "h"],
    );
    expect(
      lists(applyEdit(board(), { kind: "move", strips: ["b", "c"], to: { dayId: boneyard, index: 0 } })),
    ).toEqual(["a", "de", "f", "bcgh"]);
  });

  it("locks a strip, and a day with its strips", () => {
    const locked = applyEdit(board(), { kind: "lock-day", dayId: "d2", locked: true });
    expect(locked.days[1]!.locked).toBe(true);
    expect(locked.scenes.filter((entry) => entry.locked).map((entry) => entry.lineageId)).toEqual(["d", "e"]);
    const strip = applyEdit(board(), { kind: "lock-strip", lineageId: "a", locked: true });
    expect(strip.scenes[0]!.locked).toBe(true);
  });

  it("refuses a locked strip, a strip of a locked day and a locked target, as the server would", () => {
    const withLocks = board({
      days: [
        day("d1", "2027-03-01", ["a", "b", "c"]),
        day("d2", "2027-03-02", ["d", "e"], { locked: true }),
        day("d3", "2027-03-02", ["f"], { unitId: "u2" }),
      ],
      scenes: ["a", "b", "c", "d", "e", "f", "g", "h"].map((id) =>
        scene(id, { locked: id === "b" || id === "d" || id === "e" }),
      ),
    });
    expect(refuseMove(withLocks, ["a", "b"], "d3")).toEqual({ kind: "strip-locked", lineageId: "b" });
    expect(refuseMove(withLocks, ["e"], "d1")).toEqual({ kind: "day-locked", dayId: "d2" });
    expect(refuseMove(withLocks, ["a"], "d2")).toEqual({ kind: "day-locked", dayId: "d2" });
    expect(refuseMove(withLocks, ["a", "g"], boneyard)).toBeNull();
  });

  it("knows a move that leaves everything where it was", () => {
    expect(isStandingStill(board(), ["b"], { dayId: "d1", index: 1 })).toBe(true);
    expect(isStandingStill(board(), ["b"], { dayId: "d1", index: 2 })).toBe(false);
  });
});

describe("where strips land", () => {
  it("goes before a strip, after one, or to the end, counting without the moved strips", () => {
    const value = board();
    expect(resolveAnchor(value, ["a"], { container: "d1", before: "c" })).toEqual({ dayId: "d1", index: 1 });
    expect(resolveAnchor(value, ["a"], anchorAfter(value, "d1", "c"))).toEqual({ dayId: "d1", index: 2 });
    expect(resolveAnchor(value, ["a", "b"], { container: "d1", before: "b" })).toEqual({
      dayId: "d1",
      index: 0,
    });
    expect(resolveAnchor(value, ["d"], { container: boneyard, before: null })).toEqual({
      dayId: boneyard,
      index: 2,
    });
  });

  it("moves a strip by keys within its day and to the unit's previous or next day", () => {
    const value = board();
    expect(keyTarget(value, "b", "up")).toEqual({ dayId: "d1", index: 0 });
    expect(keyTarget(value, "a", "up")).toBeNull();
    expect(keyTarget(value, "c", "down")).toBeNull();
    expect(keyTarget(value, "a", "next-day")).toEqual({ dayId: "d2", index: 0 });
    expect(keyTarget(value, "d", "previous-day")).toEqual({ dayId: "d1", index: 3 });
    // The second unit's only day: before it nothing, after it the boneyard.
    expect(keyTarget(value, "f", "previous-day")).toBeNull();
    expect(keyTarget(value, "f", "next-day")).toEqual({ dayId: boneyard, index: 0 });
    expect(keyTarget(value, "g", "previous-day")).toEqual({ dayId: "d3", index: 1 });
  });
});

describe("filters", () => {
  it("match by cast, location, country, episode and unit; a boneyard strip has no unit", () => {
    const value = board({
      scenes: [
        scene("a", { castIds: ["p1"], location: locations.steppe }),
        scene("b", { episode: 2 }),
        ...["c", "d", "e", "f", "g", "h"].map((id) => scene(id)),
      ],
    });
    const shown = (filter: Partial<typeof noFilter>) =>
      value.scenes.map((entry) => entry.lineageId).filter(stripMatcher(value, { ...noFilter, ...filter }));
    expect(shown({ castId: "p1" })).toEqual(["a"]);
    expect(shown({ country: "KZ" })).toEqual(["a"]);
    expect(shown({ locationId: "l1", episode: 2 })).toEqual(["b"]);
    expect(shown({ unitId: "u2" })).toEqual(["f"]);
    const rows = layOutBoard(value, { isShown: stripMatcher(value, { ...noFilter, country: "KZ" }) });
    expect(rows.filter((row) => row.kind === "strip").map((row) => row.key)).toEqual(["strip:a"]);
    // Days left without a matching strip go too; a shown day still counts all its scenes.
    expect(rows.filter((row) => row.kind === "day")).toEqual([expect.objectContaining({ sceneCount: 3 })]);
  });
});

describe("banners", () => {
  it("pins days off, a border crossing with the block it starts, and a company move", () => {
    const value = board({
      schedule: { version: 1, daysOff: ["2027-03-03", "2027-03-04"] } as unknown as Board["schedule"],
      units: [{ id: "u1", name: "Основная группа" } as Board["units"][number]],
      days: [
        day("d1", "2027-03-01", ["a"]),
        day("d2", "2027-03-02", ["b"]),
        day("d3", "2027-03-05", ["c"]),
        day("d4", "2027-03-08", ["d"]),
      ],
      boneyard: [],
      scenes: [
        scene("a"),
        scene("b", { location: locations.station }),
        scene("c", { location: locations.steppe }),
        scene("d", { location: locations.steppe }),
      ],
    });
    const banners = boardBanners(value);
    expect(banners.get("d1")?.map((entry) => entry.banner)).toEqual([
      { type: "country", country: "BY", shifts: 2 },
    ]);
    expect(banners.get("d2")?.map((entry) => entry.banner)).toEqual([
      { type: "move", from: "Павильон № 3", to: "Вокзал" },
    ]);
    expect(banners.get("d3")?.map((entry) => entry.banner)).toEqual([
      { type: "days-off", dates: ["2027-03-03", "2027-03-04"] },
      { type: "travel", from: "BY", to: "KZ" },
      { type: "country", country: "KZ", shifts: 2 },
    ]);
    expect(banners.get("d4")).toBeUndefined();
  });
});
