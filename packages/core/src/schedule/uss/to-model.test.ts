import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ussCategoryKey, ussCategoryNumbers } from "./categories.ts";
import { ussDate } from "./dates.ts";
import type { UssDocument } from "./document.ts";
import { readUss } from "./reader.ts";
import { interchangeToUss } from "./from-model.ts";
import { readTimeOfDay, ussToInterchange } from "./to-model.ts";

const fixture = JSON.parse(
  readFileSync(join(import.meta.dirname, "fixtures", "small-schedule.uss"), "utf8"),
) as { universalScheduleStandard: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits a copy freely

function readDocument(file: unknown): UssDocument {
  const result = readUss(file);
  if (!result.ok) throw new Error(result.errors.map((error) => `${error.path}: ${error.message}`).join("\n"));
  return result.document;
}

describe("a USS file as Kinomost's model", () => {
  const { model, notes } = ussToInterchange(readDocument(fixture));

  it("turns the slugline elements into the scene's fields and keeps the rest as its elements", () => {
    expect(notes).toEqual([]);
    expect(model.scenes.map(({ elementIds: _e, created: _c, ...scene }) => scene)).toEqual([
      {
        id: "65f0a1b2c3d4e5f602000002",
        number: "1",
        episode: null,
        setting: "EXT",
        time: "NIGHT",
        timeText: null,
        set: "RAILWAY STATION",
        location: null,
        storyDay: null,
        eighths: 3,
        synopsis: "Anna runs along the platform as the train pulls out",
        comments: "Steam locomotive booked for two nights",
        scriptPage: "1",
        shootMs: 5_400_000,
      },
      expect.objectContaining({ number: "2", setting: "INT", time: "DAY", set: "TRAIN CAR", eighths: 13 }),
      expect.objectContaining({ number: "3", set: "HEADQUARTERS", storyDay: "D2", eighths: 4 }),
    ]);
    const names = new Map(model.elements.map((element) => [element.id, element.name]));
    expect(model.scenes[1]!.elementIds.map((id) => names.get(id))).toEqual([
      "ANNA",
      "PETR",
      "Army greatcoat",
      "Mosin rifle",
    ]);
  });

  it("maps categories by their UCI numbers, and keeps one Kinomost does not know as its own", () => {
    expect(model.categories.map((category) => [category.key, category.name, category.ucid])).toEqual([
      ["cast", "Cast Members", 100],
      ["props", "Props", 104],
      ["wardrobe", "Wardrobe", 106],
      ["weapons", "Weapons", 500],
      ["custom:puppeteers", "Puppeteers", 501],
    ]);
  });

  it("keeps cast board ids, DOOD rules, links and an element's own dates", () => {
    const anna = model.elements.find((element) => element.name === "ANNA")!;
    expect(anna).toMatchObject({
      boardId: "1",
      boardIdLocked: true,
      allowDropPickup: true,
      minDropGapDays: 7,
      allowHold: false,
      inDood: true,
      events: [{ id: "65f0a1b2c3d4e5f605000010", type: "dayOff", name: "dayOff", date: "2027-03-03" }],
    });
    expect(anna.links.map((id) => model.elements.find((element) => element.id === id)?.name)).toEqual([
      "Suitcase",
    ]);
    expect(model.elements.find((element) => element.name === "Suitcase")!.boardId).toBeNull();
  });

  it("reads stripboards as boards of scenes, day breaks and banners", () => {
    const [first] = model.stripboards;
    expect(first!.name).toBe("First Pass");
    expect(first!.boards[0]!.strips.map((strip) => strip.kind)).toEqual([
      "banner",
      "scene",
      "scene",
      "day",
      "scene",
      "day",
    ]);
    expect(first!.boards[0]!.strips[0]).toMatchObject({ kind: "banner", text: "Block 1: Minsk" });
    expect(first!.boards[0]!.strips[3]).toMatchObject({ kind: "day", date: null, shift: null });
  });

  it("reads the calendar: start, weekdays off as ISO weekdays, holidays and events", () => {
    expect(model.calendars).toEqual([
      {
        id: "65f0a1b2c3d4e5f604000001",
        name: "Start on 1 March",
        start: { id: "65f0a1b2c3d4e5f605000001", date: "2027-03-01" },
        weeklyDaysOff: [6, 7],
        daysOff: [{ id: "65f0a1b2c3d4e5f605000002", type: "dayOff", name: "holiday", date: "2027-03-08" }],
        events: [{ id: "65f0a1b2c3d4e5f605000003", type: "event", name: "travel", date: "2027-02-26" }],
        firstDate: null,
        lastDate: null,
      },
    ]);
  });

  it("says what it cannot carry, where it is", () => {
    const file = structuredClone(fixture);
    const body = file.universalScheduleStandard;
    body.breakdowns[1].elements.push("65f0a1b2c3d4e5f603000002"); // INT as well as EXT
    body.breakdowns[2].pages = 0.3;
    body.categories[5].elements.push("65f0a1b2c3d4e5f603000021"); // the greatcoat in Props too
    body.elements.push({ ...body.elements[13], id: "loose", name: "In no category" });
    body.elements[8].linkedElements.push("gone");
    body.calendars[0].events.push({ id: "second", date: "2027-04-01", type: "start", name: null });
    body.breakdowns[4].elements[0] = "65f0a1b2c3d4e5f603000002";
    body.elements[1].name = "STAGE";
    const { notes: found } = ussToInterchange(readDocument(file));
    expect(found.map((note) => [note.code, note.path])).toEqual([
      ["ELEMENT_IN_TWO_CATEGORIES", "categories[6].elements[0]"],
      ["UNKNOWN_LINK", "elements[8].linkedElements[1]"],
      ["ELEMENT_WITHOUT_CATEGORY", "elements[15]"],
      ["SECOND_SCENE_FIELD", "breakdowns[1].elements[5]"],
      ["UNKNOWN_SETTING", "breakdowns[2]"],
      ["PAGES_NOT_IN_EIGHTHS", "breakdowns[2].pages"],
      ["UNKNOWN_SETTING", "breakdowns[4]"],
      ["SECOND_START", "calendars[0].events[3]"],
    ]);
  });

  it("leaves out what it left out everywhere, so that its own export reads again", () => {
    const file = structuredClone(fixture);
    const body = file.universalScheduleStandard;
    body.elements.push({ ...body.elements[13], id: "loose", name: "In no category" });
    body.breakdowns[1].elements.push("loose");
    body.elements[8].linkedElements.push("loose", "65f0a1b2c3d4e5f603000003"); // and a set element
    const { model: loose } = ussToInterchange(readDocument(file));
    expect(loose.scenes[0]!.elementIds).not.toContain("loose");
    expect(loose.elements.find((element) => element.name === "ANNA")!.links).toEqual([
      "65f0a1b2c3d4e5f603000020",
    ]);
    const again = readUss(JSON.parse(JSON.stringify(interchangeToUss(loose))));
    expect(again.ok ? [] : again.errors).toEqual([]);
  });

  it("takes a scene's episode from the header unless the scene names its own", () => {
    const file = structuredClone(fixture);
    file.universalScheduleStandard.episode = "3";
    file.universalScheduleStandard.breakdowns[2]._episode = "4";
    file.universalScheduleStandard.breakdowns[4]._episode = null;
    const episodes = ussToInterchange(readDocument(file)).model.scenes.map((scene) => scene.episode);
    expect(episodes).toEqual(["3", "4", null]);
  });
});

describe("category numbers", () => {
  it("follow the UCI README, with a recognisable name deciding where the published lists disagree", () => {
    expect(ussCategoryKey(100, "Actors")).toBe("cast");
    expect(ussCategoryKey(104, "Реквизит")).toBe("props");
    expect(ussCategoryKey(111, null)).toBe("music");
    expect(ussCategoryKey(111, "Grip")).toBe("custom:grip");
    expect(ussCategoryKey(113, "Sound")).toBe("sound");
    expect(ussCategoryKey(122, "Comments")).toBe("custom:comments");
    expect(ussCategoryKey(500, "Оружие")).toBe("weapons");
    expect(ussCategoryKey(501, "Кукловоды")).toBe("custom:kuklovody");
    expect(ussCategoryKey(4, null)).toBe("custom:unit");
    expect(ussCategoryKey(null, "Military Vehicles")).toBe("militaryVehicles");
  });

  it("number Kinomost's categories: the standard ones by the list, the others from 500", () => {
    expect(
      ussCategoryNumbers([
        { key: "cast", name: "Cast Members" },
        { key: "weapons", name: "Weapons" },
        { key: "notes", name: "Notes" },
        { key: "custom:unit", name: "Unit" },
        { key: "custom:drones", name: "Drones" },
        { key: "miscellaneous", name: "Miscellaneous" },
      ]),
    ).toEqual([100, 500, 121, 4, 501, 123]);
  });
});

describe("dates and times of day", () => {
  it("take a date-time to the date of its local midnight", () => {
    expect(ussDate("2022-06-20T07:00:00.000Z")).toBe("2022-06-20"); // Los Angeles
    expect(ussDate("2022-06-19T21:00:00.000Z")).toBe("2022-06-20"); // Moscow
    expect(ussDate("2022-06-20T12:00:00.000Z")).toBe("2022-06-20"); // noon UTC
    expect(ussDate("2022-06-20")).toBe("2022-06-20");
    expect(ussDate("2022-02-30")).toBeNull();
    expect(ussDate("soon")).toBeNull();
  });

  it("read the Day/Night element in English, Russian and Belarusian, keeping other words", () => {
    expect(readTimeOfDay("NIGHT")).toEqual({ time: "NIGHT", timeText: null });
    expect(readTimeOfDay("ночь")).toEqual({ time: "NIGHT", timeText: null });
    expect(readTimeOfDay("ДЗЕНЬ")).toEqual({ time: "DAY", timeText: null });
    expect(readTimeOfDay("РЕЖИМ")).toEqual({ time: null, timeText: "РЕЖИМ" });
  });
});
