// What an imported draft does to the breakdown: cast comes from the character cues (an element per
// character, numbered for the stripboard, tagged in every scene the character is in), and tags the file
// itself carried (Final Draft Tagger) become suggestions for a person to confirm. Scenes are addressed by
// lineage, so a revised scene keeps everything tagged in it before.
import { and, eq, inArray, notInArray } from "drizzle-orm";
import { assignCastBoardIds, matchCategoryName, nextBoardId } from "@kinomost/core";
import { schema, type Transaction } from "@kinomost/db";

export interface DraftSceneCast {
  lineageId: string;
  characters: readonly string[];
  /** The heading's line, to place the file's tags. */
  line: number;
  /** A scene of a later draft the writer changed: cast no longer in it is untagged. */
  changed: boolean;
}

export interface FileTag {
  category: string;
  label: string;
  sceneLine: number | null;
  line: number;
}

export async function applyDraftBreakdown(
  tx: Transaction,
  projectId: string,
  scenes: readonly DraftSceneCast[],
  fileTags: readonly FileTag[],
  now: Date,
): Promise<void> {
  const castIds = await ensureCastElements(tx, projectId, scenes, now);
  for (const scene of scenes) {
    const ids = scene.characters.flatMap((name) => castIds.get(name) ?? []);
    if (scene.changed) {
      // A character the writer took out of the scene leaves its cast; tags a person made stay.
      const keep = ids.length > 0 ? [notInArray(schema.sceneElements.elementId, ids)] : [];
      await tx
        .delete(schema.sceneElements)
        .where(
          and(
            eq(schema.sceneElements.lineageId, scene.lineageId),
            eq(schema.sceneElements.source, "cast"),
            ...keep,
          ),
        );
    }
    if (ids.length === 0) continue;
    await tx
      .insert(schema.sceneElements)
      .values(
        ids.map((elementId) => ({
          projectId,
          lineageId: scene.lineageId,
          elementId,
          source: "cast" as const,
          status: "confirmed" as const,
          createdAt: now,
        })),
      )
      .onConflictDoNothing();
  }
  await suggestFileTags(tx, projectId, scenes, fileTags, now);
}

/** The cast element of every character, creating new ones with the next free board numbers. */
async function ensureCastElements(
  tx: Transaction,
  projectId: string,
  scenes: readonly DraftSceneCast[],
  now: Date,
): Promise<Map<string, string>> {
  const sceneCounts = new Map<string, number>();
  for (const scene of scenes) {
    for (const name of scene.characters) sceneCounts.set(name, (sceneCounts.get(name) ?? 0) + 1);
  }
  const existing = await tx
    .select({
      id: schema.breakdownElements.id,
      name: schema.breakdownElements.name,
      boardId: schema.breakdownElements.boardId,
    })
    .from(schema.breakdownElements)
    .where(
      and(eq(schema.breakdownElements.projectId, projectId), eq(schema.breakdownElements.category, "cast")),
    );
  const ids = new Map(existing.map((element) => [element.name, element.id]));
  const newcomers = [...sceneCounts]
    .filter(([name]) => !ids.has(name))
    .map(([name, count]) => ({ name, scenes: count }));
  if (newcomers.length === 0) return ids;
  // Newcomers are numbered among themselves (most scenes first), after the numbers already given.
  const order = assignCastBoardIds(newcomers);
  const taken: (string | null)[] = existing.map((element) => element.boardId);
  const rows = [...newcomers]
    .sort((a, b) => Number(order.get(a.name)) - Number(order.get(b.name)))
    .map((character) => {
      const boardId = nextBoardId(taken);
      taken.push(boardId);
      return { projectId, category: "cast", name: character.name, boardId, createdAt: now };
    });
  const created = await tx
    .insert(schema.breakdownElements)
    .values(rows)
    .returning({ id: schema.breakdownElements.id, name: schema.breakdownElements.name });
  for (const element of created) ids.set(element.name, element.id);
  return ids;
}

async function suggestFileTags(
  tx: Transaction,
  projectId: string,
  scenes: readonly DraftSceneCast[],
  fileTags: readonly FileTag[],
  now: Date,
): Promise<void> {
  const byLine = new Map(scenes.map((scene) => [scene.line, scene.lineageId]));
  const placed = fileTags.flatMap((tag) => {
    const lineageId = tag.sceneLine === null ? undefined : byLine.get(tag.sceneLine);
    const category = matchCategoryName(tag.category) ?? "miscellaneous";
    const name = tag.label.trim();
    return lineageId && name && category !== "cast" ? [{ lineageId, category, name }] : [];
  });
  if (placed.length === 0) return;
  await tx
    .insert(schema.breakdownElements)
    .values(placed.map(({ category, name }) => ({ projectId, category, name, createdAt: now })))
    .onConflictDoNothing();
  const elements = await tx
    .select({
      id: schema.breakdownElements.id,
      category: schema.breakdownElements.category,
      name: schema.breakdownElements.name,
    })
    .from(schema.breakdownElements)
    .where(
      and(
        eq(schema.breakdownElements.projectId, projectId),
        inArray(
          schema.breakdownElements.name,
          placed.map((tag) => tag.name),
        ),
      ),
    );
  const idOf = new Map(elements.map((element) => [`${element.category}\n${element.name}`, element.id]));
  const rows = placed.flatMap((tag) => {
    const elementId = idOf.get(`${tag.category}\n${tag.name}`);
    return elementId
      ? [
          {
            projectId,
            lineageId: tag.lineageId,
            elementId,
            source: "script" as const,
            status: "suggested" as const,
            quote: tag.name,
            createdAt: now,
          },
        ]
      : [];
  });
  if (rows.length > 0) await tx.insert(schema.sceneElements).values(rows).onConflictDoNothing();
}
