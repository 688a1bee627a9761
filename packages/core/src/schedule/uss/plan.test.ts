import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { standardBreakdownCategories } from "../../breakdown/categories.ts";
import { planUssImport, type UssImportOptions, type UssProject, type UssProjectScene } from "./plan.ts";
import { readUss } from "./reader.ts";
import { ussToInterchange } from "./to-model.ts";

type Json = { universalScheduleStandard: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits a copy freely
const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures", "small-schedule.uss"), "utf8"),
) as Json;

const scene = (overrides: Partial<UssProjectScene> & { lineageId: string }): UssProjectScene => ({
  number: null,
  episode: null,
  time: "DAY",
  ...overrides,
});

const project = (overrides: Partial<UssProject> = {}): UssProject => ({
  scenes: [
    scene({ lineageId: "L1", number: "1", time: "NIGHT" }),
    scene({ lineageId: "L2", number: "2" }),
    scene({ lineageId: "L3", number: "3" }),
    scene({ lineageId: "L4", number: "4" }),
  ],
  units: [
    { id: "U1", name: "Основная группа" },
    { id: "U2", name: "Вторая группа" },
  ],
  elements: [
    { id: "E-anna", category: "cast", name: "ANNA", boardId: "1" },
    { id: "E-ivan", category: "cast", name: "IVAN", boardId: "2" },
  ],
  categoryKeys: standardBreakdownCategories.map((category) => category.key),
  ...overrides,
});

function plan(file: Json = fixture, target: UssProject = project(), options: UssImportOptions = {}) {
  const read = readUss(file);
  if (!read.ok) throw new Error(JSON.stringify(read.errors));
  const { model, locate } = ussToInterchange(read.document);
  return planUssImport(model, locate, target, options);
}

function planned(...args: Parameters<typeof plan>) {
  const result = plan(...args);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result.plan;
}

function refused(...args: Parameters<typeof plan>) {
  const result = plan(...args);
  if (result.ok) throw new Error("expected the import to be refused");
  return result.errors.map((error) => `${error.path}: ${error.message}`);
}

