// The day out of days of a board read from the project: the board's shifts with the elements of one breakdown
// category in their scenes (and what those elements bring along), the country each shift is shot in, the board's
// days off, the public holidays of the countries involved, and each element's terms (home, travel, daily rate).
import { and, eq } from "drizzle-orm";
import {
  dayOutOfDays,
  publicHolidays,
  withLinkedElements,
  type BreakdownCategory,
  type DayOutOfDays,
  type DoodElement,
  type DoodHoliday,
  type DoodShootingDay,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { ApiError, notFound } from "../../http/errors.ts";
import { elementLinks, projectCategories } from "../../breakdown/queries.ts";
import { compareBoardIds, loadBoardRows, loadScheduleInputs, type ScheduleRow } from "../inputs.ts";
import { boardSchedule } from "../instance.ts";

export interface DoodReport {
  schedule: ScheduleRow;
  /** The project's title by language ("ru", "en" …). */
  projectTitles: Readonly<Record<string, string>>;
  category: BreakdownCategory;
  unitNames: ReadonlyMap<string, string>;
  report: DayOutOfDays;
}

/**
 * Public holidays with their names by country and year, computed once per process: the rule tables behind
 * them are fixed (a cache of pure data, not state).
 */
const holidayCache = new Map<string, DoodHoliday[]>();

function holidaysOf(country: string, fromYear: number, toYear: number): DoodHoliday[] {
  const out: DoodHoliday[] = [];
  for (let year = fromYear; year <= toYear; year++) {
    const key = `${country}:${year}`;
    let known = holidayCache.get(key);
    if (!known) {
      known = publicHolidays(country, year, year);
      holidayCache.set(key, known);
    }
    out.push(...known);
  }
  return out;
}

async function findBoard(db: Database, projectId: string, scheduleId: string | undefined) {
  if (scheduleId !== undefined) return scheduleId;
  const [published] = await db
    .select({ id: schema.schedules.id })
    .from(schema.schedules)
    .where(and(eq(schema.schedules.projectId, projectId), eq(schema.schedules.status, "published")));
  if (!published) {
    throw new ApiError(
      404,
      "NOT_FOUND",
      "the project has no published board yet: publish one, or name a board with ?schedule=",
    );
  }
  return published.id;
}

/** 400 naming `category` when the project has no such breakdown category. */
async function findCategory(db: Database, projectId: string, key: string): Promise<BreakdownCategory> {
  const category = (await projectCategories(db, projectId)).find((entry) => entry.key === key);
  if (!category) {
    const message = `the project has no breakdown category "${key}"`;
    throw new ApiError(400, "VALIDATION_FAILED", message, {
      fields: [{ path: "category", message, code: "no_such_category" }],
    });
  }
  return category;
}

export async function loadDayOutOfDays(
  db: Database,
  projectId: string,
  options: { scheduleId?: string; category: string },
): Promise<DoodReport> {
  const category = await findCategory(db, projectId, options.category);
  const scheduleId = await findBoard(db, projectId, options.scheduleId);
  const [board, inputs, elements, tags, links, project] = await Promise.all([
    loadBoardRows(db, projectId, scheduleId),
    loadScheduleInputs(db, projectId),
    db
      .select()
      .from(schema.breakdownElements)
      .where(
        and(
          eq(schema.breakdownElements.projectId, projectId),
          eq(schema.breakdownElements.category, category.key),
        ),
      ),
    db
      .select({ lineageId: schema.sceneElements.lineageId, elementId: schema.sceneElements.elementId })
      .from(schema.sceneElements)
      .where(
        and(eq(schema.sceneElements.projectId, projectId), eq(schema.sceneElements.status, "confirmed")),
      ),
    elementLinks(db, projectId),
    db
      .select({ titles: schema.projects.titles })
      .from(schema.projects)
      .where(eq(schema.projects.id, projectId)),
  ]);
  if (!board) throw notFound("board");

  const wanted = new Set(elements.map((element) => element.id));
  const tagged = new Map<string, string[]>();
  for (const tag of tags) tagged.set(tag.lineageId, [...(tagged.get(tag.lineageId) ?? []), tag.elementId]);
  const scenes = new Map(inputs.scenes.map((scene) => [scene.lineageId, scene]));
  const countryOf = (lineageId: string) => {
    const set = inputs.setsByName.get(scenes.get(lineageId)?.location ?? "");
    return set?.locationId ? (inputs.locations.get(set.locationId)?.country ?? null) : null;
  };

  const shifts = boardSchedule(board, inputs, scenes).days;
  const dates = [...new Set(shifts.map((shift) => shift.date))];
  const days: DoodShootingDay[] = shifts.map((shift) => ({
    date: shift.date,
    dayNumber: dates.indexOf(shift.date) + 1,
    unitId: shift.unitId,
    shift: shift.shift,
    country: shift.sceneIds.map(countryOf).find((country) => country !== null) ?? null,
    elementIds: shift.sceneIds.flatMap((lineageId) =>
      withLinkedElements(tagged.get(lineageId) ?? [], links).filter((id) => wanted.has(id)),
    ),
  }));

  const doodElements: DoodElement[] = [...elements].sort(compareBoardIds).map((element) => {
    const terms = inputs.castTerms.get(element.id);
    return {
      id: element.id,
      category: element.category,
      name: element.name,
      boardNumber: element.boardId,
      homeCountry: terms?.homeCountry ?? null,
      travelDaysIn: terms?.travelDays ?? 0,
      travelDaysOut: terms?.travelDays ?? 0,
      allowHold: element.allowHold,
      allowDropPickup: element.allowDropPickup,
      minDropGapDays: element.minDropGapDays,
      dailyRate: terms ? { minor: terms.dailyRateMinor, currency: terms.currency } : null,
    };
  });

  const { schedule } = board;
  const countries = new Set<string>();
  for (const day of days) if (day.country) countries.add(day.country);
  for (const element of doodElements) if (element.homeCountry) countries.add(element.homeCountry);
  const years = [schedule.firstDate, schedule.lastDate, ...dates].map((date) => Number(date.slice(0, 4)));
  const holidays: Record<string, DoodHoliday[]> = {};
  for (const country of [...countries].sort())
    holidays[country] = holidaysOf(country, Math.min(...years), Math.max(...years));

  return {
    schedule,
    projectTitles: project[0]?.titles ?? {},
    category,
    unitNames: new Map(inputs.units.map((unit) => [unit.id, unit.name])),
    report: dayOutOfDays({
      days,
      calendar: { weeklyDaysOff: schedule.weeklyDaysOff, daysOff: schedule.daysOff, holidays },
      elements: doodElements,
    }),
  };
}
