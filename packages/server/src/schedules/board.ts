// A board as the stripboard shows it, priced by the core's evaluation, and the one way a board's arrangement is
// written (a new board laid out by location, the demo's optimized board, an accepted optimizer run).
import { randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import { constructSchedule, evaluateSchedule, type Schedule } from "@kinomost/core";
import { schema, type Database, type Transaction } from "@kinomost/db";
import { ApiError } from "../http/errors.ts";
import { formatMinor } from "./fields.ts";
import {
  loadBoardRows,
  loadScheduleInputs,
  type BoardRows,
  type ScheduleInputs,
  type ScheduleRow,
} from "./inputs.ts";
import {
  assembleInstance,
  sceneLabel,
  sceneTime,
  type AssembleResult,
  type ScheduleProblem,
} from "./instance.ts";
import { costView, toSchedule, toUnit, type BoardView } from "./views.ts";

/** The board of the project, or null when it has none by that id. */
export async function readBoard(
  db: Database,
  projectId: string,
  scheduleId: string,
): Promise<BoardView | null> {
  const [inputs, board] = await Promise.all([
    loadScheduleInputs(db, projectId),
    loadBoardRows(db, projectId, scheduleId),
  ]);
  return board ? viewBoard(inputs, board) : null;
}

export function viewBoard(inputs: ScheduleInputs, board: BoardRows, assembled?: AssembleResult): BoardView {
  const result = assembled ?? assembleInstance(inputs, board);
  const current = new Set(inputs.scenes.map((scene) => scene.lineageId));
  const dayIds = new Set(board.days.map((day) => day.id));
  const lockedDays = new Set(board.days.filter((day) => day.locked).map((day) => day.id));
  const stripsOf = new Map<string, string[]>();
  const placed = new Set<string>();
  const locked = new Set<string>();
  for (const strip of board.strips) {
    if (!strip.dayId || !dayIds.has(strip.dayId) || !current.has(strip.lineageId)) continue;
    const list = stripsOf.get(strip.dayId) ?? [];
    list.push(strip.lineageId);
    stripsOf.set(strip.dayId, list);
    placed.add(strip.lineageId);
    if (strip.locked || lockedDays.has(strip.dayId)) locked.add(strip.lineageId);
  }
  const boneyardOrder = new Map(
    board.strips.filter((strip) => !strip.dayId).map((strip) => [strip.lineageId, strip.position]),
  );
  const boneyard = inputs.scenes
    .filter((scene) => !placed.has(scene.lineageId))
    .map((scene, index) => ({ id: scene.lineageId, rank: boneyardOrder.get(scene.lineageId) ?? 1e9 + index }))
    .sort((a, b) => a.rank - b.rank)
    .map((scene) => scene.id);
  const unitOrder = new Map(inputs.units.map((unit, index) => [unit.id, index]));
  const days = [...board.days]
    .sort(
      (a, b) =>
        a.date.localeCompare(b.date) || (unitOrder.get(a.unitId) ?? 0) - (unitOrder.get(b.unitId) ?? 0),
    )
    .map((day) => ({
      id: day.id,
      unitId: day.unitId,
      date: day.date,
      shift: day.shift,
      locked: day.locked,
      strips: stripsOf.get(day.id) ?? [],
    }));

  const castById = new Map(inputs.cast.map((element) => [element.id, element]));
  const inScenes = new Set<string>();
  const scenes = inputs.scenes.map((scene) => {
    const castIds = inputs.sceneCast.get(scene.lineageId) ?? [];
    castIds.forEach((id) => inScenes.add(id));
    const set = inputs.setsByName.get(scene.location);
    const location = set?.locationId ? inputs.locations.get(set.locationId) : undefined;
    return {
      lineageId: scene.lineageId,
      label: sceneLabel(scene),
      number: scene.number,
      heading: scene.heading,
      setting: scene.setting,
      time: sceneTime(scene),
      eighths: scene.eighths,
      screenSeconds: scene.screenSeconds,
      episode: scene.episode,
      castIds,
      castBoardIds: castIds.flatMap((id) => castById.get(id)?.boardId ?? []),
      location: location
        ? {
            id: location.id,
            name: location.name,
            country: location.country,
            timeZone: location.timeZone,
            stage: inputs.locationTerms.get(location.id)?.stage ?? false,
          }
        : null,
      locked: locked.has(scene.lineageId),
    };
  });

  const evaluation = result.ok ? evaluateSchedule(result.instance, result.schedule) : null;
  const evaluated = evaluation?.ok ? evaluation : null;
  const reporting = inputs.reportingCurrency;
  const perCast = new Map(evaluated?.perCast.map((line) => [line.castId, line]));
  const cast = inputs.cast
    .filter((element) => inScenes.has(element.id))
    .map((element) => {
      const terms = inputs.castTerms.get(element.id);
      const line = perCast.get(element.id);
      return {
        id: element.id,
        boardId: element.boardId,
        name: element.name,
        homeCountry: terms?.homeCountry ?? null,
        dailyRate: terms
          ? { amount: formatMinor(terms.dailyRateMinor, terms.currency), currency: terms.currency }
          : null,
        days: line
          ? {
              work: line.workDays,
              hold: line.holdDays,
              travel: line.travelDays,
              drops: line.drops,
              firstDate: line.firstDate,
              lastDate: line.lastDate,
              cost: formatMinor(line.cost, reporting),
            }
          : null,
      };
    });
  const cost = evaluated ? costView(evaluated.cost) : null;
  const problems = !result.ok
    ? result.problems
    : evaluation && !evaluation.ok
      ? evaluation.problems.map(({ code, detail, ...ids }) => ({
          code,
          message: detail,
          params: flatIds(ids),
        }))
      : [];
  return {
    schedule: toSchedule(board.schedule),
    units: inputs.units.map(toUnit),
    days,
    boneyard,
    scenes,
    cast,
    cost,
    violations: (evaluated?.violations ?? []).map(({ detail, ...rest }) => ({ ...rest, message: detail })),
    problems,
  };
}

function flatIds(ids: Record<string, unknown>): Record<string, string | number | null> {
  const out: Record<string, string | number | null> = {};
  for (const [key, value] of Object.entries(ids)) {
    if (typeof value === "string" || typeof value === "number") out[key] = value;
    else if (Array.isArray(value)) out[key] = value.join(",");
  }
  return out;
}

export interface NewBoard {
  projectId: string;
  name: string;
  firstDate: string;
  lastDate: string;
  weeklyDaysOff: number[];
  daysOff: string[];
  settings: schema.ScheduleSettings;
  /** Every scene in the boneyard, or laid out by location as a second director sorts strips by hand. */
  arrangement: "boneyard" | "by-location";
  userId: string;
  now: Date;
}

/**
 * Creates a board with its first arrangement, in one transaction; its id. Laying out by location needs every
 * input of the scheduler: what is missing is a 400 naming each problem, and nothing is written.
 */
export async function createBoard(db: Database, board: NewBoard): Promise<string> {
  const inputs = await loadScheduleInputs(db, board.projectId);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(schema.schedules)
      .values({
        projectId: board.projectId,
        name: board.name,
        firstDate: board.firstDate,
        lastDate: board.lastDate,
        weeklyDaysOff: board.weeklyDaysOff,
        daysOff: [...new Set(board.daysOff)].sort(),
        settings: board.settings,
        createdBy: board.userId,
        createdAt: board.now,
      })
      .returning();
    await arrangeNewBoard(tx, inputs, row!, board.arrangement);
    return row!.id;
  });
}

