// /api/v1/projects/{projectId}/actuals/sharing: which partners see a studio's actuals. A studio's books are its
// own; its money people choose the partner organizations that may read them (the lead producer only if chosen).
// The answer names every partner — the caller's studio, the ones it may open its books to, and whose books are open
// to it — in the caller's language and in all of them, so that a screen shows names, not ids.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, inArray } from "drizzle-orm";
import { pickLocalized } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { ApiError } from "../http/errors.ts";
import { errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission, type ProjectAccess } from "../projects/access.ts";

const tags = ["Actuals"];
const projectParams = z.object({ projectId: uuidParam("projectId") });

const sharingPartnerSchema = z
  .object({
    id: z.uuid().openapi({ description: "The partner's organization id" }),
    name: z
      .string()
      .openapi({ description: "In the caller's language, else another", example: "Беларусьфильм" }),
    names: z.record(z.string(), z.string()).openapi({ example: { ru: "Беларусьфильм", en: "Belarusfilm" } }),
    country: z.string().openapi({ example: "BY" }),
    role: z.enum(["lead_producer", "co_producer", "financier", "service"]),
  })
  .openapi("ActualsSharingPartner");

const sharingSchema = z
  .object({
    organizationId: z.uuid().openapi({ description: "The caller's studio, whose books this is about" }),
    organization: sharingPartnerSchema.openapi({ description: "The caller's studio, named" }),
    viewers: z.array(z.uuid()).openapi({ description: "The partners that see the studio's actuals" }),
    sharedWithUs: z.array(z.uuid()).openapi({ description: "The partners whose actuals the studio sees" }),
    partners: z.array(
      sharingPartnerSchema.extend({
        viewer: z.boolean().openapi({ description: "Sees the caller's studio's actuals" }),
        sharesWithUs: z.boolean().openapi({ description: "Shows its actuals to the caller's studio" }),
      }),
    ),
  })
  .openapi("ActualsSharing");

type SharingPartner = z.infer<typeof sharingPartnerSchema>;

/** The project's accepted partners, named in `language` first, in the consortium's order. */
async function sharingPartners(db: Database, projectId: string, language: string): Promise<SharingPartner[]> {
  const rows = await db
    .select({
      id: schema.partners.organizationId,
      role: schema.partners.role,
      names: schema.organizations.names,
      country: schema.organizations.country,
    })
    .from(schema.partners)
    .innerJoin(schema.organizations, eq(schema.organizations.id, schema.partners.organizationId))
    .where(and(eq(schema.partners.projectId, projectId), eq(schema.partners.status, "accepted")))
    .orderBy(asc(schema.partners.invitedAt), asc(schema.partners.organizationId));
  return rows.map((row) => ({
    id: row.id,
    name: pickLocalized(row.names, [language]),
    names: row.names,
    country: row.country.trim(),
    role: row.role,
  }));
}

async function readSharing(
  db: Database,
  access: ProjectAccess,
  language: string,
): Promise<z.infer<typeof sharingSchema>> {
  const [rows, partners] = await Promise.all([
    db
      .select({ ownerId: schema.actualSharing.ownerId, viewerId: schema.actualSharing.viewerId })
      .from(schema.actualSharing)
      .where(eq(schema.actualSharing.projectId, access.projectId))
      .orderBy(asc(schema.actualSharing.ownerId), asc(schema.actualSharing.viewerId)),
    sharingPartners(db, access.projectId, language),
  ]);
  const viewers = rows.filter((row) => row.ownerId === access.organizationId).map((row) => row.viewerId);
  const sharedWithUs = rows.filter((row) => row.viewerId === access.organizationId).map((row) => row.ownerId);
  const own = partners.find((partner) => partner.id === access.organizationId)!;
  return {
    organizationId: access.organizationId,
    organization: own,
    viewers,
    sharedWithUs,
    partners: partners
      .filter((partner) => partner.id !== access.organizationId)
      .map((partner) => ({
        ...partner,
        viewer: viewers.includes(partner.id),
        sharesWithUs: sharedWithUs.includes(partner.id),
      })),
  };
}

export function registerActualSharingRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/actuals/sharing",
      tags,
      summary: "Who sees your studio's actuals, and whose actuals your studio sees",
      security,
      request: { params: projectParams },
      responses: { 200: jsonResponse("Sharing", z.object({ sharing: sharingSchema })), ...errorResponses },
    }),
    async (c) => {
      const access = requirePermission(c, "actuals.read");
      return c.json({ sharing: await readSharing(c.get("services").db, access, c.get("user").locale) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/projects/{projectId}/actuals/sharing",
      tags,
      summary: "Choose the partner organizations that see your studio's actuals (the whole list)",
      security,
      request: {
        params: projectParams,
        ...jsonBody(z.strictObject({ viewers: z.array(z.uuid()).max(50) }).openapi("ActualsSharingChange")),
      },
      responses: { 200: jsonResponse("Sharing", z.object({ sharing: sharingSchema })), ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "actuals.edit");
      const viewers = [...new Set(c.req.valid("json").viewers.map((id) => id.toLowerCase()))];
      const partners = viewers.length
        ? await db
            .select({ id: schema.partners.organizationId })
            .from(schema.partners)
            .where(
              and(
                eq(schema.partners.projectId, access.projectId),
                eq(schema.partners.status, "accepted"),
                inArray(schema.partners.organizationId, viewers),
              ),
            )
        : [];
      const known = new Set(partners.map((partner) => partner.id));
      const fields = viewers.flatMap((id, index) =>
        id === access.organizationId
          ? [
              {
                path: `viewers.${index}`,
                message: "is your own studio, which always sees its books",
                code: "own",
              },
            ]
          : known.has(id)
            ? []
            : [
                {
                  path: `viewers.${index}`,
                  message: "is not an accepted partner of the project",
                  code: "not_a_partner",
                },
              ],
      );
      if (fields.length > 0) {
        throw new ApiError(400, "VALIDATION_FAILED", "viewers must be other partners of the project", {
          fields,
        });
      }
      await db.transaction(async (tx) => {
        await tx
          .delete(schema.actualSharing)
          .where(
            and(
              eq(schema.actualSharing.projectId, access.projectId),
              eq(schema.actualSharing.ownerId, access.organizationId),
            ),
          );
        if (viewers.length > 0) {
          await tx.insert(schema.actualSharing).values(
            viewers.map((viewerId) => ({
              projectId: access.projectId,
              ownerId: access.organizationId,
              viewerId,
            })),
          );
        }
        await appendAudit(tx, {
          projectId: access.projectId,
          actor: c.get("user").id,
          action: "actuals.sharing",
          subject: `actuals-sharing:${access.organizationId}`,
          data: { ownerId: access.organizationId, viewers: [...viewers].sort() },
          at: now(),
        });
      });
      return c.json({ sharing: await readSharing(db, access, c.get("user").locale) }, 200);
    },
  );
}
