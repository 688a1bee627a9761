// /api/v1/projects: the caller's co-productions, one project's overview, and changes to it.
// Every route under /projects/{projectId} passes `requireProjectAccess` first (404 when not visible).
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, inArray, sql } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { ApiError, notFound, versionConflict } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { languageList, localizedText, plainText, uuidParam, versionField } from "../http/validation.ts";
import { findMembership } from "../organizations/queries.ts";
import { requirePermission, requireProjectAccess } from "./access.ts";
import { requireRouteRule } from "./route-rules.ts";
import {
  countEpisodes,
  listPartners,
  memberSchema,
  partnerRole,
  partnerSchema,
  projectRole,
  projectSchema,
  projectSummarySchema,
  stripProjectId,
  toProject,
  reestimateScreenTime,
} from "./queries.ts";
import { createProject } from "./create.ts";
import { headingWordsSchema } from "../scripts/heading-words.ts";
import { registerMemberRoutes } from "./members.ts";

const tags = ["Projects"];
const projectParams = z.object({ projectId: uuidParam("projectId") });
const episodeSchema = z.object({
  id: z.uuid(),
  number: z.number().int(),
  titles: z.record(z.string(), z.string()),
});

export function registerProjectRoutes(app: Router) {
  app.use("/projects/:projectId", requireProjectAccess, requireRouteRule);
  app.use("/projects/:projectId/*", requireProjectAccess, requireRouteRule);

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects",
      tags,
      summary: "The caller's projects, with their partner organizations",
      security,
      responses: {
        200: jsonResponse("Projects", z.object({ projects: z.array(projectSummarySchema) })),
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const userId = c.get("user").id;
      const visible = await db
        .selectDistinct({ project: schema.projects })
        .from(schema.projects)
        .innerJoin(
          schema.partners,
          and(eq(schema.partners.projectId, schema.projects.id), eq(schema.partners.status, "accepted")),
        )
        .innerJoin(
          schema.organizationMembers,
          and(
            eq(schema.organizationMembers.organizationId, schema.partners.organizationId),
            eq(schema.organizationMembers.userId, userId),
          ),
        );
      const ids = visible.map((row) => row.project.id);
      const [partners, episodes, roles] = await Promise.all([
        listPartners(db, ids),
        countEpisodes(db, ids),
        ids.length === 0
          ? []
          : db
              .select({ projectId: schema.projectMembers.projectId, role: schema.projectMembers.role })
              .from(schema.projectMembers)
              .where(
                and(eq(schema.projectMembers.userId, userId), inArray(schema.projectMembers.projectId, ids)),
              ),
      ]);
      const projects = visible
        .map(({ project }) => ({
          ...toProject(project),
          episodeCount: episodes.get(project.id) ?? 0,
          role: roles.find((row) => row.projectId === project.id)?.role ?? ("viewer" as const),
          partners: partners.filter((partner) => partner.projectId === project.id).map(stripProjectId),
        }))
        .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
        .map(({ createdAt: _c, version: _v, headingWords: _h, ...summary }) => summary);
      return c.json({ projects }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects",
      tags,
      summary: "Create a project led by one of the caller's organizations; the caller becomes its producer",
      security,
      request: jsonBody(
        z.strictObject({
          titles: localizedText(300),
          kind: z.enum(["feature", "series"]),
          episodes: z.number().int().min(0).max(500).optional(),
          genre: plainText(100).optional(),
          languages: languageList,
          leadOrganizationId: z.uuid(),
        }),
      ),
      responses: { 201: jsonResponse("Created", z.object({ project: projectSchema })), ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const body = c.req.valid("json");
      const user = c.get("user");
      const { role } = await findMembership(db, body.leadOrganizationId, user.id).catch(() => {
        throw new ApiError(400, "VALIDATION_FAILED", "the lead organization must be one of yours", {
          fields: [{ path: "leadOrganizationId", message: "not an organization of yours" }],
        });
      });
      if (role !== "admin") {
        throw new ApiError(
          403,
          "FORBIDDEN",
          "only an administrator of the lead organization may start a project",
        );
      }
      const project = await createProject(db, { ...body, producerUserId: user.id, now: now() });
      return c.json({ project: toProject(project) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}",
      tags,
      summary: "A project's overview: partners, episodes, members and the caller's role",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse(
          "Project",
          z.object({
            project: projectSchema,
            role: projectRole,
            organizationId: z.uuid(),
            permissions: z.array(z.string()),
            partners: z.array(partnerSchema),
            episodes: z.array(episodeSchema),
            members: z.array(memberSchema),
          }),
        ),
        401: errorResponses[401],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const access = requirePermission(c, "project.read");
      const [project] = await db
        .select()
        .from(schema.projects)
        .where(eq(schema.projects.id, access.projectId));
      if (!project) throw notFound("project");
      const [partners, episodes, members] = await Promise.all([
        listPartners(db, [project.id]),
        db
          .select({ id: schema.episodes.id, number: schema.episodes.number, titles: schema.episodes.titles })
          .from(schema.episodes)
          .where(eq(schema.episodes.projectId, project.id))
          .orderBy(asc(schema.episodes.number)),
        db
          .select({
            userId: schema.users.id,
            name: schema.users.name,
            email: schema.users.email,
            organizationId: schema.projectMembers.organizationId,
            role: schema.projectMembers.role,
          })
          .from(schema.projectMembers)
          .innerJoin(schema.users, eq(schema.users.id, schema.projectMembers.userId))
          .where(eq(schema.projectMembers.projectId, project.id))
          .orderBy(asc(schema.users.name)),
      ]);
      return c.json(
        {
          project: toProject(project),
          role: access.role,
          organizationId: access.organizationId,
          permissions: access.permissions,
          partners: partners.map(stripProjectId),
          episodes,
          members,
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}",
      tags,
      summary: "Change a project's titles, genre or working languages (producers, line producers)",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z.strictObject({
            version: versionField,
            titles: localizedText(300).optional(),
            genre: plainText(100).nullable().optional(),
            languages: languageList.optional(),
            secondsPerPage: z
              .number()
              .int()
              .min(10)
              .max(600)
              .optional()
              .openapi({ description: "Screen seconds per script page (60 = a minute a page)" }),
            headingWords: headingWordsSchema.optional().openapi({
              description:
                "The project's own scene-heading words, added to the built-in Russian, English and Belarusian ones",
            }),
          }),
        ),
      },
      responses: {
        200: jsonResponse("Updated", z.object({ project: projectSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const access = requirePermission(c, "project.update");
      const { version, ...change } = c.req.valid("json");
      const [updated] = await db
        .update(schema.projects)
        .set({ ...change, version: sql`${schema.projects.version} + 1` })
        .where(and(eq(schema.projects.id, access.projectId), eq(schema.projects.version, version)))
        .returning();
      if (!updated) {
        const [current] = await db
          .select()
          .from(schema.projects)
          .where(eq(schema.projects.id, access.projectId));
        throw versionConflict("the project", current ? toProject(current) : null);
      }
      if (change.secondsPerPage !== undefined) await reestimateScreenTime(db, updated);
      return c.json({ project: toProject(updated) }, 200);
    },
  );

  registerPartnerRoutes(app);
  registerMemberRoutes(app);
}

function registerPartnerRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/partners",
      tags,
      summary: "Invite an organization to join as a partner (producers of the lead organization)",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z.strictObject({ organizationId: z.uuid(), role: partnerRole.exclude(["lead_producer"]) }),
        ),
      },
      responses: {
        201: jsonResponse("Invited", z.object({ partner: partnerSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "project.partners.invite");
      const body = c.req.valid("json");
      const [organization] = await db
        .select()
        .from(schema.organizations)
        .where(eq(schema.organizations.id, body.organizationId));
      if (!organization) {
        throw new ApiError(400, "VALIDATION_FAILED", "no such organization", {
          fields: [{ path: "organizationId", message: "no such organization" }],
        });
      }
      const [partner] = await db
        .insert(schema.partners)
        .values({
          projectId: access.projectId,
          organizationId: organization.id,
          role: body.role,
          status: "invited",
          invitedAt: now(),
        })
        .onConflictDoNothing()
        .returning();
      if (!partner)
        throw new ApiError(409, "ALREADY_EXISTS", "this organization is already a partner or invited");
      return c.json(
        {
          partner: {
            organizationId: organization.id,
            names: organization.names,
            country: organization.country,
            currency: organization.currency,
            role: partner.role,
            status: partner.status,
          },
        },
        201,
      );
    },
  );
}
