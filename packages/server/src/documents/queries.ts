// Reading documents: a project's documents with their versions, and each version with its parties, who signs
// for each, who signed and when, and its attached files. Every read is scoped to the project.
import { and, asc, eq, inArray } from "drizzle-orm";
import { schema, type Database } from "@kinomost/db";
import { notFound } from "../http/errors.ts";
import type { DocumentTerms } from "./terms.ts";

type DocumentRow = typeof schema.documents.$inferSelect;
type VersionRow = typeof schema.documentVersions.$inferSelect;
type SignatureRow = typeof schema.signatures.$inferSelect;

export interface PersonRef {
  userId: string;
  name: string;
}

export interface PartyStatus {
  organizationId: string;
  names: Record<string, string>;
  country: string | null;
  legalName: string | null;
  role: string;
  share: string;
  /** The partner's named signatory now (who may sign), or null when none is named. */
  signatory: PersonRef | null;
  signature: (PersonRef & { signedAt: string; termsHash: string }) | null;
}

export interface FileSummary {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  sha256: string;
  uploadedAt: string;
}

export interface VersionSummary {
  number: number;
  termsHash: string;
  note: string | null;
  createdAt: string;
  createdBy: PersonRef | null;
  frozen: boolean;
  frozenAt: string | null;
  parties: PartyStatus[];
  /** Every party has signed. */
  fullySigned: boolean;
}

export interface VersionView extends VersionSummary {
  documentId: string;
  kind: DocumentRow["kind"];
  title: string;
  /** The document's version, for optimistic concurrency of new and changed versions. */
  documentVersion: number;
  terms: DocumentTerms;
  files: FileSummary[];
}

export interface DocumentView {
  id: string;
  kind: DocumentRow["kind"];
  title: string;
  version: number;
  createdAt: string;
  versions: VersionSummary[];
}

export async function findDocument(
  db: Database,
  projectId: string,
  documentId: string,
): Promise<DocumentRow> {
  const [document] = await db
    .select()
    .from(schema.documents)
    .where(and(eq(schema.documents.id, documentId), eq(schema.documents.projectId, projectId)));
  if (!document) throw notFound("document");
  return document;
}

export async function findVersion(
  db: Database,
  projectId: string,
  documentId: string,
  number: number,
): Promise<{ document: DocumentRow; version: VersionRow }> {
  const document = await findDocument(db, projectId, documentId);
  const [version] = await db
    .select()
    .from(schema.documentVersions)
    .where(
      and(eq(schema.documentVersions.documentId, documentId), eq(schema.documentVersions.number, number)),
    );
  if (!version) throw notFound(`version ${number} of the document`);
  return { document, version };
}

/** Names of organizations and people, and each partner's signatory, for describing versions. */
async function loadNames(
  db: Database,
  projectId: string,
  versions: readonly VersionRow[],
  signatures: SignatureRow[],
) {
  const organizationIds = new Set<string>();
  for (const version of versions) {
    for (const party of (version.terms as DocumentTerms).parties) organizationIds.add(party.organizationId);
  }
  const partners = await db
    .select({
      organizationId: schema.partners.organizationId,
      signatoryUserId: schema.partners.signatoryUserId,
    })
    .from(schema.partners)
    .where(and(eq(schema.partners.projectId, projectId), eq(schema.partners.status, "accepted")));
  const organizations =
    organizationIds.size === 0
      ? []
      : await db
          .select()
          .from(schema.organizations)
          .where(inArray(schema.organizations.id, [...organizationIds]));
  const userIds = new Set<string>();
  for (const partner of partners) if (partner.signatoryUserId) userIds.add(partner.signatoryUserId);
  for (const signature of signatures) userIds.add(signature.userId);
  for (const version of versions) if (version.createdBy) userIds.add(version.createdBy);
  const users =
    userIds.size === 0
      ? []
      : await db
          .select({ id: schema.users.id, name: schema.users.name })
          .from(schema.users)
          .where(inArray(schema.users.id, [...userIds]));
  const userNames = new Map(users.map((user) => [user.id, user.name]));
  const person = (userId: string | null): PersonRef | null =>
    userId === null ? null : { userId, name: userNames.get(userId) ?? userId };
  return {
    person,
    organizations: new Map(organizations.map((organization) => [organization.id, organization])),
    signatories: new Map(
      partners.map((partner) => [partner.organizationId, person(partner.signatoryUserId)]),
    ),
  };
}

