// Routes shared by the records a project owns (elements, dictionary words, locations …): removing one by
// its id, which answers 404 for an id of another project exactly as for one that does not exist.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import type { PgColumn, PgTable } from "drizzle-orm/pg-core";
import type { ProjectAction } from "@kinomost/core";
import { notFound } from "../http/errors.ts";
import { errorResponses, noContent, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission } from "./access.ts";

interface ProjectRecordTable {
  table: PgTable;
  id: PgColumn;
  projectId: PgColumn;
}

export function registerProjectRecordDelete(
  app: Router,
  route: {
    /** The collection's path under the project, e.g. "/breakdown/elements". */
    collection: string;
    /** The id parameter's name, e.g. "elementId". */
    idName: string;
    /** What the record is called in a 404: "element". */
    what: string;
    tags: string[];
    summary: string;
    permission: ProjectAction;
    records: ProjectRecordTable;
  },
) {
  const params = z.object({ projectId: uuidParam("projectId"), [route.idName]: uuidParam(route.idName) });
  app.openapi(
    createRoute({
      method: "delete",
      path: `/projects/{projectId}${route.collection}/{${route.idName}}`,
      tags: route.tags,
      summary: route.summary,
      security,
      request: { params },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, route.permission);
      const id = (c.req.valid("param") as Record<string, string>)[route.idName]!;
      const { table, id: idColumn, projectId: projectColumn } = route.records;
      const deleted = await db
        .delete(table)
        .where(and(eq(idColumn, id), eq(projectColumn, projectId)))
        .returning({ id: idColumn });
      if (deleted.length === 0) throw notFound(route.what);
      return c.body(null, 204);
    },
  );
}
