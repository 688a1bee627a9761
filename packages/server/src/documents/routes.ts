// /api/v1/projects/{projectId}/documents: the co-production's memoranda and agreements as structured terms, in
// versions. A version can change until its first signature freezes it; after that only a new version (an
// amendment) changes the terms. Every write is recorded in the project's audit log.
import { createRoute, z } from "@hono/zod-openapi";
import type { JSONValue } from "hono/utils/types";
import { diffTerms, formatTermsPath, pickLocalized, type JsonValue } from "@kinomost/core";
import { ApiError, versionConflict } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonBody, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { plainText, versionField } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { registerDocumentFileRoutes } from "./files.ts";
import { registerDocumentPdfRoute } from "./pdf-route.ts";
import { describeVersion, findDocument, findVersion, listDocuments } from "./queries.ts";
import {
  changeSchema,
  documentKind,
  documentParams,
  documentSchema,
  projectParams,
  tags,
  versionNumber,
  versionParams,
  versionSchema,
} from "./schemas.ts";
import { registerSigningRoutes } from "./signing.ts";
import { addVersion, alreadySigned, changeVersion, createDocument } from "./store.ts";
import { assertPartiesArePartners, documentTerms, type DocumentTerms } from "./terms.ts";

const note = plainText(2000).nullable().optional().openapi({ description: "What this version changes" });

/** Lists of records matched by the party they name, so a diff reads "parties[Belarusfilm].share". */
const diffKeys = { parties: "organizationId", territories: "organizationId" };

