// The shapes the schedule routes answer with: units, board summaries and the board itself (days with their strips,
// the boneyard, the scenes and cast the strips stand for, and what the board costs or why it cannot be priced).
import { z } from "@hono/zod-openapi";
import type { ScheduleCost } from "@kinomost/core";
import { formatMinor, settingsOutput, settingsView } from "./fields.ts";
import type { ScheduleRow, UnitRow } from "./inputs.ts";

export const unitSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    position: z.number().int(),
    shiftHours: z.number().int(),
    maxOvertimeHours: z.number().int(),
    dayCallHour: z.number().int(),
    nightCallHour: z.number().int(),
    version: z.number().int(),
  })
  .openapi("ShootingUnit");

export const toUnit = ({ projectId: _projectId, ...unit }: UnitRow): z.infer<typeof unitSchema> => unit;

export const scheduleSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    status: z.enum(["draft", "published"]),
    firstDate: z.string(),
    lastDate: z.string(),
    weeklyDaysOff: z.array(z.number().int()),
    daysOff: z.array(z.string()),
    settings: settingsOutput,
    publishedAt: z.string().nullable(),
    publishedBy: z.uuid().nullable(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .openapi("Schedule");

export function toSchedule(row: ScheduleRow): z.infer<typeof scheduleSchema> {
  return {
    id: row.id,
    name: row.name,
    status: row.status,
    firstDate: row.firstDate,
    lastDate: row.lastDate,
    weeklyDaysOff: row.weeklyDaysOff,
    daysOff: row.daysOff,
    settings: settingsView(row.settings),
    publishedAt: row.publishedAt?.toISOString() ?? null,
    publishedBy: row.publishedBy,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

export const problemSchema = z
  .object({
    code: z.string().openapi({ example: "CAST_WITHOUT_TERMS" }),
    message: z.string(),
    params: z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
  })
  .openapi("ScheduleProblem");

const moneySchema = z.object({ amount: z.string(), currency: z.string() });

const boardSceneSchema = z.object({
  lineageId: z.uuid(),
  /** "2.14": episode 2, scene 14. */
  label: z.string(),
  number: z.string().nullable(),
  heading: z.string(),
  setting: z.enum(["INT", "EXT", "INT/EXT"]).nullable(),
  /** The scheduler's time of day: DAY, NIGHT, MORNING, EVENING, DAWN, DUSK, REGIME, CONTINUOUS, LATER. */
  time: z.string().nullable(),
  eighths: z.number().int(),
  screenSeconds: z.number().int(),
  episode: z.number().int().nullable(),
  castIds: z.array(z.uuid()),
  castBoardIds: z.array(z.string()),
  location: z
    .object({
      id: z.uuid(),
      name: z.string(),
      country: z.string(),
      timeZone: z.string(),
      stage: z.boolean(),
    })
    .nullable(),
  /** The strip (or its day) is locked: the optimizer leaves it where it is. */
  locked: z.boolean(),
});

const boardCastSchema = z.object({
  id: z.uuid(),
  boardId: z.string().nullable(),
  name: z.string(),
  homeCountry: z.string().nullable(),
  dailyRate: moneySchema.nullable(),
  /** The day out of days of the person on this board, when the board could be priced. */
  days: z
    .object({
      work: z.number().int(),
      hold: z.number().int(),
      travel: z.number().int(),
      drops: z.number().int(),
      firstDate: z.string().nullable(),
      lastDate: z.string().nullable(),
      /** In the reporting currency. */
      cost: z.string(),
    })
    .nullable(),
});

export const costSchema = z
  .object({
    currency: z.string(),
    work: z.string(),
    holding: z.string(),
    travel: z.string(),
    moves: z.string(),
    borderCrossings: z.string(),
    overtime: z.string(),
    total: z.string(),
  })
  .openapi("ScheduleCost");

/** The terms of a schedule's cost, the total last. */
export const costTerms = [
  "work",
  "holding",
  "travel",
  "moves",
  "borderCrossings",
  "overtime",
  "total",
] as const;

/** A cost by term as decimal strings in its currency. */
export function costView(cost: ScheduleCost): z.infer<typeof costSchema> {
  return {
    currency: cost.currency,
    ...Object.fromEntries(costTerms.map((term) => [term, formatMinor(cost[term], cost.currency)])),
  } as z.infer<typeof costSchema>;
}

const violationSchema = z.object({
  code: z.string().openapi({ example: "CAST_UNAVAILABLE" }),
  message: z.string(),
  sceneId: z.string().optional(),
  castId: z.string().optional(),
  unitId: z.string().optional(),
  locationId: z.string().optional(),
  date: z.string().optional(),
});

export const boardSchema = z
  .object({
    schedule: scheduleSchema,
    units: z.array(unitSchema),
    days: z.array(
      z.object({
        id: z.uuid(),
        unitId: z.uuid(),
        date: z.string(),
        shift: z.enum(["day", "night"]),
        locked: z.boolean(),
        /** Lineage ids of the scenes shot that shift, in shooting order. */
        strips: z.array(z.uuid()),
      }),
    ),
    /** Scenes on no day, in the boneyard's order (scenes new to the scripts come last). */
    boneyard: z.array(z.uuid()),
    scenes: z.array(boardSceneSchema),
    cast: z.array(boardCastSchema),
    /** The board's price by term in the reporting currency; null when `problems` keep it from being priced. */
    cost: costSchema.nullable(),
    /** The rules the board breaks (a scene in the boneyard is SCENE_MISSING). */
    violations: z.array(violationSchema),
    /** What the project has yet to give the scheduler. */
    problems: z.array(problemSchema),
  })
  .openapi("Board");

export type BoardView = z.infer<typeof boardSchema>;
