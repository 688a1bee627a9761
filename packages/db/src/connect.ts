// Opens the database: the embedded PGlite in a data folder, or a PostgreSQL server by URL.
// Both give the same Drizzle database over the same schema; callers never branch on which it is.
import { existsSync, readdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/node-postgres";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import type { SQL } from "drizzle-orm";
import pg from "pg";
import * as schema from "./schema.ts";
import { lockDataFolder } from "./lock.ts";

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;

export interface DatabaseHandle {
  readonly db: Database;
  readonly kind: "embedded" | "postgres";
  /** Where the data lives, for messages: a folder or a server URL without its password. */
  readonly location: string;
  /**
   * The PostgreSQL server's URL, password included, for a library that opens its own connections there (the job
   * queue); null for the embedded database. Never print it: `location` is for messages.
   */
  readonly connectionString: string | null;
  /** Runs a migration batch while no other process migrates the same database. */
  withMigrationLock<T>(run: (db: Database) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Told about slow steps, such as creating a new embedded database. */
  onProgress?: (message: string) => void;
}

export async function openEmbeddedDatabase(
  folder: string,
  options: OpenOptions = {},
): Promise<DatabaseHandle> {
  let compromised: Error | null = null;
  const lock = await lockDataFolder(folder, (error) => {
    compromised = error;
    options.onProgress?.(`lost the lock on ${folder}: ${error.message}`);
  });
  const pgdata = `${folder}/pgdata`;
  const isNew = !existsSync(pgdata) || readdirSync(pgdata).length === 0;
  options.onProgress?.(
    isNew ? `creating database in ${folder}… (the first start takes a few seconds)` : `opening ${folder}…`,
  );
  let client: PGlite;
  try {
    client = await PGlite.create(pgdata);
  } catch (error) {
    await lock.release();
    throw error;
  }
  return embeddedHandle(client, folder, async () => {
    await client.close();
    if (!compromised) await lock.release();
  });
}

/** An in-memory embedded database, optionally started from a dump made by `dumpDataDir` (tests). */
export async function openMemoryDatabase(
  template?: Blob,
): Promise<DatabaseHandle & { dump(): Promise<Blob> }> {
  const client = await PGlite.create(template ? { loadDataDir: template } : {});
  return {
    ...embeddedHandle(client, "memory", () => client.close()),
    dump: () => client.dumpDataDir("none"),
  };
}

function embeddedHandle(client: PGlite, location: string, close: () => Promise<void>): DatabaseHandle {
  const db = drizzlePglite(client, { schema }) as unknown as Database;
  return {
    db,
    kind: "embedded",
    location,
    connectionString: null,
    // One process owns the embedded database (the folder lock), so nothing else can migrate it.
    withMigrationLock: (run) => run(db),
    close,
  };
}

export async function openPostgresDatabase(
  url: string,
  options: { maxConnections?: number; onIdleError?: (error: Error) => void } = {},
): Promise<DatabaseHandle> {
  const pool = new pg.Pool({ connectionString: url, max: options.maxConnections ?? 10 });
  // An idle connection the server closes (a restart, a failover) must not take the process down: the
  // pool drops it and opens a new one for the next query.
  pool.on("error", options.onIdleError ?? (() => undefined));
  // Fail at start with the server's own words rather than on the first request.
  const probe = await pool.connect().catch(async (error: Error) => {
    await pool.end();
    throw new Error(`cannot connect to PostgreSQL at ${redactUrl(url)}: ${error.message}`);
  });
  probe.release();
  const db = drizzlePostgres(pool, { schema }) as unknown as Database;
  return {
    db,
    kind: "postgres",
    location: redactUrl(url),
    connectionString: url,
    async withMigrationLock(run) {
      const client = await pool.connect();
      try {
        // Several server processes may start at once; one migrates while the others wait.
        await client.query("select pg_advisory_lock(7143001)");
        return await run(drizzlePostgres(client, { schema }) as unknown as Database);
      } finally {
        await client.query("select pg_advisory_unlock(7143001)").catch(() => undefined);
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = "***";
    return parsed.toString();
  } catch {
    return "(unparseable DATABASE_URL)";
  }
}

/** Runs raw SQL and returns its rows; both drivers answer with `{ rows }`. */
export async function queryRows<T>(db: Database, query: SQL): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** The handle inside `db.transaction(async (tx) => …)`. */
export type Transaction = Parameters<Parameters<Database["transaction"]>[0]>[0];
