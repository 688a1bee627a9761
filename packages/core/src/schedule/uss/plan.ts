// What a USS file becomes in a project: a new board from one of its stripboards. Scenes are found among the
// project's current scenes by id (a file exported from this project keeps them), else by number and episode; boards
// become shooting units (a 'boneyard' board the boneyard); each day break closes a shooting day, dated by the
// break's own date or by walking the calendar from its start past days off. Elements of the matched scenes are
// found among the project's or planned as new (planElements). Pure: the caller reads the project and writes.
import { addDays, daysBetween, nextWorkingDate } from "./dates.ts";
import type { UssError } from "./document.ts";
import type { InterchangeScene, InterchangeStripboard, ScheduleInterchange } from "./model.ts";
import { planElements, type UssPlannedElement, type UssProjectElement } from "./plan-elements.ts";
import type { UssLocations } from "./to-model.ts";
import type { TimeOfDay } from "../../screenplay/types.ts";

export interface UssProjectScene {
  readonly lineageId: string;
  readonly number: string | null;
  /** The episode's number; null for a feature. */
  readonly episode: number | null;
  readonly time: TimeOfDay | null;
}

export interface UssProject {
  /** The current scenes, in script order. */
  readonly scenes: readonly UssProjectScene[];
  /** The shooting units, in their order. */
  readonly units: readonly { readonly id: string; readonly name: string }[];
  readonly elements: readonly UssProjectElement[];
  /** The keys of the project's breakdown categories, standard and its own. */
  readonly categoryKeys: readonly string[];
}

export interface UssImportOptions {
  /** Which stripboard of the file (0 unless told). */
  readonly stripboard?: number;
  /** The first shooting date, instead of (or lacking) the calendar's start. */
  readonly firstDate?: string;
}

export interface UssPlannedDay {
  readonly unitId: string;
  readonly date: string;
  readonly shift: "day" | "night";
  /** Lineage ids, in shooting order. */
  readonly sceneIds: readonly string[];
}

export interface UssUnmatchedScene {
  readonly path: string;
  readonly number: string | null;
  readonly episode: string | null;
  /** not_found: no such scene; ambiguous: several episodes have it; repeated: another strip took it. */
  readonly reason: "not_found" | "ambiguous" | "repeated";
}

export interface UssImportPlan {
  readonly stripboard: { readonly index: number; readonly name: string | null };
  readonly calendar: {
    readonly firstDate: string;
    readonly lastDate: string;
    readonly weeklyDaysOff: readonly number[];
    readonly daysOff: readonly string[];
  };
  readonly days: readonly UssPlannedDay[];
  /** Lineage ids the file leaves off the days, in its order. */
  readonly boneyard: readonly string[];
  readonly matched: readonly {
    readonly path: string;
    readonly lineageId: string;
    readonly by: "id" | "number";
  }[];
  readonly unmatched: readonly UssUnmatchedScene[];
  readonly newCategories: readonly { readonly key: string; readonly name: string }[];
  readonly elements: readonly UssPlannedElement[];
  /** Elements to tag in scenes, by lineage and the planned element's `ref`. */
  readonly tags: readonly { readonly lineageId: string; readonly ref: string }[];
  /** Links of new elements, by `ref`. */
  readonly links: readonly { readonly ref: string; readonly linkedRef: string }[];
  /** What the board does not keep. */
  readonly ignored: {
    readonly banners: number;
    readonly calendarEvents: number;
    readonly elementEvents: number;
    readonly scenesAfterLastDay: number;
  };
}

export type UssImportResult =
  | { readonly ok: true; readonly plan: UssImportPlan }
  | { readonly ok: false; readonly errors: readonly UssError[] };

/** The longest calendar a board takes (three years), as the schedule routes allow. */
export const ussMaxCalendarDays = 1100;

const sceneKey = (number: string) => number.replace(/\s+/gu, "").toUpperCase();

