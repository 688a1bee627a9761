// A person's own call sheets: /projects/{projectId}/my-callsheets lists the published sheets sent to the caller's
// people on the project (an actor with no role but viewer included), and …/callsheets/{dayNumber}/confirm says
// they will be there.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, inArray, sql } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { errorResponses, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { requirePermission } from "../projects/access.ts";
import { loadPublishedBoard, requirePublishedBoard, requireShift } from "./board-days.ts";
import { findCallSheetRow } from "./load.ts";
import { dayParams, dayQuery, projectParams, tags } from "./params.ts";
import { notRecipient, peopleOfUser, requirePublished } from "./recipients.ts";
import { myCallSheetView } from "./views.ts";

type MyCallSheet = z.infer<typeof myCallSheetView>;

async function myCallSheets(db: Database, projectId: string, userId: string): Promise<MyCallSheet[]> {
  const people = await peopleOfUser(db, projectId, userId);
  const board = people.length === 0 ? null : await loadPublishedBoard(db, projectId);
  if (!board) return [];
  const rows = await db
    .select({
      dayId: schema.callSheets.dayId,
      personId: schema.callSheetRecipients.personId,
      language: schema.callSheetRecipients.language,
      sentAt: schema.callSheetRecipients.sentAt,
      openedAt: schema.callSheetRecipients.openedAt,
      confirmedAt: schema.callSheetRecipients.confirmedAt,
    })
    .from(schema.callSheetRecipients)
    .innerJoin(schema.callSheets, eq(schema.callSheets.id, schema.callSheetRecipients.callSheetId))
    .where(
      and(
        eq(schema.callSheets.scheduleId, board.schedule.id),
        eq(schema.callSheets.status, "published"),
        inArray(
          schema.callSheetRecipients.personId,
          people.map((person) => person.id),
        ),
      ),
    );
  return board.shifts.flatMap((shift) =>
    rows
      .filter((row) => row.dayId === shift.dayId)
      .map((row) => ({
        dayNumber: shift.number,
        date: shift.date,
        unitId: shift.unitId,
        unit: shift.unitName,
        shift: shift.shift,
        personId: row.personId,
        name: people.find((person) => person.id === row.personId)?.name ?? "",
        language: row.language,
        state: row.confirmedAt
          ? ("confirmed" as const)
          : row.openedAt
            ? ("opened" as const)
            : ("sent" as const),
        sentAt: row.sentAt.toISOString(),
        openedAt: row.openedAt?.toISOString() ?? null,
        confirmedAt: row.confirmedAt?.toISOString() ?? null,
      })),
  );
}

export function registerMyCallSheetRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/my-callsheets",
      tags,
      summary: "The caller's own call sheets on the project, with whether each is opened and confirmed",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("My call sheets", z.object({ callSheets: z.array(myCallSheetView) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "project.read");
      const callSheets = await myCallSheets(c.get("services").db, projectId, c.get("user").id);
      return c.json({ callSheets }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/callsheets/{dayNumber}/confirm",
      tags,
      summary: "Confirm a call sheet sent to you: you have read it and will be there",
      security,
      request: { params: dayParams, query: dayQuery },
      responses: {
        200: jsonResponse("Confirmed", z.object({ callSheets: z.array(myCallSheetView) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "project.read");
      const { dayNumber } = c.req.valid("param");
      const { unit } = c.req.valid("query");
      const userId = c.get("user").id;
      const board = await requirePublishedBoard(db, projectId);
      const shift = requireShift(board, dayNumber, unit);
      const row = requirePublished(await findCallSheetRow(db, projectId, shift.dayId));
      const people = await peopleOfUser(db, projectId, userId);
      const at = now();
      const confirmed =
        people.length === 0
          ? []
          : await db
              .update(schema.callSheetRecipients)
              .set({
                confirmedAt: sql`coalesce(${schema.callSheetRecipients.confirmedAt}, ${at})`,
                openedAt: sql`coalesce(${schema.callSheetRecipients.openedAt}, ${at})`,
              })
              .where(
                and(
                  eq(schema.callSheetRecipients.callSheetId, row.id),
                  inArray(
                    schema.callSheetRecipients.personId,
                    people.map((person) => person.id),
                  ),
                ),
              )
              .returning({ personId: schema.callSheetRecipients.personId });
      if (confirmed.length === 0) throw notRecipient();
      const mine = await myCallSheets(db, projectId, userId);
      return c.json(
        {
          callSheets: mine.filter(
            (sheet) => sheet.dayNumber === shift.number && sheet.unitId === shift.unitId,
          ),
        },
        200,
      );
    },
  );
}
