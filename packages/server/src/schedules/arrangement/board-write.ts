// A change to a draft board by hand (strips moved, a strip or a day locked), done the one way: the board's row is
// held for the transaction, a published board or a stale version is refused, the change is written, the version
// moves on, and the caller answers with the board as GET /schedules/{id} shows it.
import { and, eq, sql } from "drizzle-orm";
import { schema, type Transaction } from "@kinomost/db";
import { ApiError, notFound, versionConflict } from "../../http/errors.ts";
import { viewBoard } from "../board.ts";
import { loadBoardRows, type BoardRows, type ScheduleInputs, type StripRow } from "../inputs.ts";
import type { BoardView } from "../views.ts";
import { boneyardKey } from "./plan-move.ts";

export const boardPublished = (name: string) =>
  new ApiError(
    409,
    "BOARD_PUBLISHED",
    `the board "${name}" is published: it is frozen until another replaces it`,
  );

/**
 * The board's days and strips, its row held until the transaction ends. A board of another project is 404;
 * a published board is refused whatever the version; a stale version is a conflict carrying the current board.
 */
export async function holdDraftBoard(
  tx: Transaction,
  inputs: ScheduleInputs,
  where: { projectId: string; scheduleId: string; version: number },
): Promise<BoardRows> {
  const [row] = await tx
    .select()
    .from(schema.schedules)
    .where(and(eq(schema.schedules.id, where.scheduleId), eq(schema.schedules.projectId, where.projectId)))
    .for("update");
  if (!row) throw notFound("board");
  if (row.status === "published") throw boardPublished(row.name);
  const board = (await loadBoardRows(tx, where.projectId, where.scheduleId))!;
  if (row.version !== where.version) throw versionConflict("the board", viewBoard(inputs, board));
  return board;
}

/**
 * Writes the new order of each container a move touched, positions counted from 0, each strip with its lock as
 * `isLocked` says (a scene new to the scripts gets its strip here); the board's strips as they now stand.
 */
export async function writeContainers(
  tx: Transaction,
  board: BoardRows,
  containers: ReadonlyMap<string, readonly string[]>,
  isLocked: (lineageId: string) => boolean,
): Promise<StripRow[]> {
  const scheduleId = board.schedule.id;
  const rows: StripRow[] = [...containers].flatMap(([key, list]) =>
    list.map((lineageId, position) => ({
      scheduleId,
      lineageId,
      dayId: key === boneyardKey ? null : key,
      position,
      locked: isLocked(lineageId),
    })),
  );
  // Parameters per statement are limited (65 535): a long boneyard goes in slices.
  for (let at = 0; at < rows.length; at += 1000) {
    await tx
      .insert(schema.scheduleStrips)
      .values(rows.slice(at, at + 1000))
      .onConflictDoUpdate({
        target: [schema.scheduleStrips.scheduleId, schema.scheduleStrips.lineageId],
        set: {
          dayId: sql`excluded.day_id`,
          position: sql`excluded.position`,
          locked: sql`excluded.locked`,
        },
      });
  }
  const written = new Set(rows.map((row) => row.lineageId));
  return [...board.strips.filter((strip) => !written.has(strip.lineageId)), ...rows].sort(
    (a, b) => a.position - b.position,
  );
}

/**
 * Moves the board's version on and answers the board as the stripboard shows it, from the days and strips the
 * change left (read once, changed in hand: a series' board is not read twice for one move).
 */
export async function finishBoardChange(
  tx: Transaction,
  inputs: ScheduleInputs,
  board: Omit<BoardRows, "schedule">,
  scheduleId: string,
): Promise<BoardView> {
  const [schedule] = await tx
    .update(schema.schedules)
    .set({ version: sql`${schema.schedules.version} + 1` })
    .where(eq(schema.schedules.id, scheduleId))
    .returning();
  return viewBoard(inputs, { schedule: schedule!, ...board });
}
