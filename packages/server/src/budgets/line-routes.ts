// Detail lines: add one to an account, change its fields, move it (within or between accounts), remove it.
// A line is named by its id, which it keeps for life, whatever its place.
import { createRoute, z } from "@hono/zod-openapi";
import type { BudgetLine } from "@kinomost/core";
import { notFound } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { versionField } from "../http/validation.ts";
import { findAccount, findLine, replaceAccount, type StoredDocument } from "./document.ts";
import { badField, editBudget } from "./edit.ts";
import { codeParams, lineChange, lineInput, lineParams, versionQuery } from "./inputs.ts";
import { tags } from "./version-routes.ts";
import { budgetReadSchema } from "./views.ts";

const answers = {
  200: jsonResponse("The budget as it is now", budgetReadSchema),
  ...errorResponses,
  ...conflictResponse,
};

function line(document: StoredDocument, id: string) {
  const place = findLine(document, id);
  if (!place) throw notFound("line");
  return place;
}

function account(document: StoredDocument, code: string) {
  const place = findAccount(document, code);
  if (!place) throw notFound(`account ${code}`);
  return place;
}

const lineAt = (document: StoredDocument, place: { category: number; account: number }) =>
  document.categories[place.category]!.accounts[place.account]!;

/** The line with the change applied; null removes an optional field. */
function changeLine(current: BudgetLine, change: Record<string, unknown>): BudgetLine {
  const next: Record<string, unknown> = { ...current };
  for (const [key, value] of Object.entries(change)) {
    if (value === null) delete next[key];
    else if (value !== undefined) next[key] = value;
  }
  return next as unknown as BudgetLine;
}

export function registerBudgetLineRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/budgets/{budgetId}/accounts/{code}/lines",
      tags,
      summary: "Add a detail line at the end of an account; the server gives it its id",
      security,
      request: {
        params: codeParams,
        ...jsonBody(z.strictObject({ version: versionField, line: lineInput })),
      },
      responses: answers,
    }),
    async (c) => {
      const { budgetId, code } = c.req.valid("param");
      const { version, line: added } = c.req.valid("json");
      return editBudget(c, budgetId, version, (document) => {
        const place = account(document, code);
        const current = lineAt(document, place);
        return {
          document: replaceAccount(document, place, {
            ...current,
            lines: [...current.lines, added as BudgetLine],
          }),
        };
      });
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/budgets/{budgetId}/lines/{lineId}",
      tags,
      summary: "Change a detail line's fields; null removes an optional one (it is then inherited)",
      security,
      request: { params: lineParams, ...jsonBody(lineChange) },
      responses: answers,
    }),
    async (c) => {
      const { budgetId, lineId } = c.req.valid("param");
      const { version, ...change } = c.req.valid("json");
      return editBudget(c, budgetId, version, (document) => {
        const place = line(document, lineId);
        const current = lineAt(document, place);
        const lines = [...current.lines];
        lines[place.line] = changeLine(lines[place.line]!, change);
        return { document: replaceAccount(document, place, { ...current, lines }) };
      });
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/budgets/{budgetId}/lines/{lineId}",
      tags,
      summary: "Remove a detail line",
      security,
      request: { params: lineParams, query: versionQuery },
      responses: answers,
    }),
    async (c) => {
      const { budgetId, lineId } = c.req.valid("param");
      const { version } = c.req.valid("query");
      return editBudget(c, budgetId, version, (document) => {
        const place = line(document, lineId);
        const current = lineAt(document, place);
        return {
          document: replaceAccount(document, place, {
            ...current,
            lines: current.lines.filter((_, index) => index !== place.line),
          }),
        };
      });
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/budgets/{budgetId}/lines/{lineId}/move",
      tags,
      summary: "Move a detail line to a place in an account (the same or another); index 0 is the top",
      security,
      request: {
        params: lineParams,
        ...jsonBody(
          z.strictObject({
            version: versionField,
            account: z.string().min(1).max(40),
            index: z.number().int().min(0).max(100000),
          }),
        ),
      },
      responses: answers,
    }),
    async (c) => {
      const { budgetId, lineId } = c.req.valid("param");
      const { version, account: target, index } = c.req.valid("json");
      return editBudget(c, budgetId, version, (document) => {
        const from = line(document, lineId);
        const source = lineAt(document, from);
        const moving = source.lines[from.line]!;
        const without = replaceAccount(document, from, {
          ...source,
          lines: source.lines.filter((_, at) => at !== from.line),
        });
        const to = findAccount(without, target);
        if (!to) throw badField("account", `no account ${target} in the budget`, "not_found");
        const destination = lineAt(without, to);
        if (index > destination.lines.length)
          throw badField(
            "index",
            `account ${target} has ${destination.lines.length} other lines: the index is at most that`,
            "too_big_number",
          );
        const lines = [...destination.lines];
        lines.splice(index, 0, moving);
        return { document: replaceAccount(without, to, { ...destination, lines }) };
      });
    },
  );
}
