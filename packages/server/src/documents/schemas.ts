// The documents API's parameters and answers, as the OpenAPI document shows them.
import { z } from "@hono/zod-openapi";
import { uuidParam } from "../http/validation.ts";
import { documentTerms } from "./terms.ts";

export const tags = ["Documents"];

export const projectParams = z.object({ projectId: uuidParam("projectId") });
export const documentParams = projectParams.extend({ documentId: uuidParam("documentId") });
export const versionNumber = z.coerce
  .number("must be a version number")
  .int("must be a version number")
  .min(1, "must be a version number")
  .max(1_000_000, "must be a version number");
export const versionParams = documentParams.extend({
  number: versionNumber.openapi({ param: { name: "number", in: "path" }, example: 2 }),
});

export const documentKind = z.enum(["memorandum", "agreement", "amendment", "other"]);

const person = z.object({ userId: z.uuid(), name: z.string() });

const partySchema = z
  .object({
    organizationId: z.uuid(),
    names: z.record(z.string(), z.string()),
    country: z.string().nullable(),
    legalName: z.string().nullable(),
    role: z.string(),
    share: z.string(),
    signatory: person
      .nullable()
      .openapi({ description: "Who signs for this partner; null until one is named" }),
    signature: person
      .extend({ signedAt: z.string(), termsHash: z.string() })
      .nullable()
      .openapi({ description: "null while the party has not signed" }),
  })
  .openapi("DocumentParty");

const fileSchema = z
  .object({
    id: z.uuid(),
    name: z.string(),
    mediaType: z.string(),
    size: z.number().int(),
    sha256: z.string(),
    uploadedAt: z.string(),
  })
  .openapi("DocumentFile");

const versionSummaryFields = {
  number: z.number().int(),
  termsHash: z
    .string()
    .openapi({ description: "SHA-256 of the canonical JSON of the terms: what is signed" }),
  note: z.string().nullable(),
  createdAt: z.string(),
  createdBy: person.nullable(),
  frozen: z.boolean().openapi({ description: "Signed by at least one party: its terms and files are final" }),
  frozenAt: z.string().nullable(),
  parties: z.array(partySchema),
  fullySigned: z.boolean(),
};

export const versionSummarySchema = z.object(versionSummaryFields).openapi("DocumentVersionSummary");

export const versionSchema = z
  .object({
    documentId: z.uuid(),
    kind: documentKind,
    title: z.string(),
    documentVersion: z.number().int().openapi({ description: "Send it back as `version` with a change" }),
    ...versionSummaryFields,
    terms: documentTerms,
    files: z.array(fileSchema),
  })
  .openapi("DocumentVersion");

export const documentSchema = z
  .object({
    id: z.uuid(),
    kind: documentKind,
    title: z.string(),
    version: z.number().int(),
    createdAt: z.string(),
    versions: z.array(versionSummarySchema),
  })
  .openapi("Document");

export const changeSchema = z
  .object({
    kind: z.enum(["added", "removed", "changed"]),
    path: z.string().openapi({ example: "parties[organizationId=0b6a3c1e-…].share" }),
    label: z
      .string()
      .openapi({ example: "parties[Беларусьфильм].share", description: "The path with names" }),
    before: z.unknown().optional(),
    after: z.unknown().optional(),
  })
  .openapi("TermsChange");

export { fileSchema };
