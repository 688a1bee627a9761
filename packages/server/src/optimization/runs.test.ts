// Optimizer runs through the real app: in a worker thread on the embedded database, through pg-boss on
// PostgreSQL. A run never touches the board until it is accepted; locks and strips outside a selection stay put.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { demoBoardNames } from "../demo/iskra-schedule.ts";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

interface Board {
  schedule: { id: string; name: string; version: number };
  days: { unitId: string; date: string; shift: string; locked: boolean; strips: string[] }[];
  boneyard: string[];
}

/** A cost by term, as decimal strings; the tests read the total. */
type Cost = { currency: string; total: string };

interface Run {
  id: string;
  status: string;
  finishedAt: string | null;
  progress: { elapsedSeconds: number; bestCost: Cost | null; lowerBound: string } | null;
  before: { cost: Cost | null; feasible: boolean };
  result: {
    cost: Cost | null;
    feasible: boolean;
    difference: Cost | null;
  } | null;
}

const minor = (amount: string) => BigInt(amount.replace(".", ""));
/** Where each scene is: "date unit shift #position", the board as a map. */
const placement = (board: Board) =>
  new Map(
    board.days.flatMap((day) =>
      day.strips.map((lineageId, position) => [
        lineageId,
        `${day.date} ${day.unitId} ${day.shift} #${position}`,
      ]),
    ),
  );
const dayOf = (board: Board) =>
  new Map(
    board.days.flatMap((day) => day.strips.map((lineageId) => [lineageId, `${day.date} ${day.unitId}`])),
  );

