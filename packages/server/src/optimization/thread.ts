// Runs one optimization in a worker thread, off the event loop that serves requests. From the sources (tests,
// `npm run dev`) the thread starts at solve-thread-sources.mjs, which loads solve-thread.ts through tsx; from the
// bundle it loads solve-thread.js, which scripts/build.mjs writes beside kinomost.js.
import { Worker } from "node:worker_threads";
import type { RunProgress, SolveJob, ThreadMessage } from "./thread-messages.ts";

export type SolveOutcome = Extract<ThreadMessage, { kind: "result" }>;

export interface SolveThread {
  /** The best schedule when the time is up, the optimizer is done or a cancel was heard. */
  readonly outcome: Promise<SolveOutcome>;
  cancel(): void;
}

function threadEntry(): URL {
  const fromSources = import.meta.url.endsWith(".ts");
  return new URL(fromSources ? "./solve-thread-sources.mjs" : "./solve-thread.js", import.meta.url);
}

export function startSolveThread(job: SolveJob, onProgress: (progress: RunProgress) => void): SolveThread {
  const worker = new Worker(threadEntry(), { workerData: job });
  const outcome = new Promise<SolveOutcome>((resolve, reject) => {
    let settled = false;
    worker.on("message", (message: ThreadMessage) => {
      if (message.kind === "progress") onProgress(message.progress);
      else if (message.kind === "result") {
        settled = true;
        resolve(message);
        void worker.terminate();
      } else {
        settled = true;
        reject(new Error(message.message));
        void worker.terminate();
      }
    });
    worker.on("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`the optimization thread stopped with code ${code}`));
    });
  });
  return { outcome, cancel: () => worker.postMessage("cancel") };
}
