// /api/v1/projects/{projectId}/locations and /sets: the real places a co-production shoots in (country,
// address, time zone) and the sets of the script — the places its headings name — each shot at one location.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { isTimeZone } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { ApiError, isUniqueViolation, notFound, versionConflict } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { plainText, uuidParam, versionField } from "../http/validation.ts";
import { phoneField } from "../call-sheets/person-fields.ts";
import { countryCode } from "../organizations/fields.ts";
import { requirePermission } from "../projects/access.ts";
import { registerProjectRecordDelete } from "../projects/record-routes.ts";
import { latestDraftIds } from "../scripts/latest-drafts.ts";
import { locationTermsSchema, toLocationTerms } from "../schedules/term-routes.ts";

const tags = ["Locations"];
const projectParams = z.object({ projectId: uuidParam("projectId") });

const timeZone = z
  .string()
  .refine(isTimeZone, {
    message: "must be an IANA time zone such as Europe/Minsk",
    params: { code: "time_zone" },
  })
  .openapi({ example: "Europe/Minsk" });

const hospitalSchema = z
  .strictObject({
    name: plainText(200),
    address: plainText(500).optional(),
    phone: phoneField.optional(),
  })
  .openapi("Hospital", { description: "The nearest hospital, printed on call sheets" });

const locationSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    country: z.string(),
    address: z.string().nullable(),
    timeZone: z.string(),
    /** WGS 84 degrees, for sunrise and sunset on call sheets and the map link; null until given. */
    latitude: z.number().nullable(),
    longitude: z.number().nullable(),
    hospital: z
      .object({ name: z.string(), address: z.string().optional(), phone: z.string().optional() })
      .nullable(),
    notes: z.string().nullable(),
    setCount: z.number().int(),
    /** What the shooting schedule knows of it (a sound stage, when it can be used); null until given. */
    terms: locationTermsSchema.nullable(),
    version: z.number().int(),
  })
  .openapi("Location");

const setSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    locationId: z.uuid().nullable(),
    /** Scenes of the latest drafts that are shot on this set. */
    sceneCount: z.number().int(),
    version: z.number().int(),
  })
  .openapi("Set");

const locationFields = {
  name: plainText(200),
  country: countryCode,
  address: plainText(500).nullable().optional(),
  timeZone,
  latitude: z.number().min(-90).max(90).nullable().optional().openapi({ example: 53.9045 }),
  longitude: z.number().min(-180).max(180).nullable().optional().openapi({ example: 27.5615 }),
  hospital: hospitalSchema.nullable().optional(),
  notes: plainText(2000).nullable().optional(),
};

/** 400 when a location would have one coordinate without the other: a point needs both. */
function checkCoordinates(latitude: number | null | undefined, longitude: number | null | undefined) {
  const hasLatitude = latitude !== null && latitude !== undefined;
  const hasLongitude = longitude !== null && longitude !== undefined;
  if (hasLatitude === hasLongitude) return;
  const path = hasLatitude ? "longitude" : "latitude";
  throw new ApiError(
    400,
    "VALIDATION_FAILED",
    `${path} must be given with ${hasLatitude ? "latitude" : "longitude"}`,
    {
      fields: [{ path, message: "give latitude and longitude together", code: "required" }],
    },
  );
}

type LocationRow = typeof schema.locations.$inferSelect;
type TermsRow = typeof schema.locationTerms.$inferSelect;
const toLocation = (row: LocationRow, setCount: number, terms: TermsRow | undefined = undefined) => ({
  id: row.id,
  name: row.name,
  country: row.country,
  address: row.address,
  timeZone: row.timeZone,
  latitude: row.latitude,
  longitude: row.longitude,
  hospital: row.hospital,
  notes: row.notes,
  setCount,
  terms: terms ? toLocationTerms(terms) : null,
  version: row.version,
});

const duplicateName = (name: string) =>
  new ApiError(409, "ALREADY_EXISTS", `the project already has a location named "${name}"`, {
    fields: [{ path: "name", message: "already taken", code: "taken" }],
  });

