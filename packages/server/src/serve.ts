// Runs the application on a port: opens the database (embedded or PostgreSQL), migrates it, seeds
// the demo into a new embedded database, listens, and closes everything cleanly on SIGINT/SIGTERM.
import { serve, type ServerType } from "@hono/node-server";
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import {
  migrateDatabase,
  openEmbeddedDatabase,
  openPostgresDatabase,
  type DatabaseHandle,
} from "@kinomost/db";
import { sql } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { createApp } from "./app.ts";
import { defaultConfig, type ServerConfig } from "./context.ts";
import { demoPassword, seedDemo } from "./demo/iskra.ts";
import { createOptimizationQueue, type OptimizationQueue } from "./optimization/queue.ts";

export interface ServeOptions {
  host: string;
  port: number;
  /** PostgreSQL URL; when absent, the embedded database in `dataFolder`. */
  databaseUrl?: string | undefined;
  dataFolder: string;
  config?: Partial<ServerConfig>;
  log: (message: string) => void;
}

/**
 * The built web app. This module runs from packages/server/src or bundled into packages/cli/dist;
 * both sit two levels below packages/, so one relative path finds packages/web/dist.
 */
export const defaultWebRoot = fileURLToPath(new URL("../../web/dist", import.meta.url));

export async function openDatabase(options: Pick<ServeOptions, "databaseUrl" | "dataFolder" | "log">) {
  return options.databaseUrl
    ? openPostgresDatabase(options.databaseUrl, {
        onIdleError: (error) => options.log(`PostgreSQL closed an idle connection: ${error.message}`),
      })
    : openEmbeddedDatabase(options.dataFolder, { onProgress: options.log });
}

export async function startServer(options: ServeOptions) {
  const database = await openDatabase(options);
  let server: ServerType | null = null;
  let optimizer: OptimizationQueue | null = null;
  try {
    options.log(
      `database: ${database.kind === "embedded" ? `embedded (PGlite) in ${database.location}` : database.location}`,
    );
    await migrateDatabase(database);
    if (database.kind === "embedded" && (await isEmpty(database))) {
      const { logins } = await seedDemo(database.db, new Date());
      options.log(
        `created the demo «Искра»; sign in with the password ${demoPassword} as:\n  ${logins.join("\n  ")}`,
      );
    }
    const config: ServerConfig = {
      ...defaultConfig,
      webRoot: existsSync(defaultWebRoot) ? defaultWebRoot : null,
      ...options.config,
    };
    const now = () => new Date();
    optimizer = await createOptimizationQueue(database, { now, log: options.log });
    const app = createApp({ db: database.db, config, now, log: options.log, optimizer });
    server = await listen(app.fetch, options.host, options.port);
  } catch (error) {
    await optimizer?.close();
    await database.close();
    throw error;
  }
  const url = `http://${options.host.includes(":") ? `[${options.host}]` : options.host}:${options.port}`;
  options.log(`Kinomost is running at ${url}`);
  return { url, database, close: () => stop(server!, optimizer!, database) };
}

function listen(fetch: Parameters<typeof serve>[0]["fetch"], hostname: string, port: number) {
  return new Promise<ServerType>((resolve, reject) => {
    const server = serve({ fetch, hostname, port }, () => resolve(server));
    server.once("error", reject);
  });
}

async function stop(server: ServerType, optimizer: OptimizationQueue, database: DatabaseHandle) {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await optimizer.close();
  await database.close();
}

async function isEmpty(database: DatabaseHandle) {
  const [row] = await database.db.select({ n: sql<number>`count(*)::int` }).from(schema.users);
  return (row?.n ?? 0) === 0;
}
