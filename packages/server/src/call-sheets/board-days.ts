// The shooting days of a project's published board (the КПП) that call sheets are made for: every shift of a unit
// with at least one scene, numbered by date as the day out of days numbers them — every shift of one date is
// "day N", and a unit's sheet is found by the day's number and the unit.
import { and, eq } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { notFound } from "../http/errors.ts";
import {
  loadBoardRows,
  loadScheduleInputs,
  type ScheduleInputs,
  type ScheduleRow,
} from "../schedules/inputs.ts";

export interface ShootingShift {
  dayId: string;
  unitId: string;
  unitName: string;
  date: string;
  shift: "day" | "night";
  /** The board's number of the date among its shooting dates. */
  number: number;
  /** Lineage ids of the shift's scenes, in shooting order. */
  sceneIds: string[];
}

export interface PublishedBoard {
  schedule: ScheduleRow;
  inputs: ScheduleInputs;
  /** By date, then by the units' order. */
  shifts: ShootingShift[];
  /** How many dates the board shoots on. */
  dayCount: number;
}

/** The published board with its shooting shifts; null when the project has none published. */
export async function loadPublishedBoard(db: Database, projectId: string): Promise<PublishedBoard | null> {
  const [published] = await db
    .select({ id: schema.schedules.id })
    .from(schema.schedules)
    .where(and(eq(schema.schedules.projectId, projectId), eq(schema.schedules.status, "published")));
  if (!published) return null;
  const [inputs, rows] = await Promise.all([
    loadScheduleInputs(db, projectId),
    loadBoardRows(db, projectId, published.id),
  ]);
  if (!rows) return null;
  const current = new Set(inputs.scenes.map((scene) => scene.lineageId));
  const scenesOf = new Map<string, string[]>();
  for (const strip of rows.strips) {
    if (!strip.dayId || !current.has(strip.lineageId)) continue;
    scenesOf.set(strip.dayId, [...(scenesOf.get(strip.dayId) ?? []), strip.lineageId]);
  }
  const units = new Map(inputs.units.map((unit, index) => [unit.id, { name: unit.name, index }]));
  const shooting = rows.days
    .filter((day) => (scenesOf.get(day.id)?.length ?? 0) > 0)
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (units.get(a.unitId)?.index ?? 0) - (units.get(b.unitId)?.index ?? 0),
    );
  const dates = [...new Set(shooting.map((day) => day.date))];
  const numberOf = new Map(dates.map((date, index) => [date, index + 1]));
  return {
    schedule: rows.schedule,
    inputs,
    dayCount: dates.length,
    shifts: shooting.map((day) => ({
      dayId: day.id,
      unitId: day.unitId,
      unitName: units.get(day.unitId)?.name ?? "",
      date: day.date,
      shift: day.shift,
      number: numberOf.get(day.date)!,
      sceneIds: scenesOf.get(day.id)!,
    })),
  };
}

/** The published board, or 404 naming what is missing. */
export async function requirePublishedBoard(db: Database, projectId: string): Promise<PublishedBoard> {
  const board = await loadPublishedBoard(db, projectId);
  if (!board) throw notFound("published shooting schedule (КПП)");
  return board;
}

/** The shift of day `number` of the unit, or of the first unit shooting that day; 404 when there is none. */
export function requireShift(board: PublishedBoard, number: number, unitId?: string): ShootingShift {
  const shift = board.shifts.find(
    (candidate) => candidate.number === number && (unitId === undefined || candidate.unitId === unitId),
  );
  if (!shift) throw notFound(`shooting day ${number}${unitId === undefined ? "" : " of the unit"}`);
  return shift;
}
