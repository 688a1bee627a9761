// /api/v1/organizations: studios and companies — the caller's, the directory, creating one and changing
// its details. Only members see an organization; only admins change it. Members live in members.ts.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, sql } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { versionConflict } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { localizedText, versionField } from "../http/validation.ts";
import { assertAdmin, organizationParams, tags } from "./access.ts";
import { countryCode, currencyCode, organizationRole } from "./fields.ts";
import { registerMemberRoutes } from "./members.ts";
import {
  findMembership,
  listMyOrganizations,
  organizationSchema,
  registrationSchema,
  toOrganization,
} from "./queries.ts";

const withRole = organizationSchema.extend({ role: organizationRole });

export function registerOrganizationRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organizations",
      tags,
      summary: "The caller's organizations",
      security,
      responses: {
        200: jsonResponse("Organizations", z.object({ organizations: z.array(withRole) })),
        401: errorResponses[401],
      },
    }),
    async (c) =>
      c.json({ organizations: await listMyOrganizations(c.get("services").db, c.get("user").id) }, 200),
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/organizations/directory",
      tags,
      summary: "Every organization on this server, to invite as a partner",
      security,
      responses: {
        200: jsonResponse(
          "Directory",
          z.object({
            organizations: z.array(
              z.object({ id: z.uuid(), names: z.record(z.string(), z.string()), country: z.string() }),
            ),
          }),
        ),
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const rows = await c
        .get("services")
        .db.select({
          id: schema.organizations.id,
          names: schema.organizations.names,
          country: schema.organizations.country,
        })
        .from(schema.organizations)
        .orderBy(asc(schema.organizations.country), asc(schema.organizations.createdAt));
      return c.json({ organizations: rows }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organizations",
      tags,
      summary: "Create an organization; the caller becomes its administrator",
      security,
      request: jsonBody(
        z.strictObject({
          names: localizedText(300),
          country: countryCode,
          currency: currencyCode,
          registration: registrationSchema.optional(),
        }),
      ),
      responses: {
        201: jsonResponse("Created", z.object({ organization: withRole })),
        400: errorResponses[400],
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const body = c.req.valid("json");
      const organization = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(schema.organizations)
          .values({ ...body, registration: body.registration ?? {}, createdAt: now() })
          .returning();
        await tx
          .insert(schema.organizationMembers)
          .values({ organizationId: row!.id, userId: c.get("user").id, role: "admin" });
        return row!;
      });
      return c.json({ organization: { ...toOrganization(organization), role: "admin" as const } }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/organizations/{organizationId}",
      tags,
      summary: "One of the caller's organizations",
      security,
      request: { params: organizationParams },
      responses: {
        200: jsonResponse("Organization", z.object({ organization: withRole })),
        401: errorResponses[401],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { organization, role } = await findMembership(
        c.get("services").db,
        c.req.valid("param").organizationId,
        c.get("user").id,
      );
      return c.json({ organization: { ...toOrganization(organization), role } }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/organizations/{organizationId}",
      tags,
      summary: "Change an organization's names, country, currency or registration details (administrators)",
      security,
      request: {
        params: organizationParams,
        ...jsonBody(
          z.strictObject({
            version: versionField,
            names: localizedText(300).optional(),
            country: countryCode.optional(),
            currency: currencyCode.optional(),
            registration: registrationSchema.optional(),
          }),
        ),
      },
      responses: {
        200: jsonResponse("Updated", z.object({ organization: withRole })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { organizationId } = c.req.valid("param");
      const { version, ...change } = c.req.valid("json");
      const { organization, role } = await findMembership(db, organizationId, c.get("user").id);
      assertAdmin(role);
      const [updated] = await db
        .update(schema.organizations)
        .set({ ...change, version: sql`${schema.organizations.version} + 1` })
        .where(and(eq(schema.organizations.id, organizationId), eq(schema.organizations.version, version)))
        .returning();
      if (!updated) throw versionConflict("the organization", toOrganization(organization));
      return c.json({ organization: { ...toOrganization(updated), role } }, 200);
    },
  );

  registerMemberRoutes(app);
}
