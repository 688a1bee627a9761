// The project's append-only audit log in the database. Entries are written inside the transaction of the
// change they record, one project at a time (a transaction-level advisory lock orders concurrent writers),
// each holding the SHA-256 of the entry before it; reading the whole chain back verifies it.
import { createHash } from "node:crypto";
import { asc, desc, eq, sql } from "drizzle-orm";
import {
  auditEntryAfter,
  verifyAuditChain,
  type AuditEntry,
  type JsonValue,
  type VerifyAuditChainResult,
} from "@kinomost/core";
import { schema, type Database, type Transaction } from "@kinomost/db";

export const sha256Hex = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

export interface AuditRecord {
  projectId: string;
  /** A user id, or "system". */
  actor: string;
  /** A stable code: "document.signed", "contribution.delivered". */
  action: string;
  /** What it happened to: "document:…/version:3". */
  subject: string;
  data: JsonValue;
  at: Date;
}

/** Appends an entry to the project's chain; call it inside the transaction of the change it records. */
export async function appendAudit(tx: Transaction, record: AuditRecord): Promise<AuditEntry> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtextextended(${`audit:${record.projectId}`}, 0))`);
  const [last] = await tx
    .select()
    .from(schema.auditEntries)
    .where(eq(schema.auditEntries.projectId, record.projectId))
    .orderBy(desc(schema.auditEntries.index))
    .limit(1);
  const entry = auditEntryAfter(
    last ? toEntry(last) : undefined,
    {
      at: record.at.toISOString(),
      actor: record.actor,
      action: record.action,
      subject: record.subject,
      data: record.data,
    },
    sha256Hex,
  );
  await tx.insert(schema.auditEntries).values({ projectId: record.projectId, ...entry });
  return entry;
}

function toEntry(row: typeof schema.auditEntries.$inferSelect): AuditEntry {
  return {
    index: row.index,
    previousHash: row.previousHash,
    at: row.at,
    actor: row.actor,
    action: row.action,
    subject: row.subject,
    data: row.data as JsonValue,
    hash: row.hash,
  };
}

/** The project's whole chain in order, and whether it verifies. */
export async function readAuditChain(
  db: Database,
  projectId: string,
): Promise<{ entries: AuditEntry[]; verification: VerifyAuditChainResult }> {
  const rows = await db
    .select()
    .from(schema.auditEntries)
    .where(eq(schema.auditEntries.projectId, projectId))
    .orderBy(asc(schema.auditEntries.index));
  const entries = rows.map(toEntry);
  return { entries, verification: verifyAuditChain(entries, sha256Hex) };
}
