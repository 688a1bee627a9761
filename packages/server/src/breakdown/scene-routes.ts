// /api/v1/projects/{projectId}/scenes/{sceneId}: one scene's breakdown — what is tagged in it, what the
// dictionary suggests from its words, its set and location — tagging and untagging, and the scene's own
// length, screen time and synopsis.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import {
  createDictionaryMatcher,
  estimateScreenSeconds,
  suggestSceneElements,
  withLinkedElements,
} from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { ApiError, notFound, versionConflict } from "../http/errors.ts";
import {
  conflictResponse,
  errorResponses,
  jsonBody,
  jsonResponse,
  noContent,
  security,
} from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { plainText, uuidParam, versionField } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import {
  elementLinks,
  findScene,
  requireCategory,
  sceneElementsAt,
  taggedElements,
  type SceneRow,
} from "./queries.ts";

const tags = ["Breakdown"];
const sceneParams = z.object({ projectId: uuidParam("projectId"), sceneId: uuidParam("sceneId") });

const taggedSchema = z
  .object({
    elementId: z.uuid(),
    category: z.string(),
    name: z.string(),
    boardId: z.string().nullable(),
    source: z.enum(["cast", "tag", "dictionary", "script", "manual", "link"]),
    status: z.enum(["suggested", "confirmed"]),
    quote: z.string().nullable(),
    broughtBy: z.string().nullable().openapi({ description: "The element that brings this one along" }),
  })
  .openapi("SceneElement");

const suggestionSchema = z
  .object({
    entryId: z.uuid(),
    category: z.string(),
    elementName: z.string(),
    text: z.string().openapi({ description: "The words of the script that matched" }),
    line: z.number().int(),
    elementIndex: z.number().int().openapi({ description: "Index in the scene's screenplay elements" }),
    start: z.number().int(),
    end: z.number().int(),
  })
  .openapi("BreakdownSuggestion");

const sceneDetailSchema = z
  .object({
    id: z.uuid(),
    draftId: z.uuid(),
    lineageId: z.uuid(),
    number: z.string().nullable(),
    heading: z.string(),
    setting: z.enum(["INT", "EXT", "INT/EXT"]).nullable(),
    location: z.string(),
    time: z.string().nullable(),
    timeText: z.string().nullable(),
    storyDay: z.string().nullable(),
    characters: z.array(z.string()),
    eighths: z.number().int(),
    screenSeconds: z.number().int(),
    lengthEdited: z.boolean(),
    synopsis: z.string().nullable(),
    line: z.number().int(),
    version: z.number().int(),
  })
  .openapi("SceneDetail");

function toSceneDetail(scene: SceneRow) {
  const { content: _content, position: _position, revision: _revision, ...detail } = scene;
  return detail;
}

