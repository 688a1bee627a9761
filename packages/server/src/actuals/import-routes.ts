// /api/v1/projects/{projectId}/actuals/imports: a partner's ledger taken from a CSV or XLSX file. The preview reads
// the file and writes nothing; the commit takes every row in one transaction or, with any bad cell, nothing at all.
// An import can be undone: its rows go with it. The audit log, which every partner's money people read, records
// whose books changed and by how many rows, never the amounts.
import { createRoute, z } from "@hono/zod-openapi";
import { and, desc, eq, inArray, or, sql } from "drizzle-orm";
import { actualFields } from "@kinomost/core";
import { schema, type Database, type Transaction } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { ApiError, forbidden, notFound } from "../http/errors.ts";
import { conflictResponse, errorResponses, jsonResponse, security } from "../http/openapi.ts";
import type { Router } from "../http/router.ts";
import { uuidParam } from "../http/validation.ts";
import { requirePermission, type ProjectAccess } from "../projects/access.ts";
import { importForm, prepareImport, type PreparedImport } from "./import.ts";
import { importSchema, previewSchema, rowErrorFields, toImport, toParsedActual } from "./views.ts";
import { visibleActualPartners } from "./visibility.ts";

const tags = ["Actuals"];
const projectParams = z.object({ projectId: uuidParam("projectId") });
const importParams = projectParams.extend({ importId: uuidParam("importId") });
const multipart = { body: { required: true, content: { "multipart/form-data": { schema: importForm } } } };
const previewRows = 50;
// A wrong file can fail on every cell of 50 000 rows; the first thousand say what is wrong.
const maxErrorsShown = 1000;
const insertChunk = 1000;

async function findDuplicate(db: Database | Transaction, projectId: string, prepared: PreparedImport) {
  const [row] = await db
    .select()
    .from(schema.actualImports)
    .where(
      and(
        eq(schema.actualImports.projectId, projectId),
        eq(schema.actualImports.partnerId, prepared.partnerId),
        eq(schema.actualImports.sha256, prepared.sha256),
      ),
    )
    .orderBy(desc(schema.actualImports.createdAt))
    .limit(1);
  return row ? toImport(row) : null;
}

/** Imports the caller may see: of partners whose actuals they see, and the ones they made themselves. */
async function visibleImports(db: Database, access: ProjectAccess, userId: string) {
  const partners = await visibleActualPartners(db, access);
  return and(
    eq(schema.actualImports.projectId, access.projectId),
    or(inArray(schema.actualImports.partnerId, partners), eq(schema.actualImports.createdBy, userId)),
  );
}

