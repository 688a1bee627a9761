// /api/v1/projects/{projectId}/schedules: stripboards. A new board starts with every scene in the boneyard, or laid
// out by location the way a second director sorts strips by hand (the core's "board" construction). A board is
// read with its price by term; one board of a project is published as the КПП, frozen until another replaces it.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, count, countDistinct, eq, inArray, sql } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
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
import { createBoard, readBoard } from "./board.ts";
import { dateList, defaultScheduleSettings, isoDate, settingsInput, toSettings, weekdays } from "./fields.ts";
import type { ScheduleRow } from "./inputs.ts";
import { boardSchema, scheduleSchema, toSchedule } from "./views.ts";

const tags = ["Schedule"];
const projectParams = z.object({ projectId: uuidParam("projectId") });
const scheduleParams = projectParams.extend({ scheduleId: uuidParam("scheduleId") });

/** The core reads calendars of up to 1100 days (three years): longer is a typo, not a shoot. */
const maxCalendarDays = 1100;
const calendarDays = (first: string, last: string) =>
  (Date.parse(`${last}T00:00:00Z`) - Date.parse(`${first}T00:00:00Z`)) / 86_400_000 + 1;

function checkDates(firstDate: string, lastDate: string) {
  const message =
    lastDate < firstDate
      ? "must not be before firstDate"
      : calendarDays(firstDate, lastDate) > maxCalendarDays
        ? `must be at most ${maxCalendarDays} days after firstDate`
        : null;
  if (message) {
    throw new ApiError(400, "VALIDATION_FAILED", `lastDate ${message}`, {
      fields: [{ path: "lastDate", message, code: "date_order" }],
    });
  }
}

const summarySchema = scheduleSchema
  .extend({
    /** Shifts with at least one scene. */
    shootingDays: z.number().int(),
    /** Scenes on a day (the rest are in the boneyard). */
    scheduledScenes: z.number().int(),
  })
  .openapi("ScheduleSummary");

const boardPublished = (name: string) =>
  new ApiError(
    409,
    "BOARD_PUBLISHED",
    `the board "${name}" is published: it is frozen until another replaces it`,
  );

const duplicateName = (name: string) =>
  new ApiError(409, "ALREADY_EXISTS", `the project already has a board named "${name}"`, {
    fields: [{ path: "name", message: "already taken", code: "taken" }],
  });

