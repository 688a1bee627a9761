// The shooting schedule report (КПП) day by day as PDF and XLSX, in Russian or English: any board of the project at
// /projects/{projectId}/schedules/{scheduleId}/report.pdf|xlsx, and the published board at
// /projects/{projectId}/kpp.pdf|xlsx (404 NO_PUBLISHED_BOARD while none is published). Read as a board is read.
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../context.ts";
import { errorResponses, security } from "../../http/openapi.ts";
import type { Router } from "../../http/router.ts";
import { uuidParam } from "../../http/validation.ts";
import { requirePermission } from "../../projects/access.ts";
import { kppLanguages, type KppLanguage } from "./labels.ts";
import { loadKpp, requirePublishedBoardId } from "./load.ts";
import { renderKppPdf } from "./pdf.ts";
import { renderKppXlsx } from "./xlsx.ts";

const tags = ["Schedule"];
const projectParams = z.object({ projectId: uuidParam("projectId") });
const scheduleParams = projectParams.extend({ scheduleId: uuidParam("scheduleId") });
const query = z.strictObject({
  lang: z
    .enum(kppLanguages)
    .optional()
    .openapi({ description: "The report's language; Russian unless told" }),
});

const formats = {
  pdf: {
    type: "application/pdf",
    description: "A4 landscape: day by day, strips in their stripboard colours, day totals, banners, summary",
  },
  xlsx: {
    type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    description: "one sheet: a frozen heading row, one row per strip, day totals, banners merged, summary",
  },
} as const;

type Format = keyof typeof formats;

function fileResponses(format: Format) {
  const { type, description } = formats[format];
  return {
    200: {
      description: `The shooting schedule report: ${description}`,
      content: { [type]: { schema: z.string().openapi({ format: "binary" }) } },
    },
    ...errorResponses,
  };
}

async function sendReport(
  c: Context<AppEnv>,
  projectId: string,
  scheduleId: string,
  format: Format,
  language: KppLanguage,
) {
  const { db, now } = c.get("services");
  const { schedule, report } = await loadKpp(db, projectId, scheduleId, { now: now(), language });
  const bytes =
    format === "pdf" ? await renderKppPdf(report, language) : await renderKppXlsx(report, language);
  c.header("Content-Type", formats[format].type);
  c.header(
    "Content-Disposition",
    `attachment; filename="kpp-${schedule.id.slice(0, 8)}-${language}.${format}"`,
  );
  return c.body(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    200,
  );
}

export function registerScheduleReportRoutes(app: Router) {
  for (const format of Object.keys(formats) as Format[]) {
    app.openapi(
      createRoute({
        method: "get",
        path: `/projects/{projectId}/schedules/{scheduleId}/report.${format}`,
        tags,
        summary: `The shooting schedule report (КПП) of a board, day by day, as ${format.toUpperCase()}`,
        security,
        request: { params: scheduleParams, query },
        responses: fileResponses(format),
      }),
      async (c) => {
        const { projectId } = requirePermission(c, "schedule.read");
        const { scheduleId } = c.req.valid("param");
        const { lang = "ru" } = c.req.valid("query");
        return sendReport(c, projectId, scheduleId, format, lang);
      },
    );

    app.openapi(
      createRoute({
        method: "get",
        path: `/projects/{projectId}/kpp.${format}`,
        tags,
        summary: `The published shooting schedule (КПП), day by day, as ${format.toUpperCase()}`,
        description: "404 with the code NO_PUBLISHED_BOARD while the project has no published board.",
        security,
        request: { params: projectParams, query },
        responses: fileResponses(format),
      }),
      async (c) => {
        const { projectId } = requirePermission(c, "schedule.read");
        const { lang = "ru" } = c.req.valid("query");
        const scheduleId = await requirePublishedBoardId(c.get("services").db, projectId);
        return sendReport(c, projectId, scheduleId, format, lang);
      },
    );
  }
}
