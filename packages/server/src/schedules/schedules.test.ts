import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { readAuditChain } from "../audit/log.ts";
import { firstBlockBoardName } from "../demo/iskra-first-block.ts";
import { demoBoardNames } from "../demo/iskra-schedule.ts";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

interface Board {
  schedule: { id: string; name: string; status: string; version: number };
  units: { id: string; name: string }[];
  days: { id: string; unitId: string; date: string; shift: string; locked: boolean; strips: string[] }[];
  boneyard: string[];
  scenes: {
    lineageId: string;
    label: string;
    castIds: string[];
    castBoardIds: string[];
    location: { country: string } | null;
  }[];
  cast: { id: string; name: string; dailyRate: { currency: string } | null; days: { work: number } | null }[];
  cost: Record<string, string> | null;
  violations: { code: string; message: string }[];
  problems: { code: string; message: string; params: Record<string, unknown> }[];
}

const minor = (amount: string) => BigInt(amount.replace(".", ""));
const costTerms = ["work", "holding", "travel", "moves", "borderCrossings", "overtime"] as const;

describe.each(backends)("shooting schedule on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let assistant: TestClient;
  let costume: TestClient;
  let projectId: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const count = async (table: string) =>
    (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
  const boards = async () =>
    (await producer.get(api("/schedules"))).body.schedules as {
      id: string;
      name: string;
      status: string;
      version: number;
      shootingDays: number;
      scheduledScenes: number;
    }[];
  const board = async (name: string) => {
    const id = (await boards()).find((entry) => entry.name === name)!.id;
    const response = await producer.get(api(`/schedules/${id}`));
    expect(response.status).toBe(200);
    return response.body as Board;
  };

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    assistant = t.client();
    await assistant.login("ad@tajikfilm.demo", "iskra-demo");
    costume = t.client();
    await costume.login("costume@kyrgyzfilm.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
  });
  afterAll(() => t.close());

  it("loads the demo board with its days, strips and a cost by term whose total is the sum of the terms", async () => {
    const list = await boards();
    expect(list.map((entry) => [entry.name, entry.status])).toEqual([
      [demoBoardNames.draft, "draft"],
      [demoBoardNames.optimized, "draft"],
      [firstBlockBoardName, "published"],
    ]);
    const draft = await board(demoBoardNames.draft);
    expect(draft.units.map((unit) => unit.name)).toEqual(["Основная группа", "Вторая группа"]);
    expect(draft.problems).toEqual([]);
    expect(draft.violations).toEqual([]);
    expect(draft.boneyard).toEqual([]);
    const onDays = draft.days.flatMap((day) => day.strips);
    expect(onDays.sort()).toEqual(draft.scenes.map((scene) => scene.lineageId).sort());
    expect(list[0]).toMatchObject({ shootingDays: draft.days.length, scheduledScenes: draft.scenes.length });
    expect(draft.days.every((day) => day.date >= "2027-03-01" && day.date <= "2027-06-30")).toBe(true);
    expect(new Set(draft.scenes.map((scene) => scene.location?.country))).toEqual(
      new Set(["RU", "BY", "KZ", "TJ", "KG"]),
    );
    expect(new Set(draft.scenes.map((scene) => scene.label.split(".")[0]))).toEqual(
      new Set(["1", "2", "3", "4"]),
    );
    expect(new Set(draft.cast.map((person) => person.dailyRate?.currency))).toEqual(
      new Set(["RUB", "BYN", "KZT", "TJS", "KGS"]),
    );
    expect(draft.cast.every((person) => person.days !== null && person.days.work > 0)).toBe(true);
    const cost = draft.cost!;
    expect(cost.currency).toBe("RUB");
    expect(costTerms.reduce((sum, term) => sum + minor(cost[term]!), 0n)).toBe(minor(cost.total!));
    expect(minor(cost.work!)).toBeGreaterThan(0n);

    const optimized = await board(demoBoardNames.optimized);
    expect(optimized.violations).toEqual([]);
    expect(optimized.boneyard).toEqual([]);
    expect(minor(optimized.cost!.total!)).toBeLessThan(minor(cost.total!));

    // The КПП of the first block: the optimized board's days in Russia and Belarus, the rest in the boneyard.
    const block = await board(firstBlockBoardName);
    expect(block.schedule.status).toBe("published");
    const blockCountries = new Set(
      block.days.flatMap((day) =>
        day.strips.map((id) => block.scenes.find((scene) => scene.lineageId === id)!.location?.country),
      ),
    );
    expect(blockCountries).toEqual(new Set(["RU", "BY"]));
    expect(block.days.map((day) => day.date)).toEqual(
      optimized.days.filter((day) => day.date <= block.days.at(-1)!.date).map((day) => day.date),
    );
    expect(block.boneyard.length + block.days.flatMap((day) => day.strips).length).toBe(block.scenes.length);
    expect(block.boneyard.length).toBeGreaterThan(0);
  });

  it("keeps units: refuses a 30-hour shift, a stale version and a department head; another project's unit is 404", async () => {
    const units = (await producer.get(api("/units"))).body.units as { id: string; version: number }[];
    expect(units).toHaveLength(2);
    const before = await count("shooting_units");
    const long = await producer.post(api("/units"), { name: "Ночная группа", shiftHours: 30 });
    expect(long.status).toBe(400);
    expect(long.body.error.fields).toEqual([
      expect.objectContaining({ path: "shiftHours", code: "too_big_number" }),
    ]);
    const overtime = await producer.post(api("/units"), {
      name: "Ночная группа",
      shiftHours: 20,
      maxOvertimeHours: 6,
    });
    expect(overtime.status).toBe(400);
    expect(overtime.body.error.fields).toEqual([expect.objectContaining({ path: "maxOvertimeHours" })]);
    expect((await costume.post(api("/units"), { name: "Ночная группа" })).status).toBe(403);
    expect(await count("shooting_units")).toBe(before);

    const created = await assistant.post(api("/units"), { name: "Ночная группа", shiftHours: 10 });
    expect(created.status).toBe(201);
    expect(created.body.unit).toMatchObject({ position: 2, shiftHours: 10, maxOvertimeHours: 2, version: 1 });
    const unit = created.body.unit as { id: string; version: number };
    const renamed = await producer.patch(api(`/units/${unit.id}`), { version: 1, name: "Третья группа" });
    expect(renamed.status).toBe(200);
    const stale = await producer.patch(api(`/units/${unit.id}`), { version: 1, shiftHours: 11 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ name: "Третья группа", version: 2 });
    const taken = await producer.patch(api(`/units/${unit.id}`), { version: 2, name: "Основная группа" });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("ALREADY_EXISTS");

    const stranger = await t.newUser();
    const other = await stranger.post("/api/v1/projects", {
      titles: { ru: "Чужой проект" },
      kind: "feature",
      languages: ["ru"],
      leadOrganizationId: stranger.organizationId,
    });
    const otherUnit = await stranger.post(`/api/v1/projects/${other.body.project.id}/units`, {
      name: "Группа",
    });
    expect(otherUnit.status).toBe(201);
    expect(
      (await producer.patch(api(`/units/${otherUnit.body.unit.id}`), { version: 1, name: "Моя" })).status,
    ).toBe(404);
    expect((await producer.delete(api(`/units/${otherUnit.body.unit.id}`))).status).toBe(404);
    expect((await stranger.get(api("/units"))).status).toBe(404);

    expect((await producer.delete(api(`/units/${unit.id}`))).status).toBe(204);
    expect(await count("shooting_units")).toBe(before + 1);
  });

  it("sets cast terms: money converted exactly, bad input named field by field and nothing written", async () => {
    const { cast } = (await producer.get(api("/cast-terms"))).body as {
      cast: {
        elementId: string;
        name: string;
        boardId: string;
        terms: { currency: string; version: number } | null;
      }[];
    };
    expect(cast.every((entry) => entry.terms !== null)).toBe(true);
    expect(cast.slice(0, 3).map((entry) => entry.boardId)).toEqual(["1", "2", "3"]);
    const saule = cast.find((entry) => entry.name === "САУЛЕ")!;
    expect(saule.terms).toMatchObject({ dailyRate: "250000.00", currency: "KZT", homeCountry: "KZ" });
    const entries = await count("audit_entries");
    const terms = await count("cast_terms");

    const bad = await producer.put(api(`/cast-terms/${saule.elementId}`), {
      dailyRate: "-5",
      currency: "XYZ",
      homeCountry: "QQ",
      available: [{ from: "2027-05-10", to: "2027-05-01" }],
      blockedDates: ["2027-02-30"],
      version: saule.terms!.version,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      "available.0.to",
      "blockedDates.0",
      "currency",
      "dailyRate",
      "homeCountry",
    ]);
    const decimals = await producer.put(api(`/cast-terms/${saule.elementId}`), {
      dailyRate: "250000.005",
      currency: "KZT",
      homeCountry: "KZ",
      version: saule.terms!.version,
    });
    expect(decimals.status).toBe(400);
    expect(decimals.body.error.fields).toEqual([
      expect.objectContaining({ path: "dailyRate", code: "amount" }),
    ]);
    const forbidden = await costume.put(api(`/cast-terms/${saule.elementId}`), {
      dailyRate: "1.00",
      currency: "KZT",
      homeCountry: "KZ",
      version: saule.terms!.version,
    });
    expect(forbidden.status).toBe(403);
    expect(await count("audit_entries")).toBe(entries);
    expect((await producer.get(api("/cast-terms"))).body.cast).toEqual(cast);

    const saved = await producer.put(api(`/cast-terms/${saule.elementId}`), {
      dailyRate: "275000,50",
      currency: "KZT",
      homeCountry: "KZ",
      travelDays: 2,
      available: [{ from: "2027-04-12", to: "2027-06-30" }],
      blockedDates: ["2027-05-20", "2027-05-20"],
      version: saule.terms!.version,
    });
    expect(saved.status).toBe(200);
    expect(saved.body.cast.terms).toMatchObject({
      dailyRate: "275000.50",
      travelDays: 2,
      blockedDates: ["2027-05-20"],
      version: saule.terms!.version + 1,
    });
    const [stored] = await queryRows<{ rate: string }>(
      t.database.db,
      sql`select daily_rate_minor::text as rate from cast_terms where element_id = ${saule.elementId}`,
    );
    expect(stored?.rate).toBe("27500050");
    const stale = await producer.put(api(`/cast-terms/${saule.elementId}`), {
      dailyRate: "1.00",
      currency: "KZT",
      homeCountry: "KZ",
      version: saule.terms!.version,
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.terms.dailyRate).toBe("275000.50");
    expect(await count("cast_terms")).toBe(terms);
    const { entries: chain, verification } = await readAuditChain(t.database.db, projectId);
    expect(verification.ok).toBe(true);
    expect(chain.at(-1)).toMatchObject({ action: "cast-terms.set", subject: `element:${saule.elementId}` });
    expect(await count("audit_entries")).toBe(entries + 1);

    const props = (await producer.get(api("/breakdown/elements"))).body.elements.find(
      (element: { category: string }) => element.category !== "cast",
    );
    expect(
      (
        await producer.put(api(`/cast-terms/${props.id}`), {
          dailyRate: "1",
          currency: "RUB",
          homeCountry: "RU",
        })
      ).status,
    ).toBe(404);
  });

  it("keeps a location's terms beside it in the locations list", async () => {
    const { locations } = (await producer.get(api("/locations"))).body as {
      locations: { id: string; name: string; terms: { stage: boolean; version: number } | null }[];
    };
    const stage = locations.find((location) => location.name.startsWith("«Беларусьфильм»"))!;
    expect(stage.terms).toMatchObject({ stage: true });
    const bad = await producer.put(api(`/locations/${stage.id}/terms`), {
      stage: true,
      available: [{ from: "2027-07-01", to: "2027-03-01" }],
      version: stage.terms!.version,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toEqual([
      expect.objectContaining({ path: "available.0.to", code: "window_order" }),
    ]);
    const saved = await assistant.put(api(`/locations/${stage.id}/terms`), {
      stage: true,
      available: [{ from: "2027-03-01", to: "2027-07-31" }],
      blockedDates: ["2027-05-01"],
      version: stage.terms!.version,
    });
    expect(saved.status).toBe(200);
    const stale = await assistant.put(api(`/locations/${stage.id}/terms`), {
      stage: false,
      version: stage.terms!.version,
    });
    expect(stale.status).toBe(409);
    const after = (await producer.get(api("/locations"))).body.locations.find(
      (location: { id: string }) => location.id === stage.id,
    );
    expect(after.terms).toMatchObject({
      stage: true,
      blockedDates: ["2027-05-01"],
      version: stage.terms!.version + 1,
    });
  });

  it("creates, changes, publishes and removes boards, refusing what would break them", async () => {
    const created = await assistant.post(api("/schedules"), {
      name: "КПП, вариант Б",
      firstDate: "2027-03-01",
      lastDate: "2027-07-30",
      weeklyDaysOff: [7],
      daysOff: ["2027-05-04"],
      settings: {
        locationMove: { amount: "200000", currency: "RUB" },
        borderCrossing: { amount: "25000", currency: "BYN" },
        overtimePerHour: { amount: "40000", currency: "RUB" },
        countryBlocks: true,
      },
      arrangement: "by-location",
    });
    expect(created.status).toBe(201);
    const made = created.body as Board & { schedule: { settings: Record<string, unknown> } };
    expect(made.schedule.settings).toMatchObject({
      borderCrossing: { amount: "25000.00", currency: "BYN" },
      maxMovesPerDay: 1,
      countryBlocks: true,
    });
    expect(made.days.length).toBeGreaterThan(0);
    expect(made.cost).not.toBeNull();
    const id = made.schedule.id;

    const empty = await producer.post(api("/schedules"), {
      name: "Пустой",
      firstDate: "2027-03-01",
      lastDate: "2027-06-30",
      arrangement: "boneyard",
    });
    expect(empty.status).toBe(201);
    expect(empty.body.days).toEqual([]);
    expect(empty.body.boneyard).toHaveLength(empty.body.scenes.length);
    expect(
      empty.body.violations.every((violation: { code: string }) => violation.code === "SCENE_MISSING"),
    ).toBe(true);
    expect(empty.body.schedule.settings.locationMove).toEqual({ amount: "150000.00", currency: "RUB" });

    const schedules = await count("schedules");
    const duplicate = await producer.post(api("/schedules"), {
      name: "Пустой",
      firstDate: "2027-03-01",
      lastDate: "2027-06-30",
      arrangement: "boneyard",
    });
    expect(duplicate.status).toBe(409);
    const backwards = await producer.post(api("/schedules"), {
      name: "Наоборот",
      firstDate: "2027-06-30",
      lastDate: "2027-03-01",
      settings: {
        locationMove: { amount: "-1", currency: "RUB" },
        borderCrossing: { amount: "1", currency: "ABC" },
        overtimePerHour: { amount: "1", currency: "RUB" },
      },
      arrangement: "sideways",
    });
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      "arrangement",
      "settings.borderCrossing.currency",
      "settings.locationMove.amount",
    ]);
    const reversed = await producer.post(api("/schedules"), {
      name: "Наоборот",
      firstDate: "2027-06-30",
      lastDate: "2027-03-01",
      arrangement: "boneyard",
    });
    expect(reversed.status).toBe(400);
    expect(reversed.body.error.fields).toEqual([expect.objectContaining({ path: "lastDate" })]);
    expect(
      (
        await costume.post(api("/schedules"), {
          name: "Мой",
          firstDate: "2027-03-01",
          lastDate: "2027-03-02",
          arrangement: "boneyard",
        })
      ).status,
    ).toBe(403);
    expect(await count("schedules")).toBe(schedules);

    const renamed = await producer.patch(api(`/schedules/${id}`), {
      version: 1,
      name: "КПП, вариант В",
      settings: { maxMovesPerDay: 2 },
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.schedule).toMatchObject({ name: "КПП, вариант В", version: 2 });
    expect(renamed.body.schedule.settings).toMatchObject({ maxMovesPerDay: 2, countryBlocks: true });
    const stale = await producer.patch(api(`/schedules/${id}`), { version: 1, name: "КПП, вариант Г" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ name: "КПП, вариант В" });

    const entries = await count("audit_entries");
    const first = await producer.post(api(`/schedules/${id}/publish`), { version: 2 });
    expect(first.status).toBe(200);
    expect(first.body.schedule).toMatchObject({ status: "published", version: 3 });
    expect(first.body.schedule.publishedAt).toBe(t.clock.now.toISOString());
    const frozen = await producer.patch(api(`/schedules/${id}`), { version: 3, name: "Другое" });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe("BOARD_PUBLISHED");
    expect((await producer.delete(api(`/schedules/${id}`))).status).toBe(409);

    const draft = (await boards()).find((entry) => entry.name === demoBoardNames.draft)!;
    const second = await producer.post(api(`/schedules/${draft.id}/publish`), { version: draft.version });
    expect(second.status).toBe(200);
    const statuses = Object.fromEntries((await boards()).map((entry) => [entry.name, entry.status]));
    expect(statuses).toMatchObject({ [demoBoardNames.draft]: "published", "КПП, вариант В": "draft" });
    const { entries: chain, verification } = await readAuditChain(t.database.db, projectId);
    expect(verification.ok).toBe(true);
    expect(chain.slice(-2).map((entry) => entry.action)).toEqual([
      "schedule.published",
      "schedule.published",
    ]);
    expect(chain.at(-1)!.data).toMatchObject({ replaces: { id }, cost: { currency: "RUB" } });
    expect(await count("audit_entries")).toBe(entries + 2);

    expect((await producer.delete(api(`/schedules/${id}`))).status).toBe(204);
    expect((await producer.get(api(`/schedules/${id}`))).status).toBe(404);
    expect(
      await queryRows(t.database.db, sql`select * from schedule_days where schedule_id = ${id}`),
    ).toEqual([]);
  });

  it("answers 404 for another project's board and names what a project without cast terms lacks", async () => {
    const stranger = await t.newUser();
    const created = await stranger.post("/api/v1/projects", {
      titles: { ru: "Короткий метр" },
      kind: "feature",
      languages: ["ru"],
      leadOrganizationId: stranger.organizationId,
    });
    const other = (path: string) => `/api/v1/projects/${created.body.project.id}${path}`;
    const form = new FormData();
    const script = [
      "ИНТ. КУХНЯ - ДЕНЬ #1#",
      "",
      "АННА",
      "Чай будешь?",
      "",
      "НАТ. ДВОР - НОЧЬ #2#",
      "",
      "БОРИС",
      "Поздно уже.",
      "",
    ].join("\n");
    form.set("file", new File([script], "short.fountain"));
    expect((await stranger.post(other("/scripts/import"), form)).status).toBe(201);
    const location = await stranger.post(other("/locations"), {
      name: "Квартира на Чиланзаре",
      country: "UZ",
      timeZone: "Asia/Tashkent",
    });
    const { sets } = (await stranger.get(other("/locations"))).body as {
      sets: { id: string; name: string; version: number }[];
    };
    const kitchen = sets.find((set) => set.name === "КУХНЯ")!;
    await stranger.patch(other(`/sets/${kitchen.id}`), {
      version: kitchen.version,
      locationId: location.body.location.id,
    });

    const laid = await stranger.post(other("/schedules"), {
      name: "КПП",
      firstDate: "2027-03-01",
      lastDate: "2027-03-31",
      arrangement: "by-location",
    });
    expect(laid.status).toBe(400);
    expect(laid.body.error.fields.map((field: { code: string }) => field.code).sort()).toEqual([
      "cast_without_terms",
      "cast_without_terms",
      "no_units",
      "set_without_location",
    ]);
    const board = await stranger.post(other("/schedules"), {
      name: "КПП",
      firstDate: "2027-03-01",
      lastDate: "2027-03-31",
      arrangement: "boneyard",
    });
    expect(board.status).toBe(201);
    expect(board.body.cost).toBeNull();
    const problems = board.body.problems as Board["problems"];
    expect(
      problems
        .filter((problem) => problem.code === "CAST_WITHOUT_TERMS")
        .map((problem) => problem.params.name)
        .sort(),
    ).toEqual(["АННА", "БОРИС"]);
    expect(problems.find((problem) => problem.code === "SET_WITHOUT_LOCATION")).toMatchObject({
      params: { set: "ДВОР", scenes: 1 },
    });
    expect(problems.find((problem) => problem.code === "CAST_WITHOUT_TERMS")!.message).toMatch(/АННА|БОРИС/);

    expect((await producer.get(api(`/schedules/${board.body.schedule.id}`))).status).toBe(404);
    expect(
      (await producer.put(api(`/locations/${location.body.location.id}/terms`), { stage: true })).status,
    ).toBe(404);
    expect(
      (await producer.patch(api(`/schedules/${board.body.schedule.id}`), { version: 1, name: "Моё" })).status,
    ).toBe(404);
    expect((await producer.delete(api(`/schedules/${board.body.schedule.id}`))).status).toBe(404);
    expect(
      (await producer.post(api(`/schedules/${board.body.schedule.id}/publish`), { version: 1 })).status,
    ).toBe(404);
  });
});
