import { migrationCount } from "./testing/migration-count.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { backends, createTestDatabase } from "./testing/test-database.ts";
import { migrateDatabase } from "./migrate.ts";
import { queryRows, type DatabaseHandle } from "./connect.ts";

describe.each(backends)("migrations on %s", (backend) => {
  let handle: DatabaseHandle;
  beforeAll(async () => {
    handle = await createTestDatabase(backend);
  });
  afterAll(() => handle.close());

  it("created every table of the schema", async () => {
    const rows = await queryRows<{ table_name: string }>(
      handle.db,
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    );
    expect(rows.map((row) => row.table_name)).toEqual(
      expect.arrayContaining([
        "users",
        "sessions",
        "organizations",
        "projects",
        "partners",
        "project_members",
      ]),
    );
  });

  it("applies again without changing anything", async () => {
    await migrateDatabase(handle);
    const rows = await queryRows<{ count: number }>(
      handle.db,
      sql`select count(*)::int as count from drizzle.__drizzle_migrations`,
    );
    expect(rows[0]?.count).toBe(migrationCount());
  });

  it("rejects a country that is not two capital letters", async () => {
    await expect(
      handle.db.execute(
        sql`insert into organizations (names, country, currency) values ('{}', 'rus', 'RUB')`,
      ),
    ).rejects.toThrow();
  });
});
