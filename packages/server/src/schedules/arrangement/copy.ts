// A variant of a board: a new draft with the same calendar and costs, the same days and strips in the same order,
// and the same locks, to try another arrangement beside it. The board it is copied from is only read.
import { randomUUID } from "node:crypto";
import { schema, type Database } from "@kinomost/db";
import type { BoardRows } from "../inputs.ts";

export async function copyBoard(
  db: Database,
  source: BoardRows,
  copy: { name: string; userId: string; now: Date },
): Promise<string> {
  const { schedule } = source;
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.schedules)
      .values({
        projectId: schedule.projectId,
        name: copy.name,
        firstDate: schedule.firstDate,
        lastDate: schedule.lastDate,
        weeklyDaysOff: schedule.weeklyDaysOff,
        daysOff: schedule.daysOff,
        settings: schedule.settings,
        createdBy: copy.userId,
        createdAt: copy.now,
      })
      .returning({ id: schema.schedules.id });
    const scheduleId = row!.id;
    const dayIds = new Map(source.days.map((day) => [day.id, randomUUID()]));
    const days = source.days.map((day) => ({
      id: dayIds.get(day.id)!,
      scheduleId,
      unitId: day.unitId,
      date: day.date,
      shift: day.shift,
      locked: day.locked,
    }));
    const strips = source.strips.map((strip) => ({
      scheduleId,
      lineageId: strip.lineageId,
      dayId: strip.dayId ? (dayIds.get(strip.dayId) ?? null) : null,
      position: strip.position,
      locked: strip.locked,
    }));
    // Parameters per statement are limited (65 535): a long series' board goes in slices.
    for (let at = 0; at < days.length; at += 1000)
      await tx.insert(schema.scheduleDays).values(days.slice(at, at + 1000));
    for (let at = 0; at < strips.length; at += 1000)
      await tx.insert(schema.scheduleStrips).values(strips.slice(at, at + 1000));
    return scheduleId;
  });
}
