import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { JsonValue } from "./canonical-json.ts";
import { diffTerms, formatTermsPath, type TermsChange } from "./terms-diff.ts";

const options = { arrayKeys: { parties: "organizationId", territories: "organizationId" } };

const memorandum = {
  parties: [
    { organizationId: "ru", role: "lead_producer", share: "40" },
    { organizationId: "by", role: "co_producer", share: "20" },
    { organizationId: "kz", role: "co_producer", share: "20" },
    { organizationId: "tj", role: "co_producer", share: "20" },
  ],
  territories: [{ organizationId: "kz", countries: ["KZ"] }],
  contributions: [
    { organizationId: "ru", kind: "cash", currency: "RUB", amount: "1000000.00", due: "2027-01-01" },
  ],
  deadlines: [{ what: "Начало съёмок", date: "2027-06-01" }],
  governingTreaty: null,
  languageVersions: ["ru", "kk"],
  notes: null,
} satisfies JsonValue;

const readable = (changes: readonly TermsChange[]) =>
  changes.map((change) => ({ ...change, path: formatTermsPath(change.path) }));

describe("diffTerms", () => {
  it("finds nothing between equal terms, whatever the order of their keys", () => {
    const reordered = Object.fromEntries(Object.entries(memorandum).reverse()) as JsonValue;
    expect(diffTerms(memorandum, { ...memorandum }, options)).toEqual([]);
    expect(diffTerms(memorandum, reordered, options)).toEqual([]);
  });

  it("names a changed share by the party, not by its position", () => {
    const after = {
      ...memorandum,
      parties: [
        memorandum.parties[0]!,
        { ...memorandum.parties[2]!, share: "25" },
        { ...memorandum.parties[3]!, share: "15" },
        { organizationId: "kg", role: "co_producer", share: "0" },
      ],
    };
    expect(readable(diffTerms(memorandum, after, options))).toEqual([
      { kind: "removed", path: "parties[organizationId=by]", before: memorandum.parties[1] },
      { kind: "changed", path: "parties[organizationId=kz].share", before: "20", after: "25" },
      { kind: "changed", path: "parties[organizationId=tj].share", before: "20", after: "15" },
      { kind: "added", path: "parties[organizationId=kg]", after: after.parties[3] },
    ]);
  });

  it("compares lists of plain values as sets and other lists by position", () => {
    const after = {
      ...memorandum,
      territories: [{ organizationId: "kz", countries: ["KG", "KZ"] }],
      contributions: [
        { ...memorandum.contributions[0]!, amount: "1200000.00" },
        { organizationId: "kz", kind: "in-kind", currency: "KZT", amount: "5000000.00", due: "2027-02-01" },
      ],
      languageVersions: ["kk", "ru"],
      governingTreaty: "russia-uzbekistan",
      notes: "Проект",
    };
    expect(readable(diffTerms(memorandum, after, options))).toEqual([
      { kind: "added", path: "territories[organizationId=kz].countries", after: "KG" },
      { kind: "changed", path: "contributions[0].amount", before: "1000000.00", after: "1200000.00" },
      { kind: "added", path: "contributions[1]", after: after.contributions[1] },
      { kind: "changed", path: "governingTreaty", before: null, after: "russia-uzbekistan" },
      { kind: "changed", path: "languageVersions", before: ["ru", "kk"], after: ["kk", "ru"] },
      { kind: "changed", path: "notes", before: null, after: "Проект" },
    ]);
  });

  it("falls back to positions when the key field repeats", () => {
    const before = { parties: [{ organizationId: "ru" }, { organizationId: "ru" }] };
    const after = { parties: [{ organizationId: "ru" }] };
    expect(readable(diffTerms(before, after, options))).toEqual([
      { kind: "removed", path: "parties[1]", before: { organizationId: "ru" } },
    ]);
  });

  it("reports added and removed keys and a change of kind", () => {
    expect(readable(diffTerms({ a: 1, b: [1] }, { b: { c: 1 }, d: null }))).toEqual([
      { kind: "removed", path: "a", before: 1 },
      { kind: "changed", path: "b", before: [1], after: { c: 1 } },
      { kind: "added", path: "d", after: null },
    ]);
    expect(readable(diffTerms(1, 2))).toEqual([{ kind: "changed", path: "(terms)", before: 1, after: 2 }]);
    expect(diffTerms({ constructor: 1 }, {})).toEqual([
      { kind: "removed", path: ["constructor"], before: 1 },
    ]);
  });

  it("lets the caller name keyed elements", () => {
    const path = ["parties", { key: "organizationId", value: "by" }, "share"] as const;
    expect(formatTermsPath(path, (segment) => (segment.value === "by" ? "Беларусьфильм" : undefined))).toBe(
      "parties[Беларусьфильм].share",
    );
  });

  it("reports a change whenever two values differ and nothing when they are equal (property)", () => {
    const json = fc.jsonValue({ maxDepth: 3 }) as fc.Arbitrary<JsonValue>;
    fc.assert(
      fc.property(json, json, (a, b) => {
        const equal = JSON.stringify(sortKeys(a)) === JSON.stringify(sortKeys(b));
        expect(diffTerms(a, b, options).length === 0).toBe(equal);
        expect(diffTerms(a, a, options)).toEqual([]);
      }),
    );
  });
});

function sortKeys(value: JsonValue): JsonValue {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sortKeys((value as Record<string, JsonValue>)[key] as JsonValue)]),
    );
  }
  return value;
}
