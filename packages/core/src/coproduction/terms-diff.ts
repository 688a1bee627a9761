// A readable diff between two versions of a document's terms: every change as a path with what was there before
// and what is there after. Lists of records that name a party (parties, territories) are matched by that name
// rather than by position, so removing the second party reads as one removal, not as every later party changing.
// Pure: plain JSON in, plain changes out; nothing here knows what an organization is called.
import { canonicalJson, type JsonValue } from "./canonical-json.ts";

/** One step of a path: an object's key, an array's position, or an array element found by one of its fields. */
export type TermsPathSegment = string | number | { readonly key: string; readonly value: string };

export type TermsChange =
  | { readonly kind: "added"; readonly path: readonly TermsPathSegment[]; readonly after: JsonValue }
  | { readonly kind: "removed"; readonly path: readonly TermsPathSegment[]; readonly before: JsonValue }
  | {
      readonly kind: "changed";
      readonly path: readonly TermsPathSegment[];
      readonly before: JsonValue;
      readonly after: JsonValue;
    };

export interface DiffTermsOptions {
  /**
   * Arrays whose elements are records matched by one of their fields, by the array's key in its parent:
   * `{ parties: "organizationId" }`. When the field is missing or repeated the array is compared by position.
   */
  readonly arrayKeys?: Readonly<Record<string, string>>;
}

type JsonObject = { readonly [key: string]: JsonValue };
type Path = readonly TermsPathSegment[];

const isObject = (value: JsonValue): value is JsonObject =>
  typeof value === "object" && value !== null && !Array.isArray(value);
const isPrimitive = (value: JsonValue) => value === null || typeof value !== "object";
const same = (a: JsonValue, b: JsonValue) => a === b || canonicalJson(a) === canonicalJson(b);

/**
 * What changed from `before` to `after`, in the order of `before` with additions after the records they follow.
 * Lists of plain values (countries, languages) are compared as sets: an added or removed value is named at the
 * list's path; a list that only changed its order is one change of the whole list.
 */
export function diffTerms(
  before: JsonValue,
  after: JsonValue,
  options: DiffTermsOptions = {},
): TermsChange[] {
  const changes: TermsChange[] = [];
  diffValue(before, after, [], undefined, options, changes);
  return changes;
}

function diffValue(
  before: JsonValue,
  after: JsonValue,
  path: Path,
  parentKey: string | undefined,
  options: DiffTermsOptions,
  changes: TermsChange[],
): void {
  if (same(before, after)) return;
  if (isObject(before) && isObject(after)) {
    for (const key of Object.keys(before)) {
      const value = before[key] as JsonValue;
      if (!Object.hasOwn(after, key)) changes.push({ kind: "removed", path: [...path, key], before: value });
      else diffValue(value, after[key] as JsonValue, [...path, key], key, options, changes);
    }
    for (const key of Object.keys(after)) {
      if (!Object.hasOwn(before, key))
        changes.push({ kind: "added", path: [...path, key], after: after[key] as JsonValue });
    }
    return;
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    diffArray(
      before as readonly JsonValue[],
      after as readonly JsonValue[],
      path,
      parentKey,
      options,
      changes,
    );
    return;
  }
  changes.push({ kind: "changed", path, before, after });
}

function diffArray(
  before: readonly JsonValue[],
  after: readonly JsonValue[],
  path: Path,
  parentKey: string | undefined,
  options: DiffTermsOptions,
  changes: TermsChange[],
): void {
  if (before.every(isPrimitive) && after.every(isPrimitive)) {
    diffValueSets(before, after, path, changes);
    return;
  }
  const keyField = parentKey === undefined ? undefined : options.arrayKeys?.[parentKey];
  const beforeKeys = keyField === undefined ? null : uniqueKeys(before, keyField);
  const afterKeys = keyField === undefined ? null : uniqueKeys(after, keyField);
  if (keyField !== undefined && beforeKeys && afterKeys) {
    const afterByKey = new Map(afterKeys.map((key, index) => [key, after[index] as JsonValue]));
    const beforeSet = new Set(beforeKeys);
    beforeKeys.forEach((key, index) => {
      const segment = { key: keyField, value: key };
      const old = before[index] as JsonValue;
      const next = afterByKey.get(key);
      if (next === undefined) changes.push({ kind: "removed", path: [...path, segment], before: old });
      else diffValue(old, next, [...path, segment], undefined, options, changes);
    });
    afterKeys.forEach((key, index) => {
      if (!beforeSet.has(key)) {
        changes.push({
          kind: "added",
          path: [...path, { key: keyField, value: key }],
          after: after[index] as JsonValue,
        });
      }
    });
    return;
  }
  const common = Math.min(before.length, after.length);
  for (let index = 0; index < common; index++) {
    diffValue(
      before[index] as JsonValue,
      after[index] as JsonValue,
      [...path, index],
      undefined,
      options,
      changes,
    );
  }
  for (let index = common; index < before.length; index++) {
    changes.push({ kind: "removed", path: [...path, index], before: before[index] as JsonValue });
  }
  for (let index = common; index < after.length; index++) {
    changes.push({ kind: "added", path: [...path, index], after: after[index] as JsonValue });
  }
}

/** The elements' values of `field` when every element is a record with a distinct text there; otherwise null. */
function uniqueKeys(elements: readonly JsonValue[], field: string): string[] | null {
  const keys: string[] = [];
  for (const element of elements) {
    const key = isObject(element) ? element[field] : undefined;
    if (typeof key !== "string" || keys.includes(key)) return null;
    keys.push(key);
  }
  return keys;
}

function diffValueSets(
  before: readonly JsonValue[],
  after: readonly JsonValue[],
  path: Path,
  changes: TermsChange[],
): void {
  const remaining = [...after];
  const removed: JsonValue[] = [];
  for (const value of before) {
    const at = remaining.findIndex((candidate) => same(candidate, value));
    if (at === -1) removed.push(value);
    else remaining.splice(at, 1);
  }
  if (removed.length === 0 && remaining.length === 0) {
    // The same values in another order.
    changes.push({ kind: "changed", path, before, after });
    return;
  }
  for (const value of removed) changes.push({ kind: "removed", path, before: value });
  for (const value of remaining) changes.push({ kind: "added", path, after: value });
}

/**
 * A path as people read it: `parties[organizationId=…].share`, `contributions[2].amount`. `label` may name a keyed
 * element instead (`parties[Belarusfilm].share`); return undefined to keep the default.
 */
export function formatTermsPath(
  path: readonly TermsPathSegment[],
  label?: (segment: { readonly key: string; readonly value: string }) => string | undefined,
): string {
  let text = "";
  for (const segment of path) {
    if (typeof segment === "string") text += text === "" ? segment : `.${segment}`;
    else if (typeof segment === "number") text += `[${segment}]`;
    else text += `[${label?.(segment) ?? `${segment.key}=${segment.value}`}]`;
  }
  return text === "" ? "(terms)" : text;
}
