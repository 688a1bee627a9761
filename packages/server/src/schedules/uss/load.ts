// What a USS export and import read of a project. The export: a board as Kinomost's interchange model — every
// current scene with its heading fields, synopsis and confirmed elements, each unit's days as a board of the
// stripboard ending in day breaks, the boneyard, the calendar. The import: the project's scenes, units, elements and
// categories the core matches a file against. Nothing here writes.
import { and, asc, eq, inArray } from "drizzle-orm";
import {
  pickLocalized,
  ussCategoryNumbers,
  ussSyntheticId,
  type InterchangeElement,
  type InterchangeScene,
  type InterchangeStrip,
  type ScheduleInterchange,
  type UssProject,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { elementLinks, projectCategories } from "../../breakdown/queries.ts";
import { latestDraftIds } from "../../scripts/latest-drafts.ts";
import { compareBoardIds, loadBoardRows } from "../inputs.ts";

async function currentScenes(db: Database, projectId: string) {
  const drafts = await latestDraftIds(db, projectId);
  if (drafts.length === 0) return [];
  return db
    .select({
      lineageId: schema.scenes.lineageId,
      number: schema.scenes.number,
      setting: schema.scenes.setting,
      time: schema.scenes.time,
      timeText: schema.scenes.timeText,
      location: schema.scenes.location,
      storyDay: schema.scenes.storyDay,
      eighths: schema.scenes.eighths,
      synopsis: schema.scenes.synopsis,
      episode: schema.episodes.number,
      draftColor: schema.scriptDrafts.color,
      importedAt: schema.scriptDrafts.importedAt,
    })
    .from(schema.scenes)
    .innerJoin(schema.scriptDrafts, eq(schema.scriptDrafts.id, schema.scenes.draftId))
    .innerJoin(schema.scripts, eq(schema.scripts.id, schema.scriptDrafts.scriptId))
    .leftJoin(schema.episodes, eq(schema.episodes.id, schema.scripts.episodeId))
    .where(inArray(schema.scenes.draftId, drafts))
    .orderBy(asc(schema.episodes.number), asc(schema.scenes.position));
}

async function units(db: Database, projectId: string) {
  return db
    .select({ id: schema.shootingUnits.id, name: schema.shootingUnits.name })
    .from(schema.shootingUnits)
    .where(eq(schema.shootingUnits.projectId, projectId))
    .orderBy(asc(schema.shootingUnits.position), asc(schema.shootingUnits.name));
}

/** The project as an import matches a file against it. */
export async function loadUssProject(db: Database, projectId: string): Promise<UssProject> {
  const [scenes, unitRows, elements, categories] = await Promise.all([
    currentScenes(db, projectId),
    units(db, projectId),
    db
      .select({
        id: schema.breakdownElements.id,
        category: schema.breakdownElements.category,
        name: schema.breakdownElements.name,
        boardId: schema.breakdownElements.boardId,
      })
      .from(schema.breakdownElements)
      .where(eq(schema.breakdownElements.projectId, projectId)),
    projectCategories(db, projectId),
  ]);
  return {
    scenes: scenes.map((scene) => ({
      lineageId: scene.lineageId,
      number: scene.number,
      episode: scene.episode,
      time: scene.time,
    })),
    units: unitRows,
    elements,
    categoryKeys: categories.map((category) => category.key),
  };
}

/** One value when every item has the same, else null. */
function shared<T>(values: readonly T[]): T | null {
  return values.length > 0 && values.every((value) => value === values[0]) ? values[0]! : null;
}

/** The board as Kinomost's interchange model, or null when the project has no such board. */
export async function loadBoardInterchange(
  db: Database,
  projectId: string,
  scheduleId: string,
  author: string,
): Promise<{ model: ScheduleInterchange; name: string } | null> {
  const board = await loadBoardRows(db, projectId, scheduleId);
  if (!board) return null;
  const [[project], scenes, unitRows, sets, locations, categories, links, castTerms] = await Promise.all([
    db
      .select({
        titles: schema.projects.titles,
        languages: schema.projects.languages,
        company: schema.organizations.names,
      })
      .from(schema.projects)
      .innerJoin(schema.organizations, eq(schema.organizations.id, schema.projects.leadOrganizationId))
      .where(eq(schema.projects.id, projectId)),
    currentScenes(db, projectId),
    units(db, projectId),
    db.select().from(schema.sets).where(eq(schema.sets.projectId, projectId)),
    db.select().from(schema.locations).where(eq(schema.locations.projectId, projectId)),
    projectCategories(db, projectId),
    elementLinks(db, projectId),
    db.select().from(schema.castTerms).where(eq(schema.castTerms.projectId, projectId)),
  ]);
  const lineages = scenes.map((scene) => scene.lineageId);
  const tags =
    lineages.length === 0
      ? []
      : await db
          .select({ lineageId: schema.sceneElements.lineageId, element: schema.breakdownElements })
          .from(schema.sceneElements)
          .innerJoin(
            schema.breakdownElements,
            eq(schema.breakdownElements.id, schema.sceneElements.elementId),
          )
          .where(
            and(
              eq(schema.sceneElements.projectId, projectId),
              eq(schema.sceneElements.status, "confirmed"),
              inArray(schema.sceneElements.lineageId, lineages),
            ),
          );

  // Categories and their USS numbers: every category of the project, so that numbers do not shift with use.
  const numbers = ussCategoryNumbers(
    categories.map((category) => ({ key: category.key, name: category.names.en })),
  );
  const modelCategories = categories.map((category, at) => ({
    id: ussSyntheticId("category", numbers[at]!),
    key: category.key,
    name: category.names.en,
    ucid: numbers[at]!,
    created: null,
  }));
  const categoryIds = new Map(modelCategories.map((category) => [category.key, category.id]));
  const categoryOrder = new Map(categories.map((category, at) => [category.key, at]));

  const elementRows = [...new Map(tags.map((tag) => [tag.element.id, tag.element])).values()].sort(
    (a, b) =>
      (categoryOrder.get(a.category) ?? Infinity) - (categoryOrder.get(b.category) ?? Infinity) ||
      compareBoardIds(a, b),
  );
  const exported = new Set(elementRows.map((element) => element.id));
  const linksOf = new Map(links.map((link) => [link.id, link.links.filter((id) => exported.has(id))]));
  const blocked = new Map(castTerms.map((terms) => [terms.elementId, terms.blockedDates]));
  let eventCount = 0;
  const elements: InterchangeElement[] = elementRows.flatMap((element) => {
    const categoryId = categoryIds.get(element.category);
    if (!categoryId) return [];
    return [
      {
        id: element.id,
        categoryId,
        name: element.name,
        boardId: element.boardId,
        boardIdLocked: element.boardId !== null,
        allowHold: element.allowHold,
        allowDropPickup: element.allowDropPickup,
        minDropGapDays: element.minDropGapDays,
        inDood: element.category === "cast",
        links: linksOf.get(element.id) ?? [],
        // The dates a cast member cannot work are the standard's days off of the element.
        events: [...(blocked.get(element.id) ?? [])].sort().map((date) => ({
          id: ussSyntheticId("event", ++eventCount),
          type: "dayOff" as const,
          name: "dayOff",
          date,
        })),
        created: element.createdAt.toISOString(),
      },
    ];
  });

  const elementOrder = new Map(elements.map((element, at) => [element.id, at]));
  const tagsOf = new Map<string, string[]>();
  for (const tag of tags) {
    if (!elementOrder.has(tag.element.id)) continue;
    tagsOf.set(tag.lineageId, [...(tagsOf.get(tag.lineageId) ?? []), tag.element.id]);
  }
  const setLocation = new Map(sets.map((set) => [set.name, set.locationId]));
  const locationName = new Map(locations.map((location) => [location.id, location.name]));
  const modelScenes: InterchangeScene[] = scenes.map((scene) => {
    const locationId = setLocation.get(scene.location);
    return {
      id: scene.lineageId,
      number: scene.number,
      episode: scene.episode === null ? null : String(scene.episode),
      setting: scene.setting,
      time: scene.time,
      timeText: scene.time ? null : scene.timeText,
      set: scene.location.trim() || null,
      location: locationId ? (locationName.get(locationId) ?? null) : null,
      storyDay: scene.storyDay,
      eighths: scene.eighths,
      synopsis: scene.synopsis,
      comments: null,
      scriptPage: null,
      shootMs: null,
      elementIds: (tagsOf.get(scene.lineageId) ?? []).sort(
        (a, b) => elementOrder.get(a)! - elementOrder.get(b)!,
      ),
      created: scene.importedAt.toISOString(),
    };
  });

  // Strips: each unit's days in date order, each ending in its day break; the boneyard after.
  const current = new Set(lineages);
  const stripsOf = new Map<string, string[]>();
  const placed = new Set<string>();
  for (const strip of board.strips) {
    if (!strip.dayId || !current.has(strip.lineageId)) continue;
    stripsOf.set(strip.dayId, [...(stripsOf.get(strip.dayId) ?? []), strip.lineageId]);
    placed.add(strip.lineageId);
  }
  const boneyardRank = new Map(
    board.strips.filter((strip) => !strip.dayId).map((s) => [s.lineageId, s.position]),
  );
  const boneyard = lineages
    .filter((lineageId) => !placed.has(lineageId))
    .map((lineageId, at) => ({ lineageId, rank: boneyardRank.get(lineageId) ?? 1e9 + at }))
    .sort((a, b) => a.rank - b.rank)
    .map((entry) => entry.lineageId);
  const days = [...board.days].sort((a, b) => a.date.localeCompare(b.date));
  const { schedule } = board;
  const unitBoards = unitRows.map((unit, at) => ({
    id: unit.id,
    name: at === 0 ? "stripboard" : unit.name,
    unit: unit.name,
    strips: days
      .filter((day) => day.unitId === unit.id)
      .flatMap((day): InterchangeStrip[] => [
        ...(stripsOf.get(day.id) ?? []).map((sceneId) => ({ kind: "scene" as const, sceneId })),
        { kind: "day", id: day.id, date: day.date, shift: day.shift, created: null },
      ]),
  }));
  const calendarId = ussSyntheticId("calendar", 1);
  const onBoard = scenes.filter((scene) => placed.has(scene.lineageId));
  const titles = project ? pickLocalized(project.titles, project.languages) : null;
  const model: ScheduleInterchange = {
    header: {
      id: schedule.id,
      name: schedule.name,
      project: titles,
      author,
      company: project ? pickLocalized(project.company, project.languages) : null,
      description: null,
      created: schedule.createdAt.toISOString(),
      episode: shared(onBoard.map((scene) => scene.episode))?.toString() ?? null,
      episodeName: null,
      season: null,
      schedColor: null,
      schedDate: schedule.publishedAt?.toISOString() ?? null,
      scriptColor: shared(scenes.map((scene) => scene.draftColor)),
      scriptDate:
        scenes
          .map((scene) => scene.importedAt.toISOString())
          .sort()
          .at(-1) ?? null,
      source: "Kinomost",
    },
    categories: modelCategories,
    elements,
    scenes: modelScenes,
    stripboards: [
      {
        id: ussSyntheticId("stripboard", 1),
        name: schedule.name,
        calendarId,
        boards: [
          ...unitBoards,
          {
            id: ussSyntheticId("board", 1),
            name: "boneyard",
            unit: null,
            strips: boneyard.map((sceneId) => ({ kind: "scene" as const, sceneId })),
          },
        ],
      },
    ],
    calendars: [
      {
        id: calendarId,
        name: schedule.name,
        start: { id: ussSyntheticId("event", 0), date: days[0]?.date ?? schedule.firstDate },
        weeklyDaysOff: [...schedule.weeklyDaysOff].sort((a, b) => a - b),
        daysOff: [...schedule.daysOff].sort().map((date, at) => ({
          id: ussSyntheticId("event", eventCount + at + 1),
          type: "dayOff" as const,
          name: "holiday",
          date,
        })),
        events: [],
        firstDate: schedule.firstDate,
        lastDate: schedule.lastDate,
      },
    ],
  };
  return { model, name: schedule.name };
}
