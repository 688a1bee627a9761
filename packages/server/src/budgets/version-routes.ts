// /api/v1/projects/{projectId}/budgets: the project's budget versions. A version is the consortium's, or private
// to one partner (seen only by members acting for it). A new version starts empty, from a template (feature or
// series, Russian or English), from a chart of accounts, or as a copy of another version.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, isNull, or } from "drizzle-orm";
import { isCurrencyCode } from "@kinomost/core";
import { schema } from "@kinomost/db";
import { ApiError } from "../http/errors.ts";
import { errorResponses, conflictResponse, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { plainText } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { copyOf, insertBudget, organizationCountry, startDocument } from "./create.ts";
import type { StoredDocument } from "./document.ts";
import { badField } from "./edit.ts";
import { budgetParams, projectParams, templateInput } from "./inputs.ts";
import { loadBudgetPartners } from "./partners.ts";
import { readBudgetResponse } from "./read.ts";
import { loadScheduleGlobals } from "./schedule-globals.ts";
import { evaluateRow, findVisibleBudget } from "./store.ts";
import { budgetReadSchema, summarySchema, toSummary } from "./views.ts";

export const tags = ["Budget"];

const currencyCode = z.string().regex(/^[A-Z]{3}$/, "must be an ISO 4217 code such as RUB");
const groupList = z
  .string()
  .max(2000)
  .optional()
  .openapi({ description: "Group ids separated by commas", example: "second-unit,night" });
const list = (text: string | undefined) =>
  text === undefined
    ? undefined
    : text
        .split(",")
        .map((item) => item.trim())
        .filter((item) => item !== "");

/** A private version belongs to the caller's own organization, never another's. */
export function checkPrivateTo(privateTo: string | null | undefined, organizationId: string) {
  if (privateTo !== undefined && privateTo !== null && privateTo !== organizationId)
    throw badField(
      "privateTo",
      "a private version can only be your own organization's",
      "not_own_organization",
    );
}

/** What a new version started from, for the audit log. */
function startedFrom(body: {
  template?: { kind: string; language: string };
  chart?: unknown;
  copyOf?: string;
}) {
  if (body.template) return `template:${body.template.kind}:${body.template.language}`;
  if (body.chart !== undefined) return "chart";
  return body.copyOf ? `copy:${body.copyOf}` : "empty";
}

export function registerBudgetVersionRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/budgets",
      tags,
      summary: "The budget versions the caller may see, with their totals in the base currency",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("Versions", z.object({ budgets: z.array(summarySchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId, organizationId } = requirePermission(c, "budget.read");
      const rows = await db
        .select()
        .from(schema.budgets)
        .where(
          and(
            eq(schema.budgets.projectId, projectId),
            or(isNull(schema.budgets.privateTo), eq(schema.budgets.privateTo, organizationId)),
          ),
        )
        .orderBy(asc(schema.budgets.createdAt), asc(schema.budgets.name));
      const partners = await loadBudgetPartners(db, projectId);
      const scheduleGlobals = await loadScheduleGlobals(db, projectId);
      const budgets = [];
      for (const row of rows)
        budgets.push(toSummary(await evaluateRow(db, row, {}, { partners, scheduleGlobals })));
      return c.json({ budgets }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/budgets",
      tags,
      summary: "Start a draft budget: empty, from a template, from a chart of accounts, or as a copy",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z.strictObject({
            name: plainText(200),
            baseCurrency: currencyCode,
            template: templateInput.optional(),
            chart: z.unknown().optional().openapi({ description: "A kinomost-chart file (FORMAT.md)" }),
            copyOf: z.uuid().optional(),
            privateTo: z
              .uuid()
              .optional()
              .openapi({ description: "Your own organization: a private version" }),
          }),
        ),
      },
      responses: {
        201: jsonResponse("Created", budgetReadSchema),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId, organizationId } = requirePermission(c, "budget.edit");
      const body = c.req.valid("json");
      checkPrivateTo(body.privateTo, organizationId);
      const starters = (["template", "chart", "copyOf"] as const).filter((key) => body[key] !== undefined);
      if (starters.length > 1)
        throw badField(
          starters[1]!,
          `give one of template, chart or copyOf, not ${starters.join(" and ")}`,
          "exclusive",
        );
      if (!isCurrencyCode(body.baseCurrency))
        throw badField("baseCurrency", `"${body.baseCurrency}" is not an ISO 4217 code`, "currency");
      const at = now();
      let document: StoredDocument;
      let source: { basedOn: string; originalId: string | null } | null = null;
      if (body.copyOf !== undefined) {
        const original = await findVisibleBudget(db, organizationId, projectId, body.copyOf).catch(
          (error: unknown) => {
            if (error instanceof ApiError && error.status === 404)
              throw badField("copyOf", "no such budget version in the project", "not_found");
            throw error;
          },
        );
        const copied = copyOf(original, body.name);
        if (copied.document.baseCurrency !== body.baseCurrency)
          throw badField(
            "baseCurrency",
            `a copy keeps the base currency of its source (${copied.document.baseCurrency})`,
            "base_currency",
          );
        document = copied.document;
        source = { basedOn: copied.basedOn, originalId: copied.originalId };
      } else {
        document = startDocument({
          name: body.name,
          baseCurrency: body.baseCurrency,
          ...(body.template ? { template: body.template } : {}),
          ...(body.chart !== undefined ? { chart: body.chart } : {}),
          organizationId,
          country: await organizationCountry(db, organizationId),
          today: at.toISOString().slice(0, 10),
        });
      }
      const row = await insertBudget(db, await loadBudgetPartners(db, projectId), {
        projectId,
        name: body.name,
        document,
        privateTo: body.privateTo ?? null,
        ...(source ?? {}),
        userId: c.get("user").id,
        at,
        audit: {
          action: "budget.created",
          data: {
            baseCurrency: body.baseCurrency,
            from: startedFrom(body),
          },
        },
      });
      return c.json(await readBudgetResponse(db, row), 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/budgets/{budgetId}",
      tags,
      summary:
        "A version: its document with the project's partners, its totals (categories → accounts → lines, partners, " +
        "countries, currencies, variance) or the problems that keep it from computing",
      security,
      request: {
        params: budgetParams,
        query: z.strictObject({
          currency: currencyCode.optional().openapi({ description: "Display currency" }),
          include: groupList,
          suppress: groupList,
        }),
      },
      responses: { 200: jsonResponse("Budget", budgetReadSchema), ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId, organizationId } = requirePermission(c, "budget.read");
      const { budgetId } = c.req.valid("param");
      const query = c.req.valid("query");
      const row = await findVisibleBudget(db, organizationId, projectId, budgetId);
      const include = list(query.include);
      const suppress = list(query.suppress);
      return c.json(
        await readBudgetResponse(db, row, {
          ...(query.currency ? { currency: query.currency } : {}),
          ...(include ? { include } : {}),
          ...(suppress ? { suppress } : {}),
        }),
        200,
      );
    },
  );
}
