// /api/v1/projects/{projectId}/budgets/{budgetId}/estimates/{code}: the accountant's estimate to complete of one
// account of a budget version — set (created or changed, naming the version read) and cleared (the cost report then
// takes the rest of the account's budget again). A locked version takes estimates too: it is the one the cost
// report is run against, and the estimate is not part of its document. Each change is a money event in the audit.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { findRate, formatMoneyDecimal, type CurrencyCode } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { appendAudit } from "../../audit/log.ts";
import { currencyField, toMinor } from "../../consortium/fields.ts";
import { ApiError, notFound, versionConflict } from "../../http/errors.ts";
import {
  conflictResponse,
  errorResponses,
  jsonBody,
  jsonResponse,
  noContent,
  security,
} from "../../http/openapi.ts";
import type { Router } from "../../http/router.ts";
import { versionField } from "../../http/validation.ts";
import { requirePermission } from "../../projects/access.ts";
import { codeParams } from "../inputs.ts";
import { readBudgetForReport } from "../store.ts";
import { loadEstimates, type EstimateRow } from "./estimates.ts";
import { estimateJson, estimateSchema } from "./views.ts";

const tags = ["Budgets"];

const estimateBody = z
  .strictObject({
    amount: z
      .string()
      .regex(/^\d{1,15}(?:\.\d{1,4})?$/, "must be a non-negative decimal amount such as 1500000.00")
      .openapi({ description: "What is still to be spent on the account", example: "1500000.00" }),
    currency: currencyField,
    version: versionField
      .optional()
      .openapi({ description: "The version of the estimate read; absent when the account has none yet" }),
  })
  .openapi("EstimateToCompleteChange");

const estimateAnswer = z.object({ estimate: estimateSchema.extend({ account: z.string() }) });

async function authorNames(db: Database, row: EstimateRow): Promise<Map<string, string>> {
  if (!row.updatedBy) return new Map();
  const [user] = await db
    .select({ id: schema.users.id, name: schema.users.name })
    .from(schema.users)
    .where(eq(schema.users.id, row.updatedBy));
  return new Map(user ? [[user.id, user.name]] : []);
}

async function answerOf(db: Database, row: EstimateRow) {
  const amount = { minor: row.amountMinor, currency: row.currency.trim() as CurrencyCode };
  return {
    estimate: {
      account: row.accountCode,
      ...estimateJson(
        {
          amount,
          counted: true,
          updatedAt: row.updatedAt.toISOString(),
          updatedBy: row.updatedBy,
          version: row.version,
        },
        await authorNames(db, row),
      ),
    },
  };
}

async function currentEstimate(db: Database, budgetId: string, code: string) {
  const rows = await loadEstimates(db, budgetId);
  const row = rows.find((entry) => entry.accountCode === code);
  return row ? await answerOf(db, row) : { estimate: null };
}

const where = (budgetId: string, code: string) =>
  and(eq(schema.budgetEstimates.budgetId, budgetId), eq(schema.budgetEstimates.accountCode, code));

export function registerEstimateRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "put",
      path: "/projects/{projectId}/budgets/{budgetId}/estimates/{code}",
      tags,
      summary: "Set an account's estimate to complete in the cost report",
      description:
        "The amount is what is still to be spent on the account, in the report's currency or any currency of the " +
        "version's rates. Without `version` it is a new estimate (409 when the account has one); with it, a change.",
      security,
      request: { params: codeParams, ...jsonBody(estimateBody) },
      responses: {
        200: jsonResponse("The estimate as stored", estimateAnswer),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "actuals.edit");
      const { budgetId, code } = c.req.valid("param");
      const body = c.req.valid("json");
      const read = await readBudgetForReport(c, access.projectId, budgetId);
      if (!read.budget.categories.some((category) => category.accounts.some((a) => a.code === code)))
        throw notFound(`account ${code}`);
      const currency = body.currency as CurrencyCode;
      if (!findRate(read.rates, currency, read.rates.base).ok) {
        throw new ApiError(
          400,
          "VALIDATION_FAILED",
          `currency: the budget's rates of ${read.rates.date} have no rate for ${currency}`,
          { fields: [{ path: "currency", message: "not among the budget's rates", code: "no_rate" }] },
        );
      }
      const amountMinor = toMinor(body.amount, currency, "amount");
      const at = now();
      const userId = c.get("user").id;
      const row = await db.transaction(async (tx) => {
        const [existing] = await tx.select().from(schema.budgetEstimates).where(where(budgetId, code));
        if ((existing?.version ?? undefined) !== body.version) return null;
        const values = { currency, amountMinor, updatedBy: userId, updatedAt: at };
        const [saved] = existing
          ? await tx
              .update(schema.budgetEstimates)
              .set({ ...values, version: sql`${schema.budgetEstimates.version} + 1` })
              .where(and(where(budgetId, code), eq(schema.budgetEstimates.version, existing.version)))
              .returning()
          : await tx
              .insert(schema.budgetEstimates)
              .values({ budgetId, accountCode: code, ...values })
              .onConflictDoNothing()
              .returning();
        if (!saved) return null;
        await appendAudit(tx, {
          projectId: access.projectId,
          actor: userId,
          action: "budget.estimate",
          subject: `budget:${budgetId}`,
          // A studio's private version keeps its figures to itself: the log, which every partner's money people
          // read, then names only the account.
          data: {
            name: read.row.name,
            account: code,
            ...(read.row.privateTo === null
              ? { amount: formatMoneyDecimal({ minor: amountMinor, currency }), currency }
              : {}),
          },
          at,
        });
        return saved;
      });
      if (!row) throw versionConflict("the estimate to complete", await currentEstimate(db, budgetId, code));
      return c.json(await answerOf(db, row), 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/budgets/{budgetId}/estimates/{code}",
      tags,
      summary: "Clear an account's estimate to complete: the cost report takes the rest of its budget again",
      security,
      request: {
        params: codeParams,
        query: z.strictObject({ version: z.coerce.number().int().positive() }),
      },
      responses: { 204: noContent, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "actuals.edit");
      const { budgetId, code } = c.req.valid("param");
      const { version } = c.req.valid("query");
      const read = await readBudgetForReport(c, access.projectId, budgetId);
      const removed = await db.transaction(async (tx) => {
        const [row] = await tx
          .delete(schema.budgetEstimates)
          .where(and(where(budgetId, code), eq(schema.budgetEstimates.version, version)))
          .returning({ code: schema.budgetEstimates.accountCode });
        if (!row) return false;
        await appendAudit(tx, {
          projectId: access.projectId,
          actor: c.get("user").id,
          action: "budget.estimate.cleared",
          subject: `budget:${budgetId}`,
          data: { name: read.row.name, account: code },
          at: now(),
        });
        return true;
      });
      if (!removed) {
        const current = await currentEstimate(db, budgetId, code);
        if (!current.estimate) throw notFound(`estimate of account ${code}`);
        throw versionConflict("the estimate to complete", current);
      }
      return c.body(null, 204);
    },
  );
}
