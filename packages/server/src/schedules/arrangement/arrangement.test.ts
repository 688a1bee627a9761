// The stripboard by hand, through the real app on PGlite and PostgreSQL with the demo «Искра»: strips moved one and
// several at a time, to the boneyard and back; locks that refuse a move; a published board and a stale version
// refused; who may do it; a board copied as a variant with its locks.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { asc, eq } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { demoBoardNames } from "../../demo/iskra-schedule.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";

interface Board {
  schedule: { id: string; name: string; status: string; version: number };
  days: { id: string; date: string; locked: boolean; strips: string[] }[];
  boneyard: string[];
  scenes: { lineageId: string; label: string; locked: boolean }[];
  violations: { code: string; sceneId?: string }[];
  cost: { total: string } | null;
}

describe.each(backends)("moving strips by hand on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let assistant: TestClient;
  let costume: TestClient;
  let projectId: string;
  let draftId: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const get = async (id = draftId) => {
    const response = await producer.get(api(`/schedules/${id}`));
    expect(response.status).toBe(200);
    return response.body as Board;
  };
  const move = (board: Board, strips: string[], dayId: string, index: number, as = producer) =>
    as.post(api(`/schedules/${board.schedule.id}/moves`), {
      version: board.schedule.version,
      strips,
      to: { dayId, index },
    });
  /** Each day's strips as the database keeps them: positions must run 0, 1, 2 … */
  const positions = async (scheduleId: string) => {
    const rows = await t.database.db
      .select()
      .from(schema.scheduleStrips)
      .where(eq(schema.scheduleStrips.scheduleId, scheduleId))
      .orderBy(asc(schema.scheduleStrips.position));
    const byDay = new Map<string, number[]>();
    for (const row of rows)
      byDay.set(row.dayId ?? "boneyard", [...(byDay.get(row.dayId ?? "boneyard") ?? []), row.position]);
    return byDay;
  };
  const dense = (list: number[]) => list.every((position, index) => position === index);

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    assistant = t.client();
    await assistant.login("ad@tajikfilm.demo", "iskra-demo");
    costume = t.client();
    await costume.login("costume@kyrgyzfilm.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
    const list = (await producer.get(api("/schedules"))).body.schedules as { id: string; name: string }[];
    draftId = list.find((board) => board.name === demoBoardNames.draft)!.id;
  });
  afterAll(() => t.close());

  it("moves one strip to another day and answers the board with the next version, positions dense", async () => {
    const before = await get();
    const [from, to] = before.days.filter((day) => day.strips.length >= 2);
    const strip = from!.strips[0]!;
    const response = await move(before, [strip], to!.id, 1);
    expect(response.status).toBe(200);
    const after = response.body as Board;
    expect(after.schedule.version).toBe(before.schedule.version + 1);
    expect(after.days.find((day) => day.id === to!.id)!.strips).toEqual([
      to!.strips[0],
      strip,
      ...to!.strips.slice(1),
    ]);
    expect(after.days.find((day) => day.id === from!.id)!.strips).toEqual(from!.strips.slice(1));
    expect(await get()).toEqual(after);
    expect(after.cost).not.toBeNull();
    for (const list of (await positions(draftId)).values()) expect(dense(list)).toBe(true);
  });

  it("moves several strips from different days together, in the order given", async () => {
    const before = await get();
    const days = before.days.filter((day) => day.strips.length >= 2);
    const strips = [days[3]!.strips[1]!, days[2]!.strips[0]!, days[5]!.strips[0]!];
    const target = days[4]!;
    const response = await assistant.post(api(`/schedules/${draftId}/moves`), {
      version: before.schedule.version,
      strips,
      to: { dayId: target.id, index: 0 },
    });
    expect(response.status).toBe(200);
    const after = response.body as Board;
    expect(after.days.find((day) => day.id === target.id)!.strips).toEqual([...strips, ...target.strips]);
    expect(after.days.flatMap((day) => day.strips).sort()).toEqual(
      before.days.flatMap((day) => day.strips).sort(),
    );
    for (const list of (await positions(draftId)).values()) expect(dense(list)).toBe(true);
  });

  it("sends strips to the boneyard, where the board misses them, and brings them back", async () => {
    const before = await get();
    const day = before.days.find((candidate) => candidate.strips.length >= 3)!;
    const strips = day.strips.slice(0, 2);
    const out = await move(before, strips, "boneyard", 0);
    expect(out.status).toBe(200);
    const benched = out.body as Board;
    expect(benched.boneyard).toEqual(strips);
    expect(benched.violations.filter((violation) => violation.code === "SCENE_MISSING")).toHaveLength(2);

    const back = await move(benched, [strips[1]!, strips[0]!], day.id, 0);
    expect(back.status).toBe(200);
    const restored = back.body as Board;
    expect(restored.boneyard).toEqual([]);
    expect(restored.days.find((candidate) => candidate.id === day.id)!.strips.slice(0, 3)).toEqual([
      strips[1],
      strips[0],
      day.strips[2],
    ]);
    expect((await positions(draftId)).get("boneyard")).toBeUndefined();
  });

  it("refuses to move a locked strip, a strip of a locked day or into one, naming them; unlocked, it moves", async () => {
    const before = await get();
    const [first, second] = before.days.filter((day) => day.strips.length >= 2);
    const strip = first!.strips[0]!;
    const label = before.scenes.find((scene) => scene.lineageId === strip)!.label;
    const locking = await producer.patch(api(`/schedules/${draftId}/strips/${strip}`), {
      version: before.schedule.version,
      locked: true,
    });
    expect(locking.status).toBe(200);
    let board = locking.body as Board;
    expect(board.scenes.find((scene) => scene.lineageId === strip)!.locked).toBe(true);
    expect(board.schedule.version).toBe(before.schedule.version + 1);

    const other = first!.strips[1]!;
    const refused = await move(board, [other, strip], second!.id, 0);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("STRIP_LOCKED");
    expect(refused.body.error.message).toContain(label);
    expect(refused.body.error.fields).toEqual([
      expect.objectContaining({ path: "strips.1", code: "strip_locked" }),
    ]);
    expect((await get()).schedule.version).toBe(board.schedule.version);

    const lockDay = await producer.patch(api(`/schedules/${draftId}/days/${second!.id}`), {
      version: board.schedule.version,
      locked: true,
    });
    expect(lockDay.status).toBe(200);
    board = lockDay.body as Board;
    expect(board.days.find((day) => day.id === second!.id)!.locked).toBe(true);
    const into = await move(board, [other], second!.id, 0);
    expect(into.status).toBe(409);
    expect(into.body.error.code).toBe("DAY_LOCKED");
    expect(into.body.error.message).toContain(second!.date);
    expect(into.body.error.fields).toEqual([expect.objectContaining({ path: "to.dayId" })]);
    const outOf = await move(board, [second!.strips[0]!], first!.id, 0);
    expect(outOf.status).toBe(409);
    expect(outOf.body.error.fields).toEqual([
      expect.objectContaining({ path: "strips.0", code: "day_locked" }),
    ]);

    const benched = await move(board, [other], "boneyard", 0);
    expect(benched.status).toBe(200);
    board = benched.body as Board;
    const unknown = "0b6a3c1e-7d44-4c2a-9f35-1c6a1e2f9a10";
    for (const path of [`/strips/${unknown}`, `/days/${unknown}`]) {
      const missing = await producer.patch(api(`/schedules/${draftId}${path}`), {
        version: board.schedule.version,
        locked: true,
      });
      expect(missing.status).toBe(404);
    }
    const lockBenched = await producer.patch(api(`/schedules/${draftId}/strips/${other}`), {
      version: board.schedule.version,
      locked: true,
    });
    expect(lockBenched.status).toBe(400);
    expect(lockBenched.body.error.fields).toEqual([
      expect.objectContaining({ path: "locked", code: "not_on_day" }),
    ]);

    for (const [path, version] of [
      [`/strips/${strip}`, board.schedule.version],
      [`/days/${second!.id}`, board.schedule.version + 1],
    ] as const) {
      const unlocked = await producer.patch(api(`/schedules/${draftId}${path}`), { version, locked: false });
      expect(unlocked.status).toBe(200);
      board = unlocked.body as Board;
    }
    const moved = await move(board, [strip, other], second!.id, 0);
    expect(moved.status).toBe(200);
    expect((moved.body as Board).days.find((day) => day.id === second!.id)!.strips.slice(0, 2)).toEqual([
      strip,
      other,
    ]);
  });

  it("names unknown ids and a bad index with 400, refuses a stale version with the current board, writes nothing", async () => {
    const before = await get();
    const day = before.days.find((candidate) => candidate.strips.length > 0)!;
    const stranger = "0b6a3c1e-7d44-4c2a-9f35-1c6a1e2f9a10";
    const unknown = await move(before, [day.strips[0]!, stranger], stranger, 0);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields.map((field: { path: string }) => field.path)).toEqual([
      "strips.1",
      "to.dayId",
    ]);
    const malformed = await move(before, ["not-an-id"], "somewhere", -1);
    expect(malformed.status).toBe(400);
    expect(malformed.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      "strips.0",
      "to.dayId",
      "to.index",
    ]);
    const past = await move(before, [day.strips[0]!], day.id, day.strips.length);
    expect(past.status).toBe(400);
    expect(past.body.error.fields).toEqual([expect.objectContaining({ path: "to.index" })]);

    const stale = await move(
      { ...before, schedule: { ...before.schedule, version: 1 } },
      [day.strips[0]!],
      "boneyard",
      0,
    );
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("VERSION_CONFLICT");
    expect(stale.body.error.current).toEqual(before);
    expect(await get()).toEqual(before);
  });

  it("lets no department head move strips and hides the board from a stranger", async () => {
    const before = await get();
    const day = before.days.find((candidate) => candidate.strips.length > 0)!;
    const forbidden = await move(before, [day.strips[0]!], "boneyard", 0, costume);
    expect(forbidden.status).toBe(403);
    const lock = await costume.patch(api(`/schedules/${draftId}/days/${day.id}`), {
      version: before.schedule.version,
      locked: true,
    });
    expect(lock.status).toBe(403);
    const stranger = await t.newUser();
    expect((await move(before, [day.strips[0]!], "boneyard", 0, stranger)).status).toBe(404);
    expect((await stranger.post(api(`/schedules/${draftId}/copy`), { name: "Мой" })).status).toBe(404);
    const other = await stranger.post("/api/v1/projects", {
      titles: { ru: "Чужой проект" },
      kind: "feature",
      languages: ["ru"],
      leadOrganizationId: stranger.organizationId,
    });
    const theirs = `/api/v1/projects/${other.body.project.id}/schedules/${draftId}`;
    expect(
      (
        await stranger.post(`${theirs}/moves`, {
          version: 1,
          strips: [day.strips[0]],
          to: { dayId: "boneyard", index: 0 },
        })
      ).status,
    ).toBe(404);
    expect(await get()).toEqual(before);
  });

  it("copies a board as a new draft variant with its days, strips and locks; a published board stays frozen", async () => {
    const source = await get();
    const day = source.days.find((candidate) => candidate.strips.length > 0)!;
    const locked = (
      await producer.patch(api(`/schedules/${draftId}/days/${day.id}`), {
        version: source.schedule.version,
        locked: true,
      })
    ).body as Board;
    const copied = await producer.post(api(`/schedules/${draftId}/copy`), {
      name: "Черновой КПП — вариант Б",
    });
    expect(copied.status).toBe(201);
    const copy = copied.body as Board;
    expect(copy.schedule).toMatchObject({ name: "Черновой КПП — вариант Б", status: "draft", version: 1 });
    expect(copy.schedule.id).not.toBe(draftId);
    const shape = (board: Board) => ({
      days: board.days.map(({ date, locked, strips }) => ({ date, locked, strips })),
      boneyard: board.boneyard,
      scenes: board.scenes,
      cost: board.cost,
    });
    expect(shape(copy)).toEqual(shape(locked));
    expect(copy.days.every((copyDay) => !source.days.some((sourceDay) => sourceDay.id === copyDay.id))).toBe(
      true,
    );
    const taken = await producer.post(api(`/schedules/${draftId}/copy`), {
      name: "Черновой КПП — вариант Б",
    });
    expect(taken.status).toBe(409);
    expect(taken.body.error.code).toBe("ALREADY_EXISTS");
    expect((await costume.post(api(`/schedules/${draftId}/copy`), { name: "Вариант В" })).status).toBe(403);

    // Moving on the copy leaves the original as it was.
    const free = copy.days.find((candidate) => !candidate.locked && candidate.strips.length > 0)!;
    expect((await move(copy, [free.strips[0]!], "boneyard", 0)).status).toBe(200);
    expect(await get()).toEqual(locked);

    const published = await producer.post(api(`/schedules/${copy.schedule.id}/publish`), {
      version: copy.schedule.version + 1,
    });
    expect(published.status).toBe(200);
    const frozen = await get(copy.schedule.id);
    const refused = await move(frozen, [frozen.boneyard[0]!], free.id, 0);
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("BOARD_PUBLISHED");
    const lock = await producer.patch(api(`/schedules/${copy.schedule.id}/days/${free.id}`), {
      version: frozen.schedule.version,
      locked: true,
    });
    expect(lock.body.error.code).toBe("BOARD_PUBLISHED");
    expect(await get(copy.schedule.id)).toEqual(frozen);
    const variant = await producer.post(api(`/schedules/${copy.schedule.id}/copy`), {
      name: "Вариант от КПП",
    });
    expect(variant.status).toBe(201);
    expect(variant.body.schedule.status).toBe("draft");
  });
});
