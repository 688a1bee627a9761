// /api/v1/organizations/{organizationId}/members and /api/v1/invitations: who belongs to a studio, the
// invitations its administrators send by e-mail, and the invited person's acceptance.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, isNull, ne } from "drizzle-orm";
import { schema, type Transaction } from "@kinomost/db";
import { ApiError, notFound } from "../http/errors.ts";
import {
  conflictResponse,
  errorResponses,
  jsonBody,
  jsonResponse,
  noContent,
  security,
} from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { email, uuidParam } from "../http/validation.ts";
import { assertAdmin, organizationParams, tags } from "./access.ts";
import { organizationRole } from "./fields.ts";
import { findMembership } from "./queries.ts";

const memberSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: organizationRole,
});
const invitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: organizationRole,
  createdAt: z.string(),
});

export function registerMemberRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/organizations/{organizationId}/members",
      tags,
      summary: "Members of the organization and pending invitations",
      security,
      request: { params: organizationParams },
      responses: {
        200: jsonResponse(
          "Members",
          z.object({ members: z.array(memberSchema), invitations: z.array(invitationSchema) }),
        ),
        401: errorResponses[401],
        404: errorResponses[404],
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { organizationId } = c.req.valid("param");
      await findMembership(db, organizationId, c.get("user").id);
      const members = await db
        .select({
          userId: schema.users.id,
          name: schema.users.name,
          email: schema.users.email,
          role: schema.organizationMembers.role,
        })
        .from(schema.organizationMembers)
        .innerJoin(schema.users, eq(schema.users.id, schema.organizationMembers.userId))
        .where(eq(schema.organizationMembers.organizationId, organizationId))
        .orderBy(asc(schema.users.name));
      const invitations = await db
        .select()
        .from(schema.organizationInvitations)
        .where(
          and(
            eq(schema.organizationInvitations.organizationId, organizationId),
            isNull(schema.organizationInvitations.acceptedAt),
          ),
        )
        .orderBy(asc(schema.organizationInvitations.createdAt));
      return c.json(
        {
          members,
          invitations: invitations.map((row) => ({
            id: row.id,
            email: row.email,
            role: row.role,
            createdAt: row.createdAt.toISOString(),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/organizations/{organizationId}/invitations",
      tags,
      summary: "Invite a person by e-mail (administrators); they accept after signing in",
      security,
      request: { params: organizationParams, ...jsonBody(z.strictObject({ email, role: organizationRole })) },
      responses: {
        201: jsonResponse("Invited", z.object({ invitation: invitationSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { organizationId } = c.req.valid("param");
      const body = c.req.valid("json");
      const { role } = await findMembership(db, organizationId, c.get("user").id);
      assertAdmin(role);
      const [alreadyMember] = await db
        .select({ userId: schema.users.id })
        .from(schema.organizationMembers)
        .innerJoin(schema.users, eq(schema.users.id, schema.organizationMembers.userId))
        .where(
          and(
            eq(schema.organizationMembers.organizationId, organizationId),
            eq(schema.users.email, body.email),
          ),
        );
      if (alreadyMember) {
        throw new ApiError(409, "ALREADY_EXISTS", "this person is already a member", {
          fields: [{ path: "email", message: "already a member" }],
        });
      }
      const [row] = await db
        .insert(schema.organizationInvitations)
        .values({
          organizationId,
          email: body.email,
          role: body.role,
          invitedBy: c.get("user").id,
          createdAt: now(),
        })
        .returning();
      return c.json(
        {
          invitation: {
            id: row!.id,
            email: row!.email,
            role: row!.role,
            createdAt: row!.createdAt.toISOString(),
          },
        },
        201,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/organizations/{organizationId}/invitations/{invitationId}",
      tags,
      summary: "Withdraw an invitation (administrators)",
      security,
      request: { params: organizationParams.extend({ invitationId: uuidParam("invitationId") }) },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { organizationId, invitationId } = c.req.valid("param");
      assertAdmin((await findMembership(db, organizationId, c.get("user").id)).role);
      const deleted = await db
        .delete(schema.organizationInvitations)
        .where(
          and(
            eq(schema.organizationInvitations.id, invitationId),
            eq(schema.organizationInvitations.organizationId, organizationId),
          ),
        )
        .returning({ id: schema.organizationInvitations.id });
      if (deleted.length === 0) throw notFound("invitation");
      return c.body(null, 204);
    },
  );

  const memberParams = organizationParams.extend({ userId: uuidParam("userId") });

  app.openapi(
    createRoute({
      method: "patch",
      path: "/organizations/{organizationId}/members/{userId}",
      tags,
      summary: "Change a member's role (administrators); the last administrator stays one",
      security,
      request: { params: memberParams, ...jsonBody(z.strictObject({ role: organizationRole })) },
      responses: {
        200: jsonResponse("Updated", z.object({ member: memberSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { organizationId, userId } = c.req.valid("param");
      const { role } = c.req.valid("json");
      assertAdmin((await findMembership(db, organizationId, c.get("user").id)).role);
      const member = await db.transaction(async (tx) => {
        if (role !== "admin") await assertAnotherAdmin(tx, organizationId, userId);
        const [updated] = await tx
          .update(schema.organizationMembers)
          .set({ role })
          .where(
            and(
              eq(schema.organizationMembers.organizationId, organizationId),
              eq(schema.organizationMembers.userId, userId),
            ),
          )
          .returning();
        if (!updated) throw notFound("member");
        const [user] = await tx.select().from(schema.users).where(eq(schema.users.id, userId));
        return { userId, name: user!.name, email: user!.email, role: updated.role };
      });
      return c.json({ member }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/organizations/{organizationId}/members/{userId}",
      tags,
      summary: "Remove a member (administrators, or the member leaving); the last administrator stays",
      security,
      request: { params: memberParams },
      responses: { 204: noContent, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { organizationId, userId } = c.req.valid("param");
      const me = c.get("user");
      const { role } = await findMembership(db, organizationId, me.id);
      if (userId !== me.id) assertAdmin(role);
      await db.transaction(async (tx) => {
        await assertAnotherAdmin(tx, organizationId, userId);
        const deleted = await tx
          .delete(schema.organizationMembers)
          .where(
            and(
              eq(schema.organizationMembers.organizationId, organizationId),
              eq(schema.organizationMembers.userId, userId),
            ),
          )
          .returning({ userId: schema.organizationMembers.userId });
        if (deleted.length === 0) throw notFound("member");
        await tx
          .delete(schema.projectMembers)
          .where(
            and(
              eq(schema.projectMembers.organizationId, organizationId),
              eq(schema.projectMembers.userId, userId),
            ),
          );
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/invitations",
      tags,
      summary: "Invitations to organizations waiting for the caller",
      security,
      responses: {
        200: jsonResponse(
          "Invitations",
          z.object({
            invitations: z.array(
              z.object({
                id: z.uuid(),
                organization: z.object({
                  id: z.uuid(),
                  names: z.record(z.string(), z.string()),
                  country: z.string(),
                }),
                role: organizationRole,
                createdAt: z.string(),
              }),
            ),
          }),
        ),
        401: errorResponses[401],
      },
    }),
    async (c) => {
      const rows = await c
        .get("services")
        .db.select({ invitation: schema.organizationInvitations, organization: schema.organizations })
        .from(schema.organizationInvitations)
        .innerJoin(
          schema.organizations,
          eq(schema.organizations.id, schema.organizationInvitations.organizationId),
        )
        .where(
          and(
            eq(schema.organizationInvitations.email, c.get("user").email),
            isNull(schema.organizationInvitations.acceptedAt),
          ),
        );
      const invitations = rows.map(({ invitation, organization }) => ({
        id: invitation.id,
        organization: { id: organization.id, names: organization.names, country: organization.country },
        role: invitation.role,
        createdAt: invitation.createdAt.toISOString(),
      }));
      return c.json({ invitations }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/invitations/{invitationId}/accept",
      tags,
      summary: "Accept an invitation addressed to the caller's e-mail",
      security,
      request: { params: z.object({ invitationId: uuidParam("invitationId") }) },
      responses: {
        200: jsonResponse("Joined", z.object({ organizationId: z.uuid(), role: organizationRole })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const user = c.get("user");
      const { invitationId } = c.req.valid("param");
      const joined = await db.transaction(async (tx) => {
        const [invitation] = await tx
          .update(schema.organizationInvitations)
          .set({ acceptedAt: now() })
          .where(
            and(
              eq(schema.organizationInvitations.id, invitationId),
              eq(schema.organizationInvitations.email, user.email),
              isNull(schema.organizationInvitations.acceptedAt),
            ),
          )
          .returning();
        if (!invitation) throw notFound("invitation");
        await tx
          .insert(schema.organizationMembers)
          .values({ organizationId: invitation.organizationId, userId: user.id, role: invitation.role })
          .onConflictDoNothing();
        return { organizationId: invitation.organizationId, role: invitation.role };
      });
      return c.json(joined, 200);
    },
  );
}

async function assertAnotherAdmin(tx: Transaction, organizationId: string, userId: string) {
  const [other] = await tx
    .select({ userId: schema.organizationMembers.userId })
    .from(schema.organizationMembers)
    .where(
      and(
        eq(schema.organizationMembers.organizationId, organizationId),
        eq(schema.organizationMembers.role, "admin"),
        ne(schema.organizationMembers.userId, userId),
      ),
    )
    .limit(1);
  if (!other) throw new ApiError(409, "LAST_ADMIN", "an organization keeps at least one administrator");
}
