// /api/v1/projects/{projectId}/scripts/drafts/{draftId}/translations: a draft's scenes in other languages,
// imported from a translated file (see translation-import.ts) and read back by scene lineage.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { notFound } from "../http/errors.ts";
import { errorResponses, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { languageTag, uuidParam } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { importTranslation } from "./translation-import.ts";

const tags = ["Scripts"];
const draftParams = z.object({ projectId: uuidParam("projectId"), draftId: uuidParam("draftId") });

/** The draft, when it belongs to the project; 404 otherwise. */
async function findDraft(db: Database, projectId: string, draftId: string): Promise<void> {
  const [row] = await db
    .select({ id: schema.scriptDrafts.id })
    .from(schema.scriptDrafts)
    .innerJoin(schema.scripts, eq(schema.scripts.id, schema.scriptDrafts.scriptId))
    .where(and(eq(schema.scriptDrafts.id, draftId), eq(schema.scripts.projectId, projectId)));
  if (!row) throw notFound("draft");
}

export function registerTranslationRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/scripts/drafts/{draftId}/translations",
      tags,
      summary: "Import a translated script and align it with the draft's scenes",
      description:
        "Scenes pair up by number when both sides are numbered, otherwise in order. A language imported " +
        "again replaces that language's text of the scenes it covers. All or nothing.",
      security,
      request: {
        params: draftParams,
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: z.strictObject({
                file: z
                  .instanceof(File, { message: "must be a file" })
                  .openapi({ type: "string", format: "binary" }),
                language: languageTag,
              }),
            },
          },
        },
      },
      responses: {
        201: jsonResponse(
          "Aligned",
          z.object({
            language: z.string(),
            by: z.enum(["number", "order"]),
            aligned: z.number().int(),
            unmatched: z.array(z.object({ number: z.string().nullable(), heading: z.string() })),
            untranslated: z.number().int(),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "scripts.import");
      const { draftId } = c.req.valid("param");
      const { file, language } = c.req.valid("form");
      await findDraft(db, projectId, draftId);
      const result = await importTranslation(db, {
        projectId,
        draftId,
        language,
        fileName: file.name,
        bytes: new Uint8Array(await file.arrayBuffer()),
        userId: c.get("user").id,
        now: now(),
      });
      return c.json(result, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/scripts/drafts/{draftId}/translations",
      tags,
      summary: "The draft's scenes in other languages, by scene lineage",
      security,
      request: { params: draftParams },
      responses: {
        200: jsonResponse(
          "Translations",
          z.object({
            languages: z.array(z.string()),
            scenes: z.array(
              z.object({
                lineageId: z.uuid(),
                language: z.string(),
                heading: z.string(),
                elements: z.array(z.unknown()),
                fileName: z.string(),
                importedAt: z.string(),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "project.read");
      const { draftId } = c.req.valid("param");
      await findDraft(db, projectId, draftId);
      const rows = await db
        .select({
          lineageId: schema.sceneTranslations.lineageId,
          language: schema.sceneTranslations.language,
          heading: schema.sceneTranslations.heading,
          elements: schema.sceneTranslations.elements,
          fileName: schema.sceneTranslations.fileName,
          importedAt: schema.sceneTranslations.importedAt,
        })
        .from(schema.sceneTranslations)
        .innerJoin(schema.scenes, eq(schema.scenes.lineageId, schema.sceneTranslations.lineageId))
        .where(and(eq(schema.scenes.draftId, draftId), eq(schema.sceneTranslations.projectId, projectId)))
        .orderBy(asc(schema.scenes.position), asc(schema.sceneTranslations.language));
      return c.json(
        {
          languages: [...new Set(rows.map((row) => row.language))].sort(),
          scenes: rows.map((row) => ({ ...row, importedAt: row.importedAt.toISOString() })),
        },
        200,
      );
    },
  );
}
