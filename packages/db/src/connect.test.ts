import { migrationCount } from "./testing/migration-count.ts";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { randomBytes } from "node:crypto";
import pg from "pg";
import { sql } from "drizzle-orm";
import { describe, expect, inject, it } from "vitest";
import { openEmbeddedDatabase, openPostgresDatabase, queryRows, redactUrl } from "./connect.ts";
import { migrateDatabase } from "./migrate.ts";
import { databaseUrl } from "./testing/postgres-server.ts";

describe("openEmbeddedDatabase", () => {
  it("keeps data in its folder across a close and a reopen, and says when it creates one", async () => {
    const folder = await mkdtemp(join(tmpdir(), "kinomost-embedded-"));
    try {
      const messages: string[] = [];
      const first = await openEmbeddedDatabase(folder, { onProgress: (m) => messages.push(m) });
      expect(messages[0]).toMatch(/^creating database in /);
      await migrateDatabase(first);
      await first.db.execute(
        sql`insert into organizations (names, country, currency) values ('{"ru":"Таджикфильм"}', 'TJ', 'TJS')`,
      );
      await first.close();

      const second = await openEmbeddedDatabase(folder);
      const rows = await queryRows<{ country: string }>(second.db, sql`select country from organizations`);
      expect(rows).toEqual([{ country: "TJ" }]);
      await second.close();
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  }, 60_000);
});

describe.skipIf(!inject("postgres"))("openPostgresDatabase", () => {
  it("lets several processes start at once: one migrates, the others wait", async () => {
    const server = inject("postgres")!;
    const name = `${server.prefix}${randomBytes(4).toString("hex")}`;
    const admin = new pg.Client({ connectionString: server.adminUrl });
    await admin.connect();
    await admin.query(`create database "${name}"`);
    try {
      const handles = await Promise.all([1, 2, 3].map(() => openPostgresDatabase(databaseUrl(name))));
      await Promise.all(handles.map((handle) => migrateDatabase(handle)));
      const rows = await queryRows<{ n: number }>(
        handles[0]!.db,
        sql`select count(*)::int as n from drizzle.__drizzle_migrations`,
      );
      expect(rows[0]?.n).toBe(migrationCount());
      await Promise.all(handles.map((handle) => handle.close()));
    } finally {
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    }
  });

  it("names the server without its password when it cannot connect", async () => {
    await expect(openPostgresDatabase("postgres://kinomost:secret@127.0.0.1:1/none")).rejects.toThrow(
      /cannot connect to PostgreSQL at postgres:\/\/kinomost:\*\*\*@127\.0\.0\.1:1\/none/,
    );
    expect(redactUrl("postgres://u:p@h/db")).toBe("postgres://u:***@h/db");
  });
});
