// Budget files: import a `kinomost-budget` JSON file as a new version (all or nothing), export a version as that
// file — the one `kinomost budget total FILE.json` reads — and export its chart of accounts.
import { createRoute, z } from "@hono/zod-openapi";
import { exportChart, readBudgetFile, type BudgetError } from "@kinomost/core";
import { ApiError } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { plainText } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { insertBudget } from "./create.ts";
import { toDocument, type RatesJson } from "./document.ts";
import { budgetFile, budgetInvalid } from "./evaluate.ts";
import { budgetParams, projectParams } from "./inputs.ts";
import { mapFilePartners, withPartnerIds } from "./import-partners.ts";
import { loadBudgetPartners } from "./partners.ts";
import { readBudgetResponse } from "./read.ts";
import { findVisibleBudget } from "./store.ts";
import { checkPrivateTo, tags } from "./version-routes.ts";
import { budgetReadSchema } from "./views.ts";

const fileField = (message: string) =>
  new ApiError(400, "VALIDATION_FAILED", `file: ${message}`, {
    fields: [{ path: "file", message, code: "file" }],
  });

function parseJson(bytes: ArrayBuffer): unknown {
  const text = new TextDecoder("utf-8", { fatal: false }).decode(bytes).replace(/^\uFEFF/, "");
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw fileField(`not valid JSON (${error instanceof Error ? error.message : String(error)})`);
  }
}

/** `attachment` with an ASCII name for old clients and the budget's own (Cyrillic) name for the others. */
const attachment = (name: string, id: string, kind: string) => {
  // eslint-disable-next-line no-control-regex -- control characters are what is taken out
  const readable = `${name}.${kind}.json`.replace(/[\\/:*?"<>|\u0000-\u001f]/g, "_");
  return `attachment; filename="budget-${id.slice(0, 8)}.${kind}.json"; filename*=UTF-8''${encodeURIComponent(readable)}`;
};

export function registerBudgetFileRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/budgets/import",
      tags,
      summary:
        "Import a kinomost-budget JSON file as a new draft; its partners must be the project's (by organization id " +
        "or by exact name in any language). Nothing is written when anything is wrong",
      security,
      request: {
        params: projectParams,
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: z.strictObject({
                file: z
                  .instanceof(File, { message: "must be a file" })
                  .openapi({ type: "string", format: "binary" }),
                name: plainText(200),
                privateTo: z.uuid().optional(),
              }),
            },
          },
        },
      },
      responses: { 201: jsonResponse("Imported", budgetReadSchema), ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId, organizationId } = requirePermission(c, "budget.edit");
      const { file, name, privateTo } = c.req.valid("form");
      checkPrivateTo(privateTo, organizationId);
      const json = parseJson(await file.arrayBuffer());
      const read = readBudgetFile(json);
      if (!read.ok) throw budgetInvalid(read.errors);
      const partners = await loadBudgetPartners(db, projectId);
      const mapped = mapFilePartners(read.value.budget.partners, partners);
      if (!mapped.ok) throw budgetInvalid(mapped.errors as BudgetError[]);
      const budget = withPartnerIds(read.value.budget, mapped.value);
      const rates = (json as { rates: RatesJson }).rates;
      const lines = budget.categories.reduce(
        (n, category) => n + category.accounts.reduce((m, a) => m + a.lines.length, 0),
        0,
      );
      const row = await insertBudget(db, partners, {
        projectId,
        name,
        document: toDocument(budget, rates),
        privateTo: privateTo ?? null,
        userId: c.get("user").id,
        at: now(),
        audit: { action: "budget.imported", data: { file: file.name, title: budget.title, lines } },
      });
      return c.json(await readBudgetResponse(db, row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/budgets/{budgetId}/export.json",
      tags,
      summary: "The version as a complete kinomost-budget file (partners filled in, line ids kept)",
      security,
      request: { params: budgetParams },
      responses: {
        200: jsonResponse("The budget file", z.record(z.string(), z.unknown())),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId, organizationId } = requirePermission(c, "budget.read");
      const { budgetId } = c.req.valid("param");
      const row = await findVisibleBudget(db, organizationId, projectId, budgetId);
      c.header("Content-Disposition", attachment(row.name, row.id, "budget"));
      return c.json(budgetFile(row.document, await loadBudgetPartners(db, projectId)), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/budgets/{budgetId}/chart.json",
      tags,
      summary: "The version's chart of accounts (kinomost-chart): categories and accounts, no lines",
      security,
      request: { params: budgetParams },
      responses: {
        200: jsonResponse("The chart file", z.record(z.string(), z.unknown())),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId, organizationId } = requirePermission(c, "budget.read");
      const { budgetId } = c.req.valid("param");
      const row = await findVisibleBudget(db, organizationId, projectId, budgetId);
      const document = row.document as {
        title: string;
        categories: Parameters<typeof exportChart>[0]["categories"];
      };
      c.header("Content-Disposition", attachment(row.name, row.id, "chart"));
      return c.json(exportChart(document), 200);
    },
  );
}