export function planUssImport(
  model: ScheduleInterchange,
  locate: UssLocations,
  project: UssProject,
  options: UssImportOptions = {},
): UssImportResult {
  const errors: UssError[] = [];
  const index = options.stripboard ?? 0;
  const stripboard = model.stripboards[index];
  if (!stripboard) {
    const message =
      model.stripboards.length === 0
        ? "the file holds a breakdown only: no stripboard to make a board of"
        : `no stripboard ${index}: the file has ${model.stripboards.length}`;
    return { ok: false, errors: [{ code: "NO_SCHEDULE", path: "stripboards", message }] };
  }
  const path = `stripboards[${index}]`;
  const scenesById = new Map(model.scenes.map((scene) => [scene.id, scene]));
  const match = sceneMatcher(project);

  // Scenes of the stripboard, each to its project scene once.
  const lineageOf = new Map<string, string>();
  const matched: UssImportPlan["matched"][number][] = [];
  const unmatched: UssUnmatchedScene[] = [];
  const taken = new Set<string>();
  for (const strip of stripboard.boards.flatMap((board) => board.strips)) {
    if (strip.kind !== "scene") continue;
    const scene = scenesById.get(strip.sceneId)!;
    const here = `breakdowns[${locate.breakdowns.get(scene.id) ?? 0}]`;
    const found = match(scene);
    const reason = "reason" in found ? found.reason : taken.has(found.lineageId) ? "repeated" : null;
    if (reason !== null || "reason" in found) {
      unmatched.push({
        path: here,
        number: scene.number,
        episode: scene.episode,
        reason: reason ?? "not_found",
      });
      continue;
    }
    taken.add(found.lineageId);
    lineageOf.set(scene.id, found.lineageId);
    matched.push({ path: here, lineageId: found.lineageId, by: found.by });
  }

  const calendar = model.calendars.find((entry) => entry.id === stripboard.calendarId) ?? null;
  const calendarPath = calendar ? `calendars[${model.calendars.indexOf(calendar)}]` : `${path}.calendar`;
  const weeklyDaysOff = calendar ? [...calendar.weeklyDaysOff] : [6, 7];
  const daysOff = [...new Set(calendar?.daysOff.map((event) => event.date) ?? [])].sort();
  const offDates = new Set(daysOff);
  const start = options.firstDate ?? calendar?.start?.date ?? calendar?.firstDate ?? null;

  const units = assignUnits(stripboard, project, path, errors);
  const timeOf = new Map(project.scenes.map((scene) => [scene.lineageId, scene.time]));
  const days: UssPlannedDay[] = [];
  const boneyard: string[] = [];
  const usedDates = new Set<string>();
  let banners = 0;
  let scenesAfterLastDay = 0;
  let startMissing = false;
  stripboard.boards.forEach((board, boardAt) => {
    const unitId = units.get(boardAt) ?? null;
    let pending: string[] = [];
    let cursor = start;
    board.strips.forEach((strip, at) => {
      if (strip.kind === "banner") banners += 1;
      if (strip.kind === "scene") {
        const lineageId = lineageOf.get(strip.sceneId);
        if (lineageId) pending.push(lineageId);
      }
      if (strip.kind !== "day" || unitId === null) return;
      const here = `${path}.boards[${boardAt}].breakdownIds[${at}]`;
      let date = strip.date;
      if (date === null) {
        if (cursor === null) {
          startMissing = true;
          return;
        }
        date = nextWorkingDate(cursor, weeklyDaysOff, offDates);
        if (date === null) {
          errors.push({ code: "NO_START_DATE", path: calendarPath, message: "every day of the week is off" });
          return;
        }
      }
      cursor = addDays(date, 1);
      if (usedDates.has(`${unitId}\n${date}`)) {
        errors.push({
          code: "SAME_DAY_TWICE",
          path: here,
          message: `a second shooting day of the same unit on ${date}`,
        });
        return;
      }
      usedDates.add(`${unitId}\n${date}`);
      const night = pending.length > 0 && pending.every((lineageId) => timeOf.get(lineageId) === "NIGHT");
      days.push({ unitId, date, shift: strip.shift ?? (night ? "night" : "day"), sceneIds: pending });
      pending = [];
    });
    if (unitId !== null) scenesAfterLastDay += pending.length;
    boneyard.push(...pending);
  });
  if (startMissing) {
    errors.push({
      code: "NO_START_DATE",
      path: calendarPath,
      message: "no start date: the shooting days cannot be dated (give the first shooting date)",
    });
  }

  const dates = days.map((day) => day.date).sort();
  const firstDate = [calendar?.firstDate ?? start, dates[0]].filter((date) => date != null).sort()[0];
  if (!firstDate && !startMissing) {
    errors.push({
      code: "NO_START_DATE",
      path: calendarPath,
      message: "no start date: the board's calendar cannot begin (give the first shooting date)",
    });
  }
  const lastDate =
    [calendar?.lastDate, dates.at(-1), firstDate]
      .filter((date) => date != null)
      .sort()
      .at(-1) ?? firstDate;
  if (firstDate && lastDate && daysBetween(firstDate, lastDate) + 1 > ussMaxCalendarDays) {
    errors.push({
      code: "CALENDAR_TOO_LONG",
      path: calendarPath,
      message: `the shooting days span ${firstDate} to ${lastDate}, more than ${ussMaxCalendarDays} days`,
    });
  }

  const matchedScenes = model.scenes.filter((scene) => lineageOf.has(scene.id));
  const elements = planElements(model, locate, matchedScenes, project);
  errors.push(...elements.errors);
  if (errors.length > 0) return { ok: false, errors };

  const tags = matchedScenes.flatMap((scene) =>
    scene.elementIds.flatMap((elementId) => {
      const ref = elements.refOf.get(elementId);
      return ref === undefined ? [] : [{ lineageId: lineageOf.get(scene.id)!, ref }];
    }),
  );
  const calendarEvents = calendar?.events.length ?? 0;
  return {
    ok: true,
    plan: {
      stripboard: { index, name: stripboard.name },
      calendar: { firstDate: firstDate!, lastDate: lastDate!, weeklyDaysOff, daysOff },
      days: [...days].sort((a, b) => a.date.localeCompare(b.date)),
      boneyard,
      matched,
      unmatched,
      newCategories: elements.newCategories,
      elements: elements.planned,
      tags: [...new Map(tags.map((tag) => [`${tag.lineageId}\n${tag.ref}`, tag])).values()],
      links: elements.links,
      ignored: {
        banners,
        calendarEvents,
        elementEvents: elements.events,
        scenesAfterLastDay,
      },
    },
  };
}

