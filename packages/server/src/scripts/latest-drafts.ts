// The current draft of each of a project's scripts: what sets, the breakdown and the schedule count from.
import { eq, sql } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";

/** The id of the newest draft of every script of the project. */
export async function latestDraftIds(db: Database, projectId: string): Promise<string[]> {
  const rows = await db
    .selectDistinctOn([schema.scriptDrafts.scriptId], { id: schema.scriptDrafts.id })
    .from(schema.scriptDrafts)
    .innerJoin(schema.scripts, eq(schema.scripts.id, schema.scriptDrafts.scriptId))
    .where(eq(schema.scripts.projectId, projectId))
    .orderBy(schema.scriptDrafts.scriptId, sql`${schema.scriptDrafts.number} desc`);
  return rows.map((row) => row.id);
}