describe.each(backends)("optimizer runs on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let accountant: TestClient;
  let projectId: string;
  let boardId: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const runs = () => api(`/schedules/${boardId}/optimizer-runs`);
  const board = async () => (await producer.get(api(`/schedules/${boardId}`))).body as Board;
  const start = async (body: Record<string, unknown>) => {
    const response = await producer.post(runs(), body);
    expect(response.status).toBe(202);
    return response.body.run as Run;
  };
  /** Polls the run until `done` holds (the run's own seconds bound the wait). */
  const poll = async (id: string, done: (run: Run) => boolean): Promise<Run> => {
    for (;;) {
      const run = (await producer.get(`${runs()}/${id}`)).body.run as Run;
      if (done(run)) return run;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  /** The run has ended: finished, failed, or stopped with what it had found written. */
  const settled = (id: string) => poll(id, (run) => run.finishedAt !== null);

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    accountant = t.client();
    await accountant.login("accountant@belarusfilm.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
    const boards = (await producer.get(api("/schedules"))).body.schedules as { id: string; name: string }[];
    boardId = boards.find((entry) => entry.name === demoBoardNames.draft)!.id;
  }, 120_000);
  afterAll(() => t.close());

  it("solves off the request path, reports progress, and leaves the board alone until accepted", async () => {
    const before = await board();
    const queued = await start({ seconds: 2, seed: 7 });
    expect(["queued", "running"]).toContain(queued.status);
    expect(queued.before.feasible).toBe(true);

    const run = await settled(queued.id);
    expect(run.status).toBe("finished");
    expect(run.progress!.elapsedSeconds).toBeGreaterThan(0);
    expect(run.result!.feasible).toBe(true);
    const [was, now] = [minor(run.before.cost!.total), minor(run.result!.cost!.total)];
    // Never worse than the board it started from, and never below the bound it proved.
    expect(now).toBeLessThanOrEqual(was);
    expect(now).toBeGreaterThanOrEqual(minor(run.progress!.lowerBound));
    expect(minor(run.result!.difference!.total)).toBe(now - was);
    expect(placement(await board())).toEqual(placement(before));

    const listed = (await producer.get(runs())).body.runs as Run[];
    expect(listed[0]!.id).toBe(run.id);
  });

  it("puts an accepted schedule on the board, keeping its locked strips where they were, once", async () => {
    const before = await board();
    const locked = before.days.find((day) => day.strips.length > 0)!.strips[0]!;
    await t.database.db
      .update(schema.scheduleStrips)
      .set({ locked: true })
      .where(and(eq(schema.scheduleStrips.scheduleId, boardId), eq(schema.scheduleStrips.lineageId, locked)));
    const run = await settled((await start({ seconds: 2, seed: 3 })).id);

    const accepted = await producer.post(`${runs()}/${run.id}/accept`, {});
    expect(accepted.status).toBe(200);
    expect(accepted.body.run.status).toBe("accepted");
    const after = await board();
    expect(after.schedule.version).toBe(before.schedule.version + 1);
    expect(dayOf(after).get(locked)).toBe(dayOf(before).get(locked));
    const [row] = await t.database.db
      .select({ locked: schema.scheduleStrips.locked })
      .from(schema.scheduleStrips)
      .where(and(eq(schema.scheduleStrips.scheduleId, boardId), eq(schema.scheduleStrips.lineageId, locked)));
    expect(row!.locked).toBe(true);
    const priced = (await producer.get(api(`/schedules/${boardId}`))).body.cost as Record<string, string>;
    expect(priced.total).toBe(run.result!.cost!.total);

    const log = (await producer.get(api("/audit"))).body;
    expect(log.entries.at(-1)).toMatchObject({ action: "schedule.optimized", data: { runId: run.id } });
    expect(log.verification.ok).toBe(true);

    expect((await producer.post(`${runs()}/${run.id}/accept`, {})).status).toBe(409);
    expect((await producer.post(`${runs()}/${run.id}/discard`, {})).status).toBe(409);
  });

  it("refuses a result for a board that changed after the run began", async () => {
    const run = await settled((await start({ seconds: 1, seed: 5 })).id);
    const { version } = (await board()).schedule;
    expect(
      (await producer.patch(api(`/schedules/${boardId}`), { version, name: "КПП, правка" })).status,
    ).toBe(200);
    const refused = await producer.post(`${runs()}/${run.id}/accept`, {});
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe("VERSION_CONFLICT");
    expect((await producer.post(`${runs()}/${run.id}/discard`, {})).body.run.status).toBe("discarded");
  });

  it("moves only the selected strips", async () => {
    const before = await board();
    const scheduled = before.days.flatMap((day) => day.strips);
    const selection = scheduled.slice(0, 6);
    const run = await settled((await start({ seconds: 2, seed: 11, selection })).id);
    expect((await producer.post(`${runs()}/${run.id}/accept`, {})).status).toBe(200);
    const [was, now] = [dayOf(before), dayOf(await board())];
    for (const lineageId of scheduled.slice(6)) expect(now.get(lineageId)).toBe(was.get(lineageId));
  });

  it("stops a run on request and keeps its best schedule so far", async () => {
    const queued = await start({ seconds: 120, seed: 2 });
    await poll(queued.id, (run) => run.status === "running" && run.progress !== null);
    const cancelled = await producer.post(`${runs()}/${queued.id}/cancel`, {});
    expect(cancelled.status).toBe(200);
    expect(cancelled.body.run.status).toBe("cancelled");
    const run = await settled(queued.id);
    expect(run.status).toBe("cancelled");
    expect(run.result!.feasible).toBe(true);
    expect((await producer.post(`${runs()}/${queued.id}/cancel`, {})).status).toBe(409);
    expect((await producer.post(`${runs()}/${queued.id}/discard`, {})).body.run.status).toBe("discarded");
  });

  it("never starts a run cancelled while it waits its turn", async () => {
    const first = await start({ seconds: 3, seed: 4 });
    const second = await start({ seconds: 3, seed: 5 });
    const stopped = await producer.post(`${runs()}/${second.id}/cancel`, {});
    expect(stopped.status).toBe(200);
    await settled(first.id);
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const run = (await producer.get(`${runs()}/${second.id}`)).body.run as Run;
    expect(run).toMatchObject({ status: "cancelled", result: null, progress: null });
    await producer.post(`${runs()}/${first.id}/discard`, {});
  });

  it("refuses bad requests by field, and runs for those who may not schedule or see the project", async () => {
    for (const body of [
      { seconds: 0 },
      { seconds: 601 },
      { seconds: "30" },
      { seed: -1 },
      { selection: [] },
    ]) {
      const response = await producer.post(runs(), body);
      expect(response.status).toBe(400);
    }
    const unknown = await producer.post(runs(), { selection: [projectId] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual([
      expect.objectContaining({ path: "selection.0", code: "unknown_scene" }),
    ]);
    expect((await accountant.post(runs(), {})).status).toBe(403);
    const stranger = await t.newUser("Посторонний");
    expect((await stranger.get(runs())).status).toBe(404);
    expect((await producer.get(`${runs()}/${projectId}`)).status).toBe(404);
  });
});
