// Reads what a day's call sheet is made of — the day's scenes with their sets' locations, cast and elements, the
// people of the project, the unit's next days and what the assistant director wrote — and hands it to the core.
import { and, eq, inArray } from "drizzle-orm";
import {
  assembleCallSheet,
  doodWorkCodes,
  formatClockTime,
  withLinkedElements,
  type CallSheet,
  type CallSheetDetails,
  type CallSheetDoodStatus,
  type CallSheetPlace,
  type CallSheetSceneInput,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { elementLinks, taggedElements } from "../breakdown/queries.ts";
import { loadDayOutOfDays } from "../schedules/dood/load.ts";
import { sceneLabel, sceneTime } from "../schedules/instance.ts";
import { latestDraftIds } from "../scripts/latest-drafts.ts";
import type { PublishedBoard, ShootingShift } from "./board-days.ts";

export type CallSheetRow = typeof schema.callSheets.$inferSelect;

/** The DOOD codes of a day in front of the camera: what a cast member on a call sheet can be. */
const workCodes = new Set<string>(doodWorkCodes);

/** How many of the unit's next shooting days the advance schedule shows. */
const advanceDays = 3;

/** The call sheet stored for a shift, if the assistant director has written or published one. */
export async function findCallSheetRow(db: Database, projectId: string, dayId: string) {
  const [row] = await db
    .select()
    .from(schema.callSheets)
    .where(and(eq(schema.callSheets.projectId, projectId), eq(schema.callSheets.dayId, dayId)));
  return row;
}

async function sceneSynopses(db: Database, projectId: string, lineageIds: readonly string[]) {
  const drafts = await latestDraftIds(db, projectId);
  if (drafts.length === 0 || lineageIds.length === 0) return new Map<string, string | null>();
  const rows = await db
    .select({ lineageId: schema.scenes.lineageId, synopsis: schema.scenes.synopsis })
    .from(schema.scenes)
    .where(and(inArray(schema.scenes.draftId, drafts), inArray(schema.scenes.lineageId, [...lineageIds])));
  return new Map(rows.map((row) => [row.lineageId, row.synopsis]));
}

async function projectPeople(db: Database, projectId: string) {
  const people = await db.select().from(schema.people).where(eq(schema.people.projectId, projectId));
  const roles =
    people.length === 0
      ? []
      : await db
          .select()
          .from(schema.personRoles)
          .where(
            inArray(
              schema.personRoles.personId,
              people.map((person) => person.id),
            ),
          );
  return { people: people.sort((a, b) => a.name.localeCompare(b.name, "ru")), roles };
}

/** Every date the board works each cast element, from the confirmed cast of the scenes on its shifts. */
function castWorkDates(board: PublishedBoard): Map<string, string[]> {
  const dates = new Map<string, string[]>();
  for (const shift of board.shifts) {
    for (const lineageId of shift.sceneIds) {
      for (const castId of board.inputs.sceneCast.get(lineageId) ?? []) {
        const list = dates.get(castId) ?? [];
        if (!list.includes(shift.date)) list.push(shift.date);
        dates.set(castId, list);
      }
    }
  }
  return dates;
}

/** The assembled call sheet of a shift of the published board, with the project's title in `language`. */
export async function loadCallSheet(
  db: Database,
  projectId: string,
  board: PublishedBoard,
  shift: ShootingShift,
  row: CallSheetRow | undefined,
  language: string,
): Promise<CallSheet> {
  const { inputs } = board;
  const advance = board.shifts
    .filter((other) => other.unitId === shift.unitId && other.date > shift.date)
    .slice(0, advanceDays);
  const lineageIds = [...shift.sceneIds, ...advance.flatMap((day) => day.sceneIds)];
  const [project] = await db
    .select({ titles: schema.projects.titles })
    .from(schema.projects)
    .where(eq(schema.projects.id, projectId));
  const [dood, synopses, tagged, links, elements, { people, roles }] = await Promise.all([
    loadDayOutOfDays(db, projectId, { scheduleId: board.schedule.id, category: "cast" }),
    sceneSynopses(db, projectId, shift.sceneIds),
    taggedElements(db, lineageIds),
    elementLinks(db, projectId),
    db
      .select({
        id: schema.breakdownElements.id,
        category: schema.breakdownElements.category,
        name: schema.breakdownElements.name,
        boardId: schema.breakdownElements.boardId,
      })
      .from(schema.breakdownElements)
      .where(eq(schema.breakdownElements.projectId, projectId)),
    projectPeople(db, projectId),
  ]);
  const elementById = new Map(elements.map((element) => [element.id, element]));
  const scenesById = new Map(inputs.scenes.map((scene) => [scene.lineageId, scene]));
  const places = new Map<string, CallSheetPlace>();

  const sceneInput = (lineageId: string): CallSheetSceneInput[] => {
    const scene = scenesById.get(lineageId);
    if (!scene) return [];
    const locationId = inputs.setsByName.get(scene.location)?.locationId ?? null;
    const location = locationId ? inputs.locations.get(locationId) : undefined;
    if (location && !places.has(location.id)) {
      places.set(location.id, {
        id: location.id,
        name: location.name,
        address: location.address,
        country: location.country,
        timeZone: location.timeZone,
        latitude: location.latitude,
        longitude: location.longitude,
        hospital: location.hospital,
      });
    }
    const own = tagged
      .filter((element) => element.lineageId === lineageId && element.status === "confirmed")
      .map((element) => element.elementId);
    const all = withLinkedElements(own, links).flatMap((id) => elementById.get(id) ?? []);
    return [
      {
        id: lineageId,
        label: sceneLabel(scene),
        number: scene.number,
        heading: scene.heading,
        setting: scene.setting,
        time: sceneTime(scene),
        timeText: scene.timeText,
        set: scene.location,
        eighths: scene.eighths,
        screenSeconds: scene.screenSeconds,
        synopsis: synopses.get(lineageId) ?? null,
        placeId: location?.id ?? null,
        castIds: all.filter((element) => element.category === "cast").map((element) => element.id),
        elements: all
          .filter((element) => element.category !== "cast")
          .map(({ id, category, name }) => ({ id, category, name })),
      },
    ];
  };

  const unit = inputs.units.find((candidate) => candidate.id === shift.unitId);
  const callHour = shift.shift === "night" ? (unit?.nightCallHour ?? 18) : (unit?.dayCallHour ?? 8);
  const workDates = castWorkDates(board);
  const actorOf = new Map<string, string>();
  for (const role of roles) {
    const person = people.find((candidate) => candidate.id === role.personId);
    if (role.elementId && person && !actorOf.has(role.elementId)) actorOf.set(role.elementId, person.name);
  }
  const codes = new Map(dood.report.rows.map((row) => [row.id, row.codes[shift.date]]));
  const statusOf = (id: string) => {
    const code = codes.get(id);
    return code !== undefined && workCodes.has(code) ? (code as CallSheetDoodStatus) : undefined;
  };
  const titles = project?.titles ?? {};
  return assembleCallSheet({
    project: titles[language] ?? titles.ru ?? Object.values(titles)[0] ?? "",
    day: {
      number: shift.number,
      count: board.dayCount,
      date: shift.date,
      shift: shift.shift,
      unit: shift.unitName,
      defaultCall: formatClockTime(callHour * 60),
      shiftHours: unit?.shiftHours ?? 12,
    },
    scenes: shift.sceneIds.flatMap(sceneInput),
    advance: advance.map((day) => ({
      dayNumber: day.number,
      date: day.date,
      shift: day.shift,
      unit: day.unitName,
      scenes: day.sceneIds.flatMap(sceneInput),
    })),
    places: [...places.values()],
    cast: elements
      .filter((element) => element.category === "cast")
      .map((element) => ({
        id: element.id,
        boardId: element.boardId,
        name: element.name,
        actor: actorOf.get(element.id) ?? null,
        workDates: workDates.get(element.id) ?? [shift.date],
        status: statusOf(element.id),
      })),
    crew: people
      .filter((person) => person.department !== null)
      .map((person) => ({ name: person.name, department: person.department, phone: person.phone })),
    details: (row?.details ?? {}) as CallSheetDetails,
  });
}
