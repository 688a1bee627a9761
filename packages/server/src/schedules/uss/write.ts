// Writes an import plan of a USS file in one transaction: the custom categories and elements the project lacks,
// their links, the file's tags as suggestions for a person to confirm, and the new draft board with its days and
// strips. Any failure rolls all of it back: a refused import leaves the project as it was.
import { and, eq, inArray } from "drizzle-orm";
import type { UssImportPlan } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { writeArrangement } from "../board.ts";
import type { ScheduleRow } from "../inputs.ts";

export interface ImportedBoard {
  schedule: ScheduleRow;
  /** Tags the file had that the project did not: added as suggestions. */
  tagsSuggested: number;
}

// A project's own category gets the colour of «Разное» until a person picks one.
const customCategoryColor = "#8c8c8c";

export async function writeUssImport(
  db: Database,
  plan: UssImportPlan,
  board: {
    projectId: string;
    name: string;
    settings: schema.ScheduleSettings;
    /** Scenes of the project the file does not place, after its boneyard. */
    restOfBoneyard: readonly string[];
    userId: string;
    now: Date;
  },
): Promise<ImportedBoard> {
  const { projectId, now } = board;
  return db.transaction(async (tx) => {
    if (plan.newCategories.length > 0) {
      await tx
        .insert(schema.breakdownCategories)
        .values(
          plan.newCategories.map((category) => ({
            projectId,
            key: category.key,
            names: { ru: category.name, en: category.name },
            color: customCategoryColor,
          })),
        )
        .onConflictDoNothing();
    }
    const idOf = new Map(
      plan.elements.flatMap((element) =>
        element.existingId ? [[element.ref, element.existingId] as const] : [],
      ),
    );
    const fresh = plan.elements.filter((element) => element.existingId === null);
    if (fresh.length > 0) {
      const created = await tx
        .insert(schema.breakdownElements)
        .values(
          fresh.map((element) => ({
            projectId,
            category: element.category,
            name: element.name,
            boardId: element.boardId,
            allowHold: element.allowHold,
            allowDropPickup: element.allowDropPickup,
            minDropGapDays: element.minDropGapDays,
            createdAt: now,
          })),
        )
        .returning({ id: schema.breakdownElements.id });
      fresh.forEach((element, at) => idOf.set(element.ref, created[at]!.id));
    }
    if (plan.links.length > 0) {
      await tx
        .insert(schema.breakdownElementLinks)
        .values(
          plan.links.map((link) => ({
            elementId: idOf.get(link.ref)!,
            linkedElementId: idOf.get(link.linkedRef)!,
          })),
        )
        .onConflictDoNothing();
    }
    let tagsSuggested = 0;
    for (let at = 0; at < plan.tags.length; at += 1000) {
      const inserted = await tx
        .insert(schema.sceneElements)
        .values(
          plan.tags.slice(at, at + 1000).map((tag) => ({
            projectId,
            lineageId: tag.lineageId,
            elementId: idOf.get(tag.ref)!,
            source: "manual" as const,
            status: "suggested" as const,
            createdAt: now,
          })),
        )
        .onConflictDoNothing()
        .returning({ lineageId: schema.sceneElements.lineageId });
      tagsSuggested += inserted.length;
    }
    const [row] = await tx
      .insert(schema.schedules)
      .values({
        projectId,
        name: board.name,
        firstDate: plan.calendar.firstDate,
        lastDate: plan.calendar.lastDate,
        weeklyDaysOff: [...plan.calendar.weeklyDaysOff],
        daysOff: [...plan.calendar.daysOff],
        settings: board.settings,
        createdBy: board.userId,
        createdAt: now,
      })
      .returning();
    await writeArrangement(tx, row!.id, { days: plan.days }, [...plan.boneyard, ...board.restOfBoneyard]);
    return { schedule: row!, tagsSuggested };
  });
}

/** How many of the plan's tags the project has already, confirmed or suggested (for a preview). */
export async function countKnownTags(db: Database, projectId: string, plan: UssImportPlan): Promise<number> {
  const existing = new Map(
    plan.elements.flatMap((element) => (element.existingId ? [[element.ref, element.existingId]] : [])),
  );
  const wanted = plan.tags.flatMap((tag) => {
    const elementId = existing.get(tag.ref);
    return elementId ? [{ lineageId: tag.lineageId, elementId }] : [];
  });
  if (wanted.length === 0) return 0;
  const rows = await db
    .select({ lineageId: schema.sceneElements.lineageId, elementId: schema.sceneElements.elementId })
    .from(schema.sceneElements)
    .where(
      and(
        eq(schema.sceneElements.projectId, projectId),
        inArray(schema.sceneElements.lineageId, [...new Set(wanted.map((tag) => tag.lineageId))]),
      ),
    );
  const known = new Set(rows.map((row) => `${row.lineageId}\n${row.elementId}`));
  return wanted.filter((tag) => known.has(`${tag.lineageId}\n${tag.elementId}`)).length;
}
