// Single costs kept by hand: added to, changed in and removed from the caller's own studio's books only, each
// change naming the version it read. The audit entry says whose cost changed and which fields, not the amounts:
// every partner's money people read the log, and the books are private.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { parseMoney, type CurrencyCode } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { ApiError, forbidden, notFound, versionConflict } from "../http/errors.ts";
import {
  conflictResponse,
  errorResponses,
  jsonBody,
  jsonResponse,
  noContent,
  security,
} from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { plainText, uuidParam, versionField } from "../http/validation.ts";
import { requirePermission, type ProjectAccess } from "../projects/access.ts";
import { countryField, currencyField, isoDate } from "../consortium/fields.ts";
import { budgetAccounts } from "./import.ts";
import { actualSchema, toActual, type ActualRow } from "./views.ts";
import { visibleActualPartners } from "./visibility.ts";

const tags = ["Actuals"];
const projectParams = z.object({ projectId: uuidParam("projectId") });
const actualParams = projectParams.extend({ actualId: uuidParam("actualId") });

const amountText = z
  .string()
  .regex(/^-?\d{1,15}(?:\.\d{1,4})?$/, "must be a decimal amount such as 12500.50 (negative for a refund)")
  .openapi({ example: "12500.50" });

const fields = {
  date: isoDate,
  vendor: plainText(300),
  account: plainText(50),
  description: z
    .string()
    .trim()
    .max(2000)
    // eslint-disable-next-line no-control-regex
    .refine((text) => !/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(text), {
      message: "must not contain control characters",
      params: { code: "control_characters" },
    }),
  currency: currencyField,
  amount: amountText,
  country: countryField,
  reference: plainText(100).nullable(),
  budgetId: z
    .uuid()
    .openapi({ description: "Check the account code against this budget's accounts, as the import does" }),
};

const newActual = z
  .strictObject({
    ...fields,
    description: fields.description.optional(),
    reference: fields.reference.optional(),
    budgetId: fields.budgetId.optional(),
  })
  .openapi("NewActual");
const actualChange = z
  .strictObject({
    version: versionField,
    date: fields.date.optional(),
    vendor: fields.vendor.optional(),
    account: fields.account.optional(),
    description: fields.description.optional(),
    currency: fields.currency.optional(),
    amount: fields.amount.optional(),
    country: fields.country.optional(),
    reference: fields.reference.optional(),
    budgetId: fields.budgetId.optional(),
  })
  .refine((body) => body.currency === undefined || body.amount !== undefined, {
    message: "a new currency needs its amount",
    path: ["amount"],
    params: { code: "required" },
  })
  .openapi("ActualChange");

function toMinor(amount: string, currency: string): bigint {
  const parsed = parseMoney(amount, currency as CurrencyCode);
  if (parsed.ok) return parsed.value.minor;
  const message =
    parsed.error.code === "TOO_MANY_DECIMALS"
      ? `has more than ${parsed.error.digits} decimals for ${currency}`
      : "is not a decimal amount";
  throw new ApiError(400, "VALIDATION_FAILED", `amount ${message}`, {
    fields: [{ path: "amount", message, code: "amount" }],
  });
}

/** 400 naming `account` when the chosen budget has no such account; nothing is written. */
async function checkAccount(db: Database, access: ProjectAccess, budgetId: string, account: string) {
  const accounts = await budgetAccounts(db, access, budgetId);
  if (!accounts.has(account.trim())) {
    const message = `no account ${account} in the chosen budget`;
    throw new ApiError(400, "VALIDATION_FAILED", `account: ${message}`, {
      fields: [{ path: "account", message, code: "unknown_account" }],
    });
  }
}

/** The cost, when the caller may change it: 404 when they cannot see it, 403 when it is another studio's. */
async function ownActual(db: Database, access: ProjectAccess, actualId: string): Promise<ActualRow> {
  const [row] = await db
    .select()
    .from(schema.actuals)
    .where(and(eq(schema.actuals.id, actualId), eq(schema.actuals.projectId, access.projectId)));
  if (!row || !(await visibleActualPartners(db, access)).includes(row.partnerId)) throw notFound("cost");
  if (row.partnerId !== access.organizationId) {
    throw forbidden("this cost is in another studio's books: only its own people may change it");
  }
  return row;
}

