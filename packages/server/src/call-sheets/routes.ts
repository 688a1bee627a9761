// /api/v1/projects/{projectId}/callsheets: the call sheet (вызывной лист) of each shooting day of the published
// board. The assistant director writes calls, weather, contacts and notes on it and publishes it to the day's cast
// and crew; the page shows who has opened and who has confirmed it.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, inArray, sql } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { isUniqueViolation, versionConflict } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { requirePermission } from "../projects/access.ts";
import { loadPublishedBoard, requirePublishedBoard, requireShift } from "./board-days.ts";
import { checkDetailElements, detailsInput, mergeDetails } from "./fields.ts";
import { findCallSheetRow, loadCallSheet, type CallSheetRow } from "./load.ts";
import { registerMyCallSheetRoutes } from "./my-routes.ts";
import { dayParams, dayQuery, projectParams, tags } from "./params.ts";
import { registerCallSheetPdfRoute } from "./pdf-route.ts";
import {
  checkRecipients,
  defaultRecipients,
  listRecipients,
  markOpened,
  peopleOfUser,
  sendToRecipients,
} from "./recipients.ts";
import { callSheetView, dayListView, recipientView, sheetStateOf, toCallSheetView } from "./views.ts";

const sheetVersion = z
  .number()
  .int()
  .min(0)
  .openapi({ description: "The version the change is based on: 0 for a sheet nothing has been written on" });

