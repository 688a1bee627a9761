// Applies the migrations in packages/db/migrations (made by drizzle-kit from schema.ts).
// The same folder serves PGlite and PostgreSQL; a database is never changed by hand.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { migrate as migratePglite } from "drizzle-orm/pglite/migrator";
import { migrate as migratePostgres } from "drizzle-orm/node-postgres/migrator";
import type { PgliteDatabase } from "drizzle-orm/pglite";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import type { DatabaseHandle } from "./connect.ts";

/**
 * The migrations folder. This module runs either from packages/db/src or bundled into
 * packages/cli/dist; both sit two levels below packages/, so one relative path serves both.
 */
export const migrationsFolder = fileURLToPath(new URL("../../db/migrations", import.meta.url));

export async function migrateDatabase(handle: DatabaseHandle): Promise<void> {
  if (!existsSync(`${migrationsFolder}/meta/_journal.json`)) {
    throw new Error(`migrations not found in ${migrationsFolder}`);
  }
  await handle.withMigrationLock(async (db) => {
    if (handle.kind === "embedded") {
      await migratePglite(db as unknown as PgliteDatabase, { migrationsFolder });
    } else {
      await migratePostgres(db as unknown as NodePgDatabase, { migrationsFolder });
    }
  });
}
