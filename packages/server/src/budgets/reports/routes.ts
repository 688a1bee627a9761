// The budget's reports: /api/v1/projects/{projectId}/budgets/{budgetId}/cost-report (JSON, .xlsx, .pdf) — budget,
// actual to date, estimate to complete, estimate at completion and variance per account, partner and country — and
// …/rebates, the rebate estimate per country. The caller must be allowed to read the budget; the report holds the
// actuals of the partners whose books the caller may see, and says whose are missing.
import { createRoute, z } from "@hono/zod-openapi";
import type { CurrencyCode } from "@kinomost/core";
import { errorResponses, jsonResponse, security } from "../../http/openapi.ts";
import type { Router } from "../../http/router.ts";
import { requirePermission } from "../../projects/access.ts";
import { budgetInvalid } from "../evaluate.ts";
import { readBudgetForReport } from "../store.ts";
import { attachment, loadReportHeader } from "../exports/header.ts";
import { pickReportLanguage } from "../exports/labels.ts";
import { renderReportPdf } from "../exports/pdf.ts";
import { budgetParams, currencyQuery, langQuery } from "../exports/query.ts";
import { fileTypes, sendFile } from "../exports/routes.ts";
import { renderReportXlsx } from "../exports/xlsx.ts";
import { costReportDocument } from "./cost-report-document.ts";
import { registerEstimateRoutes } from "./estimate-routes.ts";
import { estimateAuthors } from "./estimates.ts";
import { loadCostReport } from "./load.ts";
import { rebateReportJson, rebateReportSchema } from "./rebate-views.ts";
import { buildRebateReport } from "./rebates.ts";
import { budgetRef, costReportJson, costReportSchema } from "./views.ts";

const tags = ["Budgets"];

const basisQuery = z
  .enum(["budget", "actual"])
  .default("budget")
  .openapi({ description: "Convert actuals at the budget's rates (default) or at the rates of their dates" });

const costReportQuery = z.strictObject({ currency: currencyQuery, basis: basisQuery });
const costReportFileQuery = z.strictObject({ currency: currencyQuery, basis: basisQuery, lang: langQuery });

const costReportRoute = createRoute({
  method: "get",
  path: "/projects/{projectId}/budgets/{budgetId}/cost-report",
  tags,
  summary: "Cost report: budget, actual, estimate to complete and at completion, variance",
  description:
    "Per category, account, partner (with its agreed share and its share of spend) and country, in one currency. " +
    "Holds the actuals of the partners whose books the caller may see (`coverage`); ledger rows that cannot be " +
    "placed (an account not in this budget, no rate) are listed under `problems`.",
  security,
  request: { params: budgetParams, query: costReportQuery },
  responses: { 200: jsonResponse("The cost report", costReportSchema), ...errorResponses },
});

const costReportFileRoute = (format: "pdf" | "xlsx") =>
  createRoute({
    method: "get",
    path: `/projects/{projectId}/budgets/{budgetId}/cost-report.${format}`,
    tags,
    summary: `The cost report as ${format.toUpperCase()}`,
    security,
    request: { params: budgetParams, query: costReportFileQuery },
    responses: {
      200: { description: "The cost report", content: { [fileTypes[format]]: { schema: z.string() } } },
      ...errorResponses,
    },
  });

const rebatesRoute = createRoute({
  method: "get",
  path: "/projects/{projectId}/budgets/{budgetId}/rebates",
  tags,
  summary: "Rebate estimate per country of spend",
  description:
    "Each country's qualifying spend through its rule pack valid on the budget's rates date: the tier reached, " +
    "the rebate, and what every tier still needs.",
  security,
  request: { params: budgetParams, query: z.strictObject({ currency: currencyQuery }) },
  responses: { 200: jsonResponse("The rebate estimate", rebateReportSchema), ...errorResponses },
});

export function registerBudgetReportRoutes(app: Router) {
  registerEstimateRoutes(app);
  app.openapi(costReportRoute, async (c) => {
    const access = requirePermission(c, "budget.read");
    const { budgetId } = c.req.valid("param");
    const { currency, basis } = c.req.valid("query");
    const { read, view } = await loadCostReport(c.get("services").db, access, budgetId, {
      basis,
      ...(currency ? { currency: currency as CurrencyCode } : {}),
    });
    const budget = budgetRef(read.row, read.totals.baseCurrency);
    const people = await estimateAuthors(c.get("services").db, view);
    return c.json(costReportJson(view, budget, read.totals.rates, people), 200);
  });

  for (const format of ["pdf", "xlsx"] as const) {
    app.openapi(costReportFileRoute(format), async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "budget.read");
      const { budgetId } = c.req.valid("param");
      const { currency, basis, lang } = c.req.valid("query");
      const language = pickReportLanguage(lang, c.req.header("accept-language"));
      const { read, view } = await loadCostReport(db, access, budgetId, {
        basis,
        language,
        ...(currency ? { currency: currency as CurrencyCode } : {}),
      });
      const header = await loadReportHeader(db, read.row, read.totals, language, now());
      const document = costReportDocument(view, header, language);
      const bytes = format === "pdf" ? await renderReportPdf(document) : await renderReportXlsx(document);
      return sendFile(c, format, bytes, attachment("cost-report", read.row.name, budgetId, format));
    });
  }

  app.openapi(rebatesRoute, async (c) => {
    const { projectId } = requirePermission(c, "budget.read");
    const { budgetId } = c.req.valid("param");
    const { currency } = c.req.valid("query");
    const read = await readBudgetForReport(c, projectId, budgetId);
    if (!read.totals) throw budgetInvalid(read.problems);
    const view = buildRebateReport({
      budget: read.budget,
      totals: read.totals,
      rates: read.rates,
      currency: (currency ?? read.totals.displayCurrency) as CurrencyCode,
    });
    const budget = budgetRef(read.row, read.totals.baseCurrency);
    return c.json(rebateReportJson(view, budget, read.rates), 200);
  });
}
