// Path-aware readers for untrusted JSON: each returns the value or records an error naming the JSON path
// (`categories[0].accounts[1].lines[2].rate`). They never throw, whatever the input.
import type { BudgetError } from "./types.ts";

export type JsonObject = Readonly<Record<string, unknown>>;

export class JsonReader {
  readonly errors: BudgetError[] = [];

  fail(path: string, message: string): null {
    // A hostile file could hold millions of mistakes; the first hundred are enough to act on.
    if (this.errors.length < 100)
      this.errors.push({ code: "BAD_FORMAT", path, message: `${path}: ${message}` });
    return null;
  }

  object(value: unknown, path: string): JsonObject | null {
    if (typeof value === "object" && value !== null && !Array.isArray(value)) return value as JsonObject;
    return this.fail(path, `expected an object, found ${describe(value)}`);
  }

  array(value: unknown, path: string): readonly unknown[] | null {
    return Array.isArray(value) ? value : this.fail(path, `expected a list, found ${describe(value)}`);
  }

  text(value: unknown, path: string): string | null {
    return typeof value === "string" && value.trim() !== ""
      ? value
      : this.fail(path, `expected non-empty text, found ${describe(value)}`);
  }

  /**
   * A decimal or a formula: text, or a whole JSON number in the safe range. Fractional JSON numbers are refused,
   * because JSON.parse has already made them binary floats: "12.5" must be written as a string.
   */
  formula(value: unknown, path: string): string | null {
    if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
    if (typeof value === "number")
      return this.fail(path, `write ${value} as a string ("${value}") to keep it exact`);
    return this.text(value, path);
  }

  wholeNumber(value: unknown, path: string): number | null {
    return typeof value === "number" && Number.isSafeInteger(value) && value >= 0
      ? value
      : this.fail(path, `expected a whole number ≥ 0, found ${describe(value)}`);
  }

  boolean(value: unknown, path: string): boolean | null {
    return typeof value === "boolean"
      ? value
      : this.fail(path, `expected true or false, found ${describe(value)}`);
  }

  oneOf<T extends string>(value: unknown, options: readonly T[], path: string): T | null {
    return typeof value === "string" && (options as readonly string[]).includes(value)
      ? (value as T)
      : this.fail(
          path,
          `expected one of ${options.map((o) => `"${o}"`).join(", ")}, found ${describe(value)}`,
        );
  }

  textList(value: unknown, path: string): string[] | null {
    const list = this.array(value, path);
    if (list === null) return null;
    const texts = list.map((item, index) => this.text(item, `${path}[${index}]`));
    return texts.every((item) => item !== null) ? (texts as string[]) : null;
  }
}

function describe(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return value.length > 40 ? `"${value.slice(0, 40)}…"` : `"${value}"`;
  if (typeof value === "object") return "an object";
  return String(value);
}
