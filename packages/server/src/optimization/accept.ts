// Accepting a run: its schedule replaces the board's days and strips in one transaction, the board's locks stay
// locked, the scenes it left out go to the boneyard, and the board's version moves on. Refused when the board moved
// on since the run began (someone dragged a strip): the run was solved for a board that no longer exists.
import { and, eq, inArray, sql } from "drizzle-orm";
import type { ProductionInstance } from "@kinomost/core";
import { schema, type Transaction } from "@kinomost/db";
import { ApiError, versionConflict } from "../http/errors.ts";
import { writeArrangement } from "../schedules/board.ts";
import type { RunResult, RunRow } from "./views.ts";

export async function acceptRun(
  tx: Transaction,
  run: RunRow,
  decision: { userId: string; at: Date },
): Promise<RunRow> {
  const result = run.result as RunResult | null;
  if (!(run.status === "finished" || run.status === "cancelled") || result === null) {
    throw new ApiError(409, "RUN_FINISHED", `the run is ${run.status}: only a finished run can be accepted`);
  }
  if (!result.feasible) {
    throw new ApiError(
      409,
      "RUN_FINISHED",
      "the run found no schedule that keeps every rule; nothing to accept",
    );
  }
  const [board] = await tx
    .select()
    .from(schema.schedules)
    .where(eq(schema.schedules.id, run.scheduleId))
    .for("update");
  if (!board) throw new ApiError(404, "NOT_FOUND", "the board is gone");
  if (board.version !== run.scheduleVersion) {
    throw versionConflict("the board, since the run began,", {
      version: board.version,
    });
  }
  const lockedStrips = await tx
    .select({ lineageId: schema.scheduleStrips.lineageId })
    .from(schema.scheduleStrips)
    .where(and(eq(schema.scheduleStrips.scheduleId, board.id), eq(schema.scheduleStrips.locked, true)));
  const lockedDays = await tx
    .select()
    .from(schema.scheduleDays)
    .where(and(eq(schema.scheduleDays.scheduleId, board.id), eq(schema.scheduleDays.locked, true)));

  const placed = new Set(result.schedule.days.flatMap((day) => day.sceneIds));
  const boneyard = (run.instance as ProductionInstance).scenes
    .map((scene) => scene.id)
    .filter((id) => !placed.has(id));
  await writeArrangement(tx, board.id, result.schedule, boneyard);
  if (lockedStrips.length > 0) {
    await tx
      .update(schema.scheduleStrips)
      .set({ locked: true })
      .where(
        and(
          eq(schema.scheduleStrips.scheduleId, board.id),
          inArray(
            schema.scheduleStrips.lineageId,
            lockedStrips.map((strip) => strip.lineageId),
          ),
        ),
      );
  }
  for (const day of lockedDays) {
    await tx
      .update(schema.scheduleDays)
      .set({ locked: true })
      .where(
        and(
          eq(schema.scheduleDays.scheduleId, board.id),
          eq(schema.scheduleDays.unitId, day.unitId),
          eq(schema.scheduleDays.date, day.date),
          eq(schema.scheduleDays.shift, day.shift),
        ),
      );
  }
  await tx
    .update(schema.schedules)
    .set({ version: sql`${schema.schedules.version} + 1` })
    .where(eq(schema.schedules.id, board.id));
  const [accepted] = await tx
    .update(schema.optimizerRuns)
    .set({ status: "accepted", decidedBy: decision.userId, decidedAt: decision.at })
    .where(eq(schema.optimizerRuns.id, run.id))
    .returning();
  return accepted!;
}
