// /api/v1/projects/{projectId}/units: the shooting units (main, second) with their shift length, overtime limit and
// call hours. A unit that shoots on the published board cannot be removed: that would change the КПП.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, max, sql } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { ApiError, isUniqueViolation, notFound, versionConflict } from "../http/errors.ts";
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
import { toUnit, unitSchema } from "./views.ts";

const tags = ["Schedule"];
const projectParams = z.object({ projectId: uuidParam("projectId") });
const unitParams = projectParams.extend({ unitId: uuidParam("unitId") });

const unitFields = {
  name: plainText(100),
  shiftHours: z.number().int().min(1).max(24).openapi({ description: "Length of a shift (смена), hours" }),
  maxOvertimeHours: z.number().int().min(0).max(12),
  dayCallHour: z.number().int().min(0).max(23),
  nightCallHour: z.number().int().min(0).max(23),
  position: z.number().int().min(0).max(100),
};

/** A shift with its overtime must fit in a day. */
function checkShiftLength(shiftHours: number, maxOvertimeHours: number) {
  if (shiftHours + maxOvertimeHours > 24) {
    const message = "shiftHours + maxOvertimeHours must be at most 24";
    throw new ApiError(400, "VALIDATION_FAILED", message, {
      fields: [
        { path: "maxOvertimeHours", message, code: "too_big_number", params: { maximum: 24 - shiftHours } },
      ],
    });
  }
}

const duplicateName = (name: string) =>
  new ApiError(409, "ALREADY_EXISTS", `the project already has a unit named "${name}"`, {
    fields: [{ path: "name", message: "already taken", code: "taken" }],
  });

export function registerUnitRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/units",
      tags,
      summary: "The project's shooting units in board order",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("Units", z.object({ units: z.array(unitSchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "schedule.read");
      const rows = await c
        .get("services")
        .db.select()
        .from(schema.shootingUnits)
        .where(eq(schema.shootingUnits.projectId, projectId))
        .orderBy(asc(schema.shootingUnits.position), asc(schema.shootingUnits.name));
      return c.json({ units: rows.map(toUnit) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/units",
      tags,
      summary: "Add a shooting unit (12 h shifts, 2 h overtime, calls at 08:00 and 18:00 unless told)",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z.strictObject({
            name: unitFields.name,
            shiftHours: unitFields.shiftHours.optional(),
            maxOvertimeHours: unitFields.maxOvertimeHours.optional(),
            dayCallHour: unitFields.dayCallHour.optional(),
            nightCallHour: unitFields.nightCallHour.optional(),
          }),
        ),
      },
      responses: {
        201: jsonResponse("Added", z.object({ unit: unitSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const body = c.req.valid("json");
      checkShiftLength(body.shiftHours ?? 12, body.maxOvertimeHours ?? 2);
      const [{ last } = { last: null }] = await db
        .select({ last: max(schema.shootingUnits.position) })
        .from(schema.shootingUnits)
        .where(eq(schema.shootingUnits.projectId, projectId));
      try {
        const [row] = await db
          .insert(schema.shootingUnits)
          .values({ projectId, ...body, position: last === null ? 0 : last + 1 })
          .returning();
        return c.json({ unit: toUnit(row!) }, 201);
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateName(body.name);
        throw error;
      }
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/units/{unitId}",
      tags,
      summary: "Change a unit",
      security,
      request: {
        params: unitParams,
        ...jsonBody(
          z.strictObject({
            version: versionField,
            name: unitFields.name.optional(),
            shiftHours: unitFields.shiftHours.optional(),
            maxOvertimeHours: unitFields.maxOvertimeHours.optional(),
            dayCallHour: unitFields.dayCallHour.optional(),
            nightCallHour: unitFields.nightCallHour.optional(),
            position: unitFields.position.optional(),
          }),
        ),
      },
      responses: {
        200: jsonResponse("Updated", z.object({ unit: unitSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { unitId } = c.req.valid("param");
      const { version, ...change } = c.req.valid("json");
      const where = and(eq(schema.shootingUnits.id, unitId), eq(schema.shootingUnits.projectId, projectId));
      const [current] = await db.select().from(schema.shootingUnits).where(where);
      if (!current) throw notFound("unit");
      checkShiftLength(
        change.shiftHours ?? current.shiftHours,
        change.maxOvertimeHours ?? current.maxOvertimeHours,
      );
      let updated: typeof current | undefined;
      try {
        [updated] = await db
          .update(schema.shootingUnits)
          .set({ ...change, version: sql`${schema.shootingUnits.version} + 1` })
          .where(and(where, eq(schema.shootingUnits.version, version)))
          .returning();
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateName(change.name ?? current.name);
        throw error;
      }
      if (!updated) throw versionConflict("the unit", toUnit(current));
      return c.json({ unit: toUnit(updated) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/units/{unitId}",
      tags,
      summary: "Remove a unit; its days leave every draft board and their scenes go to the boneyard",
      security,
      request: { params: unitParams },
      responses: { 204: noContent, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { unitId } = c.req.valid("param");
      await db.transaction(async (tx) => {
        const [unit] = await tx
          .select({ id: schema.shootingUnits.id, name: schema.shootingUnits.name })
          .from(schema.shootingUnits)
          .where(and(eq(schema.shootingUnits.id, unitId), eq(schema.shootingUnits.projectId, projectId)))
          .for("update");
        if (!unit) throw notFound("unit");
        const [published] = await tx
          .select({ name: schema.schedules.name })
          .from(schema.scheduleDays)
          .innerJoin(schema.schedules, eq(schema.schedules.id, schema.scheduleDays.scheduleId))
          .where(and(eq(schema.scheduleDays.unitId, unitId), eq(schema.schedules.status, "published")))
          .limit(1);
        if (published) {
          throw new ApiError(
            409,
            "BOARD_PUBLISHED",
            `the unit "${unit.name}" shoots on the published board "${published.name}"`,
          );
        }
        await tx.delete(schema.shootingUnits).where(eq(schema.shootingUnits.id, unitId));
      });
      return c.body(null, 204);
    },
  );
}
