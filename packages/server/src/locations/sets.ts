// Sets come from the scene headings: every place a heading names becomes the project's set of that name,
// waiting for a location to be chosen for it.
import { schema, type Transaction } from "@kinomost/db";

/** Creates the sets the names call for; existing sets (and their chosen locations) stay as they are. */
export async function ensureSets(tx: Transaction, projectId: string, names: Iterable<string>): Promise<void> {
  const unique = [...new Set([...names].map((name) => name.trim()).filter((name) => name.length > 0))];
  if (unique.length === 0) return;
  await tx
    .insert(schema.sets)
    .values(unique.map((name) => ({ projectId, name })))
    .onConflictDoNothing({ target: [schema.sets.projectId, schema.sets.name] })
    .execute();
}
