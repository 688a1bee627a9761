// What a project gives its shooting schedule, read in one go: the scenes of the current draft of every episode
// with their sets, locations and confirmed cast, the cast's terms, the locations' terms, the units and the agreed
// rates. The board view and the scheduler's instance are both made from this one read.
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { latestDraftIds } from "../scripts/latest-drafts.ts";

export type UnitRow = typeof schema.shootingUnits.$inferSelect;
export type LocationRow = typeof schema.locations.$inferSelect;
export type LocationTermsRow = typeof schema.locationTerms.$inferSelect;
export type CastTermsRow = typeof schema.castTerms.$inferSelect;
export type ScheduleRow = typeof schema.schedules.$inferSelect;
export type DayRow = typeof schema.scheduleDays.$inferSelect;
export type StripRow = typeof schema.scheduleStrips.$inferSelect;

export interface SceneInput {
  lineageId: string;
  number: string | null;
  heading: string;
  setting: "INT" | "EXT" | "INT/EXT" | null;
  time: (typeof schema.scenes.$inferSelect)["time"];
  timeText: string | null;
  /** The set's name as the heading writes it. */
  location: string;
  eighths: number;
  screenSeconds: number;
  /** The episode's number; null for a feature's script. */
  episode: number | null;
}

export interface CastElement {
  id: string;
  name: string;
  boardId: string | null;
  allowHold: boolean;
  allowDropPickup: boolean;
  minDropGapDays: number;
}

export interface ScheduleInputs {
  reportingCurrency: string;
  units: UnitRow[];
  /** Episode by episode, in script order. */
  scenes: SceneInput[];
  setsByName: Map<string, { id: string; name: string; locationId: string | null }>;
  locations: Map<string, LocationRow>;
  locationTerms: Map<string, LocationTermsRow>;
  /** Every cast element of the project, in board order. */
  cast: CastElement[];
  /** The confirmed cast of each scene (element ids), by lineage. */
  sceneCast: Map<string, string[]>;
  castTerms: Map<string, CastTermsRow>;
  rates: { currency: string; perUnit: string; date: string | null }[];
}

export interface BoardRows {
  schedule: ScheduleRow;
  days: DayRow[];
  strips: StripRow[];
}

/** Cast board ids are numbers written as text: "2" before "10"; elements without one go last, by name. */
export function compareBoardIds(a: { boardId: string | null; name: string }, b: typeof a): number {
  const rank = (id: string | null) => (id !== null && /^\d+$/.test(id) ? Number(id) : Infinity);
  return rank(a.boardId) - rank(b.boardId) || a.name.localeCompare(b.name, "ru");
}