export function registerLocationRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/locations",
      tags,
      summary: "The project's shooting locations and its sets, each set with the location chosen for it",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse(
          "Locations and sets",
          z.object({ locations: z.array(locationSchema), sets: z.array(setSchema) }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "project.read");
      const locations = await db
        .select()
        .from(schema.locations)
        .where(eq(schema.locations.projectId, projectId))
        .orderBy(asc(schema.locations.name));
      const sets = await db
        .select()
        .from(schema.sets)
        .where(eq(schema.sets.projectId, projectId))
        .orderBy(asc(schema.sets.name));
      const sceneCounts = await latestSceneCounts(db, projectId);
      const terms = await db
        .select()
        .from(schema.locationTerms)
        .where(eq(schema.locationTerms.projectId, projectId));
      return c.json(
        {
          locations: locations.map((row) =>
            toLocation(
              row,
              sets.filter((set) => set.locationId === row.id).length,
              terms.find((entry) => entry.locationId === row.id),
            ),
          ),
          sets: sets.map((set) => ({
            id: set.id,
            name: set.name,
            locationId: set.locationId,
            sceneCount: sceneCounts.get(set.name) ?? 0,
            version: set.version,
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/locations",
      tags,
      summary: "Add a shooting location",
      security,
      request: { params: projectParams, ...jsonBody(z.strictObject(locationFields)) },
      responses: {
        201: jsonResponse("Created", z.object({ location: locationSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "locations.edit");
      const body = c.req.valid("json");
      checkCoordinates(body.latitude, body.longitude);
      try {
        const [row] = await db
          .insert(schema.locations)
          .values({ projectId, ...body, country: body.country.toUpperCase(), createdAt: now() })
          .returning();
        return c.json({ location: toLocation(row!, 0) }, 201);
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateName(body.name);
        throw error;
      }
    },
  );

  const locationParams = projectParams.extend({ locationId: uuidParam("locationId") });

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/locations/{locationId}",
      tags,
      summary: "Change a location",
      security,
      request: {
        params: locationParams,
        ...jsonBody(
          z.strictObject({
            version: versionField,
            name: locationFields.name.optional(),
            country: locationFields.country.optional(),
            address: locationFields.address,
            timeZone: locationFields.timeZone.optional(),
            latitude: locationFields.latitude,
            longitude: locationFields.longitude,
            hospital: locationFields.hospital,
            notes: locationFields.notes,
          }),
        ),
      },
      responses: {
        200: jsonResponse("Updated", z.object({ location: locationSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "locations.edit");
      const { locationId } = c.req.valid("param");
      const { version, ...change } = c.req.valid("json");
      const where = and(eq(schema.locations.id, locationId), eq(schema.locations.projectId, projectId));
      const [current] = await db.select().from(schema.locations).where(where);
      if (!current) throw notFound("location");
      checkCoordinates(
        change.latitude === undefined ? current.latitude : change.latitude,
        change.longitude === undefined ? current.longitude : change.longitude,
      );
      let updated: LocationRow | undefined;
      try {
        [updated] = await db
          .update(schema.locations)
          .set({
            ...change,
            ...(change.country ? { country: change.country.toUpperCase() } : {}),
            version: sql`${schema.locations.version} + 1`,
          })
          .where(and(where, eq(schema.locations.version, version)))
          .returning();
      } catch (error) {
        if (isUniqueViolation(error)) throw duplicateName(change.name ?? current.name);
        throw error;
      }
      const [{ sets } = { sets: 0 }] = await db
        .select({ sets: count() })
        .from(schema.sets)
        .where(eq(schema.sets.locationId, locationId));
      const [terms] = await db
        .select()
        .from(schema.locationTerms)
        .where(eq(schema.locationTerms.locationId, locationId));
      if (!updated) throw versionConflict("the location", toLocation(current, sets, terms));
      return c.json({ location: toLocation(updated, sets, terms) }, 200);
    },
  );

  registerProjectRecordDelete(app, {
    collection: "/locations",
    idName: "locationId",
    what: "location",
    tags,
    summary: "Remove a location; its sets wait for another one",
    permission: "locations.edit",
    records: { table: schema.locations, id: schema.locations.id, projectId: schema.locations.projectId },
  });

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/sets/{setId}",
      tags,
      summary: "Choose the location a set is shot at (null: not chosen yet)",
      security,
      request: {
        params: projectParams.extend({ setId: uuidParam("setId") }),
        ...jsonBody(z.strictObject({ version: versionField, locationId: z.uuid().nullable() })),
      },
      responses: {
        200: jsonResponse("Updated", z.object({ set: setSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "locations.edit");
      const { setId } = c.req.valid("param");
      const { version, locationId } = c.req.valid("json");
      if (locationId !== null) {
        const [location] = await db
          .select({ id: schema.locations.id })
          .from(schema.locations)
          .where(and(eq(schema.locations.id, locationId), eq(schema.locations.projectId, projectId)));
        if (!location) {
          throw new ApiError(400, "VALIDATION_FAILED", "the project has no such location", {
            fields: [{ path: "locationId", message: "no such location", code: "no_such_location" }],
          });
        }
      }
      const where = and(eq(schema.sets.id, setId), eq(schema.sets.projectId, projectId));
      const [current] = await db.select().from(schema.sets).where(where);
      if (!current) throw notFound("set");
      const [updated] = await db
        .update(schema.sets)
        .set({ locationId, version: sql`${schema.sets.version} + 1` })
        .where(and(where, eq(schema.sets.version, version)))
        .returning();
      const sceneCount = (await latestSceneCounts(db, projectId)).get(current.name) ?? 0;
      const toSet = (row: typeof current) => ({
        id: row.id,
        name: row.name,
        locationId: row.locationId,
        sceneCount,
        version: row.version,
      });
      if (!updated) throw versionConflict("the set", toSet(current));
      return c.json({ set: toSet(updated) }, 200);
    },
  );
}

/** How many scenes of each script's latest draft are set at each place. */
async function latestSceneCounts(db: Database, projectId: string): Promise<Map<string, number>> {
  const drafts = await latestDraftIds(db, projectId);
  if (drafts.length === 0) return new Map();
  const rows = await db
    .select({ location: schema.scenes.location, scenes: count() })
    .from(schema.scenes)
    .where(inArray(schema.scenes.draftId, drafts))
    .groupBy(schema.scenes.location);
  return new Map(rows.map((row) => [row.location, row.scenes]));
}
