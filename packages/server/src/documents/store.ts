// Writing documents: a new document with its first version, new versions (amendments), changes to a version that
// nobody has signed, signatures and signatories. Each write and its audit entry share one transaction, so the
// log holds exactly what happened. Shared by the API routes and the demo; the callers check permissions.
import { and, eq, isNull, max, sql } from "drizzle-orm";
import { schema, type Database, type Transaction } from "@kinomost/db";
import { appendAudit } from "../audit/log.ts";
import { ApiError } from "../http/errors.ts";
import { hashTerms, normalizeTerms, type DocumentTerms } from "./terms.ts";

type DocumentKind = (typeof schema.documents.$inferSelect)["kind"];

export const documentSubject = (documentId: string, number?: number) =>
  number === undefined ? `document:${documentId}` : `document:${documentId}/version:${number}`;

export function alreadySigned(title: string, number: number, frozenAt: Date) {
  return new ApiError(
    409,
    "ALREADY_SIGNED",
    `version ${number} of "${title}" was signed on ${frozenAt.toISOString()} and is frozen; ` +
      "add a new version (an amendment) to change its terms or files",
  );
}

/** Bumps the document's version if it is still `basedOn`; false when someone changed it meanwhile. */
async function bumpDocument(tx: Transaction, documentId: string, basedOn: number): Promise<boolean> {
  const [row] = await tx
    .update(schema.documents)
    .set({ version: sql`${schema.documents.version} + 1` })
    .where(and(eq(schema.documents.id, documentId), eq(schema.documents.version, basedOn)))
    .returning({ id: schema.documents.id });
  return row !== undefined;
}

export interface NewDocument {
  projectId: string;
  kind: DocumentKind;
  title: string;
  terms: DocumentTerms;
  note: string | null;
  userId: string;
  at: Date;
}

export async function createDocument(db: Database, input: NewDocument): Promise<{ documentId: string }> {
  const terms = normalizeTerms(input.terms);
  const termsHash = hashTerms(terms);
  return db.transaction(async (tx) => {
    const [document] = await tx
      .insert(schema.documents)
      .values({ projectId: input.projectId, kind: input.kind, title: input.title, createdAt: input.at })
      .returning({ id: schema.documents.id });
    const documentId = document!.id;
    await tx.insert(schema.documentVersions).values({
      documentId,
      number: 1,
      terms,
      note: input.note,
      termsHash,
      createdBy: input.userId,
      createdAt: input.at,
    });
    await appendAudit(tx, {
      projectId: input.projectId,
      actor: input.userId,
      action: "document.created",
      subject: documentSubject(documentId, 1),
      data: { kind: input.kind, title: input.title, number: 1, termsHash },
      at: input.at,
    });
    return { documentId };
  });
}

export interface NewVersion {
  projectId: string;
  documentId: string;
  /** The document's version the caller read. */
  basedOn: number;
  terms: DocumentTerms;
  note: string | null;
  userId: string;
  at: Date;
}

/** Adds the next version; null when the document changed since `basedOn`. Earlier versions stay as they are. */
export async function addVersion(db: Database, input: NewVersion): Promise<{ number: number } | null> {
  const terms = normalizeTerms(input.terms);
  const termsHash = hashTerms(terms);
  return db.transaction(async (tx) => {
    if (!(await bumpDocument(tx, input.documentId, input.basedOn))) return null;
    const [latest] = await tx
      .select({ number: max(schema.documentVersions.number) })
      .from(schema.documentVersions)
      .where(eq(schema.documentVersions.documentId, input.documentId));
    const number = (latest?.number ?? 0) + 1;
    await tx.insert(schema.documentVersions).values({
      documentId: input.documentId,
      number,
      terms,
      note: input.note,
      termsHash,
      createdBy: input.userId,
      createdAt: input.at,
    });
    await appendAudit(tx, {
      projectId: input.projectId,
      actor: input.userId,
      action: "document.version",
      subject: documentSubject(input.documentId, number),
      data: { change: "added", number, termsHash, note: input.note },
      at: input.at,
    });
    return { number };
  });
}

export interface VersionChange {
  projectId: string;
  documentId: string;
  title: string;
  number: number;
  basedOn: number;
  terms?: DocumentTerms | undefined;
  note?: string | null | undefined;
  userId: string;
  at: Date;
}

/**
 * Changes a version nobody has signed; null when the document changed since `basedOn`. Throws ALREADY_SIGNED
 * when the version is frozen, even if it froze while this change was on its way.
 */