export function registerCallSheetRoutes(app: Router) {
  // Before GET …/callsheets/{dayNumber}, which would otherwise take "3.pdf" for a day number.
  registerCallSheetPdfRoute(app);
  registerMyCallSheetRoutes(app);

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/callsheets",
      tags,
      summary: "The published board's shooting days with the status of each call sheet and its recipients",
      security,
      request: { params: projectParams },
      responses: { 200: jsonResponse("Shooting days", dayListView), ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.read");
      const board = await loadPublishedBoard(db, projectId);
      if (!board) return c.json({ schedule: null, dayCount: 0, days: [] }, 200);
      const rows = await db
        .select()
        .from(schema.callSheets)
        .where(eq(schema.callSheets.scheduleId, board.schedule.id));
      const counts =
        rows.length === 0
          ? []
          : await db
              .select({
                callSheetId: schema.callSheetRecipients.callSheetId,
                total: sql<number>`count(*)::int`,
                opened: sql<number>`count(${schema.callSheetRecipients.openedAt})::int`,
                confirmed: sql<number>`count(${schema.callSheetRecipients.confirmedAt})::int`,
              })
              .from(schema.callSheetRecipients)
              .where(
                inArray(
                  schema.callSheetRecipients.callSheetId,
                  rows.map((row) => row.id),
                ),
              )
              .groupBy(schema.callSheetRecipients.callSheetId);
      const scenes = new Map(board.inputs.scenes.map((scene) => [scene.lineageId, scene]));
      const placeName = (set: string) => {
        const locationId = board.inputs.setsByName.get(set)?.locationId;
        return locationId ? (board.inputs.locations.get(locationId)?.name ?? null) : null;
      };
      const days = board.shifts.map((shift) => {
        const row = rows.find((candidate) => candidate.dayId === shift.dayId);
        const counted = counts.find((entry) => entry.callSheetId === row?.id);
        const dayScenes = shift.sceneIds.flatMap((id) => scenes.get(id) ?? []);
        return {
          dayNumber: shift.number,
          date: shift.date,
          dayId: shift.dayId,
          unitId: shift.unitId,
          unit: shift.unitName,
          shift: shift.shift,
          scenes: dayScenes.length,
          eighths: dayScenes.reduce((sum, scene) => sum + scene.eighths, 0),
          locations: [...new Set(dayScenes.flatMap((scene) => placeName(scene.location) ?? []))],
          ...sheetStateOf(row),
          recipients: {
            total: counted?.total ?? 0,
            opened: counted?.opened ?? 0,
            confirmed: counted?.confirmed ?? 0,
          },
        };
      });
      const { id, name, publishedAt } = board.schedule;
      return c.json(
        {
          schedule: { id, name, publishedAt: publishedAt?.toISOString() ?? null },
          dayCount: board.dayCount,
          days,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/callsheets/{dayNumber}",
      tags,
      summary:
        "The call sheet of shooting day N: calls, locations with map, time zone, sunrise and sunset, hospital, scenes, cast, requirements, advance schedule and crew calls",
      description: "Reading it marks it opened when the caller is one of its recipients.",
      security,
      request: { params: dayParams, query: dayQuery },
      responses: { 200: jsonResponse("Call sheet", callSheetView), ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.read");
      const { dayNumber } = c.req.valid("param");
      const { unit, lang } = c.req.valid("query");
      const board = await requirePublishedBoard(db, projectId);
      const shift = requireShift(board, dayNumber, unit);
      const row = await findCallSheetRow(db, projectId, shift.dayId);
      const sheet = await loadCallSheet(db, projectId, board, shift, row, lang ?? "ru");
      if (row?.status === "published") {
        const mine = await peopleOfUser(db, projectId, c.get("user").id);
        await markOpened(
          db,
          row.id,
          mine.map((person) => person.id),
          now(),
        );
      }
      const ids = { scheduleId: board.schedule.id, dayId: shift.dayId, unitId: shift.unitId };
      return c.json(toCallSheetView(ids, row, sheet), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/callsheets/{dayNumber}",
      tags,
      summary: "Write on the call sheet: calls, weather, contacts, notes, cast and department calls",
      security,
      request: {
        params: dayParams,
        query: dayQuery,
        ...jsonBody(z.strictObject({ version: sheetVersion, ...detailsInput })),
      },
      responses: {
        200: jsonResponse("Changed", callSheetView),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { dayNumber } = c.req.valid("param");
      const { unit, lang } = c.req.valid("query");
      const { version, ...change } = c.req.valid("json");
      const board = await requirePublishedBoard(db, projectId);
      const shift = requireShift(board, dayNumber, unit);
      await checkDetailElements(db, projectId, change);
      const current = await findCallSheetRow(db, projectId, shift.dayId);
      const conflict = async (latest: CallSheetRow | undefined) => {
        const sheet = await loadCallSheet(db, projectId, board, shift, latest, lang ?? "ru");
        return versionConflict(
          "the call sheet",
          toCallSheetView(
            { scheduleId: board.schedule.id, dayId: shift.dayId, unitId: shift.unitId },
            latest,
            sheet,
          ),
        );
      };
      if ((current?.version ?? 0) !== version) throw await conflict(current);
      let row: CallSheetRow | undefined;
      try {
        if (current) {
          [row] = await db
            .update(schema.callSheets)
            .set({
              details: mergeDetails(current.details, change),
              version: sql`${schema.callSheets.version} + 1`,
            })
            .where(and(eq(schema.callSheets.id, current.id), eq(schema.callSheets.version, version)))
            .returning();
        } else {
          [row] = await db
            .insert(schema.callSheets)
            .values({
              projectId,
              scheduleId: board.schedule.id,
              dayId: shift.dayId,
              details: mergeDetails({}, change),
              createdAt: now(),
            })
            .returning();
        }
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      if (!row) throw await conflict(await findCallSheetRow(db, projectId, shift.dayId));
      const sheet = await loadCallSheet(db, projectId, board, shift, row, lang ?? "ru");
      return c.json(
        toCallSheetView(
          { scheduleId: board.schedule.id, dayId: shift.dayId, unitId: shift.unitId },
          row,
          sheet,
        ),
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/callsheets/{dayNumber}/publish",
      tags,
      summary:
        "Publish the call sheet to its recipients: the people named, or the day's cast and the crew who have accounts",
      description:
        "Each recipient gets the sheet in their language (Russian when they have none); sending again asks them to open and confirm it anew.",
      security,
      request: {
        params: dayParams,
        query: dayQuery,
        ...jsonBody(
          z.strictObject({
            version: sheetVersion,
            recipients: z.array(z.uuid()).max(1000).optional().openapi({
              description: "People of the project; the day's cast and the crew with accounts when left out",
            }),
          }),
        ),
      },
      responses: {
        200: jsonResponse("Published", callSheetView.extend({ recipients: z.array(recipientView) })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { dayNumber } = c.req.valid("param");
      const { unit, lang } = c.req.valid("query");
      const { version, recipients } = c.req.valid("json");
      const board = await requirePublishedBoard(db, projectId);
      const shift = requireShift(board, dayNumber, unit);
      if (recipients) await checkRecipients(db, projectId, recipients);
      const current = await findCallSheetRow(db, projectId, shift.dayId);
      const ids = { scheduleId: board.schedule.id, dayId: shift.dayId, unitId: shift.unitId };
      const draftSheet = await loadCallSheet(db, projectId, board, shift, current, lang ?? "ru");
      if ((current?.version ?? 0) !== version) {
        throw versionConflict("the call sheet", toCallSheetView(ids, current, draftSheet));
      }
      const people = recipients ?? (await defaultRecipients(db, projectId, draftSheet));
      const at = now();
      const userId = c.get("user").id;
      let row: CallSheetRow | undefined;
      try {
        row = await db.transaction(async (tx) => {
          const published = { status: "published" as const, publishedAt: at, publishedBy: userId };
          const [written] = current
            ? await tx
                .update(schema.callSheets)
                .set({ ...published, version: sql`${schema.callSheets.version} + 1` })
                .where(and(eq(schema.callSheets.id, current.id), eq(schema.callSheets.version, version)))
                .returning()
            : await tx
                .insert(schema.callSheets)
                .values({
                  projectId,
                  scheduleId: board.schedule.id,
                  dayId: shift.dayId,
                  createdAt: at,
                  ...published,
                })
                .returning();
          if (written) await sendToRecipients(tx, written.id, people, at);
          return written;
        });
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      if (!row) {
        const latest = await findCallSheetRow(db, projectId, shift.dayId);
        const sheet = await loadCallSheet(db, projectId, board, shift, latest, lang ?? "ru");
        throw versionConflict("the call sheet", toCallSheetView(ids, latest, sheet));
      }
      return c.json(
        { ...toCallSheetView(ids, row, draftSheet), recipients: await listRecipients(db, row.id) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/callsheets/{dayNumber}/recipients",
      tags,
      summary: "Who the call sheet went to, in which language, and whether each has opened and confirmed it",
      security,
      request: { params: dayParams, query: dayQuery },
      responses: {
        200: jsonResponse("Recipients", z.object({ recipients: z.array(recipientView) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { dayNumber } = c.req.valid("param");
      const { unit } = c.req.valid("query");
      const board = await requirePublishedBoard(db, projectId);
      const shift = requireShift(board, dayNumber, unit);
      const row = await findCallSheetRow(db, projectId, shift.dayId);
      return c.json({ recipients: row ? await listRecipients(db, row.id) : [] }, 200);
    },
  );
}
