// The one place that decides who may see and do what in a project.
// A project is visible only through an organization that is an accepted partner of it; to anyone else
// every project route answers 404, so that a guessed id reveals nothing. Inside, the caller's project
// role (or "viewer" when none is assigned) decides each action through core's `canPerform`.
import { and, eq, inArray } from "drizzle-orm";
import { canPerform, projectActions, type ProjectAction, type ProjectRole } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import type { Context, MiddlewareHandler } from "hono";
import type { AppEnv } from "../context.ts";
import { forbidden, notFound } from "../http/errors.ts";

export interface ProjectAccess {
  projectId: string;
  role: ProjectRole;
  /** The partner organization the caller acts for on this project. */
  organizationId: string;
  isLeadOrganization: boolean;
  permissions: ProjectAction[];
}

export async function resolveProjectAccess(
  db: Database,
  projectId: string,
  userId: string,
): Promise<ProjectAccess> {
  const partnerships = await db
    .select({
      organizationId: schema.partners.organizationId,
      leadOrganizationId: schema.projects.leadOrganizationId,
    })
    .from(schema.partners)
    .innerJoin(schema.projects, eq(schema.projects.id, schema.partners.projectId))
    .innerJoin(
      schema.organizationMembers,
      and(
        eq(schema.organizationMembers.organizationId, schema.partners.organizationId),
        eq(schema.organizationMembers.userId, userId),
      ),
    )
    .where(and(eq(schema.partners.projectId, projectId), eq(schema.partners.status, "accepted")));
  if (partnerships.length === 0) throw notFound("project");

  const [member] = await db
    .select({ role: schema.projectMembers.role, organizationId: schema.projectMembers.organizationId })
    .from(schema.projectMembers)
    .where(
      and(
        eq(schema.projectMembers.projectId, projectId),
        eq(schema.projectMembers.userId, userId),
        inArray(
          schema.projectMembers.organizationId,
          partnerships.map((partner) => partner.organizationId),
        ),
      ),
    );
  const leadOrganizationId = partnerships[0]!.leadOrganizationId;
  const organizationId =
    member?.organizationId ??
    partnerships.find((partner) => partner.organizationId === leadOrganizationId)?.organizationId ??
    partnerships[0]!.organizationId;
  const role: ProjectRole = member?.role ?? "viewer";
  const isLeadOrganization = organizationId === leadOrganizationId;
  const permissions = projectActions.filter((action) => canPerform(role, action, isLeadOrganization));
  return { projectId, role, organizationId, isLeadOrganization, permissions };
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Guards every route under /projects/{projectId}: resolves the caller's access before any handler
 * runs, so no project route can forget the visibility check. Handlers then call `requirePermission`.
 */
export const requireProjectAccess: MiddlewareHandler<AppEnv> = async (c, next) => {
  const projectId = c.req.param("projectId");
  if (!projectId || !uuidPattern.test(projectId)) throw notFound("project");
  c.set(
    "project",
    await resolveProjectAccess(c.get("services").db, projectId.toLowerCase(), c.get("user").id),
  );
  return next();
};

export function requirePermission(c: Context<AppEnv>, action: ProjectAction): ProjectAccess {
  const access = c.get("project");
  if (!access.permissions.includes(action)) {
    throw forbidden(`the role ${access.role} may not do ${action} on this project`);
  }
  return access;
}