export async function changeVersion(
  db: Database,
  input: VersionChange,
): Promise<{ termsHash: string } | null> {
  const terms = input.terms === undefined ? undefined : normalizeTerms(input.terms);
  const termsHash = terms === undefined ? undefined : hashTerms(terms);
  return db.transaction(async (tx) => {
    if (!(await bumpDocument(tx, input.documentId, input.basedOn))) return null;
    const where = and(
      eq(schema.documentVersions.documentId, input.documentId),
      eq(schema.documentVersions.number, input.number),
    );
    const [updated] = await tx
      .update(schema.documentVersions)
      .set({
        ...(terms === undefined ? {} : { terms, termsHash }),
        ...(input.note === undefined ? {} : { note: input.note }),
      })
      .where(and(where, isNull(schema.documentVersions.frozenAt)))
      .returning({ termsHash: schema.documentVersions.termsHash });
    if (!updated) {
      const [current] = await tx.select().from(schema.documentVersions).where(where);
      throw alreadySigned(input.title, input.number, current?.frozenAt ?? input.at);
    }
    await appendAudit(tx, {
      projectId: input.projectId,
      actor: input.userId,
      action: "document.version",
      subject: documentSubject(input.documentId, input.number),
      data: {
        change: "edited",
        number: input.number,
        termsHash: updated.termsHash,
        ...(input.note === undefined ? {} : { note: input.note }),
      },
      at: input.at,
    });
    return { termsHash: updated.termsHash };
  });
}

export interface NewSignature {
  projectId: string;
  documentId: string;
  title: string;
  number: number;
  organizationId: string;
  /** Shown in the refusal when the organization has signed already. */
  organizationName: string;
  userId: string;
  at: Date;
  /** The hash the signer read; a different current hash is a conflict (the terms changed under them). */
  expectedTermsHash?: string | undefined;
}

/** Records the signature and freezes the version at its first; returns what was signed. */
export async function signVersion(
  db: Database,
  input: NewSignature,
): Promise<{ termsHash: string; frozenAt: Date; complete: boolean }> {
  return db.transaction(async (tx) => {
    // The row lock orders this signature after any change to the terms in flight, and before any after it.
    const [version] = await tx
      .select()
      .from(schema.documentVersions)
      .where(
        and(
          eq(schema.documentVersions.documentId, input.documentId),
          eq(schema.documentVersions.number, input.number),
        ),
      )
      .for("update");
    if (!version) throw new ApiError(404, "NOT_FOUND", `version ${input.number} of the document not found`);
    if (input.expectedTermsHash !== undefined && input.expectedTermsHash !== version.termsHash) {
      throw new ApiError(
        409,
        "VERSION_CONFLICT",
        `the terms of version ${input.number} changed since you read them; reload and read them again before signing`,
        { current: { termsHash: version.termsHash } },
      );
    }
    const [existing] = await tx
      .select()
      .from(schema.signatures)
      .where(
        and(
          eq(schema.signatures.versionId, version.id),
          eq(schema.signatures.organizationId, input.organizationId),
        ),
      );
    if (existing) {
      throw new ApiError(
        409,
        "ALREADY_SIGNED",
        `${input.organizationName} signed version ${input.number} of "${input.title}" on ${existing.signedAt.toISOString()}`,
      );
    }
    await tx.insert(schema.signatures).values({
      versionId: version.id,
      organizationId: input.organizationId,
      userId: input.userId,
      termsHash: version.termsHash,
      signedAt: input.at,
    });
    const frozenAt = version.frozenAt ?? input.at;
    if (version.frozenAt === null) {
      await tx
        .update(schema.documentVersions)
        .set({ frozenAt })
        .where(eq(schema.documentVersions.id, version.id));
    }
    const signed = await tx
      .select({ organizationId: schema.signatures.organizationId })
      .from(schema.signatures)
      .where(eq(schema.signatures.versionId, version.id));
    const signedSet = new Set(signed.map((row) => row.organizationId));
    const complete = (version.terms as DocumentTerms).parties.every((party) =>
      signedSet.has(party.organizationId),
    );
    await appendAudit(tx, {
      projectId: input.projectId,
      actor: input.userId,
      action: "document.signed",
      subject: documentSubject(input.documentId, input.number),
      data: {
        number: input.number,
        organizationId: input.organizationId,
        termsHash: version.termsHash,
        complete,
      },
      at: input.at,
    });
    return { termsHash: version.termsHash, frozenAt, complete };
  });
}

export interface SignatoryChange {
  projectId: string;
  organizationId: string;
  /** The new signatory, or null for none. */
  signatoryUserId: string | null;
  actorUserId: string;
  at: Date;
}

/** Names the partner's signatory; false when the organization is not an accepted partner of the project. */
export async function setSignatory(db: Database, input: SignatoryChange): Promise<boolean> {
  return db.transaction(async (tx) => {
    const where = and(
      eq(schema.partners.projectId, input.projectId),
      eq(schema.partners.organizationId, input.organizationId),
      eq(schema.partners.status, "accepted"),
    );
    const [current] = await tx.select().from(schema.partners).where(where).for("update");
    if (!current) return false;
    await tx
      .update(schema.partners)
      .set({ signatoryUserId: input.signatoryUserId, version: sql`${schema.partners.version} + 1` })
      .where(where);
    await appendAudit(tx, {
      projectId: input.projectId,
      actor: input.actorUserId,
      action: "partner.signatory",
      subject: `partner:${input.organizationId}`,
      data: {
        organizationId: input.organizationId,
        userId: input.signatoryUserId,
        previousUserId: current.signatoryUserId,
      },
      at: input.at,
    });
    return true;
  });
}