export function registerDocumentRoutes(app: Router) {
  // Before GET …/versions/{number}, which would otherwise take "3.pdf" for a number.
  registerDocumentPdfRoute(app);

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/documents",
      tags,
      summary: "The project's documents, each with its versions and which parties have signed them",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("Documents", z.object({ documents: z.array(documentSchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "project.read");
      return c.json({ documents: await listDocuments(c.get("services").db, projectId) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/documents",
      tags,
      summary: "Start a document (a memorandum, an agreement …) with its first version (producers)",
      security,
      request: {
        params: projectParams,
        ...jsonBody(
          z.strictObject({ kind: documentKind, title: plainText(300), terms: documentTerms, note }),
        ),
      },
      responses: {
        201: jsonResponse("Created", z.object({ version: versionSchema })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "documents.edit");
      const body = c.req.valid("json");
      await assertPartiesArePartners(db, projectId, body.terms);
      const { documentId } = await createDocument(db, {
        projectId,
        kind: body.kind,
        title: body.title,
        terms: body.terms,
        note: body.note ?? null,
        userId: c.get("user").id,
        at: now(),
      });
      return c.json({ version: await describeVersion(db, projectId, documentId, 1) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/documents/{documentId}/versions/{number}",
      tags,
      summary: "One version: its terms and their hash, each party's signatory and signature, its files",
      security,
      request: { params: versionParams },
      responses: {
        200: jsonResponse("The version", z.object({ version: versionSchema })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { projectId } = requirePermission(c, "project.read");
      const { documentId, number } = c.req.valid("param");
      return c.json(
        { version: await describeVersion(c.get("services").db, projectId, documentId, number) },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/documents/{documentId}/versions",
      tags,
      summary: "Add a version (an amendment); signed versions stay as they were signed (producers)",
      security,
      request: {
        params: documentParams,
        ...jsonBody(z.strictObject({ version: versionField, terms: documentTerms, note })),
      },
      responses: {
        201: jsonResponse("Created, unsigned", z.object({ version: versionSchema })),
        ...errorResponses,
        ...conflictResponse,
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "documents.edit");
      const { documentId } = c.req.valid("param");
      const body = c.req.valid("json");
      const document = await findDocument(db, projectId, documentId);
      await assertPartiesArePartners(db, projectId, body.terms);
      const added = await addVersion(db, {
        projectId,
        documentId,
        basedOn: body.version,
        terms: body.terms,
        note: body.note ?? null,
        userId: c.get("user").id,
        at: now(),
      });
      if (!added) throw versionConflict("the document", { version: document.version });
      return c.json({ version: await describeVersion(db, projectId, documentId, added.number) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "patch",
      path: "/projects/{projectId}/documents/{documentId}/versions/{number}",
      tags,
      summary: "Change the terms or note of a version nobody has signed yet (producers)",
      description:
        "`version` is the document's version (`documentVersion`) the change is based on. A signed version is " +
        "frozen: the answer is 409 ALREADY_SIGNED, and a new version is the way to change its terms.",
      security,
      request: {
        params: versionParams,
        ...jsonBody(z.strictObject({ version: versionField, terms: documentTerms.optional(), note })),
      },
      responses: {
        200: jsonResponse("Changed", z.object({ version: versionSchema })),
        ...errorResponses,
        409: {
          description: "Signed and frozen (ALREADY_SIGNED), or changed by someone else (VERSION_CONFLICT)",
          content: conflictResponse[409].content,
        },
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "documents.edit");
      const { documentId, number } = c.req.valid("param");
      const body = c.req.valid("json");
      const { document, version } = await findVersion(db, projectId, documentId, number);
      if (version.frozenAt) throw alreadySigned(document.title, number, version.frozenAt);
      if (body.terms === undefined && body.note === undefined) {
        throw new ApiError(400, "VALIDATION_FAILED", "nothing to change: send terms or note", {
          fields: [{ path: "terms", message: "send terms or note", code: "required" }],
        });
      }
      if (body.terms) await assertPartiesArePartners(db, projectId, body.terms);
      const changed = await changeVersion(db, {
        projectId,
        documentId,
        title: document.title,
        number,
        basedOn: body.version,
        terms: body.terms,
        note: body.note,
        userId: c.get("user").id,
        at: now(),
      });
      if (!changed) {
        throw versionConflict("the document", await describeVersion(db, projectId, documentId, number));
      }
      return c.json({ version: await describeVersion(db, projectId, documentId, number) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/documents/{documentId}/diff",
      tags,
      summary: "What changed between two versions, path by path, with the values before and after",
      security,
      request: {
        params: documentParams,
        query: z.strictObject({
          from: versionNumber.openapi({ example: 1 }),
          to: versionNumber.openapi({ example: 2 }),
          language: z
            .enum(["ru", "en"])
            .optional()
            .openapi({ description: "Names in labels; Russian by default" }),
        }),
      },
      responses: {
        200: jsonResponse(
          "The changes",
          z.object({
            from: z.object({ number: z.number().int(), termsHash: z.string() }),
            to: z.object({ number: z.number().int(), termsHash: z.string() }),
            changes: z.array(changeSchema),
          }),
        ),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "project.read");
      const { documentId } = c.req.valid("param");
      const { from, to, language = "ru" } = c.req.valid("query");
      if (from === to) {
        throw new ApiError(400, "VALIDATION_FAILED", "from and to name the same version", {
          fields: [{ path: "to", message: "must differ from from", code: "same_version" }],
        });
      }
      const [before, after] = await Promise.all([
        describeVersion(db, projectId, documentId, from),
        describeVersion(db, projectId, documentId, to),
      ]);
      const names = new Map(
        [...before.parties, ...after.parties].map((party) => [
          party.organizationId,
          pickLocalized(party.names, [language]) || party.organizationId,
        ]),
      );
      const changes = diffTerms(termsJson(before.terms), termsJson(after.terms), { arrayKeys: diffKeys }).map(
        (change) => ({
          kind: change.kind,
          path: formatTermsPath(change.path),
          label: formatTermsPath(change.path, (segment) =>
            segment.key === "organizationId" ? names.get(segment.value) : undefined,
          ),
          // The core's JSON is read-only; Hono's is not.
          ...(change.kind === "added" ? {} : { before: change.before as JSONValue }),
          ...(change.kind === "removed" ? {} : { after: change.after as JSONValue }),
        }),
      );
      return c.json(
        {
          from: { number: before.number, termsHash: before.termsHash },
          to: { number: after.number, termsHash: after.termsHash },
          changes,
        },
        200,
      );
    },
  );

  registerSigningRoutes(app);
  registerDocumentFileRoutes(app);
}

const termsJson = (terms: DocumentTerms) => terms as unknown as JsonValue;