export function registerActualEditRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/actuals",
      tags,
      summary: "Add a cost to your own studio's books",
      security,
      request: { params: projectParams, ...jsonBody(newActual) },
      responses: { 201: jsonResponse("Added", z.object({ actual: actualSchema })), ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "actuals.edit");
      const body = c.req.valid("json");
      const amountMinor = toMinor(body.amount, body.currency);
      if (body.budgetId !== undefined) await checkAccount(db, access, body.budgetId, body.account);
      const at = now();
      const row = await db.transaction(async (tx) => {
        const [created] = await tx
          .insert(schema.actuals)
          .values({
            projectId: access.projectId,
            partnerId: access.organizationId,
            date: body.date,
            vendor: body.vendor,
            accountCode: body.account,
            description: body.description ?? "",
            currency: body.currency,
            amountMinor,
            country: body.country,
            documentRef: body.reference ?? null,
            createdBy: c.get("user").id,
            createdAt: at,
          })
          .returning();
        await appendAudit(tx, {
          projectId: access.projectId,
          actor: c.get("user").id,
          action: "actual.created",
          subject: `actual:${created!.id}`,
          data: { partnerId: access.organizationId },
          at,
        });
        return created!;
      });
      return c.json({ actual: toActual(row) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/actuals/{actualId}",
      tags,
      summary: "Change a cost in your own studio's books, naming the version you read",
      security,
      request: { params: actualParams, ...jsonBody(actualChange) },
      responses: {
        200: jsonResponse("Changed", z.object({ actual: actualSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "actuals.edit");
      const { actualId } = c.req.valid("param");
      const { version, budgetId, ...change } = c.req.valid("json");
      const current = await ownActual(db, access, actualId);
      if (budgetId !== undefined)
        await checkAccount(db, access, budgetId, change.account ?? current.accountCode);
      if (current.version !== version) throw versionConflict("the cost", { actual: toActual(current) });
      const values = {
        ...(change.date !== undefined ? { date: change.date } : {}),
        ...(change.vendor !== undefined ? { vendor: change.vendor } : {}),
        ...(change.account !== undefined ? { accountCode: change.account } : {}),
        ...(change.description !== undefined ? { description: change.description } : {}),
        ...(change.currency !== undefined ? { currency: change.currency } : {}),
        ...(change.amount !== undefined
          ? { amountMinor: toMinor(change.amount, change.currency ?? current.currency) }
          : {}),
        ...(change.country !== undefined ? { country: change.country } : {}),
        ...(change.reference !== undefined ? { documentRef: change.reference } : {}),
      };
      const updated = await db.transaction(async (tx) => {
        const [row] = await tx
          .update(schema.actuals)
          .set({ ...values, version: sql`${schema.actuals.version} + 1` })
          .where(and(eq(schema.actuals.id, actualId), eq(schema.actuals.version, version)))
          .returning();
        if (!row) return null;
        await appendAudit(tx, {
          projectId: access.projectId,
          actor: c.get("user").id,
          action: "actual.edited",
          subject: `actual:${actualId}`,
          data: { partnerId: row.partnerId, version: row.version, fields: Object.keys(change).sort() },
          at: now(),
        });
        return row;
      });
      if (!updated) {
        throw versionConflict("the cost", { actual: toActual(await ownActual(db, access, actualId)) });
      }
      return c.json({ actual: toActual(updated) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/actuals/{actualId}",
      tags,
      summary: "Remove a cost from your own studio's books, naming the version you read",
      security,
      request: {
        params: actualParams,
        query: z.strictObject({ version: z.coerce.number().int().positive() }),
      },
      responses: { 204: noContent, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "actuals.edit");
      const { actualId } = c.req.valid("param");
      const { version } = c.req.valid("query");
      const current = await ownActual(db, access, actualId);
      const removed = await db.transaction(async (tx) => {
        const [row] = await tx
          .delete(schema.actuals)
          .where(and(eq(schema.actuals.id, actualId), eq(schema.actuals.version, version)))
          .returning({ id: schema.actuals.id });
        if (!row) return false;
        await appendAudit(tx, {
          projectId: access.projectId,
          actor: c.get("user").id,
          action: "actual.deleted",
          subject: `actual:${actualId}`,
          data: { partnerId: current.partnerId, version },
          at: now(),
        });
        return true;
      });
      if (!removed) {
        const latest = await db.select().from(schema.actuals).where(eq(schema.actuals.id, actualId));
        if (latest[0]) throw versionConflict("the cost", { actual: toActual(latest[0]) });
        throw notFound("cost");
      }
      return c.body(null, 204);
    },
  );
}
