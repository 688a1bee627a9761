// A fresh, migrated database for one test file, on either backend, copied from the run's template.
import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { openMemoryDatabase, openPostgresDatabase, type DatabaseHandle } from "../connect.ts";
import { databaseUrl } from "./postgres-server.ts";

export type Backend = "embedded" | "postgres";

/** The backends this run can test: PostgreSQL only when its server was reachable at setup. */
export const backends: Backend[] = inject("postgres") ? ["embedded", "postgres"] : ["embedded"];

export async function createTestDatabase(backend: Backend): Promise<DatabaseHandle> {
  if (backend === "embedded") {
    const template = await readFile(inject("pgliteTemplate"));
    return openMemoryDatabase(new Blob([template]));
  }
  const server = inject("postgres");
  if (!server) throw new Error("PostgreSQL was not reachable when the test run started");
  const name = `${server.prefix}${randomBytes(4).toString("hex")}`;
  const admin = new pg.Client({ connectionString: server.adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database "${name}" template "${server.template}"`);
  } finally {
    await admin.end();
  }
  const handle = await openPostgresDatabase(databaseUrl(name), { maxConnections: 20 });
  return {
    ...handle,
    async close() {
      await handle.close();
      const dropper = new pg.Client({ connectionString: server.adminUrl });
      await dropper.connect();
      await dropper.query(`drop database if exists "${name}" with (force)`).finally(() => dropper.end());
    },
  };
}
