// /api/v1/organizations/{organizationId}/partnerships: an organization's invitations to join projects
// as a partner, and its administrators' answers. An invited organization sees only the invitation
// (title and lead producer) until it accepts.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import { schema } from "@kinomost/db";
import { ApiError, forbidden, notFound } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { findMembership } from "../organizations/queries.ts";
import { partnerRole } from "./queries.ts";

const partnershipSchema = z
  .object({
    projectId: z.uuid(),
    titles: z.record(z.string(), z.string()),
    leadOrganization: z.object({
      id: z.uuid(),
      names: z.record(z.string(), z.string()),
      country: z.string(),
    }),
    role: partnerRole,
    status: z.enum(["invited", "accepted", "declined"]),
  })
  .openapi("Partnership");

const organizationParams = z.object({ organizationId: uuidParam("organizationId") });

export function registerPartnershipRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organizations/{organizationId}/partnerships",
      tags: ["Organizations"],
      summary: "The projects this organization is a partner of or invited to",
      security,
      request: { params: organizationParams },
      responses: {
        200: jsonResponse("Partnerships", z.object({ partnerships: z.array(partnershipSchema) })),
        401: errorResponses[401],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { organizationId } = c.req.valid("param");
      await findMembership(db, organizationId, c.get("user").id);
      const lead = alias(schema.organizations, "lead");
      const rows = await db
        .select({ partner: schema.partners, project: schema.projects, lead })
        .from(schema.partners)
        .innerJoin(schema.projects, eq(schema.projects.id, schema.partners.projectId))
        .innerJoin(lead, eq(lead.id, schema.projects.leadOrganizationId))
        .where(eq(schema.partners.organizationId, organizationId))
        .orderBy(asc(schema.partners.invitedAt));
      const partnerships = rows.map(({ partner, project, lead }) => ({
        projectId: project.id,
        titles: project.titles,
        leadOrganization: { id: lead.id, names: lead.names, country: lead.country },
        role: partner.role,
        status: partner.status,
      }));
      return c.json({ partnerships }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organizations/{organizationId}/partnerships/{projectId}",
      tags: ["Organizations"],
      summary: "Accept or decline an invitation to partner in a project (administrators)",
      security,
      request: {
        params: organizationParams.extend({ projectId: uuidParam("projectId") }),
        ...jsonBody(z.strictObject({ decision: z.enum(["accept", "decline"]) })),
      },
      responses: {
        200: jsonResponse("Answered", z.object({ status: z.enum(["accepted", "declined"]) })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { organizationId, projectId } = c.req.valid("param");
      const { role } = await findMembership(db, organizationId, c.get("user").id);
      if (role !== "admin") throw forbidden("only an administrator of the organization may answer");
      const [partner] = await db
        .select()
        .from(schema.partners)
        .where(
          and(eq(schema.partners.organizationId, organizationId), eq(schema.partners.projectId, projectId)),
        );
      if (!partner) throw notFound("partnership");
      if (partner.status !== "invited")
        throw new ApiError(409, "ALREADY_EXISTS", `the invitation was already ${partner.status}`);
      const status =
        c.req.valid("json").decision === "accept" ? ("accepted" as const) : ("declined" as const);
      await db
        .update(schema.partners)
        .set({ status, respondedAt: now(), version: sql`${schema.partners.version} + 1` })
        .where(
          and(eq(schema.partners.organizationId, organizationId), eq(schema.partners.projectId, projectId)),
        );
      return c.json({ status }, 200);
    },
  );
}
