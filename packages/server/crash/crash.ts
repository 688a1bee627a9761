// Crash test: every write the server acknowledged survives a SIGKILL, on the embedded database and on PostgreSQL.
// For each backend it starts `kinomost serve` on a fresh database with the demo «Искра», runs concurrent writers
// that add locations with unique names through the API, kills the process with SIGKILL at random moments (a
// seeded generator: the seed is printed, and `--seed` replays the same moments), starts it again on the same
// data and lets the writers go on. At the end it checks through the API that every location answered with a 2xx
// is there, stops the server cleanly and opens the database once more directly to count them again.
//
//   npm run test:crash     # options: --backend embedded|postgres|both (both), --cycles N (3), --writers N (8),
//                          #          --seed N (random), --source (run the CLI's source
//                          #          through tsx instead of the build: slower restarts)
//   KINOMOST_TEST_POSTGRES_URL=postgres://user@host:5432/postgres to use another PostgreSQL server
//
// Prints `acknowledged writes: N, missing: M` per backend and in total; exits non-zero when a write is missing or
// a database does not open.
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { like } from "drizzle-orm";
import {
  migrateDatabase,
  openEmbeddedDatabase,
  openPostgresDatabase,
  schema,
  type DatabaseHandle,
} from "@kinomost/db";
import { demoPassword, seedDemo } from "../src/demo/iskra.ts";
import {
  firstProjectId,
  freePort,
  scratchPostgresDatabase,
  signInWithToken,
  sleep,
  spawnServer,
  stopServer,
  waitHealthy,
  type ServerProcess,
} from "./server-process.ts";

type Backend = "embedded" | "postgres";

