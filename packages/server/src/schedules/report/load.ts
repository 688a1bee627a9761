// Reads what a board's shooting schedule report (КПП) is made of — the board's shifts and strips, the scenes of the
// current drafts with their synopses, sets, locations and cast, the units, who published the board, the public
// holidays of the countries it shoots in — and hands it to the pure assembly with the instant it is printed.
import { and, eq, inArray } from "drizzle-orm";
import { publicHolidays, type PublicHoliday } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { ApiError, notFound } from "../../http/errors.ts";
import { latestDraftIds } from "../../scripts/latest-drafts.ts";
import { loadBoardRows, loadScheduleInputs, type ScheduleInputs, type ScheduleRow } from "../inputs.ts";
import { boardSchedule, sceneLabel, sceneTime } from "../instance.ts";
import { assembleKpp, type KppReport, type KppSceneInput } from "./model.ts";

/** The zone instants are shown in when the board has no located scene yet: the lead producer's, Moscow's. */
const fallbackTimeZone = "Europe/Moscow";

export interface LoadedKpp {
  schedule: ScheduleRow;
  report: KppReport;
}

/** The published board's id; 404 NO_PUBLISHED_BOARD when the project has none. */
export async function requirePublishedBoardId(db: Database, projectId: string): Promise<string> {
  const [published] = await db
    .select({ id: schema.schedules.id })
    .from(schema.schedules)
    .where(and(eq(schema.schedules.projectId, projectId), eq(schema.schedules.status, "published")));
  if (!published) {
    throw new ApiError(
      404,
      "NO_PUBLISHED_BOARD",
      "the project has no published shooting schedule (КПП) yet: publish a board, or ask for a board's own report",
    );
  }
  return published.id;
}

async function sceneSynopses(db: Database, projectId: string): Promise<Map<string, string | null>> {
  const drafts = await latestDraftIds(db, projectId);
  if (drafts.length === 0) return new Map();
  const rows = await db
    .select({ lineageId: schema.scenes.lineageId, synopsis: schema.scenes.synopsis })
    .from(schema.scenes)
    .where(inArray(schema.scenes.draftId, drafts));
  return new Map(rows.map((row) => [row.lineageId, row.synopsis]));
}

async function userName(db: Database, userId: string | null): Promise<string | null> {
  if (userId === null) return null;
  const [user] = await db
    .select({ name: schema.users.name })
    .from(schema.users)
    .where(eq(schema.users.id, userId));
  return user?.name ?? null;
}

function reportScenes(inputs: ScheduleInputs, synopses: ReadonlyMap<string, string | null>): KppSceneInput[] {
  const boardIds = new Map(inputs.cast.map((element) => [element.id, element.boardId]));
  return inputs.scenes.map((scene) => {
    const set = inputs.setsByName.get(scene.location);
    const location = set?.locationId ? inputs.locations.get(set.locationId) : undefined;
    return {
      id: scene.lineageId,
      label: sceneLabel(scene),
      heading: scene.heading,
      set: scene.location,
      setting: scene.setting,
      time: scene.time,
      timeText: scene.timeText,
      light: sceneTime(scene),
      synopsis: synopses.get(scene.lineageId) ?? null,
      eighths: scene.eighths,
      screenSeconds: scene.screenSeconds,
      castBoardIds: (inputs.sceneCast.get(scene.lineageId) ?? []).flatMap((id) => boardIds.get(id) ?? []),
      location: location ? { id: location.id, name: location.name, country: location.country } : null,
    };
  });
}

function holidaysOf(countries: readonly string[], firstDate: string, lastDate: string) {
  const out: Record<string, PublicHoliday[]> = {};
  const from = Number(firstDate.slice(0, 4));
  const to = Number(lastDate.slice(0, 4));
  for (const country of countries) out[country] = publicHolidays(country, from, to);
  return out;
}

/** The report of a board of the project (404 when it has none by that id), printed at `now`. */
export async function loadKpp(
  db: Database,
  projectId: string,
  scheduleId: string,
  options: { now: Date; language: string },
): Promise<LoadedKpp> {
  const [inputs, board, project, synopses] = await Promise.all([
    loadScheduleInputs(db, projectId),
    loadBoardRows(db, projectId, scheduleId),
    db
      .select({ titles: schema.projects.titles })
      .from(schema.projects)
      .where(eq(schema.projects.id, projectId)),
    sceneSynopses(db, projectId),
  ]);
  if (!board) throw notFound("board");
  const { schedule } = board;
  const scenes = reportScenes(inputs, synopses);
  const byId = new Map(scenes.map((scene) => [scene.id, scene]));
  const { days } = boardSchedule(board, inputs, byId);
  const placed = new Set(days.flatMap((day) => day.sceneIds));
  const countries = [
    ...new Set(days.flatMap((day) => day.sceneIds.flatMap((id) => byId.get(id)?.location?.country ?? []))),
  ].sort();
  const firstLocation = days
    .flatMap((day) => day.sceneIds)
    .map((id) => byId.get(id)?.location)
    .find((location) => location !== null && location !== undefined);
  const titles = project[0]?.titles ?? {};
  return {
    schedule,
    report: assembleKpp({
      project: titles[options.language] ?? titles.ru ?? Object.values(titles)[0] ?? "",
      board: {
        name: schedule.name,
        status: schedule.status,
        publishedAt: schedule.status === "published" ? (schedule.publishedAt?.toISOString() ?? null) : null,
        publishedBy: schedule.status === "published" ? await userName(db, schedule.publishedBy) : null,
        firstDate: schedule.firstDate,
        lastDate: schedule.lastDate,
        weeklyDaysOff: schedule.weeklyDaysOff,
        daysOff: schedule.daysOff,
      },
      units: inputs.units.map((unit) => ({ id: unit.id, name: unit.name, shiftHours: unit.shiftHours })),
      scenes,
      shifts: days,
      holidays: holidaysOf(countries, schedule.firstDate, schedule.lastDate),
      boneyard: scenes.filter((scene) => !placed.has(scene.id)).length,
      printedAt: options.now.toISOString(),
      timeZone: (firstLocation && inputs.locations.get(firstLocation.id)?.timeZone) ?? fallbackTimeZone,
    }),
  };
}
