// Where optimizer runs wait their turn. The embedded server is one process (its data folder is locked), so its
// queue is that process's own: one run at a time in a worker thread. On PostgreSQL several server processes share
// the work through pg-boss, a maintained job queue kept in the same database: whichever process is free takes the
// next run, and a run whose process died is handed out again.
import { inArray } from "drizzle-orm";
import PgBoss from "pg-boss";
import { schema, type DatabaseHandle } from "@kinomost/db";
import { executeRun, type ExecuteServices } from "./execute.ts";

export interface OptimizationQueue {
  submit(runId: string): Promise<void>;
  /** Stops taking runs; resolves when the ones under way have ended. */
  close(): Promise<void>;
}

const queueName = "optimize-schedule";

export interface QueueOptions {
  /**
   * Whether this process solves runs, or only queues them for other processes (PostgreSQL only: a process that
   * serves requests while others solve). True by default.
   */
  solves?: boolean;
}

export async function createOptimizationQueue(
  database: Pick<DatabaseHandle, "db" | "connectionString">,
  services: Omit<ExecuteServices, "db">,
  options: QueueOptions = {},
): Promise<OptimizationQueue> {
  const execute: ExecuteServices = { ...services, db: database.db };
  return database.connectionString === null
    ? createLocalQueue(execute)
    : createSharedQueue(database.connectionString, execute, options.solves ?? true);
}

async function createLocalQueue(services: ExecuteServices): Promise<OptimizationQueue> {
  // Runs this process was doing when it last stopped did not finish; those still waiting start now.
  await services.db
    .update(schema.optimizerRuns)
    .set({ status: "failed", error: "the server stopped during the run", finishedAt: services.now() })
    .where(inArray(schema.optimizerRuns.status, ["running"]));
  const waiting = await services.db
    .select({ id: schema.optimizerRuns.id })
    .from(schema.optimizerRuns)
    .where(inArray(schema.optimizerRuns.status, ["queued"]))
    .orderBy(schema.optimizerRuns.createdAt);
  let chain: Promise<void> = Promise.resolve();
  let closed = false;
  const submit = (runId: string) => {
    chain = chain.then(() => (closed ? undefined : executeRun(services, runId)));
    return Promise.resolve();
  };
  for (const run of waiting) await submit(run.id);
  return {
    submit,
    async close() {
      closed = true;
      await services.db
        .update(schema.optimizerRuns)
        .set({ status: "cancelled", finishedAt: services.now() })
        .where(inArray(schema.optimizerRuns.status, ["running"]));
      await chain;
    },
  };
}

async function createSharedQueue(
  connectionString: string,
  services: ExecuteServices,
  solves: boolean,
): Promise<OptimizationQueue> {
  const boss = new PgBoss({ connectionString, max: 3, application_name: "kinomost-optimizer" });
  boss.on("error", (error: Error) => services.log(`job queue: ${error.message}`));
  await boss.start();
  await boss.createQueue(queueName);
  if (solves) {
    await boss.work<{ runId: string }>(
      queueName,
      { batchSize: 1, pollingIntervalSeconds: 0.5 },
      async ([job]) => {
        if (job) await executeRun(services, job.data.runId);
      },
    );
  }
  return {
    async submit(runId) {
      // A run lasts at most ten minutes; a job still out after fifteen belongs to a process that died.
      await boss.send(queueName, { runId }, { expireInSeconds: 15 * 60, retryLimit: 2 });
    },
    async close() {
      await boss.stop({ graceful: true, wait: true, timeout: 15_000 });
    },
  };
}
