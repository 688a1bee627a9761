import { createHash } from "node:crypto";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  appendAuditEntry,
  genesisHash,
  verifyAuditChain,
  type AuditEntry,
  type AuditEvent,
} from "./audit-chain.ts";
import { canonicalJson, type JsonValue } from "./canonical-json.ts";

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function buildChain(events: readonly AuditEvent[]): AuditEntry[] {
  return events.reduce<AuditEntry[]>(
    (chain, event) => [...chain, appendAuditEntry(chain, event, sha256)],
    [],
  );
}

const event = fc.record({
  at: fc.integer({ min: 0, max: 4_000_000_000_000 }).map((ms) => new Date(ms).toISOString()),
  actor: fc.string({ maxLength: 12 }),
  action: fc.constantFrom("document.signed", "budget.locked", "contribution.delivered"),
  subject: fc.string({ maxLength: 12 }),
  data: fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>,
});

const fields = ["index", "previousHash", "at", "actor", "action", "subject", "data", "hash"] as const;

describe("audit chain", () => {
  const signed: AuditEvent = {
    at: "2025-03-01T10:15:00.000Z",
    actor: "user:anna",
    action: "document.signed",
    subject: "document:memorandum/version:2",
    data: { partner: "ru", share: "40" },
  };

  it("links each entry to the one before", () => {
    const chain = buildChain([signed, { ...signed, actor: "user:olga", data: { partner: "by" } }]);
    expect(chain[0]?.previousHash).toBe(genesisHash);
    expect(chain[1]?.previousHash).toBe(chain[0]?.hash);
    expect(chain[0]?.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(verifyAuditChain(chain, sha256)).toEqual({ ok: true, length: 2, headHash: chain[1]?.hash });
  });

  it("hashes the same entry the same way whatever the order of its keys", () => {
    const a = appendAuditEntry([], { ...signed, data: { a: 1, b: [true, null] } }, sha256);
    const b = appendAuditEntry([], { ...signed, data: { b: [true, null], a: 1 } }, sha256);
    expect(a.hash).toBe(b.hash);
    expect(canonicalJson({ b: 1, a: { d: "x", c: [2, 1] } })).toBe('{"a":{"c":[2,1],"d":"x"},"b":1}');
    expect(canonicalJson({ a: undefined })).toBeNull();
  });

  it("refuses to record data that is not plain JSON", () => {
    expect(() => appendAuditEntry([], { ...signed, data: { at: new Date(0) } as never }, sha256)).toThrow(
      /plain JSON/,
    );
  });

  it("fails at the first changed entry when any field of any entry changes", () => {
    fc.assert(
      fc.property(
        fc.array(event, { minLength: 1, maxLength: 6 }),
        fc.nat(),
        fc.constantFrom(...fields),
        fc.jsonValue({ maxDepth: 2 }),
        (events, position, field, value) => {
          const chain = buildChain(events);
          const index = position % chain.length;
          const original = chain[index] as AuditEntry;
          const changed = { ...original, [field]: value };
          fc.pre(canonicalJson(changed[field]) !== canonicalJson(original[field]));
          const tampered = chain.map((entry, at) => (at === index ? changed : entry));
          const result = verifyAuditChain(tampered, sha256);
          return !result.ok && result.index === index;
        },
      ),
      { numRuns: 300 },
    );
  });

  it("fails when an entry is removed or two are swapped, and catches a cut tail against the anchor", () => {
    fc.assert(
      fc.property(fc.array(event, { minLength: 2, maxLength: 6 }), fc.nat(), fc.nat(), (events, a, b) => {
        const chain = buildChain(events);
        const anchor = { length: chain.length, headHash: chain.at(-1)?.hash ?? "" };
        const removeAt = a % chain.length;
        const removed = chain.filter((_, at) => at !== removeAt);
        const i = a % chain.length;
        const j = b % chain.length;
        fc.pre(i !== j);
        const swapped = [...chain];
        [swapped[i], swapped[j]] = [chain[j] as AuditEntry, chain[i] as AuditEntry];
        const afterRemoval = verifyAuditChain(removed, sha256, anchor);
        const afterSwap = verifyAuditChain(swapped, sha256, anchor);
        return (
          !afterRemoval.ok &&
          afterRemoval.index <= removeAt &&
          !afterSwap.ok &&
          afterSwap.index === Math.min(i, j) &&
          verifyAuditChain(chain, sha256, anchor).ok
        );
      }),
      { numRuns: 300 },
    );
  });

  it("cannot see a cut tail without an anchor, and says so through the anchor", () => {
    const chain = buildChain([signed, signed, signed]);
    expect(verifyAuditChain(chain.slice(0, 2), sha256).ok).toBe(true);
    expect(
      verifyAuditChain(chain.slice(0, 2), sha256, { length: 3, headHash: chain[2]?.hash ?? "" }),
    ).toEqual({
      ok: false,
      index: 2,
      problem: "TRUNCATED",
    });
  });

  it("never throws on arbitrary input", () => {
    fc.assert(
      fc.property(fc.array(fc.anything({ withNullPrototype: true }), { maxLength: 4 }), (entries) => {
        const result = verifyAuditChain(entries, sha256);
        return result.ok === (entries.length === 0) && (result.ok || result.index === 0);
      }),
      { numRuns: 300 },
    );
  });
});
