// GET /api/v1/projects/{projectId}/documents/{documentId}/versions/{number}.pdf: a version as a PDF with its
// signature page. Hono cannot read a parameter followed by ".pdf" from an OpenAPI path, so the route is
// documented in the OpenAPI registry and served by a plain route whose parameter ends in ".pdf".
import { createRoute, z } from "@hono/zod-openapi";
import { eq } from "drizzle-orm";
import { pickLocalized } from "@kinomost/core";
import { schema } from "@kinomost/db";
import { ApiError, notFound } from "../http/errors.ts";
import { errorResponses, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { toFieldErrors } from "../http/validation.ts";
import { requirePermission } from "../projects/access.ts";
import { renderDocumentPdf } from "./pdf.ts";
import { describeVersion } from "./queries.ts";
import { documentParams, tags, versionNumber, versionParams } from "./schemas.ts";

const pdfQuery = z.strictObject({
  language: z
    .enum(["ru", "en"])
    .optional()
    .openapi({ description: "The PDF's language; Russian by default" }),
});

export function registerDocumentPdfRoute(app: Router) {
  app.openAPIRegistry.registerPath(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/documents/{documentId}/versions/{number}.pdf",
      tags,
      summary: "A version as a PDF: its terms and a signature page with each party's signature and hash",
      security,
      request: { params: versionParams, query: pdfQuery },
      responses: {
        200: {
          description: "The PDF",
          content: { "application/pdf": { schema: z.string().openapi({ format: "binary" }) } },
        },
        ...errorResponses,
      },
    }),
  );

  app.get("/projects/:projectId/documents/:documentId/versions/:file{[0-9]+\\.pdf}", async (c) => {
    const { db } = c.get("services");
    const { projectId } = requirePermission(c, "project.read");
    const params = documentParams.safeParse({ projectId, documentId: c.req.param("documentId") });
    const query = pdfQuery.safeParse(c.req.query());
    if (!params.success || !query.success) {
      const fields = toFieldErrors([...(params.error?.issues ?? []), ...(query.error?.issues ?? [])]);
      throw new ApiError(
        400,
        "VALIDATION_FAILED",
        `invalid request: ${fields.map((f) => f.path).join(", ")}`,
        {
          fields,
        },
      );
    }
    const number = versionNumber.safeParse(c.req.param("file").slice(0, -".pdf".length));
    if (!number.success) throw notFound("version of the document");
    const language = query.data.language ?? "ru";
    const view = await describeVersion(db, projectId, params.data.documentId, number.data);
    const [project] = await db
      .select({ titles: schema.projects.titles })
      .from(schema.projects)
      .where(eq(schema.projects.id, projectId));
    const pdf = await renderDocumentPdf(
      view,
      project ? pickLocalized(project.titles, [language]) : "",
      language,
    );
    c.header("Content-Type", "application/pdf");
    c.header(
      "Content-Disposition",
      `attachment; filename="${view.kind}-${view.documentId.slice(0, 8)}-v${view.number}.pdf"`,
    );
    return c.body(pdf.buffer.slice(pdf.byteOffset, pdf.byteOffset + pdf.byteLength) as ArrayBuffer, 200);
  });
}