function summarize(
  version: VersionRow,
  signatures: readonly SignatureRow[],
  names: Awaited<ReturnType<typeof loadNames>>,
): VersionSummary {
  const terms = version.terms as DocumentTerms;
  const parties = terms.parties.map((party): PartyStatus => {
    const organization = names.organizations.get(party.organizationId);
    const signature = signatures.find(
      (row) => row.versionId === version.id && row.organizationId === party.organizationId,
    );
    return {
      organizationId: party.organizationId,
      names: organization?.names ?? {},
      country: organization?.country ?? null,
      legalName: organization?.registration.legalName ?? null,
      role: party.role,
      share: party.share,
      signatory: names.signatories.get(party.organizationId) ?? null,
      signature: signature
        ? {
            ...names.person(signature.userId)!,
            signedAt: signature.signedAt.toISOString(),
            termsHash: signature.termsHash,
          }
        : null,
    };
  });
  return {
    number: version.number,
    termsHash: version.termsHash,
    note: version.note,
    createdAt: version.createdAt.toISOString(),
    createdBy: names.person(version.createdBy),
    frozen: version.frozenAt !== null,
    frozenAt: version.frozenAt?.toISOString() ?? null,
    parties,
    fullySigned: parties.every((party) => party.signature !== null),
  };
}

async function signaturesOf(db: Database, versionIds: readonly string[]): Promise<SignatureRow[]> {
  if (versionIds.length === 0) return [];
  return db
    .select()
    .from(schema.signatures)
    .where(inArray(schema.signatures.versionId, [...versionIds]))
    .orderBy(asc(schema.signatures.signedAt));
}

/** The project's documents, oldest first, each with its versions and who has signed them. */
export async function listDocuments(db: Database, projectId: string): Promise<DocumentView[]> {
  const documents = await db
    .select()
    .from(schema.documents)
    .where(eq(schema.documents.projectId, projectId))
    .orderBy(asc(schema.documents.createdAt), asc(schema.documents.title));
  if (documents.length === 0) return [];
  const versions = await db
    .select()
    .from(schema.documentVersions)
    .where(
      inArray(
        schema.documentVersions.documentId,
        documents.map((document) => document.id),
      ),
    )
    .orderBy(asc(schema.documentVersions.number));
  const signatures = await signaturesOf(
    db,
    versions.map((version) => version.id),
  );
  const names = await loadNames(db, projectId, versions, signatures);
  return documents.map((document) => ({
    id: document.id,
    kind: document.kind,
    title: document.title,
    version: document.version,
    createdAt: document.createdAt.toISOString(),
    versions: versions
      .filter((version) => version.documentId === document.id)
      .map((version) => summarize(version, signatures, names)),
  }));
}

/** One version in full: its terms, parties with their signatures, and its files (without their bytes). */
export async function describeVersion(
  db: Database,
  projectId: string,
  documentId: string,
  number: number,
): Promise<VersionView> {
  const { document, version } = await findVersion(db, projectId, documentId, number);
  const signatures = await signaturesOf(db, [version.id]);
  const names = await loadNames(db, projectId, [version], signatures);
  const files = await db
    .select({
      id: schema.documentFiles.id,
      name: schema.documentFiles.name,
      mediaType: schema.documentFiles.mediaType,
      size: schema.documentFiles.size,
      sha256: schema.documentFiles.sha256,
      createdAt: schema.documentFiles.createdAt,
    })
    .from(schema.documentFiles)
    .where(eq(schema.documentFiles.versionId, version.id))
    .orderBy(asc(schema.documentFiles.createdAt), asc(schema.documentFiles.name));
  return {
    documentId: document.id,
    kind: document.kind,
    title: document.title,
    documentVersion: document.version,
    terms: version.terms as DocumentTerms,
    ...summarize(version, signatures, names),
    files: files.map(({ createdAt, ...file }) => ({ ...file, uploadedAt: createdAt.toISOString() })),
  };
}
