// A version's life: lock it as the original (its totals frozen), start a new version from it (which then shows
// its variance against the locked original), or remove a draft.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { lockOriginal } from "@kinomost/core";
import { schema } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { ApiError, versionConflict } from "../http/errors.ts";
import {
  conflictResponse,
  errorResponses,
  jsonBody,
  jsonResponse,
  noContent,
  security,
} from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { plainText, versionField } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { copyOf, insertBudget } from "./create.ts";
import { budgetLocked } from "./edit.ts";
import { budgetParams, versionQuery } from "./inputs.ts";
import { loadBudgetPartners } from "./partners.ts";
import { readBudgetResponse } from "./read.ts";
import { evaluateRow, findVisibleBudget } from "./store.ts";
import { checkPrivateTo, tags } from "./version-routes.ts";
import { budgetReadSchema } from "./views.ts";

export function registerBudgetLifecycleRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/budgets/{budgetId}/lock",
      tags,
      summary: "Lock the version as the original: its totals in the base currency are frozen",
      security,
      request: { params: budgetParams, ...jsonBody(z.strictObject({ version: versionField })) },
      responses: { 200: jsonResponse("Locked", budgetReadSchema), ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId, organizationId } = requirePermission(c, "budget.lock");
      const { budgetId } = c.req.valid("param");
      const { version } = c.req.valid("json");
      const row = await findVisibleBudget(db, organizationId, projectId, budgetId);
      if (row.version !== version) throw versionConflict("the budget", await readBudgetResponse(db, row));
      if (row.status === "locked") throw budgetLocked(row.name);
      const read = await evaluateRow(db, row);
      if (!read.totals) {
        throw new ApiError(400, "VALIDATION_FAILED", "a budget that does not compute cannot be locked", {
          fields: read.problems.map((problem) => ({
            path: problem.path,
            message: problem.message,
            code: problem.code,
          })),
        });
      }
      const at = now();
      const lockedTotals = lockOriginal(read.totals, at.toISOString().slice(0, 10));
      const userId = c.get("user").id;
      const locked = await db.transaction(async (tx) => {
        const [updated] = await tx
          .update(schema.budgets)
          .set({
            status: "locked",
            lockedTotals: lockedTotals as unknown as Record<string, unknown>,
            lockedAt: at,
            lockedBy: userId,
            updatedAt: at,
            version: sql`${schema.budgets.version} + 1`,
          })
          .where(
            and(
              eq(schema.budgets.id, row.id),
              eq(schema.budgets.version, version),
              eq(schema.budgets.status, "draft"),
            ),
          )
          .returning();
        if (!updated) return null;
        await appendAudit(tx, {
          projectId,
          actor: userId,
          action: "budget.locked",
          subject: `budget:${row.id}`,
          data: {
            name: row.name,
            total: lockedTotals.total,
            currency: read.budget.baseCurrency,
            lockedOn: lockedTotals.lockedOn,
          },
          at,
        });
        return updated;
      });
      if (!locked) {
        const latest = await findVisibleBudget(db, organizationId, projectId, budgetId);
        if (latest.status === "locked") throw budgetLocked(latest.name);
        throw versionConflict("the budget", await readBudgetResponse(db, latest));
      }
      return c.json(await readBudgetResponse(db, locked), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/budgets/{budgetId}/versions",
      tags,
      summary: "Start a new draft from this version; from a locked one, it shows its variance against it",
      security,
      request: {
        params: budgetParams,
        ...jsonBody(
          z.strictObject({
            name: plainText(200),
            privateTo: z.uuid().nullable().optional().openapi({
              description: "Your own organization, or null for the consortium; the source's when absent",
            }),
          }),
        ),
      },
      responses: { 201: jsonResponse("Created", budgetReadSchema), ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId, organizationId } = requirePermission(c, "budget.edit");
      const { budgetId } = c.req.valid("param");
      const body = c.req.valid("json");
      checkPrivateTo(body.privateTo, organizationId);
      const source = await findVisibleBudget(db, organizationId, projectId, budgetId);
      const copy = copyOf(source, body.name);
      const row = await insertBudget(db, await loadBudgetPartners(db, projectId), {
        projectId,
        name: body.name,
        document: copy.document,
        privateTo: body.privateTo === undefined ? source.privateTo : body.privateTo,
        basedOn: copy.basedOn,
        originalId: copy.originalId,
        userId: c.get("user").id,
        at: now(),
        audit: {
          action: "budget.created",
          data: { from: `version:${source.id}`, originalId: copy.originalId },
        },
      });
      return c.json(await readBudgetResponse(db, row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/budgets/{budgetId}",
      tags,
      summary: "Remove a draft version (a locked one stays: later versions are measured against it)",
      security,
      request: { params: budgetParams, query: versionQuery },
      responses: { 204: noContent, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId, organizationId } = requirePermission(c, "budget.edit");
      const { budgetId } = c.req.valid("param");
      const { version } = c.req.valid("query");
      const row = await findVisibleBudget(db, organizationId, projectId, budgetId);
      if (row.status === "locked") throw budgetLocked(row.name);
      if (row.version !== version) throw versionConflict("the budget", await readBudgetResponse(db, row));
      const userId = c.get("user").id;
      const deleted = await db.transaction(async (tx) => {
        const [gone] = await tx
          .delete(schema.budgets)
          .where(
            and(
              eq(schema.budgets.id, row.id),
              eq(schema.budgets.version, version),
              eq(schema.budgets.status, "draft"),
            ),
          )
          .returning({ id: schema.budgets.id });
        if (!gone) return false;
        await appendAudit(tx, {
          projectId,
          actor: userId,
          action: "budget.deleted",
          subject: `budget:${row.id}`,
          data: { name: row.name, version },
          at: now(),
        });
        return true;
      });
      if (!deleted) {
        const latest = await findVisibleBudget(db, organizationId, projectId, budgetId);
        if (latest.status === "locked") throw budgetLocked(latest.name);
        throw versionConflict("the budget", await readBudgetResponse(db, latest));
      }
      return c.body(null, 204);
    },
  );
}
