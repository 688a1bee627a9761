import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { migrateDatabase, queryRows, type Database } from "@kinomost/db";
import { backends, createTestDatabase, type Backend } from "@kinomost/db/testing";
import {
  createApp,
  createOptimizationQueue,
  defaultConfig,
  demoPassword,
  openDatabase,
  seedDemo,
  type App,
} from "@kinomost/server";
import { runCli } from "../testing/run-cli.ts";

/** A database the CLI can open by itself: an embedded one in a folder, or a PostgreSQL database by URL. */
interface Target {
  env: Record<string, string>;
  withDb<T>(run: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

async function openTarget(backend: Backend): Promise<Target> {
  if (backend === "postgres") {
    const handle = await createTestDatabase("postgres");
    return {
      env: { DATABASE_URL: handle.location },
      withDb: (run) => run(handle.db),
      close: () => handle.close(),
    };
  }
  const folder = await mkdtemp(join(tmpdir(), "kinomost-audit-"));
  // The CLI takes the folder's lock while it runs, so the test opens the database only around its own steps.
  const withDb = async <T>(run: (db: Database) => Promise<T>) => {
    const handle = await openDatabase({ databaseUrl: undefined, dataFolder: folder, log: () => undefined });
    try {
      await migrateDatabase(handle);
      return await run(handle.db);
    } finally {
      await handle.close();
    }
  };
  return {
    env: { KINOMOST_DATA: folder },
    withDb,
    close: () => rm(folder, { recursive: true, force: true }),
  };
}

/** The demo, and through the API a signatory, a memorandum and its first signature: entries in the audit log. */
async function writeAuditedHistory(db: Database): Promise<string> {
  await seedDemo(db, new Date("2026-11-27T09:00:00Z"));
  const now = () => new Date("2026-11-27T10:00:00Z");
  // No optimizer runs here: the process's own queue is enough.
  const optimizer = await createOptimizationQueue(
    { db, connectionString: null },
    { now, log: () => undefined },
  );
  try {
    return await writeThroughApi(
      createApp({ db, config: defaultConfig, now, log: () => undefined, optimizer }),
    );
  } finally {
    await optimizer.close();
  }
}

async function writeThroughApi(app: App): Promise<string> {
  const login = await app.request("/api/v1/auth/login", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "producer@iskra.demo", password: demoPassword }),
  });
  const { csrfToken, user } = (await login.json()) as { csrfToken: string; user: { id: string } };
  const headers = {
    cookie: login.headers.get("set-cookie")!.split(";")[0]!,
    "x-csrf-token": csrfToken,
    "content-type": "application/json",
  };
  const call = async (method: string, path: string, body?: unknown) => {
    const response = await app.request(`/api/v1${path}`, { method, headers, body: JSON.stringify(body) });
    if (response.status >= 300) throw new Error(`${method} ${path}: ${await response.text()}`);
    return response.json() as Promise<Record<string, any>>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };
  const [project] = (await call("GET", "/projects")).projects;
  const partners = project.partners as { organizationId: string }[];
  await call("PUT", `/projects/${project.id}/partners/${project.leadOrganizationId}/signatory`, {
    userId: user.id,
  });
  const shares = ["40", "20", "20", "10", "10"];
  const created = await call("POST", `/projects/${project.id}/documents`, {
    kind: "memorandum",
    title: "Меморандум",
    terms: {
      parties: partners.map((partner, index) => ({
        organizationId: partner.organizationId,
        role: index === 0 ? "lead_producer" : "co_producer",
        share: shares[index],
      })),
    },
  });
  await call("POST", `/projects/${project.id}/documents/${created.version.documentId}/versions/1/sign`, {
    password: demoPassword,
  });
  return project.id as string;
}

describe.each(backends)("kinomost audit verify on %s", (backend) => {
  let target: Target;
  let projectId = "";

  beforeAll(async () => {
    target = await openTarget(backend);
    projectId = await target.withDb(writeAuditedHistory);
  }, 120_000);
  afterAll(() => target.close());

  const chain = () =>
    target.withDb((db) =>
      queryRows<{ index: number; action: string; hash: string }>(
        db,
        sql`select index, action, hash from audit_entries where project_id = ${projectId} order by index`,
      ),
    );

  it("prints each project's chain length and head hash and exits 0 when every chain verifies", async () => {
    const entries = await chain();
    expect(entries.map((entry) => entry.action).slice(-3)).toEqual([
      "partner.signatory",
      "document.created",
      "document.signed",
    ]);
    const result = await runCli(["audit", "verify"], target.env);
    expect(result.code, result.err).toBe(0);
    expect(result.out).toContain(
      `OK    ${projectId} «Искра»: ${entries.length} entries, head ${entries.at(-1)!.hash}`,
    );
    expect(result.out).toMatch(/^all 1 audit log verifies$/m);

    const json = await runCli(["audit", "verify", "--project", projectId, "--json"], target.env);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.out)).toEqual({
      ok: true,
      projects: [
        {
          projectId,
          title: "Искра",
          entries: entries.length,
          ok: true,
          length: entries.length,
          headHash: entries.at(-1)!.hash,
        },
      ],
    });
  }, 120_000);

  it("names the first broken entry and exits 1 after a row is changed with SQL", async () => {
    const entries = await chain();
    const created = entries.find((entry) => entry.action === "document.created")!;
    await target.withDb((db) =>
      db.execute(
        sql`update audit_entries set data = '{"title": "Другой меморандум"}' where project_id = ${projectId} and index = ${created.index}`,
      ),
    );
    const result = await runCli(["audit", "verify"], target.env);
    expect(result.code).toBe(1);
    expect(result.out).toContain(
      `FAIL  ${projectId} «Искра»: entry ${created.index} of ${entries.length}: HASH_MISMATCH — ` +
        "its content does not match its hash: it was changed after it was written",
    );
    expect(result.out).toMatch(/^1 of 1 audit log fails$/m);

    const json = await runCli(["audit", "verify", "--json"], target.env);
    expect(json.code).toBe(1);
    expect(JSON.parse(json.out)).toMatchObject({
      ok: false,
      projects: [{ projectId, ok: false, index: created.index, problem: "HASH_MISMATCH" }],
    });
  }, 120_000);

  it("refuses a project that is not there with a one-line reason", async () => {
    const missing = await runCli(
      ["audit", "verify", "--project", "0b6a3c1e-7d44-4c2a-9f35-1c6a1e2f9a10"],
      target.env,
    );
    expect(missing).toMatchObject({
      code: 1,
      err: expect.stringMatching(/kinomost: there is no project 0b6a3c1e-/),
    });
    const bad = await runCli(["audit", "verify", "--project", "iskra"], target.env);
    expect(bad).toMatchObject({ code: 1, err: 'kinomost: --project must be a project id, not "iskra"' });
  }, 120_000);
});
