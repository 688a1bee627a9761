// A version's settings: name and title, display currency, kind, contingency, globals, units, rebate facts,
// fringes, groups and rates (typed in, or copied from one of the project's rate tables).
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { notFound } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { versionField } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import type { RatesJson, StoredDocument } from "./document.ts";
import { badField, editBudget } from "./edit.ts";
import { isReservedGlobal, reservedGlobalPrefixes } from "./evaluate.ts";
import { budgetParams, fringeInput, groupInput, ratesInput, settingsChange } from "./inputs.ts";
import { tags } from "./version-routes.ts";
import { budgetReadSchema } from "./views.ts";

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

/** Sets or (given null) removes an optional key. */
function setOptional<T extends object, K extends keyof T>(
  target: Mutable<T>,
  key: K,
  value: T[K] | null | undefined,
) {
  if (value === undefined) return;
  if (value === null) delete target[key];
  else target[key] = value;
}

const answers = {
  200: jsonResponse("The budget as it is now", budgetReadSchema),
  ...errorResponses,
  ...conflictResponse,
};

export function registerBudgetSettingsRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/budgets/{budgetId}",
      tags,
      summary:
        "Change a draft's name, title, display currency, kind, contingency, globals, units or rebate facts",
      security,
      request: { params: budgetParams, ...jsonBody(settingsChange) },
      responses: answers,
    }),
    async (c) => {
      const { budgetId } = c.req.valid("param");
      const { version, name, ...change } = c.req.valid("json");
      for (const global of Object.keys(change.globals ?? {}))
        if (isReservedGlobal(global))
          throw badField(
            `globals.${global}`,
            `names starting with ${reservedGlobalPrefixes.join(" or ")} are taken from the published shooting schedule`,
            "reserved_global",
          );
      return editBudget(c, budgetId, version, (document) => {
        const next = { ...document } as Mutable<StoredDocument>;
        if (change.title !== undefined) next.title = change.title;
        setOptional(
          next,
          "displayCurrency",
          change.displayCurrency as StoredDocument["displayCurrency"] | null,
        );
        setOptional(next, "projectKind", change.projectKind);
        setOptional(next, "contingency", change.contingency);
        setOptional(next, "rebateFacts", change.rebateFacts);
        if (change.globals !== undefined) next.globals = change.globals;
        if (change.units !== undefined) next.units = change.units;
        return { document: next, ...(name === undefined ? {} : { name }) };
      });
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/projects/{projectId}/budgets/{budgetId}/fringes",
      tags,
      summary: "Replace a draft's fringes (every fringe its lines name must remain)",
      security,
      request: {
        params: budgetParams,
        ...jsonBody(z.strictObject({ version: versionField, fringes: z.array(fringeInput).max(200) })),
      },
      responses: answers,
    }),
    async (c) => {
      const { budgetId } = c.req.valid("param");
      const { version, fringes } = c.req.valid("json");
      return editBudget(c, budgetId, version, (document) => ({
        document: { ...document, fringes: fringes as StoredDocument["fringes"] },
      }));
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/projects/{projectId}/budgets/{budgetId}/groups",
      tags,
      summary: "Replace a draft's groups and whether each is included in the totals",
      security,
      request: {
        params: budgetParams,
        ...jsonBody(z.strictObject({ version: versionField, groups: z.array(groupInput).max(200) })),
      },
      responses: answers,
    }),
    async (c) => {
      const { budgetId } = c.req.valid("param");
      const { version, groups } = c.req.valid("json");
      return editBudget(c, budgetId, version, (document) => ({ document: { ...document, groups } }));
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/projects/{projectId}/budgets/{budgetId}/rates",
      tags,
      summary: "Set a draft's rates: copied from one of the project's rate tables, or typed in",
      security,
      request: {
        params: budgetParams,
        ...jsonBody(
          z.union([
            z.strictObject({ version: versionField, rateTableId: z.uuid() }),
            z.strictObject({ version: versionField, rates: ratesInput }),
          ]),
        ),
      },
      responses: answers,
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "budget.edit");
      const { budgetId } = c.req.valid("param");
      const body = c.req.valid("json");
      let rates: RatesJson;
      if ("rateTableId" in body) {
        const [table] = await db
          .select()
          .from(schema.rateTables)
          .where(and(eq(schema.rateTables.id, body.rateTableId), eq(schema.rateTables.projectId, projectId)));
        if (!table) throw notFound("rate table");
        const quotes = await db
          .select({ currency: schema.rateQuotes.currency, perUnit: schema.rateQuotes.perUnit })
          .from(schema.rateQuotes)
          .where(eq(schema.rateQuotes.tableId, table.id))
          .orderBy(asc(schema.rateQuotes.currency));
        rates = {
          base: table.base.trim(),
          date: table.date,
          source: table.source,
          perUnit: Object.fromEntries(quotes.map((quote) => [quote.currency.trim(), quote.perUnit])),
        };
      } else {
        rates = body.rates;
      }
      return editBudget(c, budgetId, body.version, (document) => ({ document: { ...document, rates } }));
    },
  );
}
