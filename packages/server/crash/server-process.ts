// The server as a separate process, the way `kinomost serve` runs it, for the crash test and the load benchmark:
// a free port on 127.0.0.1, a scratch PostgreSQL database, waiting for /healthz, and signing in with a personal
// API token. The process runs the built CLI (`npm run build`), as `npm start` does, or with `--source` the CLI's
// source through tsx, which is always the code in the tree but starts about twice as slowly.
import { spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { randomBytes } from "node:crypto";
import { fileURLToPath } from "node:url";
import pg from "pg";

const repository = fileURLToPath(new URL("../../../", import.meta.url));
const cliEntry = fileURLToPath(new URL("../../cli/src/entry.ts", import.meta.url));
const cliBundle = fileURLToPath(new URL("../../cli/bin/kinomost.js", import.meta.url));

/** `--source` on the command line: run the CLI's source rather than the bundle. */
export const useSource = process.argv.includes("--source");

export const postgresServerUrl =
  process.env.KINOMOST_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      const port = typeof address === "object" && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** A database of its own on the PostgreSQL server, dropped (with any open connection) by `drop`. */
export async function scratchPostgresDatabase(prefix: string) {
  const name = `${prefix}_${process.pid}_${randomBytes(3).toString("hex")}`;
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: postgresServerUrl });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  await admin(`create database "${name}"`);
  const url = new URL(postgresServerUrl);
  url.pathname = `/${name}`;
  return { name, url: url.toString(), drop: () => admin(`drop database if exists "${name}" with (force)`) };
}

export interface ServerProcess {
  readonly url: string;
  readonly child: ChildProcess;
  /** Resolves with the exit code (null when killed by a signal) once the process has ended. */
  readonly exited: Promise<number | null>;
  /** The last lines the process printed, for messages when it fails. */
  output(): string;
}

/** Starts `kinomost serve` on a port with the given database settings (KINOMOST_DATA or DATABASE_URL). */
export function spawnServer(port: number, env: Record<string, string>): ServerProcess {
  const args = useSource ? ["--import", "tsx", cliEntry, "serve"] : [cliBundle, "serve"];
  const child = spawn(process.execPath, args, {
    cwd: repository,
    env: { ...process.env, HOST: "127.0.0.1", PORT: String(port), ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
    lines.splice(0, Math.max(0, lines.length - 20));
  };
  child.stdout.on("data", keep);
  child.stderr.on("data", keep);
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { url: `http://127.0.0.1:${port}`, child, exited, output: () => lines.join("\n") };
}

/** Waits until /healthz answers 200; throws if the process ends first or the time runs out. */
export async function waitHealthy(server: ServerProcess, timeoutMs = 120_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let ended = false;
  void server.exited.then(() => (ended = true));
  while (Date.now() < deadline) {
    if (ended) throw new Error(`the server exited during start:\n${server.output()}`);
    const healthy = await fetch(`${server.url}/healthz`, { signal: AbortSignal.timeout(2_000) }).then(
      (response) => response.ok,
      () => false,
    );
    if (healthy) return;
    await sleep(150);
  }
  throw new Error(`the server did not answer /healthz within ${timeoutMs / 1000} s:\n${server.output()}`);
}

/** Stops the process with SIGTERM (a clean close) and waits for it. */
export async function stopServer(server: ServerProcess): Promise<void> {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill("SIGTERM");
  await server.exited;
}

/** Signs in with e-mail and password and creates a personal API token (no CSRF header needed with it). */
export async function signInWithToken(url: string, email: string, password: string): Promise<string> {
  const login = await fetch(`${url}/api/v1/auth/login`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email, password }),
  });
  if (login.status !== 200) throw new Error(`login as ${email}: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = (login.headers.get("set-cookie") ?? "").split(";")[0]!;
  const created = await fetch(`${url}/api/v1/auth/tokens`, {
    method: "POST",
    headers: { "content-type": "application/json", cookie, "x-csrf-token": csrfToken },
    body: JSON.stringify({ name: "crash and load tests" }),
  });
  if (created.status !== 201) throw new Error(`token: ${created.status} ${await created.text()}`);
  return ((await created.json()) as { token: string }).token;
}

/** The id of the first project the token's user sees (the demo «Искра» on a fresh demo database). */
export async function firstProjectId(url: string, token: string): Promise<string> {
  const response = await fetch(`${url}/api/v1/projects`, { headers: { authorization: `Bearer ${token}` } });
  if (response.status !== 200) throw new Error(`projects: ${response.status} ${await response.text()}`);
  const { projects } = (await response.json()) as { projects: { id: string }[] };
  if (!projects[0]) throw new Error("the demo user sees no project");
  return projects[0].id;
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
