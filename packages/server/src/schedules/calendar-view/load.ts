// The shooting calendar of a board read from the project: the board's shifts with the locations, scene count and
// pages of their scenes, the units in the board's order, the countries of the accepted partners, and the public
// holidays with their names of every country involved, handed to the core's `shootingCalendar`. A board that the
// scheduler could not price yet (a cast member without terms) still has a calendar: only the board is needed.
import { and, eq } from "drizzle-orm";
import {
  holidayCountries,
  namedPublicHolidays,
  shootingCalendar,
  type CalendarLocation,
  type CalendarShift,
  type NamedHoliday,
  type ShootingCalendar,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { notFound } from "../../http/errors.ts";
import { loadBoardRows, loadScheduleInputs, type ScheduleInputs, type BoardRows } from "../inputs.ts";

export interface CalendarReport {
  board: BoardRows["schedule"];
  calendar: ShootingCalendar;
}

async function partnerCountries(db: Database, projectId: string): Promise<string[]> {
  const rows = await db
    .selectDistinct({ country: schema.organizations.country })
    .from(schema.partners)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.partners.organizationId))
    .where(and(eq(schema.partners.projectId, projectId), eq(schema.partners.status, "accepted")));
  return rows.map((row) => row.country);
}

/** The board's shifts as the calendar reads them; strips of scenes no longer in the scripts drop out. */
export function calendarShifts(inputs: ScheduleInputs, board: BoardRows): CalendarShift[] {
  const scenes = new Map(inputs.scenes.map((scene) => [scene.lineageId, scene]));
  const stripsOf = new Map<string, string[]>();
  for (const strip of board.strips) {
    if (!strip.dayId || !scenes.has(strip.lineageId)) continue;
    stripsOf.set(strip.dayId, [...(stripsOf.get(strip.dayId) ?? []), strip.lineageId]);
  }
  return board.days.map((day) => {
    const lineages = stripsOf.get(day.id) ?? [];
    const locations = new Map<string, CalendarLocation>();
    let eighths = 0;
    for (const lineageId of lineages) {
      const scene = scenes.get(lineageId)!;
      eighths += scene.eighths;
      const set = inputs.setsByName.get(scene.location);
      const location = set?.locationId ? inputs.locations.get(set.locationId) : undefined;
      if (location && !locations.has(location.id))
        locations.set(location.id, { id: location.id, name: location.name, country: location.country });
    }
    return {
      date: day.date,
      unitId: day.unitId,
      shift: day.shift,
      locations: [...locations.values()],
      sceneCount: lineages.length,
      eighths,
    };
  });
}

/** The calendar of the project's board from `from` to `to`; 404 when the project has no such board. */
export async function loadShootingCalendar(
  db: Database,
  projectId: string,
  scheduleId: string,
  range: { from: string; to: string },
): Promise<CalendarReport> {
  const [inputs, board, partners] = await Promise.all([
    loadScheduleInputs(db, projectId),
    loadBoardRows(db, projectId, scheduleId),
    partnerCountries(db, projectId),
  ]);
  if (!board) throw notFound("board");
  const shifts = calendarShifts(inputs, board);
  const countries = new Set(partners);
  for (const shift of shifts) for (const location of shift.locations) countries.add(location.country);
  const known = new Set<string>(holidayCountries);
  const holidays: Record<string, NamedHoliday[]> = {};
  for (const country of countries) {
    if (known.has(country))
      holidays[country] = namedPublicHolidays(
        country,
        Number(range.from.slice(0, 4)),
        Number(range.to.slice(0, 4)),
      );
  }
  const { schedule } = board;
  return {
    board: schedule,
    calendar: shootingCalendar({
      from: range.from,
      to: range.to,
      firstDate: schedule.firstDate,
      lastDate: schedule.lastDate,
      weeklyDaysOff: schedule.weeklyDaysOff,
      daysOff: schedule.daysOff,
      units: inputs.units.map((unit) => ({ id: unit.id, name: unit.name })),
      shifts,
      holidays,
      partnerCountries: partners,
    }),
  };
}
