// /api/v1/projects/{projectId}/consortium and /qualification: the deal between the partners — agreed shares
// (exact decimals that sum to 100), home territories, obligations, agreed rates, the rule packs the project is
// checked against — the shares actually delivered, late instalments, and the treaty qualification.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq, sql } from "drizzle-orm";
import {
  checkAgreedShares,
  computeActualShares,
  describeConversionError,
  describeShareError,
  evaluateQualification,
  findLateInstalments,
  pickPackName,
  selectPhrasebook,
  formatMoneyDecimal,
  toQualificationContract,
  workKinds,
} from "@kinomost/core";
import { schema } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { ApiError, notFound, versionConflict } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { plainText, uuidParam, versionField } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { assembleConsortium } from "./assemble.ts";
import { answerLanguage, availableRulePacks, messageLanguage, selectedRulePacks } from "./rule-packs.ts";
import { countryField, currencyField, isoDate, perUnitField, shareField } from "./fields.ts";

const tags = ["Consortium"];
const projectParams = z.object({ projectId: uuidParam("projectId") });
const language = z.string().regex(/^[a-z]{2}$/, "must be an ISO 639-1 code such as uz");

const partnerSchema = z
  .object({
    organizationId: z.uuid(),
    name: z.string(),
    country: z.string(),
    role: z.string().openapi({ description: "The partner's role in the project" }),
    consortiumRole: z.enum(["majority", "minority", "financial", "service"]),
    share: z.string().nullable(),
    homeTerritories: z.array(z.string()),
    obligations: z.object({
      credit: z.string().optional(),
      languageVersions: z.array(z.string()).optional(),
    }),
    signatoryUserId: z.uuid().nullable(),
    committed: z.string().nullable().openapi({ description: "Committed, in the reporting currency" }),
    delivered: z.string().nullable(),
    actualShare: z.string().nullable().openapi({ description: "Share of what was delivered, two decimals" }),
    difference: z.string().nullable().openapi({ description: "Actual minus agreed, in percentage points" }),
  })
  .openapi("ConsortiumPartner");

const rateSchema = z.object({
  currency: currencyField,
  perUnit: perUnitField,
  date: isoDate.nullable().optional(),
  source: plainText(100),
});

const consortiumSchema = z
  .object({
    workKind: z.enum(workKinds),
    reportingCurrency: z.string(),
    rulePacks: z.array(z.string()),
    languageVersions: z.array(z.string()),
    version: z.number().int(),
    partners: z.array(partnerSchema),
    rates: z.array(
      z.object({
        currency: z.string(),
        perUnit: z.string(),
        date: z.string().nullable(),
        source: z.string(),
      }),
    ),
    late: z.array(
      z.object({
        organizationId: z.uuid(),
        due: z.string(),
        amount: z.string(),
        currency: z.string(),
        delivered: z.string(),
        status: z.enum(["overdue", "delivered-late"]),
      }),
    ),
    problems: z
      .array(
        z.object({
          code: z.enum(["shares_not_agreed", "missing_rate", "ambiguous_rate"]),
          message: z.string(),
          params: z.record(z.string(), z.string()),
        }),
      )
      .openapi({ description: "What keeps the actual shares from being computed, by code for translation" }),
    availablePacks: z.array(z.object({ id: z.string(), name: z.string() })),
  })
  .openapi("Consortium");

