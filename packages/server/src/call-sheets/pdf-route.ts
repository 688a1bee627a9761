// GET /api/v1/projects/{projectId}/callsheets/{dayNumber}.pdf?lang=ru|en: the call sheet of shooting day N of the
// published board as a PDF, in the language asked for, else the recipient's own, else Russian. Hono cannot read a
// parameter followed by ".pdf" from an OpenAPI path, so the route is documented in the OpenAPI registry and served
// by a plain route whose parameter ends in ".pdf".
import { createRoute, z } from "@hono/zod-openapi";
import { callSheetLanguage } from "@kinomost/core";
import { ApiError, notFound } from "../http/errors.ts";
import { errorResponses, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { toFieldErrors } from "../http/validation.ts";
import { projectCategories } from "../breakdown/queries.ts";
import { requirePermission } from "../projects/access.ts";
import { requirePublishedBoard, requireShift } from "./board-days.ts";
import { findCallSheetRow, loadCallSheet } from "./load.ts";
import { dayNumber, dayParams, dayQuery, tags } from "./params.ts";
import { renderCallSheetPdf } from "./pdf.ts";
import { markOpened, peopleOfUser } from "./recipients.ts";

export function registerCallSheetPdfRoute(app: Router) {
  app.openAPIRegistry.registerPath(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/callsheets/{dayNumber}.pdf",
      tags,
      summary:
        "The call sheet of shooting day N of the published board as a PDF (A4, every partner alphabet)",
      description: "Reading it marks it opened when the caller is one of its recipients.",
      security,
      request: { params: dayParams, query: dayQuery },
      responses: {
        200: {
          description: "The PDF",
          content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...errorResponses,
      },
    }),
  );

  app.get("/projects/:projectId/callsheets/:file{[0-9]+\\.pdf}", async (c) => {
    const { db, now } = c.get("services");
    const { projectId } = requirePermission(c, "schedule.read");
    const query = dayQuery.safeParse(c.req.query());
    if (!query.success) {
      const fields = toFieldErrors(query.error.issues);
      throw new ApiError(400, "VALIDATION_FAILED", `invalid query: ${fields.map((f) => f.path).join(", ")}`, {
        fields,
      });
    }
    const number = dayNumber.safeParse(c.req.param("file").slice(0, -".pdf".length));
    if (!number.success) throw notFound("shooting day");
    const board = await requirePublishedBoard(db, projectId);
    const shift = requireShift(board, number.data, query.data.unit);
    const row = await findCallSheetRow(db, projectId, shift.dayId);
    const mine = await peopleOfUser(db, projectId, c.get("user").id);
    const language = query.data.lang ?? callSheetLanguage(mine.find((person) => person.language)?.language);
    const [sheet, categories] = await Promise.all([
      loadCallSheet(db, projectId, board, shift, row, language),
      projectCategories(db, projectId),
    ]);
    if (row?.status === "published") {
      await markOpened(
        db,
        row.id,
        mine.map((person) => person.id),
        now(),
      );
    }
    const pdf = await renderCallSheetPdf(sheet, language, (key) => {
      const category = categories.find((candidate) => candidate.key === key);
      return category ? category.names[language] : key;
    });
    c.header("Content-Type", "application/pdf");
    c.header(
      "Content-Disposition",
      `attachment; filename="call-sheet-day-${shift.number}-${shift.date}.pdf"`,
    );
    return c.body(pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer, 200);
  });
}
