// One optimizer run from start to end, wherever it runs (the embedded server's own queue, or any server process
// that took the job from the PostgreSQL queue): marks it running, solves in a worker thread, writes progress about
// once a second, hears a cancel through the run's row (so a cancel reaches the process that runs it), and stores
// the best schedule with its cost. The board itself is not touched: a person accepts or discards the result.
import { and, eq, inArray } from "drizzle-orm";
import { evaluateSchedule, type ProductionInstance, type Schedule } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { startSolveThread } from "./thread.ts";
import type { RunProgress } from "./thread-messages.ts";

const writeEveryMs = 1000;

export interface ExecuteServices {
  db: Database;
  now: () => Date;
  log: (message: string) => void;
}

export async function executeRun(services: ExecuteServices, runId: string): Promise<void> {
  const { db, now, log } = services;
  // Queued, or running when a process died mid-run and the queue hands the job out again.
  const [run] = await db
    .update(schema.optimizerRuns)
    .set({ status: "running", startedAt: now() })
    .where(
      and(eq(schema.optimizerRuns.id, runId), inArray(schema.optimizerRuns.status, ["queued", "running"])),
    )
    .returning();
  if (!run) return;
  const instance = run.instance as ProductionInstance;
  const before = run.before as { schedule: Schedule };
  let latest: RunProgress | null = null;
  let written = 0;
  const thread = startSolveThread(
    { instance, initial: before.schedule, seed: run.seed, seconds: run.seconds },
    (progress) => {
      latest = progress;
    },
  );
  const heartbeat = setInterval(() => {
    void (async () => {
      const progress = latest;
      if (progress && progress.elapsedSeconds > written) {
        written = progress.elapsedSeconds;
        await db
          .update(schema.optimizerRuns)
          .set({ progress })
          .where(and(eq(schema.optimizerRuns.id, runId), eq(schema.optimizerRuns.status, "running")));
      }
      const [row] = await db
        .select({ status: schema.optimizerRuns.status })
        .from(schema.optimizerRuns)
        .where(eq(schema.optimizerRuns.id, runId));
      if (row?.status !== "running") thread.cancel();
    })().catch((error: Error) => log(`optimizer run ${runId}: ${error.message}`));
  }, writeEveryMs);
  try {
    const outcome = await thread.outcome;
    const evaluation = evaluateSchedule(instance, outcome.schedule);
    const result = {
      schedule: outcome.schedule,
      cost: evaluation.ok ? evaluation.cost : null,
      feasible: evaluation.ok && evaluation.feasible,
      problems: outcome.problems,
    };
    // A run cancelled meanwhile keeps its status, and its best schedule so far.
    await db
      .update(schema.optimizerRuns)
      .set({ status: "finished", progress: outcome.progress, result, finishedAt: now() })
      .where(and(eq(schema.optimizerRuns.id, runId), eq(schema.optimizerRuns.status, "running")));
    await db
      .update(schema.optimizerRuns)
      .set({ progress: outcome.progress, result, finishedAt: now() })
      .where(and(eq(schema.optimizerRuns.id, runId), eq(schema.optimizerRuns.status, "cancelled")));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    log(`optimizer run ${runId} failed: ${message}`);
    await db
      .update(schema.optimizerRuns)
      .set({ status: "failed", error: message, finishedAt: now() })
      .where(eq(schema.optimizerRuns.id, runId));
  } finally {
    clearInterval(heartbeat);
  }
}
