// GET /api/v1/projects/{projectId}/schedules/{scheduleId}/calendar?from=…&to=…: a board's shooting calendar — per
// unit and date a shooting day (day N of M, country, locations, scenes, pages), a travel day, a public holiday of
// the country the unit is in or a day off — and the public holidays of the partners' countries in the range. Read
// as the board is read (schedule.read); a range is at most `maxCalendarSpan` days, a year and a month of grids.
import { createRoute, z } from "@hono/zod-openapi";
import { ApiError } from "../../http/errors.ts";
import { errorResponses, jsonResponse, security } from "../../http/openapi.ts";
import type { Router } from "../../http/router.ts";
import { uuidParam } from "../../http/validation.ts";
import { requirePermission } from "../../projects/access.ts";
import { isoDate } from "../fields.ts";
import { loadShootingCalendar } from "./load.ts";
import { calendarSchema, toCalendarView } from "./view.ts";

export const maxCalendarSpan = 400;

const params = z.object({ projectId: uuidParam("projectId"), scheduleId: uuidParam("scheduleId") });
const query = z.strictObject({
  from: isoDate.openapi({ description: "First date shown (YYYY-MM-DD)", example: "2027-03-01" }),
  to: isoDate.openapi({
    description: `Last date shown, at most ${maxCalendarSpan} days from the first`,
    example: "2027-03-31",
  }),
});

const daysBetween = (from: string, to: string) =>
  (Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000 + 1;

function checkRange(from: string, to: string) {
  const [message, code] =
    to < from
      ? ["must not be before from", "date_order"]
      : daysBetween(from, to) > maxCalendarSpan
        ? [`must be at most ${maxCalendarSpan} days from from`, "range_too_long"]
        : [null, null];
  if (message) {
    throw new ApiError(400, "VALIDATION_FAILED", `to ${message}`, {
      fields: [
        {
          path: "to",
          message,
          code,
          ...(code === "range_too_long" ? { params: { maximum: maxCalendarSpan } } : {}),
        },
      ],
    });
  }
}

export function registerScheduleCalendarRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/schedules/{scheduleId}/calendar",
      tags: ["Schedule"],
      summary:
        "A board's shooting calendar: per unit and date a shooting day, travel, holiday or day off, and the " +
        "partner countries' public holidays",
      security,
      request: { params, query },
      responses: { 200: jsonResponse("Shooting calendar", calendarSchema), ...errorResponses },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "schedule.read");
      const { scheduleId } = c.req.valid("param");
      const { from, to } = c.req.valid("query");
      checkRange(from, to);
      const report = await loadShootingCalendar(c.get("services").db, projectId, scheduleId, { from, to });
      return c.json(toCalendarView(report), 200);
    },
  );
}