function option(name: string): string | undefined {
  const index = process.argv.indexOf(name);
  return index >= 0 ? process.argv[index + 1] : undefined;
}
function count(name: string, fallback: number): number {
  const value = Number(option(name));
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
const cycles = count("--cycles", 3);
const writerCount = count("--writers", 8);
const seed = count("--seed", Math.floor(Math.random() * 2 ** 31) + 1);
const backendOption = option("--backend") ?? "both";
if (!["embedded", "postgres", "both"].includes(backendOption)) {
  console.error(`--backend must be embedded, postgres or both, not "${backendOption}"`);
  process.exit(2);
}
const backends: Backend[] = backendOption === "both" ? ["embedded", "postgres"] : [backendOption as Backend];

/** mulberry32: a small seeded generator, so that a failing run can be replayed with its seed. */
function generator(state: number) {
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

interface Outcome {
  backend: Backend;
  acknowledgedNames: string[];
  missing: string[];
  /** Writes whose answer was lost with the process but which committed anyway (allowed, just counted). */
  unacknowledgedPresent: number;
  failedAttempts: number;
  restarts: number;
  slowestRestartMs: number;
  error: string | null;
}

const namePrefix = "crash-test";

async function runBackend(backend: Backend, random: () => number): Promise<Outcome> {
  const outcome: Outcome = {
    backend,
    acknowledgedNames: [],
    missing: [],
    unacknowledgedPresent: 0,
    failedAttempts: 0,
    restarts: 0,
    slowestRestartMs: 0,
    error: null,
  };
  const folder = backend === "embedded" ? await mkdtemp(join(tmpdir(), "kinomost-crash-")) : null;
  const postgres = backend === "postgres" ? await scratchPostgresDatabase("kinomost_crash") : null;
  const env: Record<string, string> = postgres
    ? { DATABASE_URL: postgres.url }
    : { KINOMOST_DATA: folder!, DATABASE_URL: "" };
  const port = await freePort();
  let server: ServerProcess | null = null;
  let writing = true;
  let writers: Promise<void>[] = [];
  try {
    if (postgres) {
      // The server seeds the demo only into a new embedded database; on PostgreSQL it is seeded beforehand.
      const handle = await openPostgresDatabase(postgres.url);
      try {
        await migrateDatabase(handle);
        await seedDemo(handle.db, new Date());
      } finally {
        await handle.close();
      }
    }
    console.log(`${backend}: ${postgres ? `database ${postgres.name}` : `data folder ${folder}`}`);
    server = spawnServer(port, env);
    await waitHealthy(server);
    const token = await signInWithToken(server.url, "producer@iskra.demo", demoPassword);
    const projectId = await firstProjectId(server.url, token);
    const endpoint = `${server.url}/api/v1/projects/${projectId}/locations`;
    const headers = { authorization: `Bearer ${token}`, "content-type": "application/json" };

    const acknowledged = outcome.acknowledgedNames;
    const attempted = new Set<string>();
    const writer = async (index: number) => {
      for (let sequence = 0; writing; sequence += 1) {
        const name = `${namePrefix} ${backend} w${index} #${sequence}`;
        attempted.add(name);
        const status = await fetch(endpoint, {
          method: "POST",
          headers,
          body: JSON.stringify({ name, country: "BY", timeZone: "Europe/Minsk" }),
          signal: AbortSignal.timeout(15_000),
        }).then(
          async (response) => (await response.arrayBuffer(), response.status),
          () => 0,
        );
        if (status >= 200 && status < 300) {
          acknowledged.push(name);
        } else {
          outcome.failedAttempts += 1;
          await sleep(100);
        }
      }
    };
    writers = Array.from({ length: writerCount }, (_, index) => writer(index));

    for (let cycle = 1; cycle <= cycles; cycle += 1) {
      const runFor = 300 + Math.floor(random() * 2_700);
      await sleep(runFor);
      const before = acknowledged.length;
      server.child.kill("SIGKILL");
      await server.exited;
      const started = performance.now();
      server = await restart(port, env);
      const took = performance.now() - started;
      outcome.restarts += 1;
      outcome.slowestRestartMs = Math.max(outcome.slowestRestartMs, took);
      console.log(
        `${backend}: cycle ${cycle}: killed after ${runFor} ms (${before} writes acknowledged so far), ` +
          `up again in ${(took / 1000).toFixed(1)} s`,
      );
    }
    // Let the writers meet the restarted server, then stop them and wait for the last answers.
    await sleep(500);
    writing = false;
    await Promise.all(writers);

    const response = await fetch(endpoint, { headers: { authorization: `Bearer ${token}` } });
    if (response.status !== 200) throw new Error(`listing locations: ${response.status}`);
    const { locations } = (await response.json()) as { locations: { name: string }[] };
    const present = new Set(locations.map((location) => location.name));
    outcome.missing = acknowledged.filter((name) => !present.has(name));
    const acknowledgedSet = new Set(acknowledged);
    outcome.unacknowledgedPresent = [...attempted].filter(
      (name) => present.has(name) && !acknowledgedSet.has(name),
    ).length;

    // A clean stop, then the database opened directly: the rows are there outside the server too.
    await stopServer(server);
    server = null;
    const handle: DatabaseHandle = postgres
      ? await openPostgresDatabase(postgres.url)
      : await openEmbeddedDatabase(folder!);
    try {
      const rows = await handle.db
        .select({ name: schema.locations.name })
        .from(schema.locations)
        .where(like(schema.locations.name, `${namePrefix} %`));
      const stored = new Set(rows.map((row) => row.name));
      const missingDirectly = acknowledged.filter((name) => !stored.has(name));
      if (missingDirectly.length > 0) {
        outcome.missing = [...new Set([...outcome.missing, ...missingDirectly])];
      }
    } finally {
      await handle.close();
    }
  } catch (error) {
    outcome.error = (error as Error).message;
  } finally {
    writing = false;
    await Promise.all(writers);
    if (server) {
      server.child.kill("SIGKILL");
      await server.exited;
    }
    if (folder) await rm(folder, { recursive: true, force: true });
    await postgres?.drop();
  }
  return outcome;
}

/**
 * Starts the server again on the same data. The embedded database's folder lock, left behind by the killed
 * process, goes stale after a few seconds; until then a start is refused with the holder's pid and is retried.
 */
async function restart(port: number, env: Record<string, string>): Promise<ServerProcess> {
  const deadline = Date.now() + 60_000;
  if (env.KINOMOST_DATA) {
    // No use starting before the lock goes stale: 10 s after its holder last touched it.
    const touched = await stat(join(env.KINOMOST_DATA, "kinomost.lock")).then(
      (info) => info.mtimeMs,
      () => 0,
    );
    await sleep(Math.max(0, touched + 10_500 - Date.now()));
  }
  for (;;) {
    const server = spawnServer(port, env);
    try {
      await waitHealthy(server);
      return server;
    } catch (error) {
      const locked = /in use by another Kinomost process/.test(server.output());
      if (!locked || Date.now() > deadline) throw error;
      await sleep(500);
    }
  }
}

async function main() {
  const started = performance.now();
  console.log(
    `crash test: ${backends.join(" and ")}, ${cycles} SIGKILL cycles each, ${writerCount} writers, seed ${seed}`,
  );
  const random = generator(seed);
  const outcomes: Outcome[] = [];
  for (const backend of backends) outcomes.push(await runBackend(backend, random));

  for (const outcome of outcomes) {
    console.log(
      `${outcome.backend}: acknowledged writes: ${outcome.acknowledgedNames.length}, missing: ${outcome.missing.length}` +
        ` (restarts ${outcome.restarts}, slowest ${(outcome.slowestRestartMs / 1000).toFixed(1)} s; ` +
        `refused or cut off attempts ${outcome.failedAttempts}, of them committed anyway ${outcome.unacknowledgedPresent})`,
    );
    for (const name of outcome.missing.slice(0, 10)) console.log(`  missing: ${name}`);
    if (outcome.error) console.log(`  FAILED: ${outcome.error}`);
  }
  const acknowledged = outcomes.reduce((total, outcome) => total + outcome.acknowledgedNames.length, 0);
  const missing = outcomes.reduce((total, outcome) => total + outcome.missing.length, 0);
  console.log(`seed ${seed}, ${((performance.now() - started) / 1000).toFixed(0)} s`);
  console.log(`acknowledged writes: ${acknowledged}, missing: ${missing}`);
  const failed =
    missing > 0 ||
    outcomes.some((outcome) => outcome.error !== null || outcome.acknowledgedNames.length === 0);
  process.exitCode = failed ? 1 : 0;
}

await main();
