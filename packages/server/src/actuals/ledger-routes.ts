// /api/v1/projects/{projectId}/actuals: the ledger of costs as the caller may see it (their own studio's books and
// those shared with it), in date order page by page, with totals per currency; and single costs kept by hand in the
// caller's own books. Another partner's cost answers 404 when the caller cannot see it, 403 when they can.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, gte, inArray, lte, sql, type SQL } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { ApiError } from "../http/errors.ts";
import { errorResponses, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { countryField, isoDate } from "../consortium/fields.ts";
import { actualSchema, amountParts, toActual, totalSchema } from "./views.ts";
import { visibleActualPartners } from "./visibility.ts";

const tags = ["Actuals"];
const projectParams = z.object({ projectId: uuidParam("projectId") });

const cursorField = z
  .string()
  .max(200)
  .optional()
  .openapi({ description: "`nextCursor` of the previous page" });

const listQuery = z.strictObject({
  partner: z.uuid().optional().openapi({ description: "The paying partner (organization id)" }),
  account: z.string().trim().min(1).max(50).optional(),
  country: countryField.optional(),
  importId: z.uuid().optional(),
  from: isoDate.optional().openapi({ description: "From this date, inclusive" }),
  to: isoDate.optional().openapi({ description: "To this date, inclusive" }),
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(500)
    .optional()
    .openapi({ description: "Rows a page, 100 by default" }),
  cursor: cursorField,
});

/** A page ends at a (date, id); the next starts after it. Opaque to clients. */
function encodeCursor(date: string, id: string): string {
  return Buffer.from(JSON.stringify([date, id])).toString("base64url");
}

function decodeCursor(text: string): { date: string; id: string } {
  try {
    const [date, id] = JSON.parse(Buffer.from(text, "base64url").toString("utf8")) as unknown[];
    if (
      typeof date === "string" &&
      /^\d{4}-\d{2}-\d{2}$/.test(date) &&
      typeof id === "string" &&
      z.uuid().safeParse(id).success
    ) {
      return { date, id };
    }
  } catch {
    // reported below
  }
  throw new ApiError(400, "VALIDATION_FAILED", "cursor is not one this list gave", {
    fields: [{ path: "cursor", message: "is not a cursor this list gave", code: "invalid" }],
  });
}

export function registerActualLedgerRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/actuals",
      tags,
      summary:
        "The costs the caller may see — their studio's and those shared with it — in date order, with totals per currency",
      security,
      request: { params: projectParams, query: listQuery },
      responses: {
        200: jsonResponse(
          "A page of the ledger",
          z
            .object({
              actuals: z.array(actualSchema),
              nextCursor: z.string().nullable().openapi({ description: "Null on the last page" }),
              totals: z
                .array(totalSchema)
                .openapi({ description: "Of every cost the filter matches, not the page" }),
              partners: z
                .array(z.uuid())
                .openapi({ description: "The partners whose books the caller sees" }),
            })
            .openapi("ActualsPage"),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const access = requirePermission(c, "actuals.read");
      const query = c.req.valid("query");
      const partners = await visibleActualPartners(db, access);
      const wanted = query.partner === undefined ? partners : partners.filter((id) => id === query.partner);
      // A partner whose books the caller does not see has, for them, no costs.
      if (wanted.length === 0) return c.json({ actuals: [], nextCursor: null, totals: [], partners }, 200);
      const limit = query.limit ?? 100;
      const filter: SQL[] = [
        eq(schema.actuals.projectId, access.projectId),
        inArray(schema.actuals.partnerId, wanted),
      ];
      if (query.account !== undefined) filter.push(eq(schema.actuals.accountCode, query.account));
      if (query.country !== undefined) filter.push(eq(schema.actuals.country, query.country));
      if (query.importId !== undefined) filter.push(eq(schema.actuals.importId, query.importId));
      if (query.from !== undefined) filter.push(gte(schema.actuals.date, query.from));
      if (query.to !== undefined) filter.push(lte(schema.actuals.date, query.to));
      const after = query.cursor === undefined ? null : decodeCursor(query.cursor);
      const page = await db
        .select()
        .from(schema.actuals)
        .where(
          and(
            ...filter,
            ...(after
              ? [sql`(${schema.actuals.date}, ${schema.actuals.id}) > (${after.date}, ${after.id}::uuid)`]
              : []),
          ),
        )
        .orderBy(asc(schema.actuals.date), asc(schema.actuals.id))
        .limit(limit + 1);
      const totals = await db
        .select({
          currency: schema.actuals.currency,
          sum: sql<string>`sum(${schema.actuals.amountMinor})::text`,
          count: sql<number>`count(*)::int`,
        })
        .from(schema.actuals)
        .where(and(...filter))
        .groupBy(schema.actuals.currency)
        .orderBy(asc(schema.actuals.currency));
      const rows = page.slice(0, limit);
      const last = rows[rows.length - 1];
      return c.json(
        {
          actuals: rows.map(toActual),
          nextCursor: page.length > limit && last ? encodeCursor(last.date, last.id) : null,
          totals: totals.map((total) => ({
            ...amountParts(BigInt(total.sum), total.currency),
            count: Number(total.count),
          })),
          partners,
        },
        200,
      );
    },
  );
}
