// The stripboard by hand: strips moved between days and the boneyard (one or several together), a strip or a day
// locked so the optimizer leaves it be, and a board copied as a new variant. Only a draft changes; every change
// names the board's version it was made on and answers with the board as GET /schedules/{id} shows it.
import { createRoute, z } from "@hono/zod-openapi";
import { eq, and } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { ApiError, isUniqueViolation, notFound } from "../../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../../http/openapi.ts";
import type { Router } from "../../http/router.ts";
import { plainText, uuidParam, versionField } from "../../http/validation.ts";
import { requirePermission } from "../../projects/access.ts";
import { readBoard, viewBoard } from "../board.ts";
import { loadBoardRows, loadScheduleInputs } from "../inputs.ts";
import { boardSchema } from "../views.ts";
import { finishBoardChange, holdDraftBoard, writeContainers } from "./board-write.ts";
import { copyBoard } from "./copy.ts";
import { boneyardKey, planMove, readArrangement } from "./plan-move.ts";
import { refusalError } from "./refusals.ts";

const tags = ["Schedule"];
const boardParams = z.object({ projectId: uuidParam("projectId"), scheduleId: uuidParam("scheduleId") });
const lockBody = z.strictObject({ version: versionField, locked: z.boolean() });
const boardResponses = {
  200: jsonResponse("The board after the change", boardSchema),
  ...errorResponses,
  ...conflictResponse,
};

export function registerArrangementRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/schedules/{scheduleId}/moves",
      tags,
      summary: "Move strips, together and in the given order, to a place on a day or in the boneyard",
      description:
        "`to.index` counts the target's strips once the moved ones are lifted out (0 puts them first). A locked " +
        "strip is 409 STRIP_LOCKED; a strip on a locked day, or a locked target day, 409 DAY_LOCKED; ids the " +
        "board does not have are 400, each named.",
      security,
      request: {
        params: boardParams,
        ...jsonBody(
          z.strictObject({
            version: versionField,
            strips: z
              .array(z.uuid("must be a scene's lineage id"))
              .min(1)
              .max(5000)
              .openapi({ description: "Lineage ids of the scenes whose strips move" }),
            to: z.strictObject({
              dayId: z
                .union([z.uuid("must be a day's id or boneyard"), z.literal(boneyardKey)])
                .openapi({ example: boneyardKey }),
              index: z.number().int().min(0),
            }),
          }),
        ),
      },
      responses: boardResponses,
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { scheduleId } = c.req.valid("param");
      const { version, strips, to } = c.req.valid("json");
      const inputs = await loadScheduleInputs(db, projectId);
      const board = await db.transaction(async (tx) => {
        const rows = await holdDraftBoard(tx, inputs, { projectId, scheduleId, version });
        const arrangement = readArrangement(inputs.scenes, rows);
        const plan = planMove(arrangement, { strips, to });
        if (!plan.ok) throw refusalError(plan.refusal, inputs, rows.days);
        if (!plan.changed) return viewBoard(inputs, rows);
        const moved = new Set(strips);
        // A strip moved out of the boneyard leaves behind any lock it kept there, where a lock holds nothing.
        const isLocked = (id: string) => !moved.has(id) && arrangement.lockedStrips.has(id);
        const written = await writeContainers(tx, rows, plan.containers, isLocked);
        return finishBoardChange(tx, inputs, { days: rows.days, strips: written }, scheduleId);
      });
      return c.json(board, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/schedules/{scheduleId}/strips/{lineageId}",
      tags,
      summary: "Lock a strip to its day and unit (the optimizer leaves it there), or unlock it",
      security,
      request: {
        params: boardParams.extend({ lineageId: uuidParam("lineageId") }),
        ...jsonBody(lockBody),
      },
      responses: boardResponses,
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { scheduleId, lineageId } = c.req.valid("param");
      const { version, locked } = c.req.valid("json");
      const inputs = await loadScheduleInputs(db, projectId);
      const board = await db.transaction(async (tx) => {
        const rows = await holdDraftBoard(tx, inputs, { projectId, scheduleId, version });
        const arrangement = readArrangement(inputs.scenes, rows);
        const container = arrangement.containerOf.get(lineageId);
        if (!container) throw notFound("strip");
        if (locked && container === boneyardKey) {
          const message = "a strip in the boneyard has no day to keep: put it on a day first";
          throw new ApiError(400, "VALIDATION_FAILED", message, {
            fields: [{ path: "locked", message, code: "not_on_day" }],
          });
        }
        if (arrangement.lockedStrips.has(lineageId) === locked) return viewBoard(inputs, rows);
        await tx
          .update(schema.scheduleStrips)
          .set({ locked })
          .where(
            and(
              eq(schema.scheduleStrips.scheduleId, scheduleId),
              eq(schema.scheduleStrips.lineageId, lineageId),
            ),
          );
        const strips = rows.strips.map((strip) =>
          strip.lineageId === lineageId ? { ...strip, locked } : strip,
        );
        return finishBoardChange(tx, inputs, { days: rows.days, strips }, scheduleId);
      });
      return c.json(board, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/schedules/{scheduleId}/days/{dayId}",
      tags,
      summary: "Lock a shooting day (its strips stay, none moves in or out), or unlock it",
      security,
      request: { params: boardParams.extend({ dayId: uuidParam("dayId") }), ...jsonBody(lockBody) },
      responses: boardResponses,
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { scheduleId, dayId } = c.req.valid("param");
      const { version, locked } = c.req.valid("json");
      const inputs = await loadScheduleInputs(db, projectId);
      const board = await db.transaction(async (tx) => {
        const rows = await holdDraftBoard(tx, inputs, { projectId, scheduleId, version });
        const day = rows.days.find((candidate) => candidate.id === dayId);
        if (!day) throw notFound("day");
        if (day.locked === locked) return viewBoard(inputs, rows);
        await tx.update(schema.scheduleDays).set({ locked }).where(eq(schema.scheduleDays.id, dayId));
        const days = rows.days.map((candidate) =>
          candidate.id === dayId ? { ...candidate, locked } : candidate,
        );
        return finishBoardChange(tx, inputs, { days, strips: rows.strips }, scheduleId);
      });
      return c.json(board, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/schedules/{scheduleId}/copy",
      tags,
      summary: "Copy a board as a new draft variant: its calendar, costs, days, strips and locks",
      security,
      request: { params: boardParams, ...jsonBody(z.strictObject({ name: plainText(200) })) },
      responses: {
        201: jsonResponse("The new variant", boardSchema),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { scheduleId } = c.req.valid("param");
      const { name } = c.req.valid("json");
      const source = await loadBoardRows(db, projectId, scheduleId);
      if (!source) throw notFound("board");
      let id: string;
      try {
        id = await copyBoard(db, source, { name, userId: c.get("user").id, now: now() });
      } catch (error) {
        if (isUniqueViolation(error)) {
          throw new ApiError(409, "ALREADY_EXISTS", `the project already has a board named "${name}"`, {
            fields: [{ path: "name", message: "already taken", code: "taken" }],
          });
        }
        throw error;
      }
      return c.json((await readBoard(db, projectId, id))!, 201);
    },
  );
}
