// The body of an optimization thread: steps the core's production optimizer for the run's seconds, posting
// progress a few times a second and the best schedule at the end. It stops early when the optimizer is done
// (proved optimal, or nothing to do) or when the parent says "cancel". No database here: the parent writes.
import { parentPort, workerData } from "node:worker_threads";
import { performance } from "node:perf_hooks";
import { createProductionOptimizer, type ProductionProgress } from "@kinomost/core";
import type { SolveJob, ThreadMessage } from "./thread-messages.ts";

const job = workerData as SolveJob;
const port = parentPort!;
let cancelled = false;
port.on("message", (message: unknown) => {
  if (message === "cancel") cancelled = true;
});

/** Iterations between looks at the clock and the mailbox: small enough to answer a cancel at once. */
const batch = 200;
const progressEveryMs = 250;

function summary(progress: ProductionProgress, started: number) {
  return {
    elapsedSeconds: (performance.now() - started) / 1000,
    bestCost: progress.bestCost,
    lowerBound: progress.lowerBound,
    feasible: progress.feasible,
    violations: progress.violations,
    iterations: progress.iterations,
    optimal: progress.optimal,
  };
}

function post(message: ThreadMessage) {
  port.postMessage(message);
}

async function run() {
  const started = performance.now();
  const optimizer = createProductionOptimizer(job.instance, { seed: job.seed, initial: job.initial });
  let progress = optimizer.step(0);
  let lastPost = -Infinity;
  while (!progress.done && !cancelled && performance.now() - started < job.seconds * 1000) {
    progress = optimizer.step(batch);
    if (performance.now() - lastPost >= progressEveryMs) {
      lastPost = performance.now();
      post({ kind: "progress", progress: summary(progress, started) });
      // Let the "cancel" message in.
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  post({
    kind: "result",
    progress: summary(progress, started),
    schedule: progress.best,
    problems: progress.problems.map((problem) => ({ code: problem.code, message: problem.detail })),
    cancelled,
  });
}

run().catch((error: unknown) => {
  post({ kind: "failure", message: error instanceof Error ? error.message : String(error) });
});
