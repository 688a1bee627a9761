// /api/v1/projects/{projectId}/schedules/{scheduleId}/optimizer-runs: optimize a board (or a selection of its
// strips) off the request path, watch its progress, stop it, and then accept its schedule onto the board or
// discard it. The board changes only on acceptance, and only if nobody changed it meanwhile.
import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, inArray } from "drizzle-orm";
import { evaluateSchedule, type ProductionInstance, type Schedule } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { assembleProductionInstance } from "../schedules/instance.ts";
import { acceptRun } from "./accept.ts";
import { runSchema, toRunView, type RunBefore } from "./views.ts";

const tags = ["Schedule"];
const scheduleParams = z.object({ projectId: uuidParam("projectId"), scheduleId: uuidParam("scheduleId") });
const runParams = scheduleParams.extend({ runId: uuidParam("runId") });

/** Locks every scheduled scene outside the selection to its day and unit: the run moves only the selection. */
function keepOutsideSelection(
  instance: ProductionInstance,
  board: Schedule,
  selection: ReadonlySet<string>,
): ProductionInstance {
  const placed = new Map<string, { date: string; unitId: string }>();
  for (const day of board.days) {
    for (const sceneId of day.sceneIds) placed.set(sceneId, { date: day.date, unitId: day.unitId });
  }
  return {
    ...instance,
    scenes: instance.scenes.map((scene) => {
      const at = placed.get(scene.id);
      return selection.has(scene.id) || !at
        ? scene
        : { ...scene, lockedDate: at.date, lockedUnit: at.unitId };
    }),
  };
}

async function findRun(db: Database, projectId: string, scheduleId: string, runId: string) {
  const [run] = await db
    .select()
    .from(schema.optimizerRuns)
    .where(
      and(
        eq(schema.optimizerRuns.id, runId),
        eq(schema.optimizerRuns.scheduleId, scheduleId),
        eq(schema.optimizerRuns.projectId, projectId),
      ),
    );
  if (!run) throw notFound("optimizer run");
  return run;
}

const runState = (status: string, wanted: string) =>
  new ApiError(409, "RUN_FINISHED", `the run is ${status}: only a run that is ${wanted} can be`);

