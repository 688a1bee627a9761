// Vitest global setup: migrates one template database per backend, once per test run, so each test
// file starts from a copy in about a second instead of creating and migrating its own.
// PGlite: a dump of a migrated in-memory database. PostgreSQL: a template database on the server.
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { openMemoryDatabase, openPostgresDatabase } from "../connect.ts";
import { migrateDatabase } from "../migrate.ts";
import { adminUrl, databaseUrl, runPrefix } from "./postgres-server.ts";

declare module "vitest" {
  export interface ProvidedContext {
    pgliteTemplate: string;
    postgres: { adminUrl: string; template: string; prefix: string } | null;
  }
}

export default async function setup(project: TestProject) {
  const folder = await mkdtemp(join(tmpdir(), "kinomost-test-"));
  const pgliteTemplate = join(folder, "template.tar");
  const embedded = await openMemoryDatabase();
  await migrateDatabase(embedded);
  await writeFile(pgliteTemplate, new Uint8Array(await (await embedded.dump()).arrayBuffer()));
  await embedded.close();
  project.provide("pgliteTemplate", pgliteTemplate);

  const postgres = await preparePostgresTemplate();
  project.provide("postgres", postgres);

  return async () => {
    if (postgres) await dropRunDatabases(postgres.prefix);
    await rm(folder, { recursive: true, force: true });
  };
}

async function preparePostgresTemplate() {
  const admin = new pg.Client({ connectionString: adminUrl() });
  try {
    await admin.connect();
  } catch (error) {
    if (process.env.CI === "true") {
      throw new Error(`CI needs PostgreSQL at ${adminUrl()}: ${(error as Error).message}`, { cause: error });
    }
    console.warn(`PostgreSQL not reachable at ${adminUrl()}: the PostgreSQL suites are skipped`);
    return null;
  }
  const prefix = runPrefix();
  const template = `${prefix}template`;
  try {
    await admin.query(`create database "${template}"`);
  } finally {
    await admin.end();
  }
  const handle = await openPostgresDatabase(databaseUrl(template));
  await migrateDatabase(handle);
  await handle.close();
  return { adminUrl: adminUrl(), template, prefix };
}

async function dropRunDatabases(prefix: string) {
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    const { rows } = await admin.query<{ datname: string }>(
      "select datname from pg_database where datname like $1",
      [`${prefix}%`],
    );
    for (const { datname } of rows) await admin.query(`drop database if exists "${datname}" with (force)`);
  } finally {
    await admin.end();
  }
}