/** Finds a file's scene among the project's: by id, else by episode and number («2.14» read as episode 2). */
function sceneMatcher(project: UssProject) {
  const ids = new Set(project.scenes.map((scene) => scene.lineageId));
  const byNumber = new Map<string, UssProjectScene[]>();
  for (const scene of project.scenes) {
    if (scene.number === null) continue;
    const key = sceneKey(scene.number);
    byNumber.set(key, [...(byNumber.get(key) ?? []), scene]);
  }
  const inEpisode = (number: string, episode: number | null) =>
    (byNumber.get(sceneKey(number)) ?? []).filter((scene) => episode === null || scene.episode === episode);
  const pick = (candidates: readonly UssProjectScene[]) =>
    candidates.length === 1
      ? ({ lineageId: candidates[0]!.lineageId, by: "number" } as const)
      : ({ reason: candidates.length === 0 ? "not_found" : "ambiguous" } as const);

  return (scene: InterchangeScene) => {
    if (ids.has(scene.id)) return { lineageId: scene.id, by: "id" } as const;
    if (scene.number === null) return { reason: "not_found" } as const;
    const episode =
      scene.episode !== null && /^\d+$/u.test(scene.episode.trim()) ? Number(scene.episode) : null;
    const found = pick(inEpisode(scene.number, episode));
    if (!("reason" in found) || found.reason === "ambiguous" || episode !== null) return found;
    const label = /^(\d+)[.\-/](.+)$/u.exec(scene.number.trim());
    return label ? pick(inEpisode(label[2]!, Number(label[1]))) : found;
  };
}

/**
 * The unit of each board that holds day breaks (by board index): the unit the file names (`_unit`), else the one
 * named like the board, else the next unit not yet given. A board without day breaks needs none.
 */
function assignUnits(
  stripboard: InterchangeStripboard,
  project: UssProject,
  path: string,
  errors: UssError[],
): Map<number, string> {
  const units = new Map<number, string>();
  const given = new Set<string>();
  const byName = (name: string | null) => {
    if (!name?.trim()) return undefined;
    const wanted = name.trim();
    return (
      project.units.find((unit) => unit.name === wanted && !given.has(unit.id)) ??
      project.units.find(
        (unit) => unit.name.toLocaleLowerCase() === wanted.toLocaleLowerCase() && !given.has(unit.id),
      )
    );
  };
  const needing = stripboard.boards.flatMap((board, at) =>
    board.strips.some((strip) => strip.kind === "day") && board.name?.trim().toLowerCase() !== "boneyard"
      ? [at]
      : [],
  );
  const rest: number[] = [];
  for (const at of needing) {
    const board = stripboard.boards[at]!;
    const unit = byName(board.unit) ?? byName(board.name);
    if (unit) {
      units.set(at, unit.id);
      given.add(unit.id);
    } else rest.push(at);
  }
  for (const at of rest) {
    const unit = project.units.find((candidate) => !given.has(candidate.id));
    if (!unit) {
      const board = stripboard.boards[at]!;
      errors.push({
        code: "NO_UNIT",
        path: `${path}.boards[${at}]`,
        message:
          project.units.length === 0
            ? "the project has no shooting units: add one before importing a schedule"
            : `no shooting unit left for the board ${JSON.stringify(board.unit ?? board.name ?? "")}: the project has ${project.units.length}`,
      });
      continue;
    }
    units.set(at, unit.id);
    given.add(unit.id);
  }
  return units;
}