export function registerScheduleRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/schedules",
      tags,
      summary: "The project's boards, the published one marked, with how many shifts and scenes each has",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("Boards", z.object({ schedules: z.array(summarySchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.read");
      const rows = await db
        .select()
        .from(schema.schedules)
        .where(eq(schema.schedules.projectId, projectId))
        .orderBy(asc(schema.schedules.createdAt), asc(schema.schedules.name));
      const counts =
        rows.length === 0
          ? []
          : await db
              .select({
                scheduleId: schema.scheduleDays.scheduleId,
                days: countDistinct(schema.scheduleDays.id),
                scenes: count(schema.scheduleStrips.lineageId),
              })
              .from(schema.scheduleDays)
              .innerJoin(schema.scheduleStrips, eq(schema.scheduleStrips.dayId, schema.scheduleDays.id))
              .where(
                inArray(
                  schema.scheduleDays.scheduleId,
                  rows.map((row) => row.id),
                ),
              )
              .groupBy(schema.scheduleDays.scheduleId);
      return c.json(
        {
          schedules: rows.map((row) => {
            const counted = counts.find((entry) => entry.scheduleId === row.id);
            return {
              ...toSchedule(row),
              shootingDays: counted?.days ?? 0,
              scheduledScenes: counted?.scenes ?? 0,
            };
          }),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/schedules",
      tags,
      summary: "Start a board: every scene in the boneyard, or laid out by location as a first schedule",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z.strictObject({
            name: plainText(200),
            firstDate: isoDate,
            lastDate: isoDate,
            weeklyDaysOff: weekdays
              .optional()
              .openapi({ description: "ISO weekdays off; [6, 7] unless told" }),
            daysOff: dateList.optional(),
            settings: settingsInput.optional().openapi({
              description:
                "Costs and rules; unless told a move is 150 000 RUB, a border crossing 600 000 RUB, an hour of overtime 40 000 RUB",
            }),
            arrangement: z.enum(["boneyard", "by-location"]),
          }),
        ),
      },
      responses: {
        201: jsonResponse("Created", boardSchema),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const body = c.req.valid("json");
      checkDates(body.firstDate, body.lastDate);
      const settings = body.settings
        ? toSettings(body.settings, defaultScheduleSettings)
        : defaultScheduleSettings;
      let id: string;
      try {
        id = await createBoard(db, {
          projectId,
          name: body.name,
          firstDate: body.firstDate,
          lastDate: body.lastDate,
          weeklyDaysOff: body.weeklyDaysOff ?? [6, 7],
          daysOff: body.daysOff ?? [],
          settings,
          arrangement: body.arrangement,
          userId: c.get("user").id,
          now: now(),
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateName(body.name);
        throw error;
      }
      const board = await readBoard(db, projectId, id);
      return c.json(board!, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/schedules/{scheduleId}",
      tags,
      summary:
        "A board: its days with their strips, the boneyard, the scenes and cast, and its price by term",
      security,
      request: { params: scheduleParams },
      responses: { 200: jsonResponse("Board", boardSchema), ...errorResponses },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "schedule.read");
      const { scheduleId } = c.req.valid("param");
      const board = await readBoard(c.get("services").db, projectId, scheduleId);
      if (!board) throw notFound("board");
      return c.json(board, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/schedules/{scheduleId}",
      tags,
      summary: "Rename a draft board, change its calendar or the costs it weighs",
      security,
      request: {
        params: scheduleParams,
        ...jsonBody(
          z.strictObject({
            version: versionField,
            name: plainText(200).optional(),
            firstDate: isoDate.optional(),
            lastDate: isoDate.optional(),
            weeklyDaysOff: weekdays.optional(),
            daysOff: dateList.optional(),
            settings: settingsInput.partial().optional(),
          }),
        ),
      },
      responses: {
        200: jsonResponse("Updated", z.object({ schedule: scheduleSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { scheduleId } = c.req.valid("param");
      const { version, settings: settingsChange, daysOff, ...change } = c.req.valid("json");
      const where = and(eq(schema.schedules.id, scheduleId), eq(schema.schedules.projectId, projectId));
      const [current] = await db.select().from(schema.schedules).where(where);
      if (!current) throw notFound("board");
      checkDates(change.firstDate ?? current.firstDate, change.lastDate ?? current.lastDate);
      const settings = settingsChange ? toSettings(settingsChange, current.settings) : undefined;
      if (current.version !== version) throw versionConflict("the board", toSchedule(current));
      if (current.status === "published") throw boardPublished(current.name);
      let updated: ScheduleRow | undefined;
      try {
        updated = await db.transaction(async (tx) => {
          const [row] = await tx
            .update(schema.schedules)
            .set({
              ...change,
              ...(daysOff ? { daysOff: [...new Set(daysOff)].sort() } : {}),
              ...(settings ? { settings } : {}),
              version: sql`${schema.schedules.version} + 1`,
            })
            .where(and(where, eq(schema.schedules.version, version), eq(schema.schedules.status, "draft")))
            .returning();
          if (row && settings) {
            await appendAudit(tx, {
              projectId,
              actor: c.get("user").id,
              action: "schedule.settings-changed",
              subject: `schedule:${scheduleId}`,
              data: { name: row.name, settings: toSchedule(row).settings },
              at: now(),
            });
          }
          return row;
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateName(change.name ?? current.name);
        throw error;
      }
      if (!updated) {
        const [latest] = await db.select().from(schema.schedules).where(where);
        if (!latest) throw notFound("board");
        if (latest.status === "published") throw boardPublished(latest.name);
        throw versionConflict("the board", toSchedule(latest));
      }
      return c.json({ schedule: toSchedule(updated) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/schedules/{scheduleId}",
      tags,
      summary: "Remove a draft board",
      security,
      request: { params: scheduleParams },
      responses: { 204: noContent, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "schedule.edit");
      const { scheduleId } = c.req.valid("param");
      const { db } = c.get("services");
      const where = and(eq(schema.schedules.id, scheduleId), eq(schema.schedules.projectId, projectId));
      const deleted = await db
        .delete(schema.schedules)
        .where(and(where, eq(schema.schedules.status, "draft")))
        .returning({ id: schema.schedules.id });
      if (deleted.length === 0) {
        const [current] = await db
          .select({ name: schema.schedules.name })
          .from(schema.schedules)
          .where(where);
        if (!current) throw notFound("board");
        throw boardPublished(current.name);
      }
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/schedules/{scheduleId}/publish",
      tags,
      summary: "Publish a board as the project's КПП; the board published before goes back to draft",
      security,
      request: { params: scheduleParams, ...jsonBody(z.strictObject({ version: versionField })) },
      responses: {
        200: jsonResponse("Published", z.object({ schedule: scheduleSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { scheduleId } = c.req.valid("param");
      const { version } = c.req.valid("json");
      const board = await readBoard(db, projectId, scheduleId);
      if (!board) throw notFound("board");
      const userId = c.get("user").id;
      try {
        const published = await db.transaction(async (tx) => {
          const [current] = await tx
            .select()
            .from(schema.schedules)
            .where(and(eq(schema.schedules.id, scheduleId), eq(schema.schedules.projectId, projectId)))
            .for("update");
          if (!current) throw notFound("board");
          if (current.version !== version) throw versionConflict("the board", toSchedule(current));
          if (current.status === "published") return current;
          const previous = await tx
            .update(schema.schedules)
            .set({ status: "draft", version: sql`${schema.schedules.version} + 1` })
            .where(and(eq(schema.schedules.projectId, projectId), eq(schema.schedules.status, "published")))
            .returning({ id: schema.schedules.id, name: schema.schedules.name });
          const [row] = await tx
            .update(schema.schedules)
            .set({
              status: "published",
              publishedAt: now(),
              publishedBy: userId,
              version: sql`${schema.schedules.version} + 1`,
            })
            .where(eq(schema.schedules.id, scheduleId))
            .returning();
          await appendAudit(tx, {
            projectId,
            actor: userId,
            action: "schedule.published",
            subject: `schedule:${scheduleId}`,
            data: {
              name: row!.name,
              version: row!.version,
              firstDate: row!.firstDate,
              lastDate: row!.lastDate,
              shootingDays: board.days.filter((day) => day.strips.length > 0).length,
              boneyard: board.boneyard.length,
              cost: board.cost ? { total: board.cost.total, currency: board.cost.currency } : null,
              violations: board.violations.length,
              problems: board.problems.length,
              replaces: previous[0] ? { id: previous[0].id, name: previous[0].name } : null,
            },
            at: now(),
          });
          return row!;
        });
        return c.json({ schedule: toSchedule(published) }, 200);
      } catch (error) {
        // Two boards published at once: the unique index lets one through; the other reloads and sees it.
        if (isUniqueViolation(error)) {
          throw new ApiError(
            409,
            "VERSION_CONFLICT",
            "another board was published meanwhile; reload and try again",
          );
        }
        throw error;
      }
    },
  );
}
