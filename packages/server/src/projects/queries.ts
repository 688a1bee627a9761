// Reading projects with their partners, episodes and members, in the shapes the API returns.
import { z } from "@hono/zod-openapi";
import { and, asc, count, eq, inArray, sql } from "drizzle-orm";
import { projectRoles } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { headingWordsSchema, type HeadingWords } from "../scripts/heading-words.ts";

const localized = z.record(z.string(), z.string());
export const partnerRole = z.enum(["lead_producer", "co_producer", "financier", "service"]);
export const projectRole = z.enum(projectRoles);

export const partnerSchema = z
  .object({
    organizationId: z.uuid(),
    names: localized,
    country: z.string(),
    currency: z.string(),
    role: partnerRole,
    status: z.enum(["invited", "accepted", "declined"]),
  })
  .openapi("Partner");

export const projectSchema = z
  .object({
    id: z.uuid(),
    titles: localized,
    kind: z.enum(["feature", "series"]),
    genre: z.string().nullable(),
    languages: z.array(z.string()),
    secondsPerPage: z
      .number()
      .int()
      .openapi({ description: "Screen seconds per script page, for estimated хронометраж" }),
    headingWords: headingWordsSchema,
    leadOrganizationId: z.uuid(),
    createdAt: z.string(),
    version: z.number().int(),
  })
  .openapi("Project");

export const projectSummarySchema = projectSchema
  .omit({ createdAt: true, version: true, headingWords: true })
  .extend({ episodeCount: z.number().int(), role: projectRole, partners: z.array(partnerSchema) })
  .openapi("ProjectSummary");

export const memberSchema = z
  .object({
    userId: z.uuid(),
    name: z.string(),
    email: z.string(),
    organizationId: z.uuid(),
    role: projectRole,
  })
  .openapi("ProjectMember");

export function toProject(row: typeof schema.projects.$inferSelect) {
  return {
    id: row.id,
    titles: row.titles,
    kind: row.kind,
    genre: row.genre,
    languages: row.languages,
    secondsPerPage: row.secondsPerPage,
    headingWords: row.headingWords as HeadingWords,
    leadOrganizationId: row.leadOrganizationId,
    createdAt: row.createdAt.toISOString(),
    version: row.version,
  };
}

/** Partners of the given projects, lead producer first, then in the order they were invited. */
export async function listPartners(db: Database, projectIds: string[]) {
  if (projectIds.length === 0) return [];
  const rows = await db
    .select({ partner: schema.partners, organization: schema.organizations })
    .from(schema.partners)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.partners.organizationId))
    .where(inArray(schema.partners.projectId, projectIds))
    .orderBy(asc(schema.partners.invitedAt), asc(schema.organizations.country));
  return rows
    .map(({ partner, organization }) => ({
      projectId: partner.projectId,
      organizationId: organization.id,
      names: organization.names,
      country: organization.country,
      currency: organization.currency,
      role: partner.role,
      status: partner.status,
    }))
    .sort((a, b) => Number(b.role === "lead_producer") - Number(a.role === "lead_producer"));
}

export async function countEpisodes(db: Database, projectIds: string[]) {
  if (projectIds.length === 0) return new Map<string, number>();
  const rows = await db
    .select({ projectId: schema.episodes.projectId, n: count() })
    .from(schema.episodes)
    .where(inArray(schema.episodes.projectId, projectIds))
    .groupBy(schema.episodes.projectId);
  return new Map(rows.map((row) => [row.projectId, row.n]));
}

export function stripProjectId<T extends { projectId: string }>({ projectId: _, ...rest }: T) {
  return rest;
}

/** Re-estimates the хронометраж of every scene whose length no person has set, after the factor changed. */
export async function reestimateScreenTime(
  db: Database,
  project: { id: string; secondsPerPage: number },
): Promise<void> {
  const drafts = db
    .select({ id: schema.scriptDrafts.id })
    .from(schema.scriptDrafts)
    .innerJoin(schema.scripts, eq(schema.scripts.id, schema.scriptDrafts.scriptId))
    .where(eq(schema.scripts.projectId, project.id));
  await db
    .update(schema.scenes)
    .set({ screenSeconds: sql`round(${schema.scenes.eighths} * ${project.secondsPerPage} / 8.0)::integer` })
    .where(and(inArray(schema.scenes.draftId, drafts), eq(schema.scenes.lengthEdited, false)));
}
