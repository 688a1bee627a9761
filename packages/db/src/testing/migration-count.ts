// How many migrations the migrations folder holds, from drizzle-kit's journal.
import { readFileSync } from "node:fs";
import { migrationsFolder } from "../migrate.ts";

export function migrationCount(): number {
  const journal = JSON.parse(readFileSync(`${migrationsFolder}/meta/_journal.json`, "utf8")) as {
    entries: unknown[];
  };
  return journal.entries.length;
}
