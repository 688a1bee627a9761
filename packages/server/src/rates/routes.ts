// /api/v1/projects/{projectId}/rate-tables: the exchange rates a budget is priced at and its actuals are compared
// with — one table per bank and day (or typed in by hand), read by the money people, changed by those keeping them.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { notFound, versionConflict } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonResponse, noContent, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { requirePermission } from "../projects/access.ts";
import { registerConvertRoute } from "./convert-route.ts";
import { registerRateFileRoutes } from "./file-routes.ts";
import { registerManualRateRoute } from "./manual.ts";
import {
  isoDate,
  listTables,
  projectParams,
  readTable,
  tableDetailSchema,
  tableParams,
  tableSource,
  tableSummarySchema,
  tags,
} from "./views.ts";

const listQuery = z.strictObject({
  source: tableSource.optional(),
  from: isoDate.optional().openapi({ description: "Tables dated on or after this day" }),
  to: isoDate.optional().openapi({ description: "Tables dated on or before this day" }),
});

const versionQuery = z.strictObject({
  version: z.coerce
    .number("must be a version number")
    .int("must be a version number")
    .min(1, "must be a version number")
    .max(1_000_000, "must be a version number")
    .openapi({ description: "The version the removal is based on" }),
});

export function registerRateRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/rate-tables",
      tags,
      summary: "The project's rate tables, newest date first",
      security,
      request: { params: projectParams, query: listQuery },
      responses: {
        200: jsonResponse("Rate tables", z.object({ tables: z.array(tableSummarySchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "budget.read");
      return c.json({ tables: await listTables(c.get("services").db, projectId, c.req.valid("query")) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/rate-tables/{tableId}",
      tags,
      summary: "A rate table with its quotes",
      security,
      request: { params: tableParams },
      responses: {
        200: jsonResponse("The table", z.object({ table: tableDetailSchema })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "budget.read");
      const { tableId } = c.req.valid("param");
      return c.json({ table: await readTable(c.get("services").db, projectId, tableId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/rate-tables/{tableId}",
      tags,
      summary: "Remove a rate table with its quotes",
      security,
      request: { params: tableParams, query: versionQuery },
      responses: { 204: noContent, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "rates.edit");
      const { tableId } = c.req.valid("param");
      const { version } = c.req.valid("query");
      await db.transaction(async (tx) => {
        const where = and(eq(schema.rateTables.id, tableId), eq(schema.rateTables.projectId, projectId));
        const [table] = await tx.select().from(schema.rateTables).where(where).for("update");
        if (!table) throw notFound("rate table");
        if (table.version !== version)
          throw versionConflict("the rate table", await readTable(tx, projectId, tableId));
        await tx.delete(schema.rateTables).where(where);
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "rate-table.removed",
          subject: `rate-table:${tableId}`,
          data: {
            source: table.source,
            date: table.date,
            base: table.base,
            origin: table.origin,
            sha256: table.sha256,
          },
          at: now(),
        });
      });
      return c.body(null, 204);
    },
  );

  registerRateFileRoutes(app);
  registerManualRateRoute(app);
  registerConvertRoute(app);
}