export function registerConsortiumRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/consortium",
      tags,
      summary:
        "The consortium: agreed and delivered shares, territories, obligations, rates, late instalments",
      security,
      request: { params: projectParams },
      responses: { 200: jsonResponse("Consortium", consortiumSchema), ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.read");
      const [project] = await db.select().from(schema.projects).where(eq(schema.projects.id, projectId));
      const assembled = await assembleConsortium(db, projectId);
      const { consortium } = assembled;
      const partners = await db
        .select()
        .from(schema.partners)
        .where(and(eq(schema.partners.projectId, projectId), eq(schema.partners.status, "accepted")));
      const actual =
        assembled.missingShares.length === 0
          ? computeActualShares(consortium.partners, consortium.currency, consortium.rates)
          : null;
      const problems = [
        ...(assembled.missingShares.length > 0
          ? [
              {
                code: "shares_not_agreed" as const,
                message: "the partners' shares are not agreed yet",
                params: {},
              },
            ]
          : []),
        ...(actual && !actual.ok
          ? actual.errors.map((error) => ({
              code: error.code === "MISSING_RATE" ? ("missing_rate" as const) : ("ambiguous_rate" as const),
              message: describeConversionError(error),
              params: {
                currency: error.currency,
                to: error.to,
                ...("date" in error && error.date ? { date: error.date } : {}),
              },
            }))
          : []),
      ];
      const today = now().toISOString().slice(0, 10);
      return c.json(
        {
          workKind: project!.workKind,
          reportingCurrency: project!.reportingCurrency,
          rulePacks: project!.rulePacks,
          languageVersions: project!.languageVersions,
          version: project!.version,
          partners: consortium.partners.map((partner) => {
            const row = partners.find((candidate) => candidate.organizationId === partner.id)!;
            const share = actual?.ok
              ? actual.value.partners.find((item) => item.partnerId === partner.id)
              : undefined;
            return {
              organizationId: partner.id,
              name: partner.name,
              country: partner.country,
              role: row.role,
              consortiumRole: partner.role,
              share: row.share,
              homeTerritories: row.homeTerritories,
              obligations: row.obligations,
              signatoryUserId: row.signatoryUserId,
              committed: share ? formatMoneyDecimal(share.committed) : null,
              delivered: share ? formatMoneyDecimal(share.delivered) : null,
              actualShare: share?.actual ?? null,
              difference: share?.difference ?? null,
            };
          }),
          rates: consortium.rates.map((rate) => ({
            currency: rate.currency,
            perUnit: rate.perUnit,
            date: rate.date ?? null,
            source: rate.source ?? "",
          })),
          late: findLateInstalments(consortium.partners, today).map((late) => ({
            organizationId: late.partnerId,
            due: late.due,
            amount: formatMoneyDecimal(late.amount),
            currency: late.amount.currency,
            delivered: formatMoneyDecimal(late.delivered),
            status: late.status,
          })),
          problems,
          availablePacks: (await availableRulePacks(db, projectId)).map((pack) => ({
            id: pack.id,
            name: pickPackName(pack, answerLanguage(undefined, c.get("user").locale)),
          })),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/consortium",
      tags,
      summary: "Change the kind of work, reporting currency, rule packs or language versions",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z.strictObject({
            version: versionField,
            workKind: z.enum(workKinds).optional(),
            reportingCurrency: currencyField.optional(),
            rulePacks: z
              .array(z.string().max(80))
              .max(10)
              .refine((ids) => new Set(ids).size === ids.length, {
                message: "names a rule pack twice",
                params: { code: "duplicate" },
              })
              .optional(),
            languageVersions: z.array(language).max(12).optional(),
          }),
        ),
      },
      responses: { 204: { description: "Changed" }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.edit");
      const { version, ...change } = c.req.valid("json");
      await db.transaction(async (tx) => {
        const known = new Set((await availableRulePacks(tx, projectId)).map((pack) => pack.id));
        const unknown = (change.rulePacks ?? []).flatMap((id, index) =>
          known.has(id)
            ? []
            : [{ path: `rulePacks.${index}`, message: "is not a known rule pack", code: "rule_pack" }],
        );
        if (unknown.length > 0) {
          throw new ApiError(
            400,
            "VALIDATION_FAILED",
            unknown.map((field) => `${field.path}: ${field.message}`).join("; "),
            { fields: unknown },
          );
        }
        const [updated] = await tx
          .update(schema.projects)
          .set({ ...change, version: sql`${schema.projects.version} + 1` })
          .where(and(eq(schema.projects.id, projectId), eq(schema.projects.version, version)))
          .returning({ id: schema.projects.id });
        if (!updated) throw versionConflict("the project", null);
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "consortium.settings",
          subject: `project:${projectId}`,
          data: change,
          at: now(),
        });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/projects/{projectId}/consortium/shares",
      tags,
      summary: "Set every accepted partner's agreed share at once; the shares must sum to exactly 100",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z.strictObject({
            shares: z
              .array(z.strictObject({ organizationId: z.uuid(), share: shareField }))
              .min(1)
              .max(50),
          }),
        ),
      },
      responses: { 204: { description: "Set" }, ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.edit");
      const { shares } = c.req.valid("json");
      const partners = await db
        .select({ organizationId: schema.partners.organizationId })
        .from(schema.partners)
        .where(and(eq(schema.partners.projectId, projectId), eq(schema.partners.status, "accepted")));
      const known = new Set(partners.map((partner) => partner.organizationId));
      const fields = [
        ...shares.flatMap((share, index) =>
          known.has(share.organizationId)
            ? []
            : [
                {
                  path: `shares.${index}.organizationId`,
                  message: "is not an accepted partner",
                  code: "not_a_partner",
                },
              ],
        ),
        ...partners
          .filter((partner) => !shares.some((share) => share.organizationId === partner.organizationId))
          .map((partner) => ({
            path: "shares",
            message: `has no share for partner ${partner.organizationId}`,
            code: "missing_partner",
          })),
      ];
      const checked = checkAgreedShares(
        shares.map((share) => ({ id: share.organizationId, share: share.share })),
      );
      if (!checked.ok) {
        for (const error of checked.errors) {
          fields.push({ path: "shares", message: describeShareError(error), code: "shares_sum" });
        }
      }
      if (fields.length > 0) {
        throw new ApiError(
          400,
          "VALIDATION_FAILED",
          fields.map((field) => `${field.path}: ${field.message}`).join("; "),
          {
            fields,
          },
        );
      }
      await db.transaction(async (tx) => {
        for (const share of shares) {
          await tx
            .update(schema.partners)
            .set({ share: share.share, version: sql`${schema.partners.version} + 1` })
            .where(
              and(
                eq(schema.partners.projectId, projectId),
                eq(schema.partners.organizationId, share.organizationId),
              ),
            );
        }
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "consortium.shares",
          subject: `project:${projectId}`,
          data: { shares },
          at: now(),
        });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/consortium/partners/{organizationId}",
      tags,
      summary: "Change a partner's home territories and obligations (credit, language versions)",
      security,
      request: {
        params: projectParams.extend({ organizationId: uuidParam("organizationId") }),
        ...jsonBody(
          z.strictObject({
            homeTerritories: z.array(countryField).max(50).optional(),
            obligations: z
              .strictObject({
                credit: plainText(500).optional(),
                languageVersions: z.array(language).max(12).optional(),
              })
              .optional(),
          }),
        ),
      },
      responses: { 204: { description: "Changed" }, ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.edit");
      const { organizationId } = c.req.valid("param");
      const change = c.req.valid("json");
      await db.transaction(async (tx) => {
        const [updated] = await tx
          .update(schema.partners)
          .set({
            ...(change.homeTerritories
              ? { homeTerritories: change.homeTerritories.map((code) => code.toUpperCase()) }
              : {}),
            ...(change.obligations ? { obligations: change.obligations } : {}),
            version: sql`${schema.partners.version} + 1`,
          })
          .where(
            and(
              eq(schema.partners.projectId, projectId),
              eq(schema.partners.organizationId, organizationId),
              eq(schema.partners.status, "accepted"),
            ),
          )
          .returning({ organizationId: schema.partners.organizationId });
        if (!updated) throw notFound("partner");
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "consortium.partner",
          subject: `partner:${organizationId}`,
          data: change,
          at: now(),
        });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "put",
      path: "/projects/{projectId}/consortium/rates",
      tags,
      summary: "Replace the agreed exchange rates contributions are valued at",
      security,
      request: {
        params: projectParams,
        ...jsonBody(z.strictObject({ rates: z.array(rateSchema).max(200) })),
      },
      responses: { 204: { description: "Replaced" }, ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.edit");
      const { rates } = c.req.valid("json");
      await db.transaction(async (tx) => {
        await tx.delete(schema.agreedRates).where(eq(schema.agreedRates.projectId, projectId));
        if (rates.length > 0) {
          await tx.insert(schema.agreedRates).values(
            rates.map((rate) => ({
              projectId,
              currency: rate.currency.toUpperCase(),
              perUnit: rate.perUnit,
              date: rate.date ?? null,
              source: rate.source,
            })),
          );
        }
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "consortium.rates",
          subject: `project:${projectId}`,
          data: { rates: rates.map((rate) => ({ ...rate, date: rate.date ?? null })) },
          at: now(),
        });
      });
      return c.body(null, 204);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/qualification",
      tags,
      summary:
        "Whether the project qualifies under each rule pack it selected, rule by rule, with the reasons",
      security,
      request: { params: projectParams, query: z.strictObject({ language: messageLanguage }) },
      responses: {
        200: jsonResponse(
          "Qualification",
          z.object({
            packs: z.array(
              z.object({
                id: z.string(),
                name: z.string(),
                pass: z.boolean(),
                points: z.number().nullable(),
                required: z.number().nullable(),
                rules: z.array(z.object({ id: z.string(), pass: z.boolean(), message: z.string() })),
              }),
            ),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.read");
      const language = answerLanguage(c.req.valid("query").language, c.get("user").locale);
      const [project] = await db.select().from(schema.projects).where(eq(schema.projects.id, projectId));
      const packs = await selectedRulePacks(db, projectId, project!.rulePacks);
      const assembled = await assembleConsortium(db, projectId);
      if (assembled.missingShares.length > 0) {
        return c.json(
          {
            packs: packs.map((pack) => ({
              id: pack.id,
              name: pickPackName(pack, language),
              pass: false,
              points: null,
              required: null,
              rules: [
                { id: "shares-agreed", pass: false, message: selectPhrasebook(language).sharesNotAgreed() },
              ],
            })),
          },
          200,
        );
      }
      return c.json(
        toQualificationContract(evaluateQualification(assembled.consortium, packs, { locale: language })),
        200,
      );
    },
  );
}
