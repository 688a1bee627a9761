// /api/v1/projects/{projectId}/contributions: what each partner commits — cash, or studio, crew, equipment,
// locations, post-production at an agreed value — in instalments with due dates, and what it delivered when.
// Producers commit; a studio's accountant records its own deliveries. Every change is an audit entry.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { formatMoneyDecimal, inKindCategories, type CurrencyCode } from "@kinomost/core";
import { schema, type Database } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { ApiError, forbidden, notFound } from "../http/errors.ts";
import { errorResponses, jsonBody, jsonResponse, noContent, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { plainText, uuidParam } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { loadContributions } from "./assemble.ts";
import { amountField, countryField, currencyField, isoDate, toMinor } from "./fields.ts";

const tags = ["Consortium"];
const projectParams = z.object({ projectId: uuidParam("projectId") });
const contributionParams = projectParams.extend({ contributionId: uuidParam("contributionId") });

const instalmentSchema = z.object({
  position: z.number().int(),
  due: z.string(),
  amount: z.string(),
  delivered: z.string().nullable(),
  deliveredOn: z.string().nullable(),
});

const contributionSchema = z
  .object({
    id: z.uuid(),
    organizationId: z.uuid(),
    kind: z.enum(["cash", "in-kind"]),
    category: z.enum(inKindCategories).nullable(),
    description: z.string().nullable(),
    currency: z.string(),
    fxDate: z.string().nullable(),
    territory: z.string().nullable(),
    source: z.enum(["private", "state"]),
    instalments: z.array(instalmentSchema),
    version: z.number().int(),
  })
  .openapi("Contribution");

const newContribution = z
  .strictObject({
    organizationId: z.uuid(),
    kind: z.enum(["cash", "in-kind"]),
    category: z.enum(inKindCategories).optional(),
    description: plainText(500).optional(),
    currency: currencyField,
    fxDate: isoDate.optional(),
    territory: countryField.optional(),
    source: z.enum(["private", "state"]).optional(),
    instalments: z
      .array(
        z.strictObject({
          due: isoDate,
          amount: amountField,
          delivered: amountField.optional(),
          deliveredOn: isoDate.optional(),
        }),
      )
      .min(1)
      .max(60),
  })
  .refine((body) => body.kind === "cash" || body.category !== undefined, {
    message: "an in-kind contribution needs its category",
    path: ["category"],
    params: { code: "required" },
  });

type ContributionRow = Awaited<ReturnType<typeof loadContributions>>[number];

function toContribution(row: ContributionRow) {
  const money = (minor: bigint) => formatMoneyDecimal({ minor, currency: row.currency as CurrencyCode });
  return {
    id: row.id,
    organizationId: row.organizationId,
    kind: row.kind,
    category: row.category,
    description: row.description,
    currency: row.currency,
    fxDate: row.fxDate,
    territory: row.territory,
    source: row.source,
    instalments: row.instalments.map((instalment) => ({
      position: instalment.position,
      due: instalment.due,
      amount: money(instalment.amountMinor),
      delivered: instalment.deliveredMinor === null ? null : money(instalment.deliveredMinor),
      deliveredOn: instalment.deliveredOn,
    })),
    version: row.version,
  };
}

async function requireAcceptedPartner(db: Database, projectId: string, organizationId: string) {
  const [partner] = await db
    .select({ organizationId: schema.partners.organizationId })
    .from(schema.partners)
    .where(
      and(
        eq(schema.partners.projectId, projectId),
        eq(schema.partners.organizationId, organizationId),
        eq(schema.partners.status, "accepted"),
      ),
    );
  if (!partner) {
    throw new ApiError(400, "VALIDATION_FAILED", "organizationId is not an accepted partner of the project", {
      fields: [{ path: "organizationId", message: "is not an accepted partner", code: "not_a_partner" }],
    });
  }
}

export function registerContributionRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/contributions",
      tags,
      summary: "Every partner's contributions with their instalments and deliveries",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("Contributions", z.object({ contributions: z.array(contributionSchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "consortium.read");
      const rows = await loadContributions(c.get("services").db, projectId);
      return c.json({ contributions: rows.map(toContribution) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/contributions",
      tags,
      summary: "Record a partner's commitment: cash or in kind, in instalments",
      security,
      request: { params: projectParams, ...jsonBody(newContribution) },
      responses: {
        201: jsonResponse("Recorded", z.object({ contribution: contributionSchema })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.edit");
      const body = c.req.valid("json");
      await requireAcceptedPartner(db, projectId, body.organizationId);
      const currency = body.currency.toUpperCase();
      const instalments = body.instalments.map((instalment, index) => ({
        position: index,
        due: instalment.due,
        amountMinor: toMinor(instalment.amount, currency, `instalments.${index}.amount`),
        deliveredMinor:
          instalment.delivered === undefined
            ? null
            : toMinor(instalment.delivered, currency, `instalments.${index}.delivered`),
        deliveredOn: instalment.deliveredOn ?? null,
      }));
      const id = await db.transaction(async (tx) => {
        const [row] = await tx
          .insert(schema.contributions)
          .values({
            projectId,
            organizationId: body.organizationId,
            kind: body.kind,
            category: body.kind === "in-kind" ? (body.category ?? null) : null,
            description: body.description ?? null,
            currency,
            fxDate: body.fxDate ?? null,
            territory: body.territory?.toUpperCase() ?? null,
            source: body.source ?? "private",
            createdAt: now(),
          })
          .returning({ id: schema.contributions.id });
        await tx
          .insert(schema.instalments)
          .values(instalments.map((instalment) => ({ ...instalment, contributionId: row!.id })));
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "contribution.committed",
          subject: `contribution:${row!.id}`,
          data: { ...body, currency },
          at: now(),
        });
        return row!.id;
      });
      const created = (await loadContributions(db, projectId)).find((row) => row.id === id)!;
      return c.json({ contribution: toContribution(created) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/contributions/{contributionId}/instalments/{position}/delivery",
      tags,
      summary: "Record what was delivered of an instalment and when",
      security,
      request: {
        params: contributionParams.extend({
          position: z.coerce
            .number()
            .int()
            .min(0)
            .openapi({ param: { name: "position", in: "path" } }),
        }),
        ...jsonBody(z.strictObject({ delivered: amountField, deliveredOn: isoDate })),
      },
      responses: {
        200: jsonResponse("Recorded", z.object({ contribution: contributionSchema })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "contributions.edit");
      const { projectId } = access;
      const { contributionId, position } = c.req.valid("param");
      const body = c.req.valid("json");
      const contribution = (await loadContributions(db, projectId)).find((row) => row.id === contributionId);
      const instalment = contribution?.instalments.find((row) => row.position === position);
      if (!contribution || !instalment) throw notFound("instalment");
      // A studio's books are its own: its accountant records its deliveries; producers record anyone's.
      if (
        contribution.organizationId !== access.organizationId &&
        !access.permissions.includes("consortium.edit")
      ) {
        throw forbidden(
          "only your own studio's deliveries can be recorded by you; ask a producer for another's",
        );
      }
      const deliveredMinor = toMinor(body.delivered, contribution.currency, "delivered");
      await db.transaction(async (tx) => {
        await tx
          .update(schema.instalments)
          .set({ deliveredMinor, deliveredOn: body.deliveredOn })
          .where(eq(schema.instalments.id, instalment.id));
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "contribution.delivered",
          subject: `contribution:${contributionId}/instalment:${position}`,
          data: { delivered: body.delivered, currency: contribution.currency, deliveredOn: body.deliveredOn },
          at: now(),
        });
      });
      const updated = (await loadContributions(db, projectId)).find((row) => row.id === contributionId)!;
      return c.json({ contribution: toContribution(updated) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/contributions/{contributionId}",
      tags,
      summary: "Withdraw a contribution recorded by mistake (the audit log keeps the record)",
      security,
      request: { params: contributionParams },
      responses: { 204: noContent, ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.edit");
      const { contributionId } = c.req.valid("param");
      await db.transaction(async (tx) => {
        const deleted = await tx
          .delete(schema.contributions)
          .where(
            and(eq(schema.contributions.id, contributionId), eq(schema.contributions.projectId, projectId)),
          )
          .returning({ id: schema.contributions.id });
        if (deleted.length === 0) throw notFound("contribution");
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "contribution.withdrawn",
          subject: `contribution:${contributionId}`,
          data: null,
          at: now(),
        });
      });
      return c.body(null, 204);
    },
  );
}
