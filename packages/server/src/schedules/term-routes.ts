// /api/v1/projects/{projectId}/cast-terms and /locations/{locationId}/terms: what the scheduler needs to know of a
// cast member (a daily rate in their own currency, home country, travel days, when they can work) and of a
// location (a sound stage or not, when it can be used). Cast rates are money: every change is audited.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { notFound, versionConflict } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { countryField, currencyField, amountField } from "../consortium/fields.ts";
import { requirePermission } from "../projects/access.ts";
import { dateList, dateWindows, formatMinor, toSafeMinor } from "./fields.ts";
import { compareBoardIds, type CastTermsRow, type LocationTermsRow } from "./inputs.ts";

const tags = ["Schedule"];
const projectParams = z.object({ projectId: uuidParam("projectId") });

const optionalVersion = z
  .number()
  .int()
  .positive()
  .optional()
  .openapi({ description: "The version the change is based on; required when the terms exist" });

const castTermsSchema = z
  .object({
    dailyRate: z.string().openapi({ example: "250000.00" }),
    currency: z.string(),
    homeCountry: z.string(),
    travelDays: z.number().int(),
    available: z.array(z.object({ from: z.string(), to: z.string() })),
    blockedDates: z.array(z.string()),
    version: z.number().int(),
  })
  .openapi("CastTerms");

const castEntrySchema = z
  .object({
    elementId: z.uuid(),
    name: z.string(),
    boardId: z.string().nullable(),
    allowHold: z.boolean(),
    allowDropPickup: z.boolean(),
    minDropGapDays: z.number().int(),
    terms: castTermsSchema.nullable(),
  })
  .openapi("CastTermsEntry");

export const locationTermsSchema = z
  .object({
    stage: z.boolean(),
    available: z.array(z.object({ from: z.string(), to: z.string() })),
    blockedDates: z.array(z.string()),
    version: z.number().int(),
  })
  .openapi("LocationTerms");

const toCastTerms = (row: CastTermsRow): z.infer<typeof castTermsSchema> => ({
  dailyRate: formatMinor(row.dailyRateMinor, row.currency),
  currency: row.currency,
  homeCountry: row.homeCountry,
  travelDays: row.travelDays,
  available: row.available,
  blockedDates: row.blockedDates,
  version: row.version,
});

export const toLocationTerms = (row: LocationTermsRow): z.infer<typeof locationTermsSchema> => ({
  stage: row.stage,
  available: row.available,
  blockedDates: row.blockedDates,
  version: row.version,
});

type CastElementRow = Pick<
  typeof schema.breakdownElements.$inferSelect,
  "id" | "name" | "boardId" | "allowHold" | "allowDropPickup" | "minDropGapDays"
>;

const castElementColumns = {
  id: schema.breakdownElements.id,
  name: schema.breakdownElements.name,
  boardId: schema.breakdownElements.boardId,
  allowHold: schema.breakdownElements.allowHold,
  allowDropPickup: schema.breakdownElements.allowDropPickup,
  minDropGapDays: schema.breakdownElements.minDropGapDays,
};

const toEntry = (element: CastElementRow, terms: CastTermsRow | undefined) => ({
  elementId: element.id,
  name: element.name,
  boardId: element.boardId,
  allowHold: element.allowHold,
  allowDropPickup: element.allowDropPickup,
  minDropGapDays: element.minDropGapDays,
  terms: terms ? toCastTerms(terms) : null,
});

/** Sorted dates without repeats, so that equal terms store equally. */
const uniqueDates = (dates: readonly string[]) => [...new Set(dates)].sort();

/**
 * Writes terms keyed by `key` under optimistic concurrency: new ones are inserted, existing ones replaced when
 * `version` is the one stored; a stale or missing version is a 409 with the stored terms.
 */
async function putTerms<Row extends { version: number }>(options: {
  current: Row | undefined;
  version: number | undefined;
  what: string;
  view: (row: Row) => unknown;
  insert: () => Promise<Row[]>;
  update: () => Promise<Row[]>;
}): Promise<Row> {
  const { current, version } = options;
  if (current && version !== current.version) throw versionConflict(options.what, options.view(current));
  const [row] = current ? await options.update() : await options.insert();
  if (!row) throw versionConflict(options.what, current ? options.view(current) : null);
  return row;
}

async function findCastElement(db: Database, projectId: string, elementId: string) {
  const [element] = await db
    .select(castElementColumns)
    .from(schema.breakdownElements)
    .where(
      and(
        eq(schema.breakdownElements.id, elementId),
        eq(schema.breakdownElements.projectId, projectId),
        eq(schema.breakdownElements.category, "cast"),
      ),
    );
  if (!element) throw notFound("cast element");
  return element;
}

