// The consortium format's reader of untrusted JSON: the shared reader worded for it, read field by field so each
// problem names where it is ("partners[2].share"), plus countries, currencies and dates. It never throws.
import { isCountryCode, type CountryCode } from "../geography/countries.ts";
import { isCurrencyCode, type CurrencyCode } from "../money/currency.ts";
import { parseRateDate } from "../rates/rate-date.ts";
import {
  describeExpected,
  describeJson,
  JsonReader as SharedReader,
  type JsonError,
  type JsonFault,
  type JsonObject,
} from "../json/reader.ts";

/** `message` is one line that names the field: `partners[2].share: "40,5%" is not a decimal percentage`. */
export type JsonProblem = JsonError<JsonProblemCode>;

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

const describe = (value: unknown) => describeJson(value, "an array");

function word(fault: JsonFault): readonly [JsonProblemCode, string] {
  if (!("expected" in fault)) {
    return ["UNKNOWN_FIELD", `unknown field (expected one of ${fault.allowed.join(", ")})`];
  }
  const { expected, found } = fault;
  // An absent field is missing; objects are list items or the document itself, so none is ever absent.
  if (found === undefined && expected !== "object") return ["MISSING_FIELD", "is required"];
  if (typeof expected !== "string" || expected === "whole number") {
    return ["BAD_VALUE", `${describe(found)} is not ${describeExpected(expected)}`];
  }
  if (expected === "text" && typeof found === "string") return ["BAD_VALUE", "is empty"];
  const type = describeExpected(expected, { array: "an array", text: "a string" });
  return ["WRONG_TYPE", `expected ${type}, found ${describe(found)}`];
}

/** Collects the problems of one document (path "" is the document); each `read…` returns undefined on a problem. */
export class JsonReader {
  private readonly read = new SharedReader<JsonProblemCode>({
    word,
    root: "",
    label: (path, message) => `${path === "" ? "document" : path}: ${message}`,
  });
  readonly problems: readonly JsonProblem[] = this.read.errors;

  report(code: JsonProblemCode, path: string, message: string): undefined {
    return this.read.report(code, path, message);
  }

  /** Joins a path and a key or index the way people write it: `partners[2].share`. */
  path(path: string, key: string | number): string {
    return this.read.path(path, key);
  }

  /** An object with only the allowed keys; unknown keys are problems (a typo must not pass silently). */
  object(value: unknown, path: string, allowed: readonly string[]): JsonObject | undefined {
    const object = this.read.object(value, path, allowed);
    if (object === null) return undefined;
    const copy: Record<string, unknown> = {};
    for (const key of Object.keys(object)) if (allowed.includes(key)) copy[key] = object[key];
    return copy;
  }

  /** The items of a list field (optional unless `required`), read at their own paths; failed items are left out. */
  list<T>(
    object: JsonObject,
    key: string,
    path: string,
    readItem: (item: unknown, path: string) => T | undefined,
    required = false,
  ): T[] {
    return this.read.list(this.read.field(object, key), this.path(path, key), readItem, required);
  }

  /** A string; when required, also not blank. */
  string(object: JsonObject, key: string, path: string, required = true): string | undefined {
    const value = this.read.field(object, key);
    const where = this.path(path, key);
    return (required ? this.read.text(value, where) : this.read.string(value, where, false)) ?? undefined;
  }

  oneOf<T extends string>(
    object: JsonObject,
    key: string,
    path: string,
    choices: readonly T[],
    required = true,
  ): T | undefined {
    return (
      this.read.oneOf(this.read.field(object, key), choices, this.path(path, key), required) ?? undefined
    );
  }

  /** A whole number ≥ 0 (days worked, points). */
  count(object: JsonObject, key: string, path: string, required = true): number | undefined {
    return this.read.wholeNumber(this.read.field(object, key), this.path(path, key), required) ?? undefined;
  }

  country(object: JsonObject, key: string, path: string, required = true): CountryCode | undefined {
    const value = this.string(object, key, path, required);
    if (value === undefined) return undefined;
    return this.countryValue(value, this.path(path, key));
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
      this.path(path, key),
      `${describe(value)} is not an ISO 4217 currency code`,
    );
  }

  /** A calendar day written YYYY-MM-DD. */
  date(object: JsonObject, key: string, path: string, required = true): string | undefined {
    const value = this.string(object, key, path, required);
    if (value === undefined) return undefined;
    const day = /^\d{4}-\d{2}-\d{2}$/.test(value) ? parseRateDate(value, "yyyy-mm-dd") : null;
    if (day === null)
      return this.report("BAD_DATE", this.path(path, key), `${describe(value)} is not a YYYY-MM-DD date`);
    return day;
  }
}
