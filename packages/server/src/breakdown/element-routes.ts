// /api/v1/projects/{projectId}/breakdown: categories (the standard set plus the project's own), elements with
// their scheduling rules and links, and the dictionary of words that suggest elements in the script.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { customCategoryKey, validateElementLinks, type ElementLinkProblem } from "@kinomost/core";
import { schema, type Database, type Transaction } from "@kinomost/db";
import { ApiError, isUniqueViolation, notFound, versionConflict } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { plainText, uuidParam, versionField } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { registerProjectRecordDelete } from "../projects/record-routes.ts";
import { latestDraftIds } from "../scripts/latest-drafts.ts";
import { elementLinks, projectCategories, requireCategory } from "./queries.ts";

const tags = ["Breakdown"];
const projectParams = z.object({ projectId: uuidParam("projectId") });

const categorySchema = z
  .object({
    key: z.string(),
    names: z.object({ ru: z.string(), en: z.string() }),
    color: z.string(),
    custom: z.boolean(),
  })
  .openapi("BreakdownCategory");

const elementSchema = z
  .object({
    id: z.uuid(),
    category: z.string(),
    name: z.string(),
    boardId: z.string().nullable(),
    allowHold: z.boolean(),
    allowDropPickup: z.boolean(),
    minDropGapDays: z.number().int(),
    notes: z.string().nullable(),
    links: z.array(z.uuid()).openapi({ description: "Elements this one brings wherever it is scheduled" }),
    sceneCount: z.number().int().openapi({ description: "Scenes of the latest drafts it is confirmed in" }),
    version: z.number().int(),
  })
  .openapi("BreakdownElement");

const dictionarySchema = z
  .object({ id: z.uuid(), category: z.string(), term: z.string(), elementName: z.string() })
  .openapi("DictionaryEntry");

