// /api/v1/projects/{projectId}/dood (JSON), dood.csv, dood.xlsx and dood.pdf: the day out of days of a board —
// the published КПП unless `schedule` names another — for one breakdown category (cast unless told).
import { createRoute, z } from "@hono/zod-openapi";
import { dayOutOfDaysCsv, doodColumns, type DoodColumns, type DoodLanguage } from "@kinomost/core";
import { errorResponses, jsonResponse, security } from "../../http/openapi.ts";
import type { Router } from "../../http/router.ts";
import { uuidParam } from "../../http/validation.ts";
import { requirePermission } from "../../projects/access.ts";
import { loadDayOutOfDays, type DoodReport } from "./load.ts";
import { renderDoodPdf } from "./pdf.ts";
import { doodSchema, toDoodView } from "./view.ts";
import { renderDoodXlsx } from "./xlsx.ts";

const tags = ["Schedule"];
const params = z.object({ projectId: uuidParam("projectId") });
const query = z.strictObject({
  schedule: z
    .uuid()
    .optional()
    .openapi({ description: "The board; the project's published КПП unless told" }),
  category: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .openapi({ description: 'A breakdown category key: "cast" unless told, "props", "custom:…"' }),
  days: z.enum(["shooting", "calendar"]).optional().openapi({
    description: "Columns: the shooting days (unless told), or every calendar day from the first to the last",
  }),
  lang: z.enum(["ru", "en"]).optional().openapi({ description: "Headings' language; Russian unless told" }),
});

const formats = {
  csv: { type: "text/csv; charset=utf-8", description: "one row per element, one column per day" },
  xlsx: {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    description: "colour-coded codes, frozen headings, the totals",
  },
  pdf: { type: "application/pdf", description: "landscape pages of the codes grid with a legend" },
} as const;

type Format = keyof typeof formats;

async function render(format: Format, loaded: DoodReport, columns: DoodColumns, language: DoodLanguage) {
  const days = doodColumns(loaded.report, columns);
  if (format === "csv") {
    return dayOutOfDaysCsv(days, loaded.report.rows, language, {
      elementHeading: loaded.category.names[language],
      bom: true,
    });
  }
  const bytes =
    format === "xlsx"
      ? await renderDoodXlsx(loaded, days, language)
      : await renderDoodPdf(loaded, days, language);
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

export function registerDoodRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/dood",
      tags,
      summary:
        "Day out of days of a board: codes per element and day, totals, cost in each element's currency",
      security,
      request: { params, query },
      responses: { 200: jsonResponse("Day out of days", doodSchema), ...errorResponses },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "schedule.read");
      const { schedule, category = "cast", days = "shooting" } = c.req.valid("query");
      const loaded = await loadDayOutOfDays(c.get("services").db, projectId, {
        scheduleId: schedule,
        category,
      });
      return c.json(toDoodView(loaded, days), 200);
    },
  );

  for (const format of Object.keys(formats) as Format[]) {
    const { type, description } = formats[format];
    app.openapi(
      createRoute({
        method: "get",
        path: `/projects/{projectId}/dood.${format}`,
        tags,
        summary: `Day out of days of a board as ${format.toUpperCase()}`,
        security,
        request: { params, query },
        responses: {
          200: {
            description: `Day out of days: ${description}`,
            content: { [type]: { schema: z.string() } },
          },
          ...errorResponses,
        },
      }),
      async (c) => {
        const { projectId } = requirePermission(c, "schedule.read");
        const { schedule, category = "cast", days = "shooting", lang = "ru" } = c.req.valid("query");
        const loaded = await loadDayOutOfDays(c.get("services").db, projectId, {
          scheduleId: schedule,
          category,
        });
        const slug = category.replace(/[^a-z0-9-]+/giu, "-");
        c.header("Content-Type", type);
        c.header(
          "Content-Disposition",
          `attachment; filename="dood-${slug}-${loaded.schedule.id.slice(0, 8)}.${format}"`,
        );
        return c.body(await render(format, loaded, days, lang), 200);
      },
    );
  }
}