export function registerSceneBreakdownRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/scenes/{sceneId}/breakdown",
      tags,
      summary: "A scene's breakdown: tagged elements, dictionary suggestions, its set and location",
      security,
      request: { params: sceneParams },
      responses: {
        200: jsonResponse(
          "The scene's breakdown",
          z.object({
            scene: sceneDetailSchema,
            set: z
              .object({
                id: z.uuid(),
                name: z.string(),
                location: z
                  .object({
                    id: z.uuid(),
                    name: z.string(),
                    country: z.string(),
                    address: z.string().nullable(),
                    timeZone: z.string(),
                  })
                  .nullable(),
              })
              .nullable(),
            elements: z.array(taggedSchema),
            suggestions: z.array(suggestionSchema),
            screenplay: z.array(z.unknown()).openapi({ description: "The scene's screenplay elements" }),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "project.read");
      const { scene, draft } = await findScene(db, projectId, c.req.valid("param").sceneId);
      const screenplay = sceneElementsAt(draft.elements, scene.line);
      const elements = await sceneElementList(db, projectId, scene.lineageId);
      const suggestions = await dictionarySuggestions(db, projectId, scene.lineageId, screenplay, elements);
      const [set] = await db
        .select({ set: schema.sets, location: schema.locations })
        .from(schema.sets)
        .leftJoin(schema.locations, eq(schema.locations.id, schema.sets.locationId))
        .where(and(eq(schema.sets.projectId, projectId), eq(schema.sets.name, scene.location)));
      return c.json(
        {
          scene: toSceneDetail(scene),
          set: set
            ? {
                id: set.set.id,
                name: set.set.name,
                location: set.location
                  ? {
                      id: set.location.id,
                      name: set.location.name,
                      country: set.location.country,
                      address: set.location.address,
                      timeZone: set.location.timeZone,
                    }
                  : null,
              }
            : null,
          elements,
          suggestions,
          screenplay,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/scenes/{sceneId}/breakdown",
      tags,
      summary: "Tag an element in the scene (an existing one, or a new one by category and name)",
      description:
        "Tagging an element the scene already has as a suggestion confirms it. `entryId` names the " +
        "dictionary suggestion being accepted.",
      security,
      request: {
        params: sceneParams,
        ...jsonBody(
          z
            .strictObject({
              elementId: z.uuid().optional(),
              category: z.string().min(1).max(120).optional(),
              name: plainText(300).optional(),
              quote: plainText(1000).optional(),
              entryId: z.uuid().optional(),
            })
            .refine((body) => body.elementId !== undefined || (body.category && body.name), {
              message: "name an element: elementId, or category and name",
              path: ["elementId"],
              params: { code: "required" },
            }),
        ),
      },
      responses: {
        201: jsonResponse("Tagged", z.object({ elements: z.array(taggedSchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "breakdown.edit");
      const { scene } = await findScene(db, projectId, c.req.valid("param").sceneId);
      const body = c.req.valid("json");
      await db.transaction(async (tx) => {
        const elementId = body.elementId
          ? await existingElement(tx, projectId, body.elementId)
          : await elementByName(tx, projectId, body.category!, body.name!, now());
        const source = body.entryId ? "dictionary" : body.quote ? "tag" : "manual";
        await tx
          .insert(schema.sceneElements)
          .values({
            projectId,
            lineageId: scene.lineageId,
            elementId,
            source,
            status: "confirmed",
            quote: body.quote ?? null,
            createdAt: now(),
          })
          .onConflictDoUpdate({
            target: [schema.sceneElements.lineageId, schema.sceneElements.elementId],
            set: { status: "confirmed" },
          });
      });
      return c.json({ elements: await sceneElementList(db, projectId, scene.lineageId) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/scenes/{sceneId}/breakdown/{elementId}",
      tags,
      summary: "Untag an element from the scene (or turn down the script's suggestion)",
      security,
      request: { params: sceneParams.extend({ elementId: uuidParam("elementId") }) },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "breakdown.edit");
      const params = c.req.valid("param");
      const { scene } = await findScene(db, projectId, params.sceneId);
      const deleted = await db
        .delete(schema.sceneElements)
        .where(
          and(
            eq(schema.sceneElements.lineageId, scene.lineageId),
            eq(schema.sceneElements.elementId, params.elementId),
            eq(schema.sceneElements.projectId, projectId),
          ),
        )
        .returning({ elementId: schema.sceneElements.elementId });
      if (deleted.length === 0) throw notFound("element in this scene");
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/scenes/{sceneId}/breakdown/dismissed",
      tags,
      summary: "Turn down a dictionary suggestion for this scene, so it is not offered again",
      security,
      request: { params: sceneParams, ...jsonBody(z.strictObject({ entryId: z.uuid() })) },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "breakdown.edit");
      const { scene } = await findScene(db, projectId, c.req.valid("param").sceneId);
      const { entryId } = c.req.valid("json");
      const [entry] = await db
        .select({ id: schema.breakdownDictionary.id })
        .from(schema.breakdownDictionary)
        .where(
          and(
            eq(schema.breakdownDictionary.id, entryId),
            eq(schema.breakdownDictionary.projectId, projectId),
          ),
        );
      if (!entry) {
        throw new ApiError(400, "VALIDATION_FAILED", "the project's dictionary has no such entry", {
          fields: [{ path: "entryId", message: "no such entry", code: "no_such_entry" }],
        });
      }
      await db
        .insert(schema.dismissedSuggestions)
        .values({ lineageId: scene.lineageId, entryId })
        .onConflictDoNothing();
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/scenes/{sceneId}",
      tags: ["Scripts"],
      summary: "Set a scene's length (eighths), screen time (seconds) or synopsis by hand",
      description:
        "A length given without a screen time re-estimates the screen time from the project's factor.",
      security,
      request: {
        params: sceneParams,
        ...jsonBody(
          z.strictObject({
            version: versionField,
            eighths: z
              .number()
              .int()
              .min(1)
              .max(8 * 60)
              .optional(),
            screenSeconds: z
              .number()
              .int()
              .min(0)
              .max(4 * 3600)
              .optional(),
            synopsis: plainText(1000).nullable().optional(),
          }),
        ),
      },
      responses: {
        200: jsonResponse("Updated", z.object({ scene: sceneDetailSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "scenes.edit");
      const { scene } = await findScene(db, projectId, c.req.valid("param").sceneId);
      const { version, ...change } = c.req.valid("json");
      const [project] = await db
        .select({ secondsPerPage: schema.projects.secondsPerPage })
        .from(schema.projects)
        .where(eq(schema.projects.id, projectId));
      const lengthChanged = change.eighths !== undefined || change.screenSeconds !== undefined;
      const screenSeconds =
        change.screenSeconds ??
        (change.eighths !== undefined
          ? estimateScreenSeconds(change.eighths, (project?.secondsPerPage ?? 60) / 60)
          : undefined);
      const [updated] = await db
        .update(schema.scenes)
        .set({
          ...change,
          ...(screenSeconds !== undefined ? { screenSeconds } : {}),
          ...(lengthChanged ? { lengthEdited: true } : {}),
          version: sql`${schema.scenes.version} + 1`,
        })
        .where(and(eq(schema.scenes.id, scene.id), eq(schema.scenes.version, version)))
        .returning();
      if (!updated) throw versionConflict("the scene", toSceneDetail(scene));
      return c.json({ scene: toSceneDetail(updated) }, 200);
    },
  );
}

async function existingElement(db: Database, projectId: string, elementId: string): Promise<string> {
  const [element] = await db
    .select({ id: schema.breakdownElements.id })
    .from(schema.breakdownElements)
    .where(
      and(eq(schema.breakdownElements.id, elementId), eq(schema.breakdownElements.projectId, projectId)),
    );
  if (!element) {
    throw new ApiError(400, "VALIDATION_FAILED", "the project has no such element", {
      fields: [{ path: "elementId", message: "no such element", code: "no_such_element" }],
    });
  }
  return element.id;
}

/** The element of that category and name, created when the project has none yet. */
async function elementByName(db: Database, projectId: string, category: string, name: string, now: Date) {
  await requireCategory(db, projectId, category);
  await db
    .insert(schema.breakdownElements)
    .values({ projectId, category, name, createdAt: now })
    .onConflictDoNothing();
  const [element] = await db
    .select({ id: schema.breakdownElements.id })
    .from(schema.breakdownElements)
    .where(
      and(
        eq(schema.breakdownElements.projectId, projectId),
        eq(schema.breakdownElements.category, category),
        eq(schema.breakdownElements.name, name),
      ),
    );
  return element!.id;
}

/** The scene's tagged elements, and after them the elements they bring along that are not tagged themselves. */
async function sceneElementList(db: Database, projectId: string, lineageId: string) {
  const tagged = (await taggedElements(db, [lineageId])).map(({ lineageId: _l, ...element }) => ({
    ...element,
    broughtBy: null as string | null,
  }));
  const links = await elementLinks(db, projectId);
  const confirmed = tagged
    .filter((element) => element.status === "confirmed")
    .map((element) => element.elementId);
  const brought = withLinkedElements(confirmed, links).filter(
    (id) => !tagged.some((element) => element.elementId === id),
  );
  if (brought.length === 0) return tagged;
  const rows = await db
    .select()
    .from(schema.breakdownElements)
    .where(eq(schema.breakdownElements.projectId, projectId));
  const byId = new Map(rows.map((row) => [row.id, row]));
  const anchorOf = (id: string) =>
    tagged.find((element) => links.some((link) => link.id === element.elementId && link.links.includes(id)))
      ?.name ?? null;
  return [
    ...tagged,
    ...brought.flatMap((id) => {
      const row = byId.get(id);
      return row
        ? [
            {
              elementId: id,
              category: row.category,
              name: row.name,
              boardId: row.boardId,
              source: "link" as const,
              status: "confirmed" as const,
              quote: null,
              broughtBy: anchorOf(id),
            },
          ]
        : [];
    }),
  ];
}

/** What the dictionary finds in the scene's words, less what is tagged already or was turned down. */
async function dictionarySuggestions(
  db: Database,
  projectId: string,
  lineageId: string,
  screenplay: Parameters<typeof suggestSceneElements>[0]["elements"],
  tagged: readonly { category: string; name: string }[],
) {
  const entries = await db
    .select()
    .from(schema.breakdownDictionary)
    .where(eq(schema.breakdownDictionary.projectId, projectId));
  if (entries.length === 0) return [];
  const dismissed = new Set(
    (
      await db
        .select({ entryId: schema.dismissedSuggestions.entryId })
        .from(schema.dismissedSuggestions)
        .where(eq(schema.dismissedSuggestions.lineageId, lineageId))
    ).map((row) => row.entryId),
  );
  const matcher = createDictionaryMatcher(entries);
  return suggestSceneElements({ elements: screenplay }, matcher)
    .filter(
      (match) =>
        !dismissed.has(match.entryId) &&
        !tagged.some((element) => element.category === match.category && element.name === match.elementName),
    )
    .map((match) => ({
      entryId: match.entryId,
      category: match.category,
      elementName: match.elementName,
      text: match.text,
      line: match.line,
      elementIndex: match.elementIndex,
      start: match.start,
      end: match.end,
    }));
}
