// /api/v1/projects/{projectId}/rule-packs: the treaties and national-film tests a project can be checked against —
// the built-in packs and the project's own, written by its people in JSON or YAML (a CIS or bilateral agreement)
// and checked by the core's schema before anything is stored.
import { createRoute, z } from "@hono/zod-openapi";
import { and, asc, eq, sql } from "drizzle-orm";
import {
  builtinRulePacks,
  pickPackName,
  findBuiltinRulePack,
  readRulePack,
  writeRulePackYaml,
  type RulePack,
} from "@kinomost/core";
import { schema, type Database, type Transaction } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { errorResponses, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";

const tags = ["Consortium"];
const projectParams = z.object({ projectId: uuidParam("projectId") });
const packParams = projectParams.extend({
  packId: z
    .string()
    .regex(/^[a-z0-9][a-z0-9-]{0,79}$/, "must be a rule pack id such as cis-2008")
    .openapi({ param: { name: "packId", in: "path" }, example: "cis-2008" }),
});
export const maxRulePackBytes = 1024 * 1024;

/** The interface languages rule messages and pack names come in. */
export const messageLanguage = z
  .enum(["ru", "en"])
  .optional()
  .openapi({ description: "Names and messages in this language; the account's language by default" });

/** The language to answer in: the one asked for, else the account's, else Russian. */
export function answerLanguage(asked: "ru" | "en" | undefined, accountLocale: string): "ru" | "en" {
  return asked ?? (accountLocale.startsWith("en") ? "en" : "ru");
}

const packSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    version: z.string(),
    kind: z.enum(["treaty", "national-film"]),
    source: z.object({ title: z.string(), urls: z.array(z.string()) }),
    parties: z.array(z.string()),
    validFrom: z.string(),
    validTo: z.string().nullable(),
    ruleCount: z.number().int(),
    notes: z.array(z.string()),
    builtin: z.boolean(),
    selected: z.boolean(),
    uploadedAt: z.string().nullable(),
  })
  .openapi("RulePackSummary");

interface OwnPack {
  pack: RulePack;
  format: "json" | "yaml";
  source: string;
  uploadedAt: string;
}

async function loadOwnPacks(db: Database | Transaction, projectId: string): Promise<OwnPack[]> {
  const rows = await db
    .select()
    .from(schema.rulePacks)
    .where(eq(schema.rulePacks.projectId, projectId))
    .orderBy(asc(schema.rulePacks.packId));
  return rows.map((row) => ({
    pack: row.pack as RulePack,
    format: row.format,
    source: row.source,
    uploadedAt: row.uploadedAt,
  }));
}

/** Every pack the project can select: the built-in ones, then its own. */
export async function availableRulePacks(db: Database | Transaction, projectId: string): Promise<RulePack[]> {
  return [...builtinRulePacks, ...(await loadOwnPacks(db, projectId)).map((entry) => entry.pack)];
}

/** The packs a project selected, in its order: built-in ones and its own. */
export async function selectedRulePacks(db: Database, projectId: string, ids: readonly string[]) {
  const own = new Map((await loadOwnPacks(db, projectId)).map((entry) => [entry.pack.id, entry.pack]));
  return ids.flatMap((id) => findBuiltinRulePack(id) ?? own.get(id) ?? []);
}

function summarize(
  pack: RulePack,
  language: string,
  selected: boolean,
  uploadedAt: string | null,
): z.infer<typeof packSchema> {
  return {
    id: pack.id,
    name: pickPackName(pack, language),
    version: pack.version,
    kind: pack.kind,
    source: { title: pack.source.title, urls: [...pack.source.urls] },
    parties: [...pack.parties],
    validFrom: pack.validFrom,
    validTo: pack.validTo ?? null,
    ruleCount: pack.rules.length,
    notes: [...(pack.notes ?? [])],
    builtin: uploadedAt === null,
    selected,
    uploadedAt,
  };
}

function formatOf(fileName: string): "json" | "yaml" {
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".json")) return "json";
  if (lower.endsWith(".yaml") || lower.endsWith(".yml")) return "yaml";
  throw new ApiError(400, "VALIDATION_FAILED", "a rule pack is a .json, .yaml or .yml file", {
    fields: [{ path: "file", message: "must be a .json, .yaml or .yml file", code: "rule_pack_format" }],
  });
}

async function selectedIds(db: Database | Transaction, projectId: string): Promise<string[]> {
  const [project] = await db
    .select({ rulePacks: schema.projects.rulePacks })
    .from(schema.projects)
    .where(eq(schema.projects.id, projectId));
  return project?.rulePacks ?? [];
}

