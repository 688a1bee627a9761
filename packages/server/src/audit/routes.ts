// GET /api/v1/projects/{projectId}/audit: the project's append-only audit log, oldest first, and whether its hash
// chain verifies. A changed, removed or reordered entry shows as the index of the first broken one.
import { createRoute, z } from "@hono/zod-openapi";
import type { JSONValue } from "hono/utils/types";
import { errorResponses, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { readAuditChain } from "./log.ts";

const entrySchema = z
  .object({
    index: z.number().int(),
    at: z.string(),
    actor: z.string().openapi({ description: 'A user id, or "system"' }),
    action: z.string().openapi({ example: "document.signed" }),
    subject: z.string().openapi({ example: "document:…/version:2" }),
    data: z.unknown(),
    previousHash: z.string(),
    hash: z.string(),
  })
  .openapi("AuditEntry");

const verificationSchema = z
  .union([
    z.object({ ok: z.literal(true), length: z.number().int(), headHash: z.string() }),
    z.object({
      ok: z.literal(false),
      index: z.number().int().openapi({ description: "The first entry that does not verify" }),
      problem: z.enum(["MALFORMED", "WRONG_INDEX", "BROKEN_LINK", "HASH_MISMATCH", "TRUNCATED"]),
    }),
  ])
  .openapi("AuditVerification");

export function registerAuditRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/audit",
      tags: ["Audit"],
      summary:
        "The project's audit log and the verification of its hash chain (producers, line producers, accountants)",
      security,
      request: { params: z.object({ projectId: uuidParam("projectId") }) },
      responses: {
        200: jsonResponse(
          "The log",
          z.object({ entries: z.array(entrySchema), verification: verificationSchema }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "audit.read");
      const { entries, verification } = await readAuditChain(c.get("services").db, projectId);
      // The core's JSON is read-only; Hono's is not.
      return c.json(
        { entries: entries.map((entry) => ({ ...entry, data: entry.data as JSONValue })), verification },
        200,
      );
    },
  );
}
