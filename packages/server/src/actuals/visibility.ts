// Whose actuals a caller may see and whose books they may keep. A partner's actuals are its own books: its money
// people see them, and so do the partners it shares them with (actual_sharing); nobody else, the lead included.
import { and, eq } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@kinomost/db";
import type { ProjectAccess } from "../projects/access.ts";

/**
 * The organizations whose actuals the caller sees in this project: their own, and every partner that shares its
 * actuals with the caller's organization. Empty without actuals.read. Cost reports read through this too.
 */
export async function visibleActualPartners(
  db: Database | Transaction,
  access: ProjectAccess,
): Promise<string[]> {
  if (!access.permissions.includes("actuals.read")) return [];
  const owners = await db
    .select({ ownerId: schema.actualSharing.ownerId })
    .from(schema.actualSharing)
    .where(
      and(
        eq(schema.actualSharing.projectId, access.projectId),
        eq(schema.actualSharing.viewerId, access.organizationId),
      ),
    );
  return [
    access.organizationId,
    ...owners.map((row) => row.ownerId).filter((id) => id !== access.organizationId),
  ];
}

/**
 * Whether the caller may write into `partnerId`'s books by importing a file: their own organization's, or any
 * partner's when they are the lead producer's money person (who often keeps the books for the whole consortium).
 * Single costs are written only into the caller's own books.
 */
export function mayImportFor(access: ProjectAccess, partnerId: string): boolean {
  if (!access.permissions.includes("actuals.edit")) return false;
  return partnerId === access.organizationId || access.isLeadOrganization;
}
