// Canonical JSON: one byte sequence per JSON value (object keys sorted by code unit, no whitespace), so a hash of it
// means the same on every machine. It refuses anything JSON cannot carry exactly rather than guess.

export type JsonValue =
  null | boolean | number | string | readonly JsonValue[] | { readonly [key: string]: JsonValue };

/** The canonical text of `value`, or null when it holds something that is not plain JSON (undefined, NaN, a Date…). */
export function canonicalJson(value: unknown): string | null {
  const parts: string[] = [];
  return write(value, parts, 0) ? parts.join("") : null;
}

// Deeper than this is not an audit entry but an attack on the stack.
const maxDepth = 64;

function write(value: unknown, parts: string[], depth: number): boolean {
  if (depth > maxDepth) return false;
  if (value === null || typeof value === "boolean") {
    parts.push(String(value));
    return true;
  }
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return false;
    parts.push(JSON.stringify(value));
    return true;
  }
  if (typeof value === "string") {
    parts.push(JSON.stringify(value));
    return true;
  }
  if (Array.isArray(value)) {
    parts.push("[");
    for (let index = 0; index < value.length; index++) {
      if (index > 0) parts.push(",");
      if (!write(value[index], parts, depth + 1)) return false;
    }
    parts.push("]");
    return true;
  }
  if (typeof value === "object" && isPlainObject(value)) {
    parts.push("{");
    const keys = Object.keys(value).sort();
    for (const [index, key] of keys.entries()) {
      if (index > 0) parts.push(",");
      parts.push(JSON.stringify(key), ":");
      if (!write((value as Record<string, unknown>)[key], parts, depth + 1)) return false;
    }
    parts.push("}");
    return true;
  }
  return false;
}

function isPlainObject(value: object): boolean {
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
