// A budget's partners are the project's accepted partners, by organization id: the stored document leaves them
// out and every read fills them in with the organization's name, so a renamed studio is renamed in every budget.
import { and, asc, eq } from "drizzle-orm";
import type { BudgetPartner, CountryCode } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";

export interface ProjectPartner extends BudgetPartner {
  /** The organization's names in every language it has, for matching a file's partners by name. */
  readonly names: readonly string[];
}

export async function loadBudgetPartners(db: Database, projectId: string): Promise<ProjectPartner[]> {
  const rows = await db
    .select({
      id: schema.partners.organizationId,
      names: schema.organizations.names,
      country: schema.organizations.country,
    })
    .from(schema.partners)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.partners.organizationId))
    .where(and(eq(schema.partners.projectId, projectId), eq(schema.partners.status, "accepted")))
    .orderBy(asc(schema.partners.invitedAt), asc(schema.partners.organizationId));
  return rows.map((row) => ({
    id: row.id,
    name: row.names.ru ?? row.names.en ?? Object.values(row.names)[0] ?? row.id,
    country: row.country.toUpperCase() as CountryCode,
    names: Object.values(row.names),
  }));
}

/** The partners as the budget file writes them: id, name, country. */
export const filePartners = (partners: readonly ProjectPartner[]): BudgetPartner[] =>
  partners.map(({ id, name, country }) => ({ id, name, ...(country ? { country } : {}) }));
