import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { readUss } from "@kinomost/core";
import { queryRows } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { demoBoardNames } from "../../demo/iskra-schedule.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";

interface Board {
  schedule: {
    id: string;
    name: string;
    status: string;
    firstDate: string;
    lastDate: string;
    weeklyDaysOff: number[];
    daysOff: string[];
  };
  days: { id: string; unitId: string; date: string; shift: string; strips: string[] }[];
  boneyard: string[];
  scenes: { lineageId: string; number: string | null; episode: number | null }[];
}

type UssFile = { universalScheduleStandard: Record<string, any> }; // eslint-disable-line @typescript-eslint/no-explicit-any -- edits a copy freely

const ussForm = (file: UssFile | string, fields: Record<string, string> = {}) => {
  const form = new FormData();
  const text = typeof file === "string" ? file : JSON.stringify(file);
  form.set("file", new File([text], "board.uss", { type: "application/json" }));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
};

/** A board's days as the stripboard shows them, without ids: unit, date, shift and strips in order. */
const layout = (board: Board) =>
  board.days.map((day) => ({ unitId: day.unitId, date: day.date, shift: day.shift, strips: day.strips }));

describe.each(backends)("USS export and import on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let costume: TestClient;
  let projectId: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const count = async (table: string) =>
    (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
  const boardByName = async (name: string) => {
    const { schedules } = (await producer.get(api("/schedules"))).body as {
      schedules: { id: string; name: string }[];
    };
    const id = schedules.find((entry) => entry.name === name)?.id;
    if (!id) throw new Error(`no board ${name}`);
    return (await producer.get(api(`/schedules/${id}`))).body as Board;
  };
  const exportBoard = async (board: Board) => {
    const response = await producer.get(api(`/schedules/${board.schedule.id}/export.uss`));
    expect(response.status).toBe(200);
    return response;
  };

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    costume = t.client();
    await costume.login("costume@kyrgyzfilm.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
  });
  afterAll(() => t.close());

  it("exports the demo board as a USS file with every documented key, named after the board", async () => {
    const draft = await boardByName(demoBoardNames.draft);
    const response = await exportBoard(draft);
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    const disposition = response.headers.get("content-disposition")!;
    expect(disposition).toContain(`filename="schedule-${draft.schedule.id.slice(0, 8)}.uss"`);
    expect(decodeURIComponent(disposition.split("filename*=UTF-8''")[1]!)).toBe(
      `${demoBoardNames.draft}.uss`,
    );

    const file = response.body as UssFile;
    const read = readUss(file);
    expect(read.ok ? [] : read.errors).toEqual([]);
    const body = file.universalScheduleStandard;
    expect(Object.keys(body).sort()).toEqual(
      [
        ...["id", "author", "company", "created", "description", "episode", "episodeName", "name", "project"],
        ...["schedColor", "schedDate", "scriptColor", "scriptDate", "season", "source", "version"],
        ...["breakdowns", "calendars", "categories", "elements", "stripboards"],
      ].sort(),
    );
    expect(body).toMatchObject({ name: demoBoardNames.draft, source: "Kinomost", version: "0.9.0" });
    const [stripboard] = body.stripboards as {
      boards: { name: string; _unit?: string; breakdownIds: string[] }[];
    }[];
    expect(stripboard!.boards.map((board) => [board.name, board._unit ?? null])).toEqual([
      ["stripboard", "Основная группа"],
      ["Вторая группа", "Вторая группа"],
      ["boneyard", null],
    ]);
    const breakdowns = body.breakdowns as { id: string; type: string; _date?: string }[];
    expect(breakdowns.filter((breakdown) => breakdown.type === "scene")).toHaveLength(draft.scenes.length);
    expect(breakdowns.filter((breakdown) => breakdown.type === "day")).toHaveLength(draft.days.length);
    // Every breakdown stands on the stripboard once, as the standard asks.
    const onBoards = stripboard!.boards.flatMap((board) => board.breakdownIds);
    expect(new Set(onBoards).size).toBe(breakdowns.length);
    const categories = body.categories as { ucid: number; name: string; elements: string[] }[];
    expect(categories.find((category) => category.ucid === 100)!.elements.length).toBeGreaterThan(0);
    expect(categories.slice(0, 3).map((category) => category.name)).toEqual(["Set", "INT/EXT", "Day/Night"]);
  });

  it("imports its own export as a new draft board with the same strips, days and calendar, writing no breakdown", async () => {
    const draft = await boardByName(demoBoardNames.draft);
    const file = (await exportBoard(draft)).body as UssFile;
    const [elements, tags, boards] = [
      await count("breakdown_elements"),
      await count("scene_elements"),
      await count("schedules"),
    ];

    const preview = await producer.post(api("/schedules/import-uss/preview"), ussForm(file));
    expect(preview.status).toBe(200);
    expect(preview.body).toMatchObject({
      name: demoBoardNames.draft,
      nameTaken: true,
      scenes: { matched: draft.scenes.length, matchedById: draft.scenes.length, unmatched: [] },
      days: draft.days.length,
      elements: { created: 0, categoriesCreated: [], tagsSuggested: 0 },
      ignored: { banners: 0, scenesAfterLastDay: 0 },
    });
    expect(await count("schedules")).toBe(boards);
    const taken = await producer.post(api("/schedules/import-uss"), ussForm(file));
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual([{ path: "name", message: "already taken", code: "taken" }]);

    const imported = await producer.post(api("/schedules/import-uss"), ussForm(file, { name: "КПП из USS" }));
    expect(imported.status).toBe(201);
    expect(imported.body.schedule).toMatchObject({ name: "КПП из USS", status: "draft" });
    expect(imported.body.summary.elements).toMatchObject({ created: 0, tagsSuggested: 0 });
    const copy = await boardByName("КПП из USS");
    expect(layout(copy)).toEqual(layout(draft));
    expect(copy.boneyard).toEqual(draft.boneyard);
    const { id: _a, name: _n, status: _s, ...calendar } = draft.schedule;
    expect(copy.schedule).toMatchObject({
      firstDate: calendar.firstDate,
      lastDate: calendar.lastDate,
      weeklyDaysOff: calendar.weeklyDaysOff,
      daysOff: calendar.daysOff,
    });
    expect([
      await count("breakdown_elements"),
      await count("scene_elements"),
      await count("schedules"),
    ]).toEqual([elements, tags, boards + 1]);
    // The optimized variant comes back the same way.
    const optimized = await boardByName(demoBoardNames.optimized);
    const again = await producer.post(
      api("/schedules/import-uss"),
      ussForm((await exportBoard(optimized)).body as UssFile, { name: "Оптимизированный из USS" }),
    );
    expect(again.status).toBe(201);
    expect(layout(await boardByName("Оптимизированный из USS"))).toEqual(layout(optimized));
  });

  it("matches another program's file by scene number and episode, dates days from its calendar and suggests its tags", async () => {
    const draft = await boardByName(demoBoardNames.draft);
    const file = (await exportBoard(draft)).body as UssFile;
    const body = file.universalScheduleStandard;
    // As another program writes it: its own ids, no Kinomost keys, the days dated by the calendar alone.
    const fresh = new Map<string, string>();
    const renamed = (id: string) => fresh.get(id) ?? fresh.set(id, `other-${fresh.size}`).get(id)!;
    const firstUnit = body.stripboards[0].boards[0];
    body.stripboards[0].boards = [
      { id: "b1", name: "stripboard", breakdownIds: firstUnit.breakdownIds.slice(0, 8) },
      { id: "b2", name: "boneyard", breakdownIds: [] },
    ];
    const kept = new Set(body.stripboards[0].boards[0].breakdownIds as string[]);
    body.breakdowns = (body.breakdowns as Record<string, unknown>[])
      .filter((breakdown) => kept.has(breakdown.id as string))
      .map((breakdown) => {
        const { _date: _d, _shift: _s, ...rest } = breakdown;
        return { ...rest, id: renamed(breakdown.id as string) };
      });
    body.stripboards[0].boards[0].breakdownIds = [...kept].map(renamed);
    delete body.calendars[0]._firstDate;
    delete body.calendars[0]._lastDate;
    body.calendars[0].events = [{ id: "start", date: "2027-09-06T07:00:00.000Z", type: "start", name: null }];
    // A new cast member and a category Kinomost does not have, in the first scene.
    const firstScene = body.breakdowns.find((breakdown: { type: string }) => breakdown.type === "scene");
    body.elements.push(
      { id: "new-cast", name: "ПОЧТАЛЬОН", elementId: "1", events: [], linkedElements: ["puppet"] },
      { id: "puppet", name: "Кукла-лошадь", elementId: null, events: [], linkedElements: [] },
    );
    const cast = body.categories.find((category: { ucid: number }) => category.ucid === 100);
    cast.elements.push("new-cast");
    body.categories.push({
      id: "puppets",
      name: "Кукловоды",
      ucid: 600,
      elements: ["puppet"],
      created: null,
    });
    firstScene.elements.push("new-cast", "puppet");

    const [elements, tags] = [await count("breakdown_elements"), await count("scene_elements")];
    const imported = await producer.post(
      api("/schedules/import-uss"),
      ussForm(file, { name: "Из ThinkCrew" }),
    );
    expect(imported.status).toBe(201);
    const { summary } = imported.body;
    // The scenes before the last day break of the eight strips are shot; those after it wait in the boneyard.
    const slice = firstUnit.breakdownIds.slice(0, 8) as string[];
    const isScene = (id: string) => draft.scenes.some((scene) => scene.lineageId === id);
    const lastBreak = slice.findLastIndex((id) => !isScene(id));
    const shot = slice.slice(0, lastBreak + 1).filter(isScene);
    expect(shot.length).toBeGreaterThan(0);
    expect(summary.scenes).toMatchObject({
      matched: slice.filter(isScene).length,
      matchedById: 0,
      unmatched: [],
    });
    expect(summary.elements).toMatchObject({
      created: 2,
      categoriesCreated: ["Кукловоды"],
      tagsSuggested: 2,
    });
    const board = await boardByName("Из ThinkCrew");
    // Monday 6 September 2027 on, weekends skipped.
    const workdays = ["2027-09-06", "2027-09-07", "2027-09-08", "2027-09-09", "2027-09-10", "2027-09-13"];
    expect(board.days.map((day) => day.date)).toEqual(
      [...workdays, "2027-09-14", "2027-09-15"].slice(0, slice.length - slice.filter(isScene).length),
    );
    expect(board.days.flatMap((day) => day.strips)).toEqual(shot);
    expect(board.boneyard.slice(0, slice.length)).toEqual(
      expect.arrayContaining(slice.slice(lastBreak + 1).filter(isScene)),
    );
    expect([await count("breakdown_elements"), await count("scene_elements")]).toEqual([
      elements + 2,
      tags + 2,
    ]);
    const created = await queryRows<{
      name: string;
      category: string;
      board_id: string | null;
      status: string;
    }>(
      t.database.db,
      sql`select e.name, e.category, e.board_id, se.status from breakdown_elements e
          join scene_elements se on se.element_id = e.id
          where e.name in ('ПОЧТАЛЬОН', 'Кукла-лошадь') order by e.name`,
    );
    expect(created).toEqual([
      { name: "Кукла-лошадь", category: "custom:kuklovody", board_id: null, status: "suggested" },
      {
        name: "ПОЧТАЛЬОН",
        category: "cast",
        board_id: expect.not.stringMatching(/^1$/),
        status: "suggested",
      },
    ]);
  });

  it("refuses a bad file with the place of each problem, and writes nothing", async () => {
    const draft = await boardByName(demoBoardNames.draft);
    const file = (await exportBoard(draft)).body as UssFile;
    const before = [
      await count("schedules"),
      await count("breakdown_elements"),
      await count("breakdown_categories"),
    ];

    const broken = structuredClone(file);
    delete broken.universalScheduleStandard.stripboards[0].boards[1].id;
    broken.universalScheduleStandard.breakdowns[0].pages = "1 2/8";
    const refused = await producer.post(api("/schedules/import-uss"), ussForm(broken, { name: "Сломанный" }));
    expect(refused.status).toBe(400);
    expect(refused.body.error.code).toBe("VALIDATION_FAILED");
    expect(refused.body.error.fields).toEqual([
      { path: "breakdowns[0].pages", message: 'expected a number, found "1 2/8"', code: "wrong_type" },
      { path: "stripboards[0].boards[1].id", message: "missing", code: "missing" },
    ]);
    expect(refused.body.error.message).toContain("stripboards[0].boards[1].id: missing");

    // A file that reads well but cannot make a board: a new element is not created either.
    const clash = structuredClone(file);
    const days = (clash.universalScheduleStandard.breakdowns as { type: string; _date?: string }[]).filter(
      (breakdown) => breakdown.type === "day",
    );
    days[1]!._date = days[0]!._date;
    clash.universalScheduleStandard.elements.push({
      id: "x",
      name: "Новый реквизит",
      events: [],
      linkedElements: [],
    });
    clash.universalScheduleStandard.categories.push({ id: "c", name: "Новое", ucid: 700, elements: ["x"] });
    clash.universalScheduleStandard.breakdowns[0].elements.push("x");
    const twice = await producer.post(api("/schedules/import-uss"), ussForm(clash, { name: "Дважды" }));
    expect(twice.status).toBe(400);
    expect(twice.body.error.fields[0]).toMatchObject({ code: "same_day_twice" });
    expect(twice.body.error.fields[0].path).toMatch(/^stripboards\[0\]\.boards\[0\]\.breakdownIds\[\d+\]$/);

    const notJson = await producer.post(api("/schedules/import-uss"), ussForm("{ nope"));
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.fields[0]).toMatchObject({ path: "file", code: "not_json" });
    expect([
      await count("schedules"),
      await count("breakdown_elements"),
      await count("breakdown_categories"),
    ]).toEqual(before);
  });

  it("describes the three routes in the OpenAPI document", async () => {
    const { body } = await producer.get("/api/v1/openapi.json");
    expect(
      body.paths["/projects/{projectId}/schedules/{scheduleId}/export.uss"].get.responses["200"],
    ).toBeDefined();
    for (const path of [
      "/projects/{projectId}/schedules/import-uss",
      "/projects/{projectId}/schedules/import-uss/preview",
    ]) {
      const form = body.paths[path].post.requestBody.content["multipart/form-data"].schema;
      expect(Object.keys(form.properties)).toEqual(["file", "name", "stripboard", "firstDate"]);
    }
  });

  it("answers 404 to a studio outside the project and 403 to a role that may not make boards", async () => {
    const draft = await boardByName(demoBoardNames.draft);
    const file = (await exportBoard(draft)).body as UssFile;
    const stranger = await t.newUser();
    expect((await stranger.get(api(`/schedules/${draft.schedule.id}/export.uss`))).status).toBe(404);
    expect((await stranger.post(api("/schedules/import-uss"), ussForm(file, { name: "Чужой" }))).status).toBe(
      404,
    );
    expect((await stranger.post(api("/schedules/import-uss/preview"), ussForm(file))).status).toBe(404);
    // A department head reads the КПП, so may export it, but may not make boards.
    expect((await costume.get(api(`/schedules/${draft.schedule.id}/export.uss`))).status).toBe(200);
    expect((await costume.post(api("/schedules/import-uss"), ussForm(file, { name: "Цех" }))).status).toBe(
      403,
    );
    expect((await producer.get(api(`/schedules/${crypto.randomUUID()}/export.uss`))).status).toBe(404);
  });
});