export function registerScheduleTermRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/cast-terms",
      tags,
      summary: "Every cast element in board order with its terms, or null where none are given yet",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("Cast terms", z.object({ cast: z.array(castEntrySchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.read");
      const [elements, terms] = await Promise.all([
        db
          .select(castElementColumns)
          .from(schema.breakdownElements)
          .where(
            and(
              eq(schema.breakdownElements.projectId, projectId),
              eq(schema.breakdownElements.category, "cast"),
            ),
          ),
        db.select().from(schema.castTerms).where(eq(schema.castTerms.projectId, projectId)),
      ]);
      const byElement = new Map(terms.map((row) => [row.elementId, row]));
      return c.json(
        {
          cast: elements.sort(compareBoardIds).map((element) => toEntry(element, byElement.get(element.id))),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/projects/{projectId}/cast-terms/{elementId}",
      tags,
      summary:
        "Set a cast member's daily rate (in their own currency), home country, travel days and availability",
      security,
      request: {
        params: projectParams.extend({ elementId: uuidParam("elementId") }),
        ...jsonBody(
          z.strictObject({
            dailyRate: amountField.openapi({
              description: "Pay per work, hold or travel day",
              example: "25000.00",
            }),
            currency: currencyField,
            homeCountry: countryField,
            travelDays: z
              .number()
              .int()
              .min(0)
              .max(30)
              .optional()
              .openapi({ description: "Each way; 1 unless told" }),
            available: dateWindows
              .optional()
              .openapi({ description: "When they can work; every day when empty" }),
            blockedDates: dateList.optional(),
            version: optionalVersion,
          }),
        ),
      },
      responses: {
        200: jsonResponse("Saved", z.object({ cast: castEntrySchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { elementId } = c.req.valid("param");
      const body = c.req.valid("json");
      const element = await findCastElement(db, projectId, elementId);
      const dailyRateMinor = BigInt(toSafeMinor(body.dailyRate, body.currency, "dailyRate"));
      const values = {
        dailyRateMinor,
        currency: body.currency,
        homeCountry: body.homeCountry,
        travelDays: body.travelDays ?? 1,
        available: body.available ?? [],
        blockedDates: uniqueDates(body.blockedDates ?? []),
      };
      const row = await db.transaction(async (tx) => {
        const [current] = await tx
          .select()
          .from(schema.castTerms)
          .where(eq(schema.castTerms.elementId, elementId))
          .for("update");
        const saved = await putTerms({
          current,
          version: body.version,
          what: `the terms of ${element.name}`,
          view: (terms) => toEntry(element, terms),
          insert: () =>
            tx
              .insert(schema.castTerms)
              .values({ elementId, projectId, ...values })
              .onConflictDoNothing()
              .returning(),
          update: () =>
            tx
              .update(schema.castTerms)
              .set({ ...values, version: sql`${schema.castTerms.version} + 1` })
              .where(
                and(
                  eq(schema.castTerms.elementId, elementId),
                  eq(schema.castTerms.version, current!.version),
                ),
              )
              .returning(),
        });
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "cast-terms.set",
          subject: `element:${elementId}`,
          data: {
            name: element.name,
            dailyRate: formatMinor(dailyRateMinor, body.currency),
            currency: body.currency,
            homeCountry: body.homeCountry,
            travelDays: values.travelDays,
            ...(current
              ? {
                  previous: {
                    dailyRate: formatMinor(current.dailyRateMinor, current.currency),
                    currency: current.currency,
                  },
                }
              : {}),
          },
          at: now(),
        });
        return saved;
      });
      return c.json({ cast: toEntry(element, row) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/projects/{projectId}/locations/{locationId}/terms",
      tags,
      summary: "Say whether a location is a sound stage and when it can be used",
      security,
      request: {
        params: projectParams.extend({ locationId: uuidParam("locationId") }),
        ...jsonBody(
          z.strictObject({
            stage: z.boolean().openapi({ description: "A sound stage (павильон): interiors fit any shift" }),
            available: dateWindows
              .optional()
              .openapi({ description: "When it can be used; every day when empty" }),
            blockedDates: dateList.optional(),
            version: optionalVersion,
          }),
        ),
      },
      responses: {
        200: jsonResponse("Saved", z.object({ terms: locationTermsSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "schedule.edit");
      const { locationId } = c.req.valid("param");
      const body = c.req.valid("json");
      const [location] = await db
        .select({ id: schema.locations.id })
        .from(schema.locations)
        .where(and(eq(schema.locations.id, locationId), eq(schema.locations.projectId, projectId)));
      if (!location) throw notFound("location");
      const values = {
        stage: body.stage,
        available: body.available ?? [],
        blockedDates: uniqueDates(body.blockedDates ?? []),
      };
      const row = await db.transaction(async (tx) => {
        const [current] = await tx
          .select()
          .from(schema.locationTerms)
          .where(eq(schema.locationTerms.locationId, locationId))
          .for("update");
        return putTerms({
          current,
          version: body.version,
          what: "the location's terms",
          view: toLocationTerms,
          insert: () =>
            tx
              .insert(schema.locationTerms)
              .values({ locationId, projectId, ...values })
              .onConflictDoNothing()
              .returning(),
          update: () =>
            tx
              .update(schema.locationTerms)
              .set({ ...values, version: sql`${schema.locationTerms.version} + 1` })
              .where(
                and(
                  eq(schema.locationTerms.locationId, locationId),
                  eq(schema.locationTerms.version, current!.version),
                ),
              )
              .returning(),
        });
      });
      return c.json({ terms: toLocationTerms(row) }, 200);
    },
  );
}
