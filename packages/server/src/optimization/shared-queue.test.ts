// On PostgreSQL the runs go through pg-boss in the database itself: a process that only serves requests queues a
// run, and another process that solves takes it, solves it and writes the result where the first can read it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { backends, createTestDatabase } from "@kinomost/db/testing";
import { createApp } from "../app.ts";
import { defaultConfig } from "../context.ts";
import { seedDemo } from "../demo/iskra.ts";
import { demoBoardNames } from "../demo/iskra-schedule.ts";
import { createOptimizationQueue, type OptimizationQueue } from "./queue.ts";

const database = backends.includes("postgres") ? await createTestDatabase("postgres") : null;

describe.skipIf(database === null)("optimizer runs shared by server processes on PostgreSQL", () => {
  const queues: OptimizationQueue[] = [];
  const now = () => new Date();
  const log = () => undefined;

  beforeAll(async () => {
    await seedDemo(database!.db, now());
  }, 120_000);
  afterAll(async () => {
    for (const queue of queues) await queue.close();
    await database?.close();
  });

  it("hands a run queued by one process to another that solves", async () => {
    const serving = await createOptimizationQueue(database!, { now, log }, { solves: false });
    queues.push(serving);
    const app = createApp({ db: database!.db, config: defaultConfig, now, log, optimizer: serving });
    const login = await app.request("/api/v1/auth/login", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ email: "producer@iskra.demo", password: "iskra-demo" }),
    });
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const headers = {
      cookie: login.headers.get("set-cookie")!.split(";")[0]!,
      "x-csrf-token": csrfToken,
      "content-type": "application/json",
    };
    const get = async (path: string) =>
      (await app.request(`/api/v1${path}`, { headers })).json() as Promise<any>; // eslint-disable-line @typescript-eslint/no-explicit-any
    const projectId = (await get("/projects")).projects[0].id as string;
    const boardId = (
      (await get(`/projects/${projectId}/schedules`)).schedules as { id: string; name: string }[]
    ).find((board) => board.name === demoBoardNames.draft)!.id;
    const started = await app.request(`/api/v1/projects/${projectId}/schedules/${boardId}/optimizer-runs`, {
      method: "POST",
      headers,
      body: JSON.stringify({ seconds: 1 }),
    });
    expect(started.status).toBe(202);
    const runId = ((await started.json()) as { run: { id: string } }).run.id;

    // Nobody solves yet: the run waits in the queue.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    const waiting = await database!.db
      .select({ status: schema.optimizerRuns.status })
      .from(schema.optimizerRuns)
      .where(eq(schema.optimizerRuns.id, runId));
    expect(waiting[0]!.status).toBe("queued");

    // A second process starts and takes it.
    queues.push(await createOptimizationQueue(database!, { now, log }));
    for (;;) {
      const { run } = await get(`/projects/${projectId}/schedules/${boardId}/optimizer-runs/${runId}`);
      if (run.finishedAt !== null) {
        expect(run.status).toBe("finished");
        expect(run.result.feasible).toBe(true);
        break;
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }, 60_000);
});