export function registerActualImportRoutes(app: Router) {
  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/actuals/imports/preview",
      tags,
      summary: "Read a ledger file and show what an import would take, with every row error; writes nothing",
      security,
      request: { params: projectParams, ...multipart },
      responses: { 200: jsonResponse("What the file holds", previewSchema), ...errorResponses },
    }),
    async (c) => {
      const { db } = c.get("services");
      const access = requirePermission(c, "actuals.edit");
      const prepared = await prepareImport(db, access, c.req.valid("form"));
      const { inspection, table } = prepared;
      return c.json(
        {
          partnerId: prepared.partnerId,
          file: {
            name: prepared.fileName,
            sha256: prepared.sha256,
            kind: table.source.kind,
            encoding: table.source.kind === "csv" ? table.source.encoding : null,
            delimiter: table.source.kind === "csv" ? table.source.delimiter : null,
            sheet: table.source.kind === "xlsx" ? table.source.sheet : null,
            sheets: table.source.kind === "xlsx" ? table.source.sheets : [],
          },
          headerRow: inspection.headerRow,
          columns: [...inspection.header],
          mapping: prepared.mapping,
          mappingSource: prepared.mappingSource,
          fields: [...actualFields],
          rows: inspection.rows.slice(0, previewRows).map((row) => ({
            row: row.row,
            cells: [...row.cells],
            actual: row.actual ? toParsedActual(row.actual) : null,
            errors: [...row.errors],
          })),
          totalRows: inspection.rows.length,
          validRows: inspection.rows.filter((row) => row.actual !== null).length,
          errors: inspection.errors.slice(0, maxErrorsShown),
          errorCount: inspection.errors.length,
          duplicateOf: await findDuplicate(db, access.projectId, prepared),
        },
        200,
      );
    },
  );

  app.openapi(
    createRoute({
      method: "post",
      path: "/projects/{projectId}/actuals/imports",
      tags,
      summary:
        "Import a ledger file into a partner's books: every row in one transaction, or nothing with every row error",
      security,
      request: { params: projectParams, ...multipart },
      responses: {
        201: jsonResponse("Imported", z.object({ import: importSchema })),
        ...errorResponses,
        409: {
          description:
            "This partner imported the same file before (`current` is that import); send allowDuplicate",
          content: conflictResponse[409].content,
        },
      },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "actuals.edit");
      const form = c.req.valid("form");
      const prepared = await prepareImport(db, access, form);
      const { errors, rows } = prepared.inspection;
      if (errors.length > 0) {
        throw new ApiError(
          400,
          "VALIDATION_FAILED",
          `the file has ${errors.length} error${errors.length === 1 ? "" : "s"}; nothing was imported`,
          { fields: rowErrorFields(errors.slice(0, maxErrorsShown)) },
        );
      }
      const user = c.get("user");
      const at = now();
      const created = await db.transaction(async (tx) => {
        // One import into a partner's books at a time, so that two uploads of one file cannot both pass the check.
        await tx.execute(
          sql`select pg_advisory_xact_lock(hashtextextended(${`actuals:${access.projectId}:${prepared.partnerId}`}, 0))`,
        );
        const duplicate = await findDuplicate(tx, access.projectId, prepared);
        if (duplicate && form.allowDuplicate !== "true") {
          throw new ApiError(
            409,
            "ALREADY_EXISTS",
            `this file was imported into the same books on ${duplicate.createdAt.slice(0, 10)}; send allowDuplicate=true to import it again`,
            { current: duplicate },
          );
        }
        const [record] = await tx
          .insert(schema.actualImports)
          .values({
            projectId: access.projectId,
            partnerId: prepared.partnerId,
            fileName: prepared.fileName,
            sha256: prepared.sha256,
            rows: rows.length,
            createdBy: user.id,
            createdAt: at,
          })
          .returning();
        for (let start = 0; start < rows.length; start += insertChunk) {
          await tx.insert(schema.actuals).values(
            rows.slice(start, start + insertChunk).map(({ actual }) => ({
              projectId: access.projectId,
              partnerId: prepared.partnerId,
              date: actual!.date,
              vendor: actual!.vendor,
              accountCode: actual!.account,
              description: actual!.description,
              currency: actual!.amount.currency,
              amountMinor: actual!.amount.minor,
              country: actual!.country,
              documentRef: actual!.reference,
              importId: record!.id,
              createdBy: user.id,
              createdAt: at,
            })),
          );
        }
        await appendAudit(tx, {
          projectId: access.projectId,
          actor: user.id,
          action: "actuals.imported",
          subject: `actuals-import:${record!.id}`,
          data: {
            partnerId: prepared.partnerId,
            fileName: prepared.fileName,
            sha256: prepared.sha256,
            rows: rows.length,
          },
          at,
        });
        return record!;
      });
      return c.json({ import: toImport(created) }, 201);
    },
  );

  app.openapi(
    createRoute({
      method: "get",
      path: "/projects/{projectId}/actuals/imports",
      tags,
      summary: "The imports of the books the caller sees, and those they made, newest first",
      security,
      request: { params: projectParams },
      responses: {
        200: jsonResponse("Imports", z.object({ imports: z.array(importSchema) })),
        ...errorResponses,
      },
    }),
    async (c) => {
      const { db } = c.get("services");
      const access = requirePermission(c, "actuals.read");
      const rows = await db
        .select()
        .from(schema.actualImports)
        .where(await visibleImports(db, access, c.get("user").id))
        .orderBy(desc(schema.actualImports.createdAt), desc(schema.actualImports.id));
      return c.json({ imports: rows.map(toImport) }, 200);
    },
  );

  app.openapi(
    createRoute({
      method: "delete",
      path: "/projects/{projectId}/actuals/imports/{importId}",
      tags,
      summary: "Undo an import: its rows leave the ledger, edited or not",
      security,
      request: { params: importParams },
      responses: { 204: { description: "Undone" }, ...errorResponses },
    }),
    async (c) => {
      const { db, now } = c.get("services");
      const access = requirePermission(c, "actuals.edit");
      const { importId } = c.req.valid("param");
      const user = c.get("user");
      const [record] = await db
        .select()
        .from(schema.actualImports)
        .where(and(eq(schema.actualImports.id, importId), await visibleImports(db, access, user.id)));
      if (!record) throw notFound("import");
      // Your own books' imports, and the ones you made into another partner's books as the lead's accountant.
      if (record.partnerId !== access.organizationId && record.createdBy !== user.id) {
        throw forbidden("only the partner whose books these are, or whoever imported the file, may undo it");
      }
      await db.transaction(async (tx) => {
        const removed = await tx
          .delete(schema.actualImports)
          .where(eq(schema.actualImports.id, importId))
          .returning({ id: schema.actualImports.id });
        if (removed.length === 0) throw notFound("import");
        await appendAudit(tx, {
          projectId: access.projectId,
          actor: user.id,
          action: "actuals.import.undone",
          subject: `actuals-import:${importId}`,
          data: { partnerId: record.partnerId, fileName: record.fileName, rows: record.rows },
          at: now(),
        });
      });
      return c.body(null, 204);
    },
  );
}
