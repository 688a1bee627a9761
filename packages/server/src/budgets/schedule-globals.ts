// Globals a budget takes from the published shooting schedule (КПП), computed whenever a budget is computed, so
// cast lines follow the board as it changes:
//   SCHEDULE_SHOOTDAYS — shooting dates on the board (dates with at least one scene, any unit);
//   CAST_<n>_DAYS      — shooting dates from the first to the last date cast member n works, both included
//                        (days worked and days held in between);
//   CAST_<n>_WORK      — dates cast member n works.
// <n> is the cast member's board number. Without a published board there are none: a line that uses them then
// shows an UNKNOWN_GLOBAL problem until one is published.
import { and, eq, isNotNull } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";

/** A board number that can name a global: a whole number without leading zeros. */
const boardNumber = /^[1-9]\d{0,5}$/;

export async function loadScheduleGlobals(db: Database, projectId: string): Promise<Record<string, string>> {
  const [published] = await db
    .select({ id: schema.schedules.id })
    .from(schema.schedules)
    .where(and(eq(schema.schedules.projectId, projectId), eq(schema.schedules.status, "published")));
  if (!published) return {};
  const strips = await db
    .select({ lineageId: schema.scheduleStrips.lineageId, date: schema.scheduleDays.date })
    .from(schema.scheduleStrips)
    .innerJoin(schema.scheduleDays, eq(schema.scheduleDays.id, schema.scheduleStrips.dayId))
    .where(eq(schema.scheduleStrips.scheduleId, published.id));
  // Every numbered cast member gets globals, scheduled or not (zero days then).
  const cast = await db
    .select({ lineageId: schema.sceneElements.lineageId, boardId: schema.breakdownElements.boardId })
    .from(schema.breakdownElements)
    .leftJoin(
      schema.sceneElements,
      and(
        eq(schema.sceneElements.elementId, schema.breakdownElements.id),
        eq(schema.sceneElements.status, "confirmed"),
      ),
    )
    .where(
      and(
        eq(schema.breakdownElements.projectId, projectId),
        eq(schema.breakdownElements.category, "cast"),
        isNotNull(schema.breakdownElements.boardId),
      ),
    );
  return scheduleGlobals(strips, cast);
}

/** The globals from a board's scheduled strips (scene and date) and the scenes' cast (scene and board number). */
export function scheduleGlobals(
  strips: readonly { lineageId: string; date: string }[],
  cast: readonly { lineageId: string | null; boardId: string | null }[],
): Record<string, string> {
  const shootDates = [...new Set(strips.map((strip) => strip.date))].sort();
  const datesByScene = new Map<string, Set<string>>();
  for (const strip of strips) {
    const dates = datesByScene.get(strip.lineageId) ?? new Set<string>();
    dates.add(strip.date);
    datesByScene.set(strip.lineageId, dates);
  }
  const workByCast = new Map<string, Set<string>>();
  for (const { lineageId, boardId } of cast) {
    if (boardId === null || !boardNumber.test(boardId)) continue;
    const work = workByCast.get(boardId) ?? new Set<string>();
    const dates = lineageId === null ? undefined : datesByScene.get(lineageId);
    for (const date of dates ?? []) work.add(date);
    workByCast.set(boardId, work);
  }
  const globals: Record<string, string> = { SCHEDULE_SHOOTDAYS: String(shootDates.length) };
  for (const [boardId, work] of [...workByCast].sort(([a], [b]) => Number(a) - Number(b))) {
    const worked = [...work].sort();
    const first = worked[0];
    const last = worked[worked.length - 1];
    const span =
      first === undefined || last === undefined
        ? 0
        : shootDates.filter((date) => date >= first && date <= last).length;
    globals[`CAST_${boardId}_DAYS`] = String(span);
    globals[`CAST_${boardId}_WORK`] = String(worked.length);
  }
  return globals;
}