export function registerRulePackRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/rule-packs",
      tags,
      summary: "The rule packs the project can select: the built-in ones and its own",
      security,
      request: { params: projectParams, query: z.strictObject({ language: messageLanguage }) },
      responses: {
        200: jsonResponse("Rule packs", z.object({ packs: z.array(packSchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.read");
      const language = answerLanguage(c.req.valid("query").language, c.get("user").locale);
      const selected = new Set(await selectedIds(db, projectId));
      const own = await loadOwnPacks(db, projectId);
      return c.json(
        {
          packs: [
            ...builtinRulePacks.map((pack) => summarize(pack, language, selected.has(pack.id), null)),
            ...own.map((entry) =>
              summarize(entry.pack, language, selected.has(entry.pack.id), entry.uploadedAt),
            ),
          ],
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/rule-packs",
      tags,
      summary:
        "Add the project's own rule pack from a JSON or YAML file (schema: /api/v1/rule-pack.schema.json); " +
        "a pack with the id of one of the project's own packs replaces it",
      security,
      request: {
        params: projectParams,
        body: {
          required: true,
          content: {
            "multipart/form-data": {
              schema: z.strictObject({
                file: z
                  .instanceof(File, { message: "must be a file" })
                  .openapi({ type: "string", format: "binary" }),
              }),
            },
          },
        },
      },
      responses: {
        201: jsonResponse("Added", z.object({ pack: packSchema })),
        ...errorResponses,
        413: { description: "Larger than 1 MB", content: errorResponses[400].content },
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.edit");
      const { file } = c.req.valid("form");
      if (file.size > maxRulePackBytes) {
        throw new ApiError(
          413,
          "PAYLOAD_TOO_LARGE",
          `a rule pack is at most 1 MB (this one is ${file.size} bytes)`,
        );
      }
      const format = formatOf(file.name);
      const text = new TextDecoder("utf-8", { fatal: false }).decode(await file.arrayBuffer());
      const read = readRulePack(text, format);
      if (!read.ok) {
        throw new ApiError(400, "VALIDATION_FAILED", "the rule pack does not follow the format", {
          fields: read.errors.map((error) => ({
            path: error.path,
            message: error.line === null ? error.message : `line ${error.line}: ${error.message}`,
            code: error.code,
            ...(error.line === null ? {} : { params: { line: error.line } }),
          })),
        });
      }
      const pack = read.pack;
      if (findBuiltinRulePack(pack.id)) {
        throw new ApiError(400, "VALIDATION_FAILED", `"${pack.id}" is the id of a built-in rule pack`, {
          fields: [
            {
              path: "id",
              message: "is the id of a built-in rule pack; choose another",
              code: "builtin_pack",
            },
          ],
        });
      }
      const at = now();
      const uploadedAt = at.toISOString();
      const user = c.get("user");
      await db.transaction(async (tx) => {
        await tx
          .insert(schema.rulePacks)
          .values({ projectId, packId: pack.id, format, source: text, pack, uploadedBy: user.id, uploadedAt })
          .onConflictDoUpdate({
            target: [schema.rulePacks.projectId, schema.rulePacks.packId],
            set: { format, source: text, pack, uploadedBy: user.id, uploadedAt },
          });
        await appendAudit(tx, {
          projectId,
          actor: user.id,
          action: "consortium.rule-pack",
          subject: `rule-pack:${pack.id}`,
          data: { id: pack.id, version: pack.version, format, rules: pack.rules.length },
          at,
        });
      });
      const selected = (await selectedIds(db, projectId)).includes(pack.id);
      const language = answerLanguage(undefined, user.locale);
      return c.json({ pack: summarize(pack, language, selected, uploadedAt) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/rule-packs/{packId}/source",
      tags,
      summary: "A rule pack as a file: the project's own as uploaded, a built-in one as YAML to start from",
      security,
      request: { params: packParams },
      responses: {
        200: {
          description: "The pack file",
          content: { "application/yaml": { schema: { type: "string" } }, "application/json": { schema: {} } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.read");
      const { packId } = c.req.valid("param");
      const builtin = findBuiltinRulePack(packId);
      const own = builtin
        ? undefined
        : (await loadOwnPacks(db, projectId)).find((entry) => entry.pack.id === packId);
      if (!builtin && !own) throw notFound("rule pack");
      const format = own?.format ?? "yaml";
      const body = own ? own.source : writeRulePackYaml(builtin!);
      return c.body(body, 200, {
        "Content-Type":
          format === "json" ? "application/json; charset=utf-8" : "application/yaml; charset=utf-8",
        "Content-Disposition": `attachment; filename="${packId}.${format === "json" ? "json" : "yaml"}"`,
      });
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/rule-packs/{packId}",
      tags,
      summary: "Remove one of the project's own rule packs (and drop it from the selection)",
      security,
      request: { params: packParams },
      responses: { 204: { description: "Removed" }, ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "consortium.edit");
      const { packId } = c.req.valid("param");
      await db.transaction(async (tx) => {
        const [removed] = await tx
          .delete(schema.rulePacks)
          .where(and(eq(schema.rulePacks.projectId, projectId), eq(schema.rulePacks.packId, packId)))
          .returning({ packId: schema.rulePacks.packId });
        if (!removed) throw notFound("rule pack");
        const selected = await selectedIds(tx, projectId);
        if (selected.includes(packId)) {
          await tx
            .update(schema.projects)
            .set({
              rulePacks: selected.filter((id) => id !== packId),
              version: sql`${schema.projects.version} + 1`,
            })
            .where(eq(schema.projects.id, projectId));
        }
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "consortium.rule-pack.remove",
          subject: `rule-pack:${packId}`,
          data: { id: packId },
          at: now(),
        });
      });
      return c.body(null, 204);
    },
  );
}
