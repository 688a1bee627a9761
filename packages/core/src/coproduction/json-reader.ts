// Reads untrusted JSON into typed values while keeping the path of every field, so that each problem names
// where it is ("partners[2].share"). It collects problems instead of throwing, and never trusts prototypes.
import { isCountryCode, type CountryCode } from "../geography/countries.ts";
import { isCurrencyCode, type CurrencyCode } from "../money/currency.ts";
import { parseRateDate } from "../rates/rate-date.ts";

export interface JsonProblem {
  readonly code: JsonProblemCode;
  /** Where in the document: `partners[2].contributions[0].instalments[1].due`; "" for the document itself. */
  readonly path: string;
  /** One line for people that names the field: `partners[2].share: "40,5%" is not a decimal percentage`. */
  readonly message: string;
}

export type JsonProblemCode =
  | "WRONG_TYPE"
  | "MISSING_FIELD"
  | "UNKNOWN_FIELD"
  | "BAD_VALUE"
  | "BAD_COUNTRY"
  | "BAD_CURRENCY"
  | "BAD_DATE"
  | "BAD_AMOUNT"
  | "DUPLICATE_ID"
  | "UNKNOWN_REFERENCE"
  | "SHARES_NOT_100";

export type JsonObject = Readonly<Record<string, unknown>>;

/** Joins a path and a key or index the way people write it: `partners[2].share`. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === "number") return `${path}[${key}]`;
  return path === "" ? key : `${path}.${key}`;
}

function describe(value: unknown): string {
  if (value === null) return "null";
  if (Array.isArray(value)) return "an array";
  if (typeof value === "string") return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === "object") return "an object";
  return String(value);
}

/** Collects the problems of one document; each `read…` returns undefined after recording what is wrong. */
export class JsonReader {
  readonly problems: JsonProblem[] = [];

  report(code: JsonProblemCode, path: string, message: string): undefined {
    this.problems.push({ code, path, message: `${path === "" ? "document" : path}: ${message}` });
    return undefined;
  }

  /** An object with only the allowed keys; unknown keys are problems (a typo must not pass silently). */
  object(value: unknown, path: string, allowed: readonly string[]): JsonObject | undefined {
    if (typeof value !== "object" || value === null || Array.isArray(value)) {
      return this.report("WRONG_TYPE", path, `expected an object, found ${describe(value)}`);
    }
    const keys = Object.keys(value);
    for (const key of keys) {
      if (!allowed.includes(key)) {
        this.report(
          "UNKNOWN_FIELD",
          childPath(path, key),
          `unknown field (expected one of ${allowed.join(", ")})`,
        );
      }
    }
    const copy: Record<string, unknown> = {};
    for (const key of keys) {
      if (allowed.includes(key)) copy[key] = (value as Record<string, unknown>)[key];
    }
    return copy;
  }

  private field(object: JsonObject, key: string, path: string, required: boolean): unknown {
    const value = Object.prototype.hasOwnProperty.call(object, key) ? object[key] : undefined;
    if (value === undefined && required) this.report("MISSING_FIELD", childPath(path, key), "is required");
    return value;
  }

  array(object: JsonObject, key: string, path: string, required = true): readonly unknown[] | undefined {
    const value = this.field(object, key, path, required);
    if (value === undefined) return required ? undefined : [];
    if (!Array.isArray(value)) {
      return this.report("WRONG_TYPE", childPath(path, key), `expected an array, found ${describe(value)}`);
    }
    return value;
  }

  string(object: JsonObject, key: string, path: string, required = true): string | undefined {
    const value = this.field(object, key, path, required);
    if (value === undefined) return undefined;
    if (typeof value !== "string") {
      return this.report("WRONG_TYPE", childPath(path, key), `expected a string, found ${describe(value)}`);
    }
    if (required && value.trim() === "") return this.report("BAD_VALUE", childPath(path, key), "is empty");
    return value;
  }

  oneOf<T extends string>(
    object: JsonObject,
    key: string,
    path: string,
    choices: readonly T[],
    required = true,
  ): T | undefined {
    const value = this.field(object, key, path, required);
    if (value === undefined) return undefined;
    if (typeof value !== "string" || !(choices as readonly string[]).includes(value)) {
      return this.report(
        "BAD_VALUE",
        childPath(path, key),
        `${describe(value)} is not one of ${choices.map((choice) => `"${choice}"`).join(", ")}`,
      );
    }
    return value as T;
  }

  /** A whole number ≥ 0 (days worked, points). */
  count(object: JsonObject, key: string, path: string, required = true): number | undefined {
    const value = this.field(object, key, path, required);
    if (value === undefined) return undefined;
    if (typeof value !== "number" || !Number.isSafeInteger(value) || value < 0) {
      return this.report("BAD_VALUE", childPath(path, key), `${describe(value)} is not a whole number ≥ 0`);
    }
    return value;
  }

  country(object: JsonObject, key: string, path: string, required = true): CountryCode | undefined {
    const value = this.string(object, key, path, required);
    if (value === undefined) return undefined;
    return this.countryValue(value, childPath(path, key));
  }

  countryValue(value: unknown, path: string): CountryCode | undefined {
    if (typeof value === "string" && isCountryCode(value)) return value;
    return this.report(
      "BAD_COUNTRY",
      path,
      `${describe(value)} is not an ISO 3166 country code in capitals ("RU")`,
    );
  }

  currency(object: JsonObject, key: string, path: string, required = true): CurrencyCode | undefined {
    const value = this.string(object, key, path, required);
    if (value === undefined) return undefined;
    if (isCurrencyCode(value)) return value;
    return this.report(
      "BAD_CURRENCY",
      childPath(path, key),
      `${describe(value)} is not an ISO 4217 currency code`,
    );
  }

  /** A calendar day written YYYY-MM-DD. */
  date(object: JsonObject, key: string, path: string, required = true): string | undefined {
    const value = this.string(object, key, path, required);
    if (value === undefined) return undefined;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseRateDate(value, "yyyy-mm-dd") : null;
    if (day === null)
      return this.report("BAD_DATE", childPath(path, key), `${describe(value)} is not a YYYY-MM-DD date`);
    return day;
  }
}
