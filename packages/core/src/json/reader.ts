// Path-aware reading of untrusted parsed JSON, shared by the budget, coproduction and waterfall formats: type
// tests, own-property reads, paths and an error list under the caller's codes. It never throws, whatever the
// input. Each format words its own messages (the `word` option); nothing here knows a format.

export type JsonObject = Readonly<Record<string, unknown>>;

export interface JsonError<Code extends string> {
  readonly code: Code;
  /** Where in the document, in the format's own path style. */
  readonly path: string;
  /** One line for people that names the place. */
  readonly message: string;
}

/** What a value should have been: a JSON type, non-empty text, a whole number ≥ 0, or one of some strings. */
export type JsonExpected =
  "object" | "array" | "string" | "text" | "whole number" | "boolean" | readonly string[];

/** What is wrong at a path: a value that is not what was expected (undefined: none given), or a stray field. */
export type JsonFault =
  | { readonly expected: JsonExpected; readonly found: unknown }
  | { readonly unknownField: string; readonly object: string; readonly allowed: readonly string[] };

export interface JsonReaderOptions<Code extends string> {
  /** The format's code and text for a fault at `path`. */
  readonly word: (fault: JsonFault, path: string) => readonly [Code, string];
  /** The document's own path, whose keys stand alone (`title`, not `$.title`); without it keys always join. */
  readonly root?: string;
  /** The most errors kept: a hostile file could hold millions, and the first ones are enough to act on. */
  readonly limit?: number;
  /** The message stored for a problem at `path`; the problem's own text unless told. */
  readonly label?: (path: string, message: string) => string;
}

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A value for messages: `null`, "a list" (or `arrayWord`), a string quoted by `quote` (cut at 40), "an object". */
export function describeJson(
  value: unknown,
  arrayWord: string,
  quote: (text: string) => string = JSON.stringify,
): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return arrayWord;
  if (typeof value === "string") return quote(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  return String(value);
}

type JsonType = Exclude<JsonExpected, readonly string[]>;

const nouns: Readonly<Record<JsonType, string>> = {
  object: "an object",
  array: "a list",
  string: "a string",
  text: "non-empty text",
  "whole number": "a whole number ≥ 0",
  boolean: "true or false",
};

/** What was expected, in words: "an object", "a list", `one of "a", "b"`; `rename` words some types otherwise. */
export function describeExpected(
  expected: JsonExpected,
  rename: Partial<Readonly<Record<JsonType, string>>> = {},
): string {
  if (typeof expected !== "string") return `one of ${expected.map((option) => `"${option}"`).join(", ")}`;
  return rename[expected] ?? nouns[expected];
}

/** Reads one document; each reader returns the value, or null after recording what is wrong. */
export class JsonReader<Code extends string> {
  readonly errors: JsonError<Code>[] = [];

  constructor(private readonly options: JsonReaderOptions<Code>) {}

  report(code: Code, path: string, message: string): undefined {
    const { limit, label } = this.options;
    if (limit === undefined || this.errors.length < limit) {
      this.errors.push({ code, path, message: label ? label(path, message) : message });
    }
    return undefined;
  }

  /** Joins a path and a key or index: `partners[2].share`. */
  path(path: string, key: string | number): string {
    if (typeof key === "number") return `${path}[${key}]`;
    return path === this.options.root ? key : `${path}.${key}`;
  }

  /** The field's value, or undefined when the object does not have it as its own property. */
  field(object: JsonObject, key: string): unknown {
    return Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
  }

  protected fault(fault: JsonFault, path: string): null {
    const [code, message] = this.options.word(fault, path);
    this.report(code, path, message);
    return null;
  }

  /** An object; with `allowed`, each other key is a problem (a typo must not pass silently). */
  object(value: unknown, path: string, allowed?: readonly string[]): JsonObject | null {
    if (!isJsonObject(value)) return this.fault({ expected: "object", found: value }, path);
    if (!allowed) return value;
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key))
        this.fault({ unknownField: key, object: path, allowed }, this.path(path, key));
    }
    return value;
  }

  /** `value` when `test` holds; undefined is missing, a problem only when `required`. */
  private check<T>(
    value: unknown,
    path: string,
    required: boolean,
    expected: JsonExpected,
    test: boolean,
  ): T | null {
    if (test) return value as T;
    if (value === undefined && !required) return null;
    return this.fault({ expected, found: value }, path);
  }

  array(value: unknown, path: string, required = true): readonly unknown[] | null {
    return this.check(value, path, required, "array", Array.isArray(value));
  }

  /** Any string, blank included. */
  string(value: unknown, path: string, required = true): string | null {
    return this.check(value, path, required, "string", typeof value === "string");
  }

  /** A string with something besides spaces. */
  text(value: unknown, path: string, required = true): string | null {
    return this.check(value, path, required, "text", typeof value === "string" && value.trim() !== "");
  }

  wholeNumber(value: unknown, path: string, required = true): number | null {
    const test = typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
    return this.check(value, path, required, "whole number", test);
  }

  boolean(value: unknown, path: string, required = true): boolean | null {
    return this.check(value, path, required, "boolean", typeof value === "boolean");
  }

  oneOf<T extends string>(value: unknown, options: readonly T[], path: string, required = true): T | null {
    const test = typeof value === "string" && (options as readonly string[]).includes(value);
    return this.check(value, path, required, options, test);
  }

  /** The items of a list read one by one at their own paths; items that fail are left out. */
  list<T>(
    value: unknown,
    path: string,
    read: (item: unknown, path: string) => T | null | undefined,
    required = true,
  ): T[] {
    const items: T[] = [];
    (this.array(value, path, required) ?? []).forEach((item, index) => {
      const result = read(item, this.path(path, index));
      if (result !== null && result !== undefined) items.push(result);
    });
    return items;
  }
}
