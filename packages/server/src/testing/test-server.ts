// A real server on a free port of 127.0.0.1, backed by a fresh embedded database copied from the
// test run's template, optionally with the demo. For browser tests and anything that needs HTTP.
import { serve, type ServerType } from "@hono/node-server";
import type { AddressInfo } from "node:net";
import { createTestDatabase, type Backend } from "@kinomost/db/testing";
import { createApp } from "../app.ts";
import { createOptimizationQueue } from "../optimization/queue.ts";
import { defaultConfig, type ServerConfig } from "../context.ts";
import { seedDemo } from "../demo/iskra.ts";
import { defaultWebRoot } from "../serve.ts";

export async function startTestServer(
  options: { demo?: boolean; backend?: Backend; config?: Partial<ServerConfig> } = {},
) {
  const database = await createTestDatabase(options.backend ?? "embedded");
  if (options.demo) await seedDemo(database.db, new Date());
  const now = () => new Date();
  const log = (message: string) => console.error(message);
  const optimizer = await createOptimizationQueue(database, { now, log });
  const app = createApp({
    db: database.db,
    config: { ...defaultConfig, webRoot: defaultWebRoot, ...options.config },
    now,
    log,
    optimizer,
  });
  const server = await new Promise<ServerType>((resolve) => {
    const started = serve({ fetch: app.fetch, hostname: "127.0.0.1", port: 0 }, () => resolve(started));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    database,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await optimizer.close();
      await database.close();
    },
  };
}