describe("planning a board from a USS file", () => {
  it("dates the day breaks from the calendar's start past weekends and holidays", () => {
    const result = planned();
    expect(result.stripboard).toEqual({ index: 0, name: "First Pass" });
    expect(result.days).toEqual([
      { unitId: "U1", date: "2027-03-01", shift: "day", sceneIds: ["L1", "L2"] },
      { unitId: "U1", date: "2027-03-02", shift: "day", sceneIds: ["L3"] },
    ]);
    expect(result.calendar).toEqual({
      firstDate: "2027-03-01",
      lastDate: "2027-03-02",
      weeklyDaysOff: [6, 7],
      daysOff: ["2027-03-08"],
    });
    expect(result.ignored).toEqual({
      banners: 1,
      calendarEvents: 1,
      elementEvents: 1,
      scenesAfterLastDay: 0,
    });
    expect(result.unmatched).toEqual([]);
    expect(result.matched.map((entry) => [entry.lineageId, entry.by])).toEqual([
      ["L1", "number"],
      ["L2", "number"],
      ["L3", "number"],
    ]);
  });

  it("skips weekly days off and single days off when it walks the calendar", () => {
    const file = structuredClone(fixture);
    const body = file.universalScheduleStandard;
    body.calendars[0].events[0].date = "2027-03-05T08:00:00.000Z"; // a Friday: the next day is the Monday
    body.calendars[0].events[1].date = "2027-03-08T08:00:00.000Z"; // that Monday is a holiday
    expect(planned(file).days.map((day) => day.date)).toEqual(["2027-03-05", "2027-03-09"]);
  });

  it("takes a day break's own date and shift, and a night shift when every scene is at night", () => {
    const file = structuredClone(fixture);
    const body = file.universalScheduleStandard;
    body.breakdowns[5]._date = "2027-04-12";
    body.breakdowns[5]._shift = "night";
    body.stripboards[0].boards[0].breakdownIds = [
      "65f0a1b2c3d4e5f602000002",
      "65f0a1b2c3d4e5f602000004",
      "65f0a1b2c3d4e5f602000003",
      "65f0a1b2c3d4e5f602000005",
      "65f0a1b2c3d4e5f602000006",
    ];
    expect(planned(file).days).toEqual([
      { unitId: "U1", date: "2027-03-01", shift: "night", sceneIds: ["L1"] },
      { unitId: "U1", date: "2027-04-12", shift: "night", sceneIds: ["L2", "L3"] },
    ]);
  });

  it("sends scenes after the last day break and those of the boneyard to the boneyard", () => {
    const result = planned(fixture, project(), { stripboard: 1 });
    expect(result.days).toEqual([]);
    expect(result.boneyard).toEqual(["L1", "L2", "L3"]);
    const file = structuredClone(fixture);
    file.universalScheduleStandard.stripboards[0].boards[0].breakdownIds.pop();
    const trailing = planned(file);
    expect(trailing.boneyard).toEqual(["L3"]);
    expect(trailing.ignored.scenesAfterLastDay).toBe(1);
  });

  it("finds scenes by id first, then by episode and number, and says which it cannot", () => {
    const file = structuredClone(fixture);
    const body = file.universalScheduleStandard;
    body.breakdowns[1].scene = "2.1"; // episode 2, scene 1 as Kinomost labels it
    body.breakdowns[2]._episode = "1";
    body.breakdowns[4].scene = "7";
    const target = project({
      scenes: [
        scene({ lineageId: "65f0a1b2c3d4e5f602000005", number: "99" }),
        scene({ lineageId: "E1-2", number: "2", episode: 1 }),
        scene({ lineageId: "E2-2", number: "2", episode: 2 }),
        scene({ lineageId: "E2-1", number: "1", episode: 2 }),
      ],
    });
    const result = planned(file, target);
    expect(result.matched.map((entry) => [entry.path, entry.lineageId, entry.by])).toEqual([
      ["breakdowns[1]", "E2-1", "number"],
      ["breakdowns[2]", "E1-2", "number"],
      ["breakdowns[4]", "65f0a1b2c3d4e5f602000005", "id"],
    ]);
    body.breakdowns[2]._episode = null;
    body.breakdowns[4].id = "other";
    body.stripboards[0].boards[0].breakdownIds[4] = "other";
    body.stripboards[1].boards[0].breakdownIds[2] = "other";
    expect(planned(file, target).unmatched).toEqual([
      { path: "breakdowns[2]", number: "2", episode: null, reason: "ambiguous" },
      { path: "breakdowns[4]", number: "7", episode: null, reason: "not_found" },
    ]);
  });

  it("gives each board with day breaks a unit: the one it names, else the next free one", () => {
    const file = structuredClone(fixture);
    const body = file.universalScheduleStandard;
    body.stripboards[0].boards[0]._unit = "вторая группа";
    expect(planned(file).days.map((day) => day.unitId)).toEqual(["U2", "U2"]);
    expect(refused(fixture, project({ units: [] }))).toEqual([
      "stripboards[0].boards[0]: the project has no shooting units: add one before importing a schedule",
    ]);
  });

  it("refuses what cannot be dated or would put a unit on one date twice", () => {
    const file = structuredClone(fixture);
    file.universalScheduleStandard.calendars[0].events.shift();
    expect(refused(file)).toEqual([
      "calendars[0]: no start date: the shooting days cannot be dated (give the first shooting date)",
    ]);
    expect(planned(file, project(), { firstDate: "2027-05-03" }).days.map((day) => day.date)).toEqual([
      "2027-05-03",
      "2027-05-04",
    ]);
    const twice = structuredClone(fixture);
    twice.universalScheduleStandard.breakdowns[5]._date = "2027-03-01";
    expect(refused(twice)).toEqual([
      "stripboards[0].boards[0].breakdownIds[5]: a second shooting day of the same unit on 2027-03-01",
    ]);
    expect(refused(fixture, project(), { stripboard: 5 })).toEqual([
      "stripboards: no stripboard 5: the file has 2",
    ]);
  });

  it("refuses a calendar longer than three years", () => {
    const file = structuredClone(fixture);
    file.universalScheduleStandard.breakdowns[5]._date = "2031-01-01";
    expect(refused(file)).toEqual([
      "calendars[0]: the shooting days span 2027-03-01 to 2031-01-01, more than 1100 days",
    ]);
  });

  it("finds the project's elements by category and name and plans the others, with free cast numbers", () => {
    const result = planned();
    expect(
      result.elements.map((element) => [element.category, element.name, element.existingId, element.boardId]),
    ).toEqual([
      ["cast", "ANNA", "E-anna", "1"],
      ["props", "Suitcase", null, null],
      ["cast", "PETR", null, "3"], // "2" is IVAN's
      ["wardrobe", "Army greatcoat", null, null],
      ["weapons", "Mosin rifle", null, null],
      ["cast", "COLONEL", null, "4"],
      ["custom:puppeteers", "Horse puppet", null, null],
    ]);
    expect(result.newCategories).toEqual([{ key: "custom:puppeteers", name: "Puppeteers" }]);
    expect(result.tags.filter((tag) => tag.lineageId === "L1").map((tag) => tag.ref)).toEqual([
      "65f0a1b2c3d4e5f603000010",
      "65f0a1b2c3d4e5f603000020",
    ]);
    // ANNA exists: her links stay as the project has them.
    expect(result.links).toEqual([]);
  });

  it("links new elements as the file does, and refuses links round a circle", () => {
    const file = structuredClone(fixture);
    const body = file.universalScheduleStandard;
    body.elements[9].linkedElements = ["65f0a1b2c3d4e5f603000021"]; // PETR brings the greatcoat
    expect(planned(file).links).toEqual([
      { ref: "65f0a1b2c3d4e5f603000011", linkedRef: "65f0a1b2c3d4e5f603000021" },
    ]);
    body.elements[12].linkedElements = ["65f0a1b2c3d4e5f603000011"]; // and the greatcoat brings PETR
    expect(refused(file)).toEqual([
      "elements[9].linkedElements: the elements would bring each other round a circle (PETR → Army greatcoat)",
    ]);
  });

  it("refuses names the project could not take, where they are", () => {
    const file = structuredClone(fixture);
    file.universalScheduleStandard.elements[12].name = "<b>Greatcoat</b>";
    file.universalScheduleStandard.elements[13].name = "x".repeat(301);
    expect(refused(file)).toEqual([
      "elements[12].name: must not contain markup (<…>)",
      "elements[13].name: longer than 300 characters",
    ]);
  });
});