function problemsError(problems: readonly ScheduleProblem[]) {
  return new ApiError(
    400,
    "VALIDATION_FAILED",
    `the scenes cannot be laid out yet: ${problems.map((problem) => problem.message).join("; ")}`,
    {
      fields: problems.map((problem) => ({
        path: "arrangement",
        message: problem.message,
        code: problem.code.toLowerCase(),
      })),
    },
  );
}

async function arrangeNewBoard(
  tx: Transaction,
  inputs: ScheduleInputs,
  row: ScheduleRow,
  arrangement: NewBoard["arrangement"],
): Promise<void> {
  let schedule: Schedule = { days: [] };
  let boneyard = inputs.scenes.map((scene) => scene.lineageId);
  if (arrangement === "by-location") {
    const assembled = assembleInstance(inputs, { schedule: row, days: [], strips: [] });
    if (!assembled.ok) throw problemsError(assembled.problems);
    const constructed = constructSchedule(assembled.instance, "board");
    if (!constructed.ok) {
      throw problemsError(
        constructed.problems.map((problem) => ({ code: problem.code, message: problem.detail, params: {} })),
      );
    }
    schedule = constructed.schedule;
    boneyard = [...constructed.unplacedSceneIds];
  }
  await writeArrangement(tx, row.id, schedule, boneyard);
}

/**
 * Replaces a board's days and strips with `schedule` (scene ids are lineage ids), the scenes in `boneyard` after
 * them in the boneyard. Locks are not kept: the caller decides what a new arrangement keeps.
 */
export async function writeArrangement(
  tx: Transaction,
  scheduleId: string,
  schedule: Schedule,
  boneyard: readonly string[],
): Promise<void> {
  await tx.delete(schema.scheduleStrips).where(eq(schema.scheduleStrips.scheduleId, scheduleId));
  await tx.delete(schema.scheduleDays).where(eq(schema.scheduleDays.scheduleId, scheduleId));
  const days = schedule.days.map((day) => ({
    id: randomUUID(),
    scheduleId,
    unitId: day.unitId,
    date: day.date,
    shift: day.shift,
  }));
  const strips = [
    ...schedule.days.flatMap((day, index) =>
      day.sceneIds.map((lineageId, position) => ({
        scheduleId,
        lineageId,
        dayId: days[index]!.id,
        position,
      })),
    ),
    ...boneyard.map((lineageId, position) => ({ scheduleId, lineageId, dayId: null, position })),
  ];
  // Parameters per statement are limited (65 535): a long series' board goes in slices.
  for (let at = 0; at < days.length; at += 1000)
    await tx.insert(schema.scheduleDays).values(days.slice(at, at + 1000));
  for (let at = 0; at < strips.length; at += 1000)
    await tx.insert(schema.scheduleStrips).values(strips.slice(at, at + 1000));
}