export function registerOptimizationRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/schedules/{scheduleId}/optimizer-runs",
      tags,
      summary:
        "Optimize the board, or only the selected strips, for up to ten minutes in the background; " +
        "the board is not changed until the result is accepted",
      security,
      request: {
        params: scheduleParams,
        ...jsonBody(
          z.strictObject({
            seconds: z.number().int().min(1).max(600).default(30),
            seed: z.number().int().min(0).max(2_147_483_647).default(1),
            selection: z.array(z.uuid()).min(1).max(5000).optional(),
          }),
        ),
      },
      responses: {
        202: jsonResponse("Queued", z.object({ run: runSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now, optimizer } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { scheduleId } = c.req.valid("param");
      const { seconds, seed, selection } = c.req.valid("json");
      const [board] = await db
        .select()
        .from(schema.schedules)
        .where(and(eq(schema.schedules.id, scheduleId), eq(schema.schedules.projectId, projectId)));
      if (!board) throw notFound("board");
      if (board.status === "published") {
        throw new ApiError(
          409,
          "BOARD_PUBLISHED",
          `the board "${board.name}" is published: make a new variant to optimize`,
        );
      }
      const assembled = await assembleProductionInstance(db, projectId, scheduleId);
      if (!assembled.ok) {
        throw new ApiError(
          409,
          "SCHEDULE_NOT_READY",
          `the board cannot be optimized yet: ${assembled.problems.map((problem) => problem.message).join("; ")}`,
          {
            fields: assembled.problems.map((problem) => ({
              path: "board",
              message: problem.message,
              code: problem.code.toLowerCase(),
            })),
          },
        );
      }
      const unknown = (selection ?? []).flatMap((id, index) =>
        assembled.scenes.has(id)
          ? []
          : [{ path: `selection.${index}`, message: "is not a scene of the board", code: "unknown_scene" }],
      );
      if (unknown.length > 0) {
        throw new ApiError(
          400,
          "VALIDATION_FAILED",
          unknown.map((f) => `${f.path} ${f.message}`).join("; "),
          {
            fields: unknown,
          },
        );
      }
      const instance = selection
        ? keepOutsideSelection(assembled.instance, assembled.schedule, new Set(selection))
        : assembled.instance;
      const evaluation = evaluateSchedule(instance, assembled.schedule);
      const before: RunBefore = {
        schedule: assembled.schedule,
        cost: evaluation.ok ? evaluation.cost : null,
        feasible: evaluation.ok && evaluation.feasible,
      };
      const [run] = await db
        .insert(schema.optimizerRuns)
        .values({
          projectId,
          scheduleId,
          status: "queued",
          seed,
          seconds,
          selection: selection ?? null,
          instance,
          before,
          scheduleVersion: board.version,
          createdBy: c.get("user").id,
          createdAt: now(),
        })
        .returning();
      await optimizer.submit(run!.id);
      return c.json({ run: toRunView(run!) }, 202);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/schedules/{scheduleId}/optimizer-runs",
      tags,
      summary: "The board's optimizer runs, newest first",
      security,
      request: { params: scheduleParams },
      responses: { 200: jsonResponse("Runs", z.object({ runs: z.array(runSchema) })), ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.read");
      const { scheduleId } = c.req.valid("param");
      const runs = await db
        .select()
        .from(schema.optimizerRuns)
        .where(
          and(eq(schema.optimizerRuns.projectId, projectId), eq(schema.optimizerRuns.scheduleId, scheduleId)),
        )
        .orderBy(desc(schema.optimizerRuns.createdAt))
        .limit(50);
      return c.json({ runs: runs.map(toRunView) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/schedules/{scheduleId}/optimizer-runs/{runId}",
      tags,
      summary: "A run: its state, progress (best cost, lower bound, elapsed seconds) and before/after cost",
      security,
      request: { params: runParams },
      responses: { 200: jsonResponse("Run", z.object({ run: runSchema })), ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.read");
      const { scheduleId, runId } = c.req.valid("param");
      return c.json({ run: toRunView(await findRun(db, projectId, scheduleId, runId)) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/schedules/{scheduleId}/optimizer-runs/{runId}/cancel",
      tags,
      summary: "Stop a queued or running run; a running one keeps the best schedule it found",
      security,
      request: { params: runParams },
      responses: {
        200: jsonResponse("Stopped", z.object({ run: runSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { scheduleId, runId } = c.req.valid("param");
      const run = await findRun(db, projectId, scheduleId, runId);
      const [stopped] = await db
        .update(schema.optimizerRuns)
        .set({ status: "cancelled", ...(run.status === "queued" ? { finishedAt: now() } : {}) })
        .where(
          and(
            eq(schema.optimizerRuns.id, runId),
            inArray(schema.optimizerRuns.status, ["queued", "running"]),
          ),
        )
        .returning();
      if (!stopped) throw runState(run.status, "queued or running");
      return c.json({ run: toRunView(stopped) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/schedules/{scheduleId}/optimizer-runs/{runId}/accept",
      tags,
      summary:
        "Put the run's schedule on the board (locks kept); refused when the board changed since the run began",
      security,
      request: { params: runParams },
      responses: {
        200: jsonResponse("Accepted", z.object({ run: runSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { scheduleId, runId } = c.req.valid("param");
      const run = await findRun(db, projectId, scheduleId, runId);
      const accepted = await db.transaction(async (tx) => {
        const row = await acceptRun(tx, run, { userId: c.get("user").id, at: now() });
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "schedule.optimized",
          subject: `schedule:${scheduleId}`,
          data: {
            runId,
            before: (run.before as RunBefore).cost?.total ?? null,
            after: toRunView(row).result?.cost?.total ?? null,
            currency: (run.before as RunBefore).cost?.currency ?? null,
          },
          at: now(),
        });
        return row;
      });
      return c.json({ run: toRunView(accepted) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/schedules/{scheduleId}/optimizer-runs/{runId}/discard",
      tags,
      summary: "Put a run's result aside; the board stays as it is",
      security,
      request: { params: runParams },
      responses: {
        200: jsonResponse("Discarded", z.object({ run: runSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { scheduleId, runId } = c.req.valid("param");
      const run = await findRun(db, projectId, scheduleId, runId);
      const [discarded] = await db
        .update(schema.optimizerRuns)
        .set({ status: "discarded", decidedBy: c.get("user").id, decidedAt: now() })
        .where(
          and(
            eq(schema.optimizerRuns.id, runId),
            inArray(schema.optimizerRuns.status, ["finished", "cancelled", "failed"]),
          ),
        )
        .returning();
      if (!discarded) throw runState(run.status, "finished, stopped or failed");
      return c.json({ run: toRunView(discarded) }, 200);
    },
  );
}