const color = z
  .string()
  .regex(/^#[0-9a-f]{6}$/i, "must be a colour such as #c0392b")
  .openapi({ example: "#c0392b" });

const elementFields = {
  category: z.string().min(1).max(120),
  name: plainText(300),
  boardId: plainText(20).nullable().optional(),
  allowHold: z.boolean().optional(),
  allowDropPickup: z.boolean().optional(),
  minDropGapDays: z.number().int().min(0).max(365).optional(),
  notes: plainText(2000).nullable().optional(),
  links: z.array(z.uuid()).max(50).optional(),
};

const fieldError = (status: 400 | 409, path: string, code: string, message: string) =>
  new ApiError(status, status === 400 ? "VALIDATION_FAILED" : "ALREADY_EXISTS", message, {
    fields: [{ path, message, code }],
  });

/** Elements of the project, with their links and how many current scenes they are confirmed in. */
export async function listElements(db: Database, projectId: string, ids?: readonly string[]) {
  const rows = await db
    .select()
    .from(schema.breakdownElements)
    .where(
      and(
        eq(schema.breakdownElements.projectId, projectId),
        ...(ids ? [inArray(schema.breakdownElements.id, [...ids])] : []),
      ),
    )
    .orderBy(asc(schema.breakdownElements.category), asc(schema.breakdownElements.name));
  const links = new Map((await elementLinks(db, projectId)).map((element) => [element.id, element.links]));
  const drafts = await latestDraftIds(db, projectId);
  const counts =
    drafts.length === 0
      ? []
      : await db
          .select({ elementId: schema.sceneElements.elementId, scenes: count() })
          .from(schema.sceneElements)
          .innerJoin(schema.scenes, eq(schema.scenes.lineageId, schema.sceneElements.lineageId))
          .where(
            and(
              eq(schema.sceneElements.projectId, projectId),
              eq(schema.sceneElements.status, "confirmed"),
              inArray(schema.scenes.draftId, drafts),
            ),
          )
          .groupBy(schema.sceneElements.elementId);
  const sceneCounts = new Map(counts.map((row) => [row.elementId, row.scenes]));
  return rows.map(({ projectId: _p, createdAt: _c, ...row }) => ({
    ...row,
    links: links.get(row.id) ?? [],
    sceneCount: sceneCounts.get(row.id) ?? 0,
  }));
}

/** Replaces an element's links after checking they name the project's elements and make no cycle. */
async function saveLinks(tx: Transaction, projectId: string, elementId: string, links: readonly string[]) {
  const unique = [...new Set(links)];
  const current = new Map((await elementLinks(tx, projectId)).map((element) => [element.id, element.links]));
  const ids = await tx
    .select({ id: schema.breakdownElements.id })
    .from(schema.breakdownElements)
    .where(eq(schema.breakdownElements.projectId, projectId));
  const graph = ids.map(({ id }) => ({ id, links: id === elementId ? unique : (current.get(id) ?? []) }));
  const [problem] = validateElementLinks(graph);
  if (problem) throw fieldError(400, "links", "invalid_links", `links: ${describeLinkProblem(problem)}`);
  await tx.delete(schema.breakdownElementLinks).where(eq(schema.breakdownElementLinks.elementId, elementId));
  if (unique.length > 0) {
    await tx
      .insert(schema.breakdownElementLinks)
      .values(unique.map((linkedElementId) => ({ elementId, linkedElementId })));
  }
}

function describeLinkProblem(problem: ElementLinkProblem): string {
  switch (problem.code) {
    case "SELF_LINK":
      return "an element cannot bring itself";
    case "UNKNOWN_LINK":
      return `no element ${problem.linkedId} in this project`;
    case "LINK_CYCLE":
      return `the elements would bring each other round a circle (${problem.elementIds.join(" → ")})`;
  }
}

export function registerBreakdownElementRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/breakdown/categories",
      tags,
      summary:
        "Breakdown categories: the Movie Magic set, weapons, pyrotechnics, military vehicles and the project's own",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("Categories", z.object({ categories: z.array(categorySchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "project.read");
      const categories = await projectCategories(c.get("services").db, projectId);
      return c.json(
        {
          categories: categories.map((category) => ({
            ...category,
            custom: category.key.startsWith("custom:"),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/breakdown/categories",
      tags,
      summary: "Add a category of the project's own",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z.strictObject({ names: z.strictObject({ ru: plainText(100), en: plainText(100) }), color }),
        ),
      },
      responses: {
        201: jsonResponse("Created", z.object({ category: categorySchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "breakdown.edit");
      const body = c.req.valid("json");
      const key = customCategoryKey(body.names.en);
      try {
        await db
          .insert(schema.breakdownCategories)
          .values({ projectId, key, names: body.names, color: body.color });
      } catch (error) {
        if (isUniqueViolation(error)) throw fieldError(409, "names.en", "taken", `category "${key}" exists`);
        throw error;
      }
      return c.json({ category: { key, names: body.names, color: body.color, custom: true } }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/breakdown/elements",
      tags,
      summary: "The project's breakdown elements with their scheduling rules and links",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("Elements", z.object({ elements: z.array(elementSchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "project.read");
      return c.json({ elements: await listElements(c.get("services").db, projectId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/breakdown/elements",
      tags,
      summary: "Add an element",
      security,
      request: { params: projectParams, ...jsonBody(z.strictObject(elementFields)) },
      responses: {
        201: jsonResponse("Created", z.object({ element: elementSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "breakdown.edit");
      const { links, ...body } = c.req.valid("json");
      await requireCategory(db, projectId, body.category);
      const id = await db
        .transaction(async (tx) => {
          const [row] = await tx
            .insert(schema.breakdownElements)
            .values({ projectId, ...body, createdAt: now() })
            .returning({ id: schema.breakdownElements.id });
          if (links) await saveLinks(tx, projectId, row!.id, links);
          return row!.id;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) {
            throw fieldError(409, "name", "taken", `"${body.name}" is already an element of this category`);
          }
          throw error;
        });
      const [element] = await listElements(db, projectId, [id]);
      return c.json({ element: element! }, 201);
    },
  );

  const elementParams = projectParams.extend({ elementId: uuidParam("elementId") });

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/breakdown/elements/{elementId}",
      tags,
      summary: "Change an element: name, board id, hold and drop/pickup rules, links",
      security,
      request: {
        params: elementParams,
        ...jsonBody(
          z.strictObject({
            version: versionField,
            ...elementFields,
            category: elementFields.category.optional(),
            name: elementFields.name.optional(),
          }),
        ),
      },
      responses: {
        200: jsonResponse("Updated", z.object({ element: elementSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "breakdown.edit");
      const { elementId } = c.req.valid("param");
      const { version, links, ...change } = c.req.valid("json");
      const [current] = await listElements(db, projectId, [elementId]);
      if (!current) throw notFound("element");
      if (change.category) await requireCategory(db, projectId, change.category);
      const updated = await db
        .transaction(async (tx) => {
          const [row] = await tx
            .update(schema.breakdownElements)
            .set({ ...change, version: sql`${schema.breakdownElements.version} + 1` })
            .where(
              and(eq(schema.breakdownElements.id, elementId), eq(schema.breakdownElements.version, version)),
            )
            .returning({ id: schema.breakdownElements.id });
          if (row && links) await saveLinks(tx, projectId, elementId, links);
          return row;
        })
        .catch((error: unknown) => {
          if (isUniqueViolation(error)) {
            throw fieldError(409, "name", "taken", `"${change.name}" is already an element of this category`);
          }
          throw error;
        });
      if (!updated) throw versionConflict("the element", current);
      const [element] = await listElements(db, projectId, [elementId]);
      return c.json({ element: element! }, 200);
    },
  );

  registerProjectRecordDelete(app, {
    collection: "/breakdown/elements",
    idName: "elementId",
    what: "element",
    tags,
    summary: "Remove an element from the project and from every scene it is tagged in",
    permission: "breakdown.edit",
    records: {
      table: schema.breakdownElements,
      id: schema.breakdownElements.id,
      projectId: schema.breakdownElements.projectId,
    },
  });

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/breakdown/dictionary",
      tags,
      summary: "Words that suggest elements wherever the script uses them, in any grammatical form",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("Dictionary", z.object({ entries: z.array(dictionarySchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "project.read");
      const entries = await c
        .get("services")
        .db.select({
          id: schema.breakdownDictionary.id,
          category: schema.breakdownDictionary.category,
          term: schema.breakdownDictionary.term,
          elementName: schema.breakdownDictionary.elementName,
        })
        .from(schema.breakdownDictionary)
        .where(eq(schema.breakdownDictionary.projectId, projectId))
        .orderBy(asc(schema.breakdownDictionary.category), asc(schema.breakdownDictionary.term));
      return c.json({ entries }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/breakdown/dictionary",
      tags,
      summary: "Add a word (or words) that suggests an element",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z.strictObject({
            category: elementFields.category,
            term: plainText(200),
            elementName: plainText(300),
          }),
        ),
      },
      responses: {
        201: jsonResponse("Created", z.object({ entry: dictionarySchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "breakdown.edit");
      const body = c.req.valid("json");
      await requireCategory(db, projectId, body.category);
      try {
        const [entry] = await db
          .insert(schema.breakdownDictionary)
          .values({ projectId, ...body })
          .returning({
            id: schema.breakdownDictionary.id,
            category: schema.breakdownDictionary.category,
            term: schema.breakdownDictionary.term,
            elementName: schema.breakdownDictionary.elementName,
          });
        return c.json({ entry: entry! }, 201);
      } catch (error) {
        if (isUniqueViolation(error))
          throw fieldError(409, "term", "taken", `"${body.term}" is already listed`);
        throw error;
      }
    },
  );

  registerProjectRecordDelete(app, {
    collection: "/breakdown/dictionary",
    idName: "entryId",
    what: "dictionary entry",
    tags,
    summary: "Remove a dictionary word",
    permission: "breakdown.edit",
    records: {
      table: schema.breakdownDictionary,
      id: schema.breakdownDictionary.id,
      projectId: schema.breakdownDictionary.projectId,
    },
  });
}
