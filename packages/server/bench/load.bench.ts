// Load benchmark: `kinomost serve` on 127.0.0.1 with the demo «Искра», under autocannon for a bounded time with
// mixed reads and writes on the demo project (four reads — breakdown elements, schedules, budget versions, the
// project — then one write adding a location with a unique name, on every connection in turn). Prints requests
// per second, p50 and p99 latency, non-2xx answers and errors (goal: none, p99 within 200 ms).
// Then the server's overhead: the main read (the breakdown elements list) alone through the server, and the same
// query function (`listElements`, what the route runs) called directly on the same database by as many concurrent
// callers for as long; the ratio server ÷ direct is what the server keeps (goal: at least half). The load
// generator shares the machine with the server: on a small machine it takes part of the CPU.
//
//   npm run bench:load       # options: --seconds N (60), --connections N (200), --runs N (1, median of them),
//                            #          --compare-seconds N (10), --postgres, --source (the CLI's source
//                            #          through tsx instead of the build)
//   KINOMOST_TEST_POSTGRES_URL=postgres://user@host:5432/postgres to use another PostgreSQL server
import { mkdtemp, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { availableParallelism, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import {
  migrateDatabase,
  openEmbeddedDatabase,
  openPostgresDatabase,
  type DatabaseHandle,
} from "@kinomost/db";
import { demoPassword, seedDemo } from "../src/demo/iskra.ts";
import { listElements } from "../src/breakdown/element-routes.ts";
import {
  firstProjectId,
  freePort,
  scratchPostgresDatabase,
  signInWithToken,
  spawnServer,
  stopServer,
  waitHealthy,
  type ServerProcess,
} from "../crash/server-process.ts";

interface CannonRequest {
  method: "GET" | "POST";
  path: string;
  body?: string;
  headers?: Record<string, string>;
  setupRequest?: (request: CannonRequest) => CannonRequest;
}
interface CannonResult {
  duration: number;
  requests: { total: number };
  latency: { p50: number; p99: number; max: number };
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodeStats: Record<string, { count: number }>;
}
const autocannon = createRequire(import.meta.url)("autocannon") as (options: {
  url: string;
  connections: number;
  duration: number;
  headers: Record<string, string>;
  requests: CannonRequest[];
}) => Promise<CannonResult>;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
const seconds = option("--seconds", 60);
const connections = option("--connections", 200);
const runs = option("--runs", 1);
const compareSeconds = option("--compare-seconds", 10);
const onPostgres = process.argv.includes("--postgres");
/** The server's pool (openPostgresDatabase's default), which the direct run uses too. */
const poolSize = 10;

const load = () =>
  loadavg()
    .map((value) => value.toFixed(1))
    .join(" ");
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Locations written so far, across runs: every name is new, so no write meets a 409. */
let written = 0;

function mixedRequests(projectId: string): CannonRequest[] {
  const project = `/api/v1/projects/${projectId}`;
  return [
    { method: "GET", path: `${project}/breakdown/elements` },
    { method: "GET", path: `${project}/schedules` },
    { method: "GET", path: `${project}/budgets` },
    { method: "GET", path: project },
    {
      method: "POST",
      path: `${project}/locations`,
      headers: { "content-type": "application/json" },
      setupRequest: (request) => {
        written += 1;
        const name = `Нагрузка ${process.pid}-${written}`;
        return { ...request, body: JSON.stringify({ name, country: "KZ", timeZone: "Asia/Almaty" }) };
      },
    },
  ];
}

function describe(result: CannonResult) {
  const rps = result.requests.total / result.duration;
  const statuses = Object.entries(result.statusCodeStats)
    .map(([status, { count }]) => `${status}×${count}`)
    .join(" ");
  return {
    rps,
    text: `${rps.toFixed(0)} req/s, p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms; non-2xx ${result.non2xx}, errors ${result.errors} (timeouts ${result.timeouts}); ${statuses}`,
  };
}

/** `listElements` called by `callers` concurrent loops for `durationMs`; returns calls per second. */
async function direct(handle: DatabaseHandle, projectId: string, callers: number, durationMs: number) {
  await listElements(handle.db, projectId);
  let calls = 0;
  const start = performance.now();
  const end = start + durationMs;
  await Promise.all(
    Array.from({ length: callers }, async () => {
      while (performance.now() < end) {
        await listElements(handle.db, projectId);
        calls += 1;
      }
    }),
  );
  return calls / ((performance.now() - start) / 1000);
}

async function main() {
  const backend = onPostgres ? "PostgreSQL" : "embedded (PGlite)";
  console.log(
    `load on ${backend}: ${runs} × ${seconds} s at ${connections} connections, mixed 4 reads : 1 write; ` +
      `overhead compared over ${compareSeconds} s`,
  );
  console.log(`machine: ${availableParallelism()} CPUs, load average ${load()}`);
  const folder = onPostgres ? null : await mkdtemp(join(tmpdir(), "kinomost-load-"));
  const postgres = onPostgres ? await scratchPostgresDatabase("kinomost_load") : null;
  let server: ServerProcess | null = null;
  try {
    if (postgres) {
      const handle = await openPostgresDatabase(postgres.url);
      await migrateDatabase(handle);
      await seedDemo(handle.db, new Date());
      await handle.close();
    }
    server = spawnServer(
      await freePort(),
      postgres ? { DATABASE_URL: postgres.url } : { KINOMOST_DATA: folder!, DATABASE_URL: "" },
    );
    await waitHealthy(server);
    const token = await signInWithToken(server.url, "producer@iskra.demo", demoPassword);
    const projectId = await firstProjectId(server.url, token);
    const headers = { authorization: `Bearer ${token}` };
    const cannon = (requests: CannonRequest[], duration: number) =>
      autocannon({ url: server!.url, connections, duration, headers, requests });

    await cannon(mixedRequests(projectId), 2); // warm-up: plans, caches, the JIT
    const mixed = [];
    for (let run = 1; run <= runs; run += 1) {
      const result = await cannon(mixedRequests(projectId), seconds);
      const { rps, text } = describe(result);
      mixed.push({
        rps,
        p50: result.latency.p50,
        p99: result.latency.p99,
        failed: result.non2xx + result.errors,
      });
      console.log(`mixed, run ${run}: ${text}`);
    }
    const p99 = median(mixed.map((run) => run.p99));
    const failed = mixed.reduce((total, run) => total + run.failed, 0);
    console.log(
      `mixed, median of ${runs}: ${median(mixed.map((run) => run.rps)).toFixed(0)} req/s, ` +
        `p50 ${median(mixed.map((run) => run.p50))} ms, p99 ${p99} ms; non-2xx and errors ${failed} ` +
        `(goal: none, p99 ≤ 200 ms: ${failed === 0 && p99 <= 200 ? "met" : "NOT met"})`,
    );

    const mainRead = await cannon(
      [{ method: "GET", path: `/api/v1/projects/${projectId}/breakdown/elements` }],
      compareSeconds,
    );
    const viaServer = describe(mainRead);
    console.log(`main read (breakdown elements) through the server: ${viaServer.text}`);

    // The embedded database belongs to one process: stop the server before opening it here.
    await stopServer(server);
    server = null;
    const handle = postgres
      ? await openPostgresDatabase(postgres.url, { maxConnections: poolSize })
      : await openEmbeddedDatabase(folder!);
    let directRate: number;
    try {
      directRate = await direct(handle, projectId, connections, compareSeconds * 1000);
    } finally {
      await handle.close();
    }
    const ratio = viaServer.rps / directRate;
    if (mainRead.requests.total === 0) {
      console.log("  (no request through the server finished within the phase: every answer took longer)");
    }
    console.log(
      `main read directly (listElements, ${connections} concurrent callers${postgres ? `, pool of ${poolSize}` : ""}): ${directRate.toFixed(0)} calls/s`,
    );
    console.log(
      `ratio server ÷ direct: ${ratio.toFixed(2)} (goal ≥ 0.50: ${ratio >= 0.5 ? "met" : "NOT met"})`,
    );
    console.log(`load average at the end ${load()}`);
  } finally {
    if (server) await stopServer(server);
    if (folder) await rm(folder, { recursive: true, force: true });
    await postgres?.drop();
  }
}

await main();
