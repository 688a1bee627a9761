// /api/v1/projects/{projectId}/members: who works on the project and in which role. People come from
// the accepted partner organizations; producers assign and remove roles.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, isNull, sql } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { ApiError, notFound } from "../http/errors.ts";
import { errorResponses, jsonBody, jsonResponse, noContent, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission } from "./access.ts";
import { memberSchema, projectRole } from "./queries.ts";

const tags = ["Projects"];
const projectParams = z.object({ projectId: uuidParam("projectId") });

export function registerMemberRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/candidates",
      tags,
      summary: "People of the partner organizations who have no role on the project yet (producers)",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse(
          "Candidates",
          z.object({
            candidates: z.array(
              z.object({ userId: z.uuid(), name: z.string(), email: z.string(), organizationId: z.uuid() }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const access = requirePermission(c, "project.members.manage");
      const candidates = await db
        .select({
          userId: schema.users.id,
          name: schema.users.name,
          email: schema.users.email,
          organizationId: schema.organizationMembers.organizationId,
        })
        .from(schema.partners)
        .innerJoin(
          schema.organizationMembers,
          eq(schema.organizationMembers.organizationId, schema.partners.organizationId),
        )
        .innerJoin(schema.users, eq(schema.users.id, schema.organizationMembers.userId))
        .leftJoin(
          schema.projectMembers,
          and(
            eq(schema.projectMembers.projectId, schema.partners.projectId),
            eq(schema.projectMembers.userId, schema.users.id),
          ),
        )
        .where(
          and(
            eq(schema.partners.projectId, access.projectId),
            eq(schema.partners.status, "accepted"),
            isNull(schema.projectMembers.userId),
          ),
        )
        .orderBy(asc(schema.users.name));
      return c.json({ candidates }, 200);
    },
  );

  const memberParams = projectParams.extend({ userId: uuidParam("userId") });

  app.openapi(
    createRoute({
      method: "put",
      path: "/projects/{projectId}/members/{userId}",
      tags,
      summary: "Give a person of a partner organization a role on the project (producers)",
      security,
      request: {
        params: memberParams,
        ...jsonBody(z.strictObject({ organizationId: z.uuid(), role: projectRole })),
      },
      responses: { 200: jsonResponse("Assigned", z.object({ member: memberSchema })), ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "project.members.manage");
      const { userId } = c.req.valid("param");
      const { organizationId, role } = c.req.valid("json");
      const [eligible] = await db
        .select({ name: schema.users.name, email: schema.users.email })
        .from(schema.organizationMembers)
        .innerJoin(schema.users, eq(schema.users.id, schema.organizationMembers.userId))
        .innerJoin(
          schema.partners,
          and(
            eq(schema.partners.organizationId, schema.organizationMembers.organizationId),
            eq(schema.partners.projectId, access.projectId),
            eq(schema.partners.status, "accepted"),
          ),
        )
        .where(
          and(
            eq(schema.organizationMembers.userId, userId),
            eq(schema.organizationMembers.organizationId, organizationId),
          ),
        );
      if (!eligible) {
        throw new ApiError(
          400,
          "VALIDATION_FAILED",
          "the person must be a member of an accepted partner organization",
          {
            fields: [
              { path: "organizationId", message: "the person is not a member of this partner organization" },
            ],
          },
        );
      }
      await db
        .insert(schema.projectMembers)
        .values({ projectId: access.projectId, userId, organizationId, role, createdAt: now() })
        .onConflictDoUpdate({
          target: [schema.projectMembers.projectId, schema.projectMembers.userId],
          set: { organizationId, role, version: sql`${schema.projectMembers.version} + 1` },
        });
      return c.json(
        { member: { userId, name: eligible.name, email: eligible.email, organizationId, role } },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/members/{userId}",
      tags,
      summary: "Take a person's role on the project away (producers)",
      security,
      request: { params: memberParams },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const access = requirePermission(c, "project.members.manage");
      const deleted = await db
        .delete(schema.projectMembers)
        .where(
          and(
            eq(schema.projectMembers.projectId, access.projectId),
            eq(schema.projectMembers.userId, c.req.valid("param").userId),
          ),
        )
        .returning({ userId: schema.projectMembers.userId });
      if (deleted.length === 0) throw notFound("project member");
      return c.body(null, 204);
    },
  );
}
