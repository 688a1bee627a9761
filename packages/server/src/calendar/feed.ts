// The iCalendar text of a calendar feed: every shooting day of the published board (the project's feed), or the
// calls of one person (their feed) — each at the call time on the location's clock with its TZID, the location's
// address and point, and a link to the day's call sheet. A day whose scenes have no location yet is an all-day event.
import { and, eq, inArray } from "drizzle-orm";
import ical from "ical-generator";
import {
  callSheetLanguage,
  callSheetPhrasebook,
  fillPhrase,
  formatClockTime,
  zonedInstant,
  zoneOffsetMinutes,
  type CallSheetDetails,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { loadPublishedBoard, type PublishedBoard, type ShootingShift } from "../call-sheets/board-days.ts";
import { vtimezone } from "./vtimezone.ts";
import { wallTime } from "./wall-time.ts";

export type FeedRow = typeof schema.calendarFeeds.$inferSelect;

interface Call {
  shift: ShootingShift;
  /** "HH:MM" on the location's clock. */
  time: string;
  details: CallSheetDetails;
}

/** The date and wall-clock time of an instant in the zone. */
function wallAt(instant: number, timeZone: string) {
  const local = new Date(instant + zoneOffsetMinutes(instant, timeZone) * 60_000).toISOString();
  return { date: local.slice(0, 10), time: local.slice(11, 16) };
}

function firstLocation(board: PublishedBoard, shift: ShootingShift) {
  for (const id of shift.sceneIds) {
    const scene = board.inputs.scenes.find((candidate) => candidate.lineageId === id);
    const locationId = scene ? board.inputs.setsByName.get(scene.location)?.locationId : null;
    const location = locationId ? board.inputs.locations.get(locationId) : undefined;
    if (location) return location;
  }
  return null;
}

function crewCallOf(board: PublishedBoard, shift: ShootingShift, details: CallSheetDetails): string {
  if (details.crewCall) return details.crewCall;
  const unit = board.inputs.units.find((candidate) => candidate.id === shift.unitId);
  return formatClockTime(
    (shift.shift === "night" ? (unit?.nightCallHour ?? 18) : (unit?.dayCallHour ?? 8)) * 60,
  );
}

/** The person's calls: the days the board works their characters, and the days a published sheet was sent to them. */
async function personCalls(
  db: Database,
  board: PublishedBoard,
  personId: string,
  detailsOf: (dayId: string) => CallSheetDetails,
  sentDays: Set<string>,
) {
  const [person] = await db.select().from(schema.people).where(eq(schema.people.id, personId));
  if (!person) return [];
  const roles = await db.select().from(schema.personRoles).where(eq(schema.personRoles.personId, personId));
  const elements = new Set(roles.flatMap((role) => (role.elementId ? [role.elementId] : [])));
  return board.shifts.flatMap((shift): Call[] => {
    const details = detailsOf(shift.dayId);
    const acts = shift.sceneIds.some((id) =>
      (board.inputs.sceneCast.get(id) ?? []).some((cast) => elements.has(cast)),
    );
    if (!acts && !sentDays.has(shift.dayId)) return [];
    const crewCall = crewCallOf(board, shift, details);
    const castTimes = (details.cast ?? [])
      .filter((line) => elements.has(line.elementId))
      .flatMap((line) => [line.pickup, line.makeup, line.onSet].filter((time): time is string => !!time));
    const department = person.department?.trim().toLowerCase();
    const departmentCall = (details.crewCalls ?? []).find(
      (line) => line.department.trim().toLowerCase() === department,
    )?.call;
    const time = acts && castTimes.length > 0 ? [...castTimes].sort()[0]! : (departmentCall ?? crewCall);
    return [{ shift, time, details }];
  });
}

/** From the call to the end of the shift (crew call plus the unit's hours), on the location's clock. */
function timedEvent(date: string, time: string, crewCall: string, shiftHours: number, timeZone: string) {
  const start = zonedInstant(date, time, timeZone);
  const endInstant = Math.max(
    zonedInstant(date, crewCall, timeZone) + shiftHours * 3_600_000,
    start + 3_600_000,
  );
  const end = wallAt(endInstant, timeZone);
  return {
    timezone: timeZone,
    start: wallTime(date, time, start),
    end: wallTime(end.date, end.time, endInstant),
  };
}

function allDayEvent(date: string) {
  const start = Date.parse(`${date}T00:00:00Z`);
  const next = new Date(start + 86_400_000).toISOString().slice(0, 10);
  return {
    allDay: true,
    start: wallTime(date, "00:00", start),
    end: wallTime(next, "00:00", start + 86_400_000),
  };
}

export async function buildFeed(db: Database, feed: FeedRow, origin: string): Promise<string> {
  const board = await loadPublishedBoard(db, feed.projectId);
  const [project] = await db
    .select({ titles: schema.projects.titles })
    .from(schema.projects)
    .where(eq(schema.projects.id, feed.projectId));
  const [creator] = await db
    .select({ locale: schema.users.locale })
    .from(schema.users)
    .where(eq(schema.users.id, feed.userId));
  const language = callSheetLanguage(creator?.locale);
  const words = callSheetPhrasebook[language];
  const title =
    project?.titles[language] ?? project?.titles.ru ?? Object.values(project?.titles ?? {})[0] ?? "Kinomost";
  const sheets = board
    ? await db.select().from(schema.callSheets).where(eq(schema.callSheets.scheduleId, board.schedule.id))
    : [];
  const detailsOf = (dayId: string) =>
    (sheets.find((sheet) => sheet.dayId === dayId)?.details ?? {}) as CallSheetDetails;
  let calls: Call[] = [];
  let person: { name: string } | undefined;
  if (board && feed.kind === "project") {
    calls = board.shifts.map((shift) => ({
      shift,
      time: crewCallOf(board, shift, detailsOf(shift.dayId)),
      details: detailsOf(shift.dayId),
    }));
  } else if (board && feed.personId) {
    [person] = await db
      .select({ name: schema.people.name })
      .from(schema.people)
      .where(eq(schema.people.id, feed.personId));
    const published = sheets.filter((sheet) => sheet.status === "published");
    const sent =
      published.length === 0
        ? []
        : await db
            .select({ callSheetId: schema.callSheetRecipients.callSheetId })
            .from(schema.callSheetRecipients)
            .where(
              and(
                eq(schema.callSheetRecipients.personId, feed.personId),
                inArray(
                  schema.callSheetRecipients.callSheetId,
                  published.map((sheet) => sheet.id),
                ),
              ),
            );
    const sentDays = new Set(
      sent.map((row) => published.find((sheet) => sheet.id === row.callSheetId)!.dayId),
    );
    calls = await personCalls(db, board, feed.personId, detailsOf, sentDays);
  }

  const dates = calls.map((call) => Number(call.shift.date.slice(0, 4)));
  const fromYear = dates.length > 0 ? Math.min(...dates) : 2000;
  const toYear = dates.length > 0 ? Math.max(...dates) : 2000;
  const calendar = ical({
    name: person ? `${title}: ${person.name}` : `${title}: ${words.title}`,
    prodId: { company: "Kinomost", product: "call-sheets", language: language.toUpperCase() },
    timezone: { name: null, generator: (timeZone) => vtimezone(timeZone, fromYear, toYear) },
  });
  for (const call of calls) {
    const { shift, details } = call;
    const unit = board!.inputs.units.find((candidate) => candidate.id === shift.unitId);
    const location = firstLocation(board!, shift);
    const dayLine = fillPhrase(words.dayOf, { day: shift.number, days: board!.dayCount });
    const sheetUrl = `${origin}/projects/${feed.projectId}/call-sheets/${shift.number}?unit=${shift.unitId}`;
    const scenes = shift.sceneIds.flatMap(
      (id) => board!.inputs.scenes.find((scene) => scene.lineageId === id) ?? [],
    );
    const crewCall = crewCallOf(board!, shift, details);
    const description = [
      `${words.crewCall}: ${crewCall}${call.time !== crewCall ? ` · ${words.call}: ${call.time}` : ""}`,
      `${words.scenes}: ${scenes.map((scene) => `${scene.episode === null ? "" : `${scene.episode}.`}${scene.number ?? ""} ${scene.location}`).join("; ")}`,
      ...(details.notes ? [details.notes] : []),
      `${words.title}: ${sheetUrl}`,
    ].join("\n");
    calendar.createEvent({
      id: `${feed.kind}-${shift.dayId}${feed.personId ? `-${feed.personId}` : ""}@kinomost`,
      summary: `${person ? `${words.call} ${call.time} · ` : ""}${title} · ${dayLine} · ${shift.unitName}`,
      description,
      url: sheetUrl,
      stamp: feed.createdAt,
      ...(location
        ? {
            location: {
              title: location.name,
              ...(location.address ? { address: location.address } : {}),
              ...(location.latitude !== null && location.longitude !== null
                ? { geo: { lat: location.latitude, lon: location.longitude } }
                : {}),
            },
            ...timedEvent(shift.date, call.time, crewCall, unit?.shiftHours ?? 12, location.timeZone),
          }
        : allDayEvent(shift.date)),
    });
  }
  return calendar.toString();
}
