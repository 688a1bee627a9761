// Reading the breakdown: a project's categories (the standard set and its own), a scene of a draft with the
// screenplay elements it spans, and the elements tagged in scenes.
import { and, asc, eq, inArray } from "drizzle-orm";
import { standardBreakdownCategories, type BreakdownCategory, type ScreenplayElement } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { ApiError, notFound } from "../http/errors.ts";

/** The standard categories first, then the project's own in the order they were added. */
export async function projectCategories(db: Database, projectId: string): Promise<BreakdownCategory[]> {
  const custom = await db
    .select()
    .from(schema.breakdownCategories)
    .where(eq(schema.breakdownCategories.projectId, projectId))
    .orderBy(asc(schema.breakdownCategories.key));
  return [
    ...standardBreakdownCategories,
    ...custom.map((row) => ({ key: row.key, names: row.names, color: row.color })),
  ];
}

/** 400 naming the `category` field when the project has no breakdown category `key`. */
export async function requireCategory(db: Database, projectId: string, key: string): Promise<void> {
  const categories = await projectCategories(db, projectId);
  if (!categories.some((category) => category.key === key)) {
    const message = `the project has no breakdown category "${key}"`;
    throw new ApiError(400, "VALIDATION_FAILED", message, {
      fields: [{ path: "category", message, code: "no_such_category" }],
    });
  }
}

export type SceneRow = typeof schema.scenes.$inferSelect;

export interface DraftScene {
  scene: SceneRow;
  draft: typeof schema.scriptDrafts.$inferSelect;
  episodeNumber: number | null;
}

/** A scene of one of the project's drafts; 404 for a scene of another project. */
export async function findScene(db: Database, projectId: string, sceneId: string): Promise<DraftScene> {
  const [row] = await db
    .select({ scene: schema.scenes, draft: schema.scriptDrafts, episodeNumber: schema.episodes.number })
    .from(schema.scenes)
    .innerJoin(schema.scriptDrafts, eq(schema.scriptDrafts.id, schema.scenes.draftId))
    .innerJoin(schema.scripts, eq(schema.scripts.id, schema.scriptDrafts.scriptId))
    .leftJoin(schema.episodes, eq(schema.episodes.id, schema.scripts.episodeId))
    .where(and(eq(schema.scenes.id, sceneId), eq(schema.scripts.projectId, projectId)));
  if (!row) throw notFound("scene");
  return row;
}

/** The screenplay elements of the scene whose heading sits at `line`: the heading up to the next one. */
export function sceneElementsAt(draftElements: readonly unknown[], line: number): ScreenplayElement[] {
  const elements = draftElements as readonly ScreenplayElement[];
  const start = elements.findIndex((element) => element.kind === "heading" && element.line === line);
  if (start < 0) return [];
  const next = elements.findIndex((element, index) => index > start && element.kind === "heading");
  return elements.slice(start, next < 0 ? elements.length : next);
}

export interface TaggedElement {
  lineageId: string;
  elementId: string;
  category: string;
  name: string;
  boardId: string | null;
  source: "cast" | "tag" | "dictionary" | "script" | "manual";
  status: "suggested" | "confirmed";
  quote: string | null;
}

/** The elements tagged in the given scene lineages, by category then board id and name. */
export async function taggedElements(db: Database, lineageIds: readonly string[]): Promise<TaggedElement[]> {
  if (lineageIds.length === 0) return [];
  const rows = await db
    .select({
      lineageId: schema.sceneElements.lineageId,
      elementId: schema.sceneElements.elementId,
      category: schema.breakdownElements.category,
      name: schema.breakdownElements.name,
      boardId: schema.breakdownElements.boardId,
      source: schema.sceneElements.source,
      status: schema.sceneElements.status,
      quote: schema.sceneElements.quote,
    })
    .from(schema.sceneElements)
    .innerJoin(schema.breakdownElements, eq(schema.breakdownElements.id, schema.sceneElements.elementId))
    .where(inArray(schema.sceneElements.lineageId, [...lineageIds]));
  return rows.sort(
    (a, b) =>
      a.category.localeCompare(b.category) ||
      boardOrder(a.boardId) - boardOrder(b.boardId) ||
      a.name.localeCompare(b.name, "ru"),
  );
}

/** Numeric board ids in numeric order; others after them. */
function boardOrder(boardId: string | null): number {
  const number = boardId === null ? NaN : Number(boardId);
  return Number.isInteger(number) ? number : Number.MAX_SAFE_INTEGER;
}

/** The project's element links as {id, links}, for expanding what an element brings along. */
export async function elementLinks(db: Database, projectId: string) {
  const rows = await db
    .select({
      elementId: schema.breakdownElementLinks.elementId,
      linkedElementId: schema.breakdownElementLinks.linkedElementId,
    })
    .from(schema.breakdownElementLinks)
    .innerJoin(
      schema.breakdownElements,
      eq(schema.breakdownElements.id, schema.breakdownElementLinks.elementId),
    )
    .where(eq(schema.breakdownElements.projectId, projectId));
  const links = new Map<string, string[]>();
  for (const row of rows)
    links.set(row.elementId, [...(links.get(row.elementId) ?? []), row.linkedElementId]);
  return [...links].map(([id, linked]) => ({ id, links: linked }));
}
