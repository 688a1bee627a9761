import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readUss, readUssText, ussPath } from "./reader.ts";

const fixture = readFileSync(join(import.meta.dirname, "fixtures", "small-schedule.uss"), "utf8");
const parsed = () => JSON.parse(fixture) as { universalScheduleStandard: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits a copy freely

const errorsOf = (value: unknown) => {
  const result = readUss(value);
  if (result.ok) throw new Error("expected the file to be refused");
  return result.errors.map((error) => `${error.path}: ${error.message}`);
};

describe("reading a USS file", () => {
  it("reads the hand-written sample with its documented keys", () => {
    const result = readUssText(`\uFEFF${fixture}`);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const body = result.document.universalScheduleStandard;
    expect(body.version).toBe("0.9.0");
    expect(body.breakdowns.map((breakdown) => breakdown.type)).toEqual([
      "banner",
      "scene",
      "scene",
      "day",
      "scene",
      "day",
    ]);
    expect(body.breakdowns[1]).toMatchObject({ scene: "1", pages: 0.375, time: 5_400_000 });
    expect(body.categories.map((category) => category.ucid)).toEqual([0, 1, 2, 3, 100, 104, 106, 500, 501]);
    expect(body.elements.find((element) => element.name === "ANNA")).toMatchObject({
      elementId: "1",
      doodDropAllow: true,
      doodDropDays: 7,
      events: [{ type: "dayOff", date: "2027-03-03T08:00:00.000Z" }],
    });
    expect(body.stripboards.map((stripboard) => stripboard.boards.map((board) => board.name))).toEqual([
      ["stripboard", "boneyard"],
      ["stripboard", "boneyard"],
    ]);
  });

  it("names the path of a missing id", () => {
    const file = parsed();
    delete file.universalScheduleStandard.stripboards[0].boards[1].id;
    expect(errorsOf(file)).toEqual(["stripboards[0].boards[1].id: missing"]);
  });

  it("names wrong types, bad values and bad dates where they are", () => {
    const file = parsed();
    const body = file.universalScheduleStandard;
    body.breakdowns[1].scene = 1;
    body.breakdowns[2].type = "strip-of-paper";
    body.breakdowns[4].pages = -1;
    body.calendars[0].events[0].date = "1st of March";
    body.calendars[0].daysOff = [0, 7];
    body.elements[8].name = "   ";
    expect(errorsOf(file)).toEqual([
      "breakdowns[1].scene: expected a string, found 1",
      'breakdowns[2].type: expected one of "scene", "day", "banner", found "strip-of-paper"',
      "breakdowns[4].pages: must be at least 0, found -1",
      "calendars[0].daysOff[1]: must be at most 6, found 7",
      'calendars[0].events[0].date: not an ISO date such as 2022-06-24T08:00:00.000Z, found "1st of March"',
      "elements[8].name: empty",
    ]);
  });

  it("requires the three breakdown lists and the document's own key", () => {
    expect(errorsOf({ breakdowns: [] })).toEqual(["universalScheduleStandard: missing"]);
    const file = parsed();
    delete file.universalScheduleStandard.elements;
    expect(errorsOf(file)).toEqual(["elements: missing"]);
  });

  it("takes null and left-out keys as empty, as the standard allows", () => {
    const file = parsed();
    const body = file.universalScheduleStandard;
    body.breakdowns[3] = { id: body.breakdowns[3].id, created: null, type: "day" };
    delete body.stripboards;
    body.calendars = null;
    delete body.author;
    const result = readUss(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.document.universalScheduleStandard.breakdowns[3]).toMatchObject({
      elements: [],
      pages: null,
      description: null,
    });
    expect(result.document.universalScheduleStandard.stripboards).toEqual([]);
    expect(result.document.universalScheduleStandard.author).toBeNull();
  });

  it("checks every reference: elements, breakdowns on boards, calendars, and no strip twice", () => {
    const file = parsed();
    const body = file.universalScheduleStandard;
    body.breakdowns[1].elements.push("nope");
    body.categories[5].elements.push("nope-too");
    body.stripboards[0].boards[1].breakdownIds.push("65f0a1b2c3d4e5f602000002", "missing-strip");
    body.stripboards[1].calendar = "no-calendar";
    body.elements.push({ ...body.elements[0], name: "EXT again" });
    expect(errorsOf(file)).toEqual([
      "elements[15].id: the same id as elements[0]",
      'breakdowns[1].elements[5]: no element "nope"',
      'categories[5].elements[1]: no element "nope-too"',
      "stripboards[0].boards[1].breakdownIds[0]: the breakdown stands on this stripboard already, at stripboards[0].boards[0].breakdownIds[1]",
      'stripboards[0].boards[1].breakdownIds[1]: no breakdown "missing-strip"',
      'stripboards[1].calendar: no calendar "no-calendar"',
    ]);
  });

  it("refuses text that is not JSON", () => {
    const result = readUssText("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[0]).toMatchObject({ code: "NOT_JSON", path: "" });
  });

  it("reads the keys of the standard's earlier drafts and sample files as today's", () => {
    const file = parsed();
    const body = file.universalScheduleStandard;
    body.ussVersion = body.version;
    delete body.version;
    body.categories[4].catId = 100;
    delete body.categories[4].ucid;
    const anna = body.elements[8];
    Object.assign(anna, { isDrop: true, dropDayCount: 4, isHold: true, isDood: true, isIdLock: true });
    for (const key of ["doodDropAllow", "doodDropDays", "doodHoldAllow", "doodInclude", "elementIdLock"]) {
      delete anna[key];
    }
    body.breakdowns[1].type = "strip";
    body.breakdowns[1].duration = 600_000;
    delete body.breakdowns[1].time;
    body.breakdowns[0] = { ...body.breakdowns[0], description: null, bannerText: "Block 1" };
    // Its boards group strips by day instead of closing each day with a day break; dates carry "+0000".
    body.breakdowns = body.breakdowns.filter((breakdown: { type: string }) => breakdown.type !== "day");
    body.stripboards = [body.stripboards[0]];
    body.stripboards[0].boards[0] = {
      id: "sb",
      name: "stripboard",
      breakdownArrays: [
        ["65f0a1b2c3d4e5f602000001", "65f0a1b2c3d4e5f602000002", "65f0a1b2c3d4e5f602000003"],
        ["65f0a1b2c3d4e5f602000005"],
      ],
    };
    body.calendars[0].events[0].date = "2027-03-01T08:00:00.000+0000";
    // The full sample names each element's category on the element instead of listing it in the category.
    body.categories[6].elements = [];
    body.elements[12].category = body.categories[6].id;
    const result = readUss(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const read = result.document.universalScheduleStandard;
    expect(read.version).toBe("0.9.0");
    expect(read.categories[4]!.ucid).toBe(100);
    expect(read.categories[6]!.elements).toEqual([body.elements[12].id]);
    expect(read.elements[8]).toMatchObject({
      doodDropAllow: true,
      doodDropDays: 4,
      doodHoldAllow: true,
      doodInclude: true,
      elementIdLock: true,
    });
    expect(read.breakdowns[1]).toMatchObject({ type: "scene", time: 600_000 });
    expect(read.breakdowns[0]!.description).toBe("Block 1");
    expect(read.stripboards[0]!.boards[0]!.breakdownIds).toEqual([
      "65f0a1b2c3d4e5f602000001",
      "65f0a1b2c3d4e5f602000002",
      "65f0a1b2c3d4e5f602000003",
      "sb:day:1",
      "65f0a1b2c3d4e5f602000005",
      "sb:day:2",
    ]);
    expect(
      read.breakdowns.filter((breakdown) => breakdown.type === "day").map((breakdown) => breakdown.id),
    ).toEqual(["sb:day:1", "sb:day:2"]);
  });

  it("writes paths as the documentation does", () => {
    expect(ussPath(["universalScheduleStandard", "stripboards", 0, "boards", 3, "id"])).toBe(
      "stripboards[0].boards[3].id",
    );
    expect(ussPath(["universalScheduleStandard"])).toBe("universalScheduleStandard");
  });
});
