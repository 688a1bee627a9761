// The demo's own rule pack: the CIS Agreement on Joint Film Production (2008), written in YAML the way a project's
// lawyer would write one (the core's example pack), uploaded to «Искра» and selected beside the built-in packs.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { eq } from "drizzle-orm";
import { readRulePack } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";

const packFile = createRequire(import.meta.url).resolve("@kinomost/core/examples/cis-2008.yaml");

export async function seedIskraRulePack(
  db: Database,
  input: { projectId: string; producerUserId: string; now: Date },
): Promise<void> {
  const source = await readFile(packFile, "utf8");
  const read = readRulePack(source, "yaml");
  if (!read.ok) throw new Error(`the demo rule pack is invalid: ${read.errors[0]?.message}`);
  const { projectId, producerUserId, now } = input;
  await db.transaction(async (tx) => {
    await tx.insert(schema.rulePacks).values({
      projectId,
      packId: read.pack.id,
      format: "yaml",
      source,
      pack: read.pack,
      uploadedBy: producerUserId,
      uploadedAt: now.toISOString(),
    });
    const [project] = await tx
      .select({ rulePacks: schema.projects.rulePacks })
      .from(schema.projects)
      .where(eq(schema.projects.id, projectId));
    await tx
      .update(schema.projects)
      .set({ rulePacks: [read.pack.id, ...(project?.rulePacks ?? [])] })
      .where(eq(schema.projects.id, projectId));
    await appendAudit(tx, {
      projectId,
      actor: producerUserId,
      action: "consortium.rule-pack",
      subject: `rule-pack:${read.pack.id}`,
      data: { id: read.pack.id, version: read.pack.version, format: "yaml", rules: read.pack.rules.length },
      at: now,
    });
  });
}
