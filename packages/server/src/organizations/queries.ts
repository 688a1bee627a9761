// Reading organizations and memberships; the shapes the API returns for them.
import { z } from "@hono/zod-openapi";
import { and, asc, eq } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { notFound } from "../http/errors.ts";

export const registrationSchema = z
  .strictObject({
    legalName: z.string().trim().max(300).optional(),
    registrationNumber: z.string().trim().max(100).optional(),
    taxNumber: z.string().trim().max(100).optional(),
    address: z.string().trim().max(500).optional(),
  })
  .openapi("Registration");

export const organizationSchema = z
  .object({
    id: z.uuid(),
    names: z.record(z.string(), z.string()),
    country: z.string().openapi({ example: "KZ" }),
    currency: z.string().openapi({ example: "KZT" }),
    registration: z.record(z.string(), z.string()),
    version: z.number().int(),
  })
  .openapi("Organization");

type OrganizationRow = typeof schema.organizations.$inferSelect;

export function toOrganization(row: OrganizationRow) {
  return {
    id: row.id,
    names: row.names,
    country: row.country,
    currency: row.currency,
    registration: row.registration,
    version: row.version,
  };
}

export async function listMyOrganizations(db: Database, userId: string) {
  const rows = await db
    .select({ organization: schema.organizations, role: schema.organizationMembers.role })
    .from(schema.organizationMembers)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.organizationMembers.organizationId))
    .where(eq(schema.organizationMembers.userId, userId))
    .orderBy(asc(schema.organizations.createdAt));
  return rows.map((row) => ({ ...toOrganization(row.organization), role: row.role }));
}

/** The organization and the caller's role in it; 404 unless the caller is a member. */
export async function findMembership(db: Database, organizationId: string, userId: string) {
  const [row] = await db
    .select({ organization: schema.organizations, role: schema.organizationMembers.role })
    .from(schema.organizationMembers)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.organizationMembers.organizationId))
    .where(
      and(
        eq(schema.organizationMembers.organizationId, organizationId),
        eq(schema.organizationMembers.userId, userId),
      ),
    );
  if (!row) throw notFound("organization");
  return row;
}
