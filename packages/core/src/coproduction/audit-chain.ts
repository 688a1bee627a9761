// The append-only audit log as a hash chain: each entry's hash covers the previous entry's hash and the canonical
// JSON of the entry, so changing, removing or reordering any entry breaks verification from that entry on.
// No crypto or IO here: the caller passes the hash function (SHA-256 in practice) and the instant of each event.
import { canonicalJson, type JsonValue } from "./canonical-json.ts";

/** Hashes bytes to text, e.g. SHA-256 as lower-case hex. */
export type HashFunction = (bytes: Uint8Array) => string;

export interface AuditEvent {
  /** UTC instant, ISO 8601 ("2025-03-01T10:15:00.000Z"). */
  readonly at: string;
  /** Who did it: a user id, or "system". */
  readonly actor: string;
  /** What happened, a stable code: "document.signed", "budget.locked", "contribution.delivered". */
  readonly action: string;
  /** What it happened to: "document:…/version:3". */
  readonly subject: string;
  readonly data: JsonValue;
}

export interface AuditEntry extends AuditEvent {
  /** The entry's position, from 0. */
  readonly index: number;
  /** The hash of the entry before; `genesisHash` for the first. */
  readonly previousHash: string;
  readonly hash: string;
}

/** What the first entry names as the hash before it. */
export const genesisHash = "";

export type AuditChainProblem =
  /** The entry is not an audit entry or holds a value JSON cannot carry. */
  | "MALFORMED"
  /** `index` is not the entry's position. */
  | "WRONG_INDEX"
  /** `previousHash` is not the hash of the entry before. */
  | "BROKEN_LINK"
  /** `hash` does not match the entry's content. */
  | "HASH_MISMATCH"
  /** Fewer entries than the anchor records: entries were removed from the end. */
  | "TRUNCATED";

export type VerifyAuditChainResult =
  | { readonly ok: true; readonly length: number; readonly headHash: string }
  | { readonly ok: false; readonly index: number; readonly problem: AuditChainProblem };

const encoder = new TextEncoder();

function hashOf(entry: Omit<AuditEntry, "hash">, hash: HashFunction): string | null {
  const body = canonicalJson({
    index: entry.index,
    previousHash: entry.previousHash,
    at: entry.at,
    actor: entry.actor,
    action: entry.action,
    subject: entry.subject,
    data: entry.data,
  });
  return body === null ? null : hash(encoder.encode(`${entry.previousHash}\n${body}`));
}

/**
 * The entry that follows `chain` (whose last entry the caller has verified or just wrote). Throws on data that is
 * not plain JSON: that is a programmer's error, not an event to record.
 */
export function appendAuditEntry(
  chain: readonly AuditEntry[],
  event: AuditEvent,
  hash: HashFunction,
): AuditEntry {
  return auditEntryAfter(chain.at(-1), event, hash);
}

/** The entry that follows `last` (undefined for the first): what a store that keeps only its head needs. */
export function auditEntryAfter(
  last: AuditEntry | undefined,
  event: AuditEvent,
  hash: HashFunction,
): AuditEntry {
  const entry = {
    index: last === undefined ? 0 : last.index + 1,
    previousHash: last === undefined ? genesisHash : last.hash,
    at: event.at,
    actor: event.actor,
    action: event.action,
    subject: event.subject,
    data: event.data,
  };
  const digest = hashOf(entry, hash);
  if (digest === null) throw new Error("appendAuditEntry: data is not plain JSON");
  return { ...entry, hash: digest };
}

const fields = ["index", "previousHash", "at", "actor", "action", "subject", "data", "hash"] as const;

function isEntryShaped(value: unknown): value is AuditEntry {
  if (typeof value !== "object" || value === null) return false;
  const keys = Object.keys(value);
  if (keys.length !== fields.length || !fields.every((field) => keys.includes(field))) return false;
  const entry = value as Record<string, unknown>;
  return (
    typeof entry.index === "number" &&
    ["previousHash", "at", "actor", "action", "subject", "hash"].every(
      (field) => typeof entry[field] === "string",
    )
  );
}

/**
 * Checks every entry from the first and returns the index of the first broken one. Without `anchor`, removing
 * entries from the end cannot be seen (the shorter chain is valid); keep the length and head hash elsewhere and
 * pass them to catch it. Never throws, whatever `entries` holds.
 */
export function verifyAuditChain(
  entries: readonly unknown[],
  hash: HashFunction,
  anchor?: { readonly length: number; readonly headHash: string },
): VerifyAuditChainResult {
  let previous = genesisHash;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index];
    if (!isEntryShaped(entry)) return { ok: false, index, problem: "MALFORMED" };
    if (entry.index !== index) return { ok: false, index, problem: "WRONG_INDEX" };
    if (entry.previousHash !== previous) return { ok: false, index, problem: "BROKEN_LINK" };
    const digest = hashOf(entry, hash);
    if (digest === null) return { ok: false, index, problem: "MALFORMED" };
    if (digest !== entry.hash) return { ok: false, index, problem: "HASH_MISMATCH" };
    previous = entry.hash;
  }
  if (anchor !== undefined) {
    if (entries.length < anchor.length) return { ok: false, index: entries.length, problem: "TRUNCATED" };
    const head = entries[anchor.length - 1] as AuditEntry | undefined;
    if (anchor.length > 0 && head?.hash !== anchor.headHash) {
      return { ok: false, index: anchor.length - 1, problem: "HASH_MISMATCH" };
    }
  }
  return { ok: true, length: entries.length, headHash: previous };
}