export async function loadScheduleInputs(db: Database, projectId: string): Promise<ScheduleInputs> {
  const drafts = await latestDraftIds(db, projectId);
  const [project, units, scenes, sets, locations, locationTerms, cast, tags, castTerms, rates] =
    await Promise.all([
      db
        .select({ reportingCurrency: schema.projects.reportingCurrency })
        .from(schema.projects)
        .where(eq(schema.projects.id, projectId)),
      db
        .select()
        .from(schema.shootingUnits)
        .where(eq(schema.shootingUnits.projectId, projectId))
        .orderBy(asc(schema.shootingUnits.position), asc(schema.shootingUnits.name)),
      drafts.length === 0
        ? []
        : db
            .select({
              lineageId: schema.scenes.lineageId,
              number: schema.scenes.number,
              heading: schema.scenes.heading,
              setting: schema.scenes.setting,
              time: schema.scenes.time,
              timeText: schema.scenes.timeText,
              location: schema.scenes.location,
              eighths: schema.scenes.eighths,
              screenSeconds: schema.scenes.screenSeconds,
              episode: schema.episodes.number,
              position: schema.scenes.position,
            })
            .from(schema.scenes)
            .innerJoin(schema.scriptDrafts, eq(schema.scriptDrafts.id, schema.scenes.draftId))
            .innerJoin(schema.scripts, eq(schema.scripts.id, schema.scriptDrafts.scriptId))
            .leftJoin(schema.episodes, eq(schema.episodes.id, schema.scripts.episodeId))
            .where(inArray(schema.scenes.draftId, drafts))
            .orderBy(asc(schema.episodes.number), asc(schema.scenes.position)),
      db
        .select({ id: schema.sets.id, name: schema.sets.name, locationId: schema.sets.locationId })
        .from(schema.sets)
        .where(eq(schema.sets.projectId, projectId)),
      db.select().from(schema.locations).where(eq(schema.locations.projectId, projectId)),
      db.select().from(schema.locationTerms).where(eq(schema.locationTerms.projectId, projectId)),
      db
        .select({
          id: schema.breakdownElements.id,
          name: schema.breakdownElements.name,
          boardId: schema.breakdownElements.boardId,
          allowHold: schema.breakdownElements.allowHold,
          allowDropPickup: schema.breakdownElements.allowDropPickup,
          minDropGapDays: schema.breakdownElements.minDropGapDays,
        })
        .from(schema.breakdownElements)
        .where(
          and(
            eq(schema.breakdownElements.projectId, projectId),
            eq(schema.breakdownElements.category, "cast"),
          ),
        ),
      db
        .select({ lineageId: schema.sceneElements.lineageId, elementId: schema.sceneElements.elementId })
        .from(schema.sceneElements)
        .innerJoin(schema.breakdownElements, eq(schema.breakdownElements.id, schema.sceneElements.elementId))
        .where(
          and(
            eq(schema.sceneElements.projectId, projectId),
            eq(schema.sceneElements.status, "confirmed"),
            eq(schema.breakdownElements.category, "cast"),
          ),
        ),
      db.select().from(schema.castTerms).where(eq(schema.castTerms.projectId, projectId)),
      db
        .select({
          currency: schema.agreedRates.currency,
          perUnit: schema.agreedRates.perUnit,
          date: schema.agreedRates.date,
        })
        .from(schema.agreedRates)
        .where(eq(schema.agreedRates.projectId, projectId)),
    ]);
  const sortedCast = [...cast].sort(compareBoardIds);
  const castOrder = new Map(sortedCast.map((element, index) => [element.id, index]));
  const sceneCast = new Map<string, string[]>();
  for (const tag of tags) {
    const list = sceneCast.get(tag.lineageId) ?? [];
    list.push(tag.elementId);
    sceneCast.set(tag.lineageId, list);
  }
  for (const list of sceneCast.values()) list.sort((a, b) => castOrder.get(a)! - castOrder.get(b)!);
  return {
    reportingCurrency: project[0]?.reportingCurrency ?? "RUB",
    units,
    scenes: scenes.map(({ position: _position, ...scene }) => scene),
    setsByName: new Map(sets.map((set) => [set.name, set])),
    locations: new Map(locations.map((location) => [location.id, location])),
    locationTerms: new Map(locationTerms.map((terms) => [terms.locationId, terms])),
    cast: sortedCast,
    sceneCast,
    castTerms: new Map(castTerms.map((terms) => [terms.elementId, terms])),
    rates,
  };
}

/** A board of the project with its days and strips; null when the project has no such board. */
export async function loadBoardRows(
  db: Database,
  projectId: string,
  scheduleId: string,
): Promise<BoardRows | null> {
  const [schedule] = await db
    .select()
    .from(schema.schedules)
    .where(and(eq(schema.schedules.id, scheduleId), eq(schema.schedules.projectId, projectId)));
  if (!schedule) return null;
  const [days, strips] = await Promise.all([
    db
      .select()
      .from(schema.scheduleDays)
      .where(eq(schema.scheduleDays.scheduleId, scheduleId))
      .orderBy(asc(schema.scheduleDays.date)),
    db
      .select()
      .from(schema.scheduleStrips)
      .where(eq(schema.scheduleStrips.scheduleId, scheduleId))
      .orderBy(asc(schema.scheduleStrips.position)),
  ]);
  return { schedule, days, strips };
}
