// Downloads of a budget version: /api/v1/projects/{projectId}/budgets/{budgetId}/export.pdf, .xlsx and .csv —
// the top sheet and detail on paper and in a workbook, the detail lines as CSV — in Russian or English, in the
// budget's display currency or another. Only those who may read the budget (and see this version) get it.
import { createRoute, z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../context.ts";
import { errorResponses, security } from "../../http/openapi.ts";
import type { Router } from "../../http/router.ts";
import { requirePermission } from "../../projects/access.ts";
import { budgetInvalid } from "../evaluate.ts";
import { readBudgetForReport } from "../store.ts";
import { renderBudgetCsv, renderBudgetPdf, renderBudgetXlsx } from "./budget-export.ts";
import { attachment, loadReportHeader } from "./header.ts";
import { pickReportLanguage } from "./labels.ts";
import { budgetParams, exportQuery } from "./query.ts";

const tags = ["Budgets"];

export const fileTypes = {
  pdf: "application/pdf",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
  csv: "text/csv; charset=utf-8",
} as const;

export type FileFormat = keyof typeof fileTypes;

/** The bytes as a download of the given kind. */
export function sendFile(
  c: Context<AppEnv>,
  format: FileFormat,
  bytes: Uint8Array | string,
  disposition: string,
) {
  c.header("Content-Type", fileTypes[format]);
  c.header("Content-Disposition", disposition);
  if (typeof bytes === "string") return c.body(bytes, 200);
  return c.body(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    200,
  );
}

const descriptions: Record<FileFormat, string> = {
  pdf: "Top sheet and detail, A4 landscape",
  xlsx: "Workbook with a top-sheet and a detail worksheet",
  csv: "Detail lines, one row per line (UTF-8 with a byte order mark)",
};

export function registerBudgetExportRoutes(app: Router) {
  for (const format of ["pdf", "xlsx", "csv"] as const) {
    const route = createRoute({
      method: "get",
      path: `/projects/{projectId}/budgets/{budgetId}/export.${format}`,
      tags,
      summary: `The budget version as ${format.toUpperCase()}`,
      security,
      request: { params: budgetParams, query: exportQuery },
      responses: {
        200: {
          description: descriptions[format],
          content: { [fileTypes[format].split(";")[0]!]: { schema: z.string() } },
        },
        ...errorResponses,
      },
    });
    app.openapi(route, async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "budget.read");
      const { budgetId } = c.req.valid("param");
      const { lang, currency } = c.req.valid("query");
      const language = pickReportLanguage(lang, c.req.header("accept-language"));
      const read = await readBudgetForReport(c, projectId, budgetId, currency ? { currency } : {});
      if (!read.totals) throw budgetInvalid(read.problems);
      const disposition = attachment("budget", read.row.name, budgetId, format);
      if (format === "csv") {
        return sendFile(c, format, renderBudgetCsv({ ...read, totals: read.totals, language }), disposition);
      }
      const header = await loadReportHeader(db, read.row, read.totals, language, now());
      const input = { budget: read.budget, totals: read.totals, rates: read.rates, header, language };
      const bytes = format === "pdf" ? await renderBudgetPdf(input) : await renderBudgetXlsx(input);
      return sendFile(c, format, bytes, disposition);
    });
  }
}
