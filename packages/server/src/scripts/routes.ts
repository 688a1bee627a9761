// /api/v1/projects/{projectId}/scripts: the project's screenplays, their drafts and scenes, and the
// import of a new draft from a Fountain or Final Draft file.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, count, desc, eq, inArray, sum } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { notFound } from "../http/errors.ts";
import { errorResponses, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { importScriptDraft, revisionColors } from "./import.ts";

const tags = ["Scripts"];
const projectParams = z.object({ projectId: uuidParam("projectId") });

const draftSummary = z
  .object({
    id: z.uuid(),
    number: z.number().int(),
    color: z.string(),
    title: z.string().nullable(),
    format: z.string(),
    fileName: z.string(),
    importedAt: z.string(),
    sceneCount: z.number().int(),
    eighths: z.number().int(),
    /** Estimated screen time (хронометраж) of all scenes, in seconds. */
    screenSeconds: z.number().int(),
    warningCount: z.number().int(),
  })
  .openapi("ScriptDraftSummary");

const sceneSchema = z
  .object({
    id: z.uuid(),
    position: z.number().int(),
    lineageId: z.uuid().openapi({ description: "The same scene across drafts" }),
    revision: z.enum(["first", "unchanged", "changed", "added"]),
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
    line: z.number().int(),
  })
  .openapi("Scene");

interface DraftLength {
  sceneCount: number;
  eighths: number;
  screenSeconds: number;
}

function toDraftSummary(draft: typeof schema.scriptDrafts.$inferSelect, length: DraftLength) {
  return {
    id: draft.id,
    number: draft.number,
    color: draft.color,
    title: draft.title,
    format: draft.format,
    fileName: draft.fileName,
    importedAt: draft.importedAt.toISOString(),
    ...length,
    warningCount: draft.warnings.length,
  };
}

export function registerScriptRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/scripts",
      tags,
      summary: "The project's scripts (one per episode, or the feature's), with their drafts",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse(
          "Scripts",
          z.object({
            scripts: z.array(
              z.object({
                id: z.uuid(),
                episodeNumber: z.number().int().nullable(),
                drafts: z.array(draftSummary),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const access = requirePermission(c, "project.read");
      const scripts = await db
        .select({ id: schema.scripts.id, episodeNumber: schema.episodes.number })
        .from(schema.scripts)
        .leftJoin(schema.episodes, eq(schema.episodes.id, schema.scripts.episodeId))
        .where(eq(schema.scripts.projectId, access.projectId))
        .orderBy(asc(schema.episodes.number));
      const ids = scripts.map((script) => script.id);
      const drafts =
        ids.length === 0
          ? []
          : await db
              .select({
                draft: schema.scriptDrafts,
                sceneCount: count(schema.scenes.id),
                eighths: sum(schema.scenes.eighths).mapWith(Number),
                screenSeconds: sum(schema.scenes.screenSeconds).mapWith(Number),
              })
              .from(schema.scriptDrafts)
              .leftJoin(schema.scenes, eq(schema.scenes.draftId, schema.scriptDrafts.id))
              .where(inArray(schema.scriptDrafts.scriptId, ids))
              .groupBy(schema.scriptDrafts.id)
              .orderBy(desc(schema.scriptDrafts.number));
      return c.json(
        {
          scripts: scripts.map((script) => ({
            id: script.id,
            episodeNumber: script.episodeNumber,
            drafts: drafts
              .filter(({ draft }) => draft.scriptId === script.id)
              .map(({ draft, sceneCount, eighths, screenSeconds }) =>
                toDraftSummary(draft, {
                  sceneCount,
                  eighths: eighths ?? 0,
                  screenSeconds: screenSeconds ?? 0,
                }),
              ),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/scripts/import",
      tags,
      summary: "Import a screenplay file (Fountain or Final Draft) as the next draft of an episode's script",
      description:
        "All or nothing: the draft and every scene are stored, or nothing is. The format and the encoding " +
        "(UTF-8, UTF-16, windows-1251) are recognized from the content.",
      security,
      request: {
        params: projectParams,
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: z.strictObject({
                file: z
                  .instanceof(File, { message: "must be a file" })
                  .openapi({ type: "string", format: "binary" }),
                episode: z.coerce
                  .number()
                  .int()
                  .positive()
                  .optional()
                  .openapi({ description: "Episode number; omit for a feature" }),
                color: z
                  .enum(revisionColors)
                  .optional()
                  .openapi({ description: "Revision colour; the next one by default" }),
              }),
            },
          },
        },
      },
      responses: {
        201: jsonResponse(
          "Imported",
          z.object({
            scriptId: z.uuid(),
            draft: draftSummary,
            revisions: z
              .object({
                unchanged: z.number().int(),
                changed: z.number().int(),
                added: z.number().int(),
                omitted: z.number().int(),
              })
              .openapi({ description: "What this draft did to the previous draft's scenes" }),
            warnings: z.array(z.object({ line: z.number().int(), code: z.string(), message: z.string() })),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "scripts.import");
      const form = c.req.valid("form");
      const imported = await importScriptDraft(db, {
        projectId: access.projectId,
        episodeNumber: form.episode ?? null,
        color: form.color,
        fileName: form.file.name,
        bytes: new Uint8Array(await form.file.arrayBuffer()),
        userId: c.get("user").id,
        now: now(),
      });
      const { draft } = imported;
      return c.json(
        {
          scriptId: imported.script.id,
          draft: toDraftSummary(draft, imported.length),
          revisions: imported.revisions,
          warnings: imported.warnings,
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/scripts/drafts/{draftId}",
      tags,
      summary: "One draft: its scenes, its screenplay elements and the warnings of its import",
      security,
      request: { params: projectParams.extend({ draftId: uuidParam("draftId") }) },
      responses: {
        200: jsonResponse(
          "Draft",
          z.object({
            draft: draftSummary.extend({ episodeNumber: z.number().int().nullable() }),
            scenes: z.array(sceneSchema),
            omittedScenes: z.array(
              z.object({ lineageId: z.uuid(), number: z.string().nullable(), heading: z.string() }),
            ),
            elements: z.array(z.unknown()),
            warnings: z.array(z.object({ line: z.number().int(), code: z.string(), message: z.string() })),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const access = requirePermission(c, "project.read");
      const [row] = await db
        .select({ draft: schema.scriptDrafts, episodeNumber: schema.episodes.number })
        .from(schema.scriptDrafts)
        .innerJoin(schema.scripts, eq(schema.scripts.id, schema.scriptDrafts.scriptId))
        .leftJoin(schema.episodes, eq(schema.episodes.id, schema.scripts.episodeId))
        .where(
          and(
            eq(schema.scriptDrafts.id, c.req.valid("param").draftId),
            eq(schema.scripts.projectId, access.projectId),
          ),
        );
      if (!row) throw notFound("draft");
      const scenes = await db
        .select()
        .from(schema.scenes)
        .where(eq(schema.scenes.draftId, row.draft.id))
        .orderBy(asc(schema.scenes.position));
      const { draft } = row;
      return c.json(
        {
          draft: {
            ...toDraftSummary(draft, {
              sceneCount: scenes.length,
              eighths: scenes.reduce((total, scene) => total + scene.eighths, 0),
              screenSeconds: scenes.reduce((total, scene) => total + scene.screenSeconds, 0),
            }),
            episodeNumber: row.episodeNumber,
          },
          scenes: scenes.map(({ draftId: _draft, version: _version, content: _content, ...scene }) => scene),
          omittedScenes: draft.omittedScenes,
          elements: draft.elements,
          warnings: draft.warnings,
        },
        200,
      );
    },
  );
}
