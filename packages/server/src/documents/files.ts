// Files attached to a document version (the scanned memorandum, an annex with the budget): uploaded while the
// version is unsigned, kept in the database with their SHA-256, and served back only as downloads.
import { createRoute, z } from "@hono/zod-openapi";
import { and, eq } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { appendAudit, sha256Hex } from "../audit/log.ts";
import { ApiError, notFound } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { findVersion } from "./queries.ts";
import { fileSchema, tags, versionParams } from "./schemas.ts";
import { alreadySigned, documentSubject } from "./store.ts";

export const maxDocumentFileBytes = 20 * 1024 * 1024;

// A media type as RFC 6838 writes it; anything else is stored as application/octet-stream.
const mediaTypePattern = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,126}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,126}$/;

// eslint-disable-next-line no-control-regex
const unsafeNameCharacters = /[\u0000-\u001f\u007f"]/g;

/** A file name safe to store and to send back in Content-Disposition: no folders, no control characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).at(-1) ?? "";
  const clean = base.replace(unsafeNameCharacters, "").trim().slice(0, 255);
  return clean === "" ? "file" : clean;
}

export function registerDocumentFileRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/documents/{documentId}/versions/{number}/files",
      tags,
      summary: "Attach a file (up to 20 MB) to a version nobody has signed yet (producers)",
      security,
      request: {
        params: versionParams,
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
        201: jsonResponse("Attached", z.object({ file: fileSchema })),
        ...errorResponses,
        ...conflictResponse,
        413: {
          description: "Larger than 20 MB",
          content: errorResponses[400].content,
        },
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "documents.edit");
      const { documentId, number } = c.req.valid("param");
      const { file } = c.req.valid("form");
      const { document, version } = await findVersion(db, projectId, documentId, number);
      if (version.frozenAt) throw alreadySigned(document.title, number, version.frozenAt);
      if (file.size > maxDocumentFileBytes) {
        throw new ApiError(413, "PAYLOAD_TOO_LARGE", `the file is larger than 20 MB (${file.size} bytes)`);
      }
      if (file.size === 0) {
        throw new ApiError(400, "VALIDATION_FAILED", "the file is empty", {
          fields: [{ path: "file", message: "is empty", code: "empty_file" }],
        });
      }
      const bytes = new Uint8Array(await file.arrayBuffer());
      const type = file.type.toLowerCase().split(";")[0]!.trim();
      const row = {
        name: cleanFileName(file.name),
        mediaType: mediaTypePattern.test(type) ? type : "application/octet-stream",
        size: bytes.byteLength,
        sha256: sha256Hex(bytes),
      };
      const at = now();
      const stored = await db.transaction(async (tx) => {
        // Locks the version so that a signature cannot slip in between the check and the insert.
        const [locked] = await tx
          .select({ frozenAt: schema.documentVersions.frozenAt })
          .from(schema.documentVersions)
          .where(eq(schema.documentVersions.id, version.id))
          .for("update");
        if (locked?.frozenAt) throw alreadySigned(document.title, number, locked.frozenAt);
        const [inserted] = await tx
          .insert(schema.documentFiles)
          .values({ versionId: version.id, ...row, bytes, uploadedBy: c.get("user").id, createdAt: at })
          .returning({ id: schema.documentFiles.id });
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "document.file",
          subject: documentSubject(documentId, number),
          data: { number, fileId: inserted!.id, ...row },
          at,
        });
        return inserted!;
      });
      return c.json({ file: { id: stored.id, ...row, uploadedAt: at.toISOString() } }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/documents/{documentId}/versions/{number}/files/{fileId}",
      tags,
      summary: "Download an attached file",
      security,
      request: { params: versionParams.extend({ fileId: uuidParam("fileId") }) },
      responses: {
        200: {
          description: "The file as it was uploaded; its SHA-256 is in the X-Content-SHA256 header",
          content: { "application/octet-stream": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const { projectId } = requirePermission(c, "project.read");
      const { documentId, number, fileId } = c.req.valid("param");
      const { version } = await findVersion(db, projectId, documentId, number);
      const [file] = await db
        .select()
        .from(schema.documentFiles)
        .where(and(eq(schema.documentFiles.id, fileId), eq(schema.documentFiles.versionId, version.id)));
      if (!file) throw notFound("file");
      c.header("Content-Type", file.mediaType);
      // Always a download, never shown inline: an uploaded HTML or SVG file must not run in our origin.
      c.header(
        "Content-Disposition",
        `attachment; filename="${file.name.replace(/[^\x20-\x7e]/g, "_")}"; filename*=UTF-8''${encodeURIComponent(file.name)}`,
      );
      c.header("X-Content-SHA256", file.sha256);
      const bytes = file.bytes;
      return c.body(
        bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/documents/{documentId}/versions/{number}/files/{fileId}",
      tags,
      summary: "Remove a file attached by mistake to a version nobody has signed yet (producers)",
      security,
      request: { params: versionParams.extend({ fileId: uuidParam("fileId") }) },
      responses: { 204: { description: "Removed" }, ...errorResponses, ...conflictResponse },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const { projectId } = requirePermission(c, "documents.edit");
      const { documentId, number, fileId } = c.req.valid("param");
      const { document, version } = await findVersion(db, projectId, documentId, number);
      await db.transaction(async (tx) => {
        // As for an upload: a signature must not slip in between the check and the removal.
        const [locked] = await tx
          .select({ frozenAt: schema.documentVersions.frozenAt })
          .from(schema.documentVersions)
          .where(eq(schema.documentVersions.id, version.id))
          .for("update");
        if (locked?.frozenAt) throw alreadySigned(document.title, number, locked.frozenAt);
        const [removed] = await tx
          .delete(schema.documentFiles)
          .where(and(eq(schema.documentFiles.id, fileId), eq(schema.documentFiles.versionId, version.id)))
          .returning({ name: schema.documentFiles.name, sha256: schema.documentFiles.sha256 });
        if (!removed) throw notFound("file");
        await appendAudit(tx, {
          projectId,
          actor: c.get("user").id,
          action: "document.file.remove",
          subject: documentSubject(documentId, number),
          data: { number, fileId, ...removed },
          at: now(),
        });
      });
      return c.body(null, 204);
    },
  );
}
