// Breakdown sheets of a draft, one per scene, as the trade prints them (PDF) and as a spreadsheet (CSV):
// /api/v1/projects/{projectId}/scripts/drafts/{draftId}/breakdown.pdf and breakdown.csv.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq } from "drizzle-orm";
import { breakdownSheetsCsv, withLinkedElements, type BreakdownSheet } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { notFound } from "../http/errors.ts";
import { errorResponses, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { elementLinks, projectCategories, taggedElements } from "./queries.ts";
import { renderBreakdownSheetsPdf } from "./sheet-pdf.ts";

const tags = ["Breakdown"];
const draftParams = z.object({ projectId: uuidParam("projectId"), draftId: uuidParam("draftId") });
const sheetQuery = z.strictObject({
  language: z
    .enum(["ru", "en"])
    .optional()
    .openapi({ description: "The sheet's language; Russian by default" }),
  scene: z.uuid().optional().openapi({ description: "One scene's sheet instead of the whole draft's" }),
});

const colorNames: Record<"ru" | "en", Record<string, string>> = {
  ru: {
    white: "белая",
    blue: "голубая",
    pink: "розовая",
    yellow: "жёлтая",
    green: "зелёная",
    goldenrod: "золотистая",
    buff: "бежевая",
    salmon: "лососевая",
    cherry: "вишнёвая",
  },
  en: {},
};

/** The sheets of a draft's scenes (or of one), with confirmed elements and what they bring along. */
export async function loadBreakdownSheets(
  db: Database,
  projectId: string,
  draftId: string,
  language: "ru" | "en",
  sceneId?: string,
): Promise<BreakdownSheet[]> {
  const [row] = await db
    .select({
      draft: schema.scriptDrafts,
      titles: schema.projects.titles,
      episodeNumber: schema.episodes.number,
      episodeTitles: schema.episodes.titles,
    })
    .from(schema.scriptDrafts)
    .innerJoin(schema.scripts, eq(schema.scripts.id, schema.scriptDrafts.scriptId))
    .innerJoin(schema.projects, eq(schema.projects.id, schema.scripts.projectId))
    .leftJoin(schema.episodes, eq(schema.episodes.id, schema.scripts.episodeId))
    .where(and(eq(schema.scriptDrafts.id, draftId), eq(schema.scripts.projectId, projectId)));
  if (!row) throw notFound("draft");
  const scenes = (
    await db
      .select()
      .from(schema.scenes)
      .where(eq(schema.scenes.draftId, draftId))
      .orderBy(asc(schema.scenes.position))
  ).filter((scene) => sceneId === undefined || scene.id === sceneId);
  if (sceneId !== undefined && scenes.length === 0) throw notFound("scene");
  const tagged = (
    await taggedElements(
      db,
      scenes.map((scene) => scene.lineageId),
    )
  ).filter((element) => element.status === "confirmed");
  const links = await elementLinks(db, projectId);
  const allElements = await db
    .select()
    .from(schema.breakdownElements)
    .where(eq(schema.breakdownElements.projectId, projectId));
  const byId = new Map(allElements.map((element) => [element.id, element]));
  const places = await db
    .select({ set: schema.sets.name, location: schema.locations })
    .from(schema.sets)
    .leftJoin(schema.locations, eq(schema.locations.id, schema.sets.locationId))
    .where(eq(schema.sets.projectId, projectId));
  const locationOf = new Map(places.map((place) => [place.set, place.location]));
  const pick = (titles: Record<string, string> | null) =>
    titles ? (titles[language] ?? titles.ru ?? Object.values(titles)[0] ?? null) : null;
  const episode =
    row.episodeNumber === null
      ? null
      : [
          language === "ru" ? `Серия ${row.episodeNumber}` : `Episode ${row.episodeNumber}`,
          pick(row.episodeTitles),
        ]
          .filter(Boolean)
          .join(". ");
  const colorName = colorNames[language][row.draft.color] ?? row.draft.color;
  const draft =
    language === "ru"
      ? `Редакция ${row.draft.number} (${colorName})`
      : `Draft ${row.draft.number} (${colorName})`;
  return scenes.map((scene) => {
    const own = tagged.filter((element) => element.lineageId === scene.lineageId);
    const ids = withLinkedElements(
      own.map((element) => element.elementId),
      links,
    );
    const location = locationOf.get(scene.location) ?? null;
    return {
      project: pick(row.titles) ?? "",
      episode,
      draft,
      scene: {
        number: scene.number,
        heading: scene.heading,
        setting: scene.setting,
        time: scene.time,
        timeText: scene.timeText,
        storyDay: scene.storyDay,
        eighths: scene.eighths,
        screenSeconds: scene.screenSeconds,
        set: scene.location,
        location: location
          ? { name: location.name, address: location.address, country: location.country }
          : null,
        synopsis: scene.synopsis,
      },
      elements: ids.flatMap((id) => {
        const element = byId.get(id);
        return element ? [{ category: element.category, name: element.name, boardId: element.boardId }] : [];
      }),
    };
  });
}

export function registerBreakdownSheetRoutes(app: Router) {
  const sheetRoute = (format: "pdf" | "csv") =>
    createRoute({
      method: "get",
      path: `/projects/{projectId}/scripts/drafts/{draftId}/breakdown.${format}`,
      tags,
      summary: `Breakdown sheets of the draft's scenes as ${format.toUpperCase()}`,
      security,
      request: { params: draftParams, query: sheetQuery },
      responses: {
        200: {
          description: `Breakdown sheets (${format === "pdf" ? "one page per scene" : "one row per element"})`,
          content: { [format === "pdf" ? "application/pdf" : "text/csv"]: { schema: z.string() } },
        },
        ...errorResponses,
      },
    });

  for (const format of ["pdf", "csv"] as const) {
    app.openapi(sheetRoute(format), async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "project.read");
      const { draftId } = c.req.valid("param");
      const { language = "ru", scene } = c.req.valid("query");
      const sheets = await loadBreakdownSheets(db, projectId, draftId, language, scene);
      const categories = await projectCategories(db, projectId);
      const fileName = `breakdown-${draftId.slice(0, 8)}.${format}`;
      c.header("Content-Disposition", `attachment; filename="${fileName}"`);
      if (format === "csv") {
        c.header("Content-Type", "text/csv; charset=utf-8");
        // A byte-order mark, so that spreadsheet programs read the Cyrillic as UTF-8.
        return c.body(`\uFEFF${breakdownSheetsCsv(sheets, categories, language)}`, 200);
      }
      c.header("Content-Type", "application/pdf");
      const pdf = await renderBreakdownSheetsPdf(sheets, categories, language);
      return c.body(pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer, 200);
    });
  }
}
