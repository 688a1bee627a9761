// The PostgreSQL server the test suites use: 127.0.0.1:5432 with trust authentication by default
// (as on the development machines and in CI), or KINOMOST_TEST_POSTGRES_URL.
import { randomBytes } from "node:crypto";

export function adminUrl(): string {
  return process.env.KINOMOST_TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/test";
}

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

/** Names every database of one test run, so the run drops exactly its own. */
export function runPrefix(): string {
  return `kinomost_test_${process.pid}_${randomBytes(3).toString("hex")}_`;
}
