// Reads fields out of untrusted parsed JSON, collecting errors that name the JSON path ("$.pots[1].tiers[0].cap").
// Every check is a typeof or an own-property test, so no input can make it throw.
import { describeExpected, JsonReader as SharedReader, type JsonFault } from "../json/reader.ts";
import { describeParseMoneyError, parseMoney } from "../money/money.ts";
import { isCurrencyCode, type CurrencyCode } from "../money/currency.ts";
import { parseDecimalFraction } from "./fraction.ts";
import type { Fraction } from "./types.ts";

export type WaterfallErrorCode =
  | "BAD_JSON"
  | "WRONG_TYPE"
  | "MISSING_FIELD"
  | "UNKNOWN_FIELD"
  | "BAD_FORMAT"
  | "BAD_CURRENCY"
  | "BAD_AMOUNT"
  | "BAD_PERCENT"
  | "BAD_ID"
  | "DUPLICATE_ID"
  | "UNKNOWN_PARTY"
  | "UNKNOWN_INVESTMENT"
  | "UNKNOWN_POT"
  | "UNKNOWN_KIND"
  | "BAD_TERRITORY"
  | "BAD_MEDIA"
  | "EMPTY_LIST"
  | "DUPLICATE_PAYEE"
  | "CYCLE"
  | "UNREACHABLE_TIER"
  | "UNREACHABLE_POT"
  | "UNREACHABLE_ROUTE"
  | "UNUSED_INVESTMENT";

export interface WaterfallDefinitionError {
  readonly code: WaterfallErrorCode;
  /** JSONPath of the offending value: `$.pots[1].tiers[2].percent`. */
  readonly path: string;
  /** One line for people, naming the thing that failed. */
  readonly message: string;
}

export type { JsonObject } from "../json/reader.ts";

function word(fault: JsonFault, path: string): readonly [WaterfallErrorCode, string] {
  if (!("expected" in fault)) {
    const { object, unknownField, allowed } = fault;
    return [
      "UNKNOWN_FIELD",
      `${object} has an unknown field "${unknownField}" (known: ${allowed.join(", ")})`,
    ];
  }
  const { expected, found } = fault;
  if (found === undefined && expected !== "object") return ["MISSING_FIELD", `${path} is missing`];
  return ["WRONG_TYPE", `${path} must be ${describeExpected(expected)}`];
}

/** Collects the errors of one document; messages name the path themselves (`$.pots[1] must be an object`). */
export class JsonReader extends SharedReader<WaterfallErrorCode> {
  constructor() {
    super({ word });
  }

  id(value: unknown, path: string): string | null {
    const text = this.string(value, path, true);
    if (text === null) return null;
    if (!/^[\p{L}\p{N}][\p{L}\p{N}._-]{0,63}$/u.test(text)) {
      this.report(
        "BAD_ID",
        path,
        `${path}: "${text}" is not an id (letters, digits, ".", "_", "-"; at most 64)`,
      );
      return null;
    }
    return text;
  }

  /** An ISO 4217 code such as "RUB". */
  currency(value: unknown, path: string): CurrencyCode | null {
    const text = this.string(value, path, true);
    if (text === null || isCurrencyCode(text)) return text;
    this.report("BAD_CURRENCY", path, `${path}: "${text}" is not an ISO 4217 currency code`);
    return null;
  }

  /** A positive amount of money, written as a string so no float ever holds it. */
  amount(value: unknown, path: string, currency: CurrencyCode, required: boolean): bigint | null {
    const text = this.string(value, path, required);
    if (text === null) return null;
    const parsed = parseMoney(text, currency);
    if (!parsed.ok) {
      const why = describeParseMoneyError(parsed.error, currency, "is not an amount");
      this.report("BAD_AMOUNT", path, `${path}: "${text}" ${why}`);
      return null;
    }
    if (parsed.value.minor <= 0n) {
      this.report("BAD_AMOUNT", path, `${path}: "${text}" must be more than zero`);
      return null;
    }
    return parsed.value.minor;
  }

  /** A decimal written as a string ("12.5") or a JSON number (12.5), non-negative, at most `max` when given. */
  decimal(
    value: unknown,
    path: string,
    options: { required: boolean; max?: bigint; positive?: boolean },
  ): Fraction | null {
    if (value === undefined) {
      if (options.required) this.report("MISSING_FIELD", path, `${path} is missing`);
      return null;
    }
    // A JSON number's shortest text is the digits its author wrote for any percentage or share one would write.
    const text = typeof value === "number" && Number.isFinite(value) ? String(value) : value;
    if (typeof text !== "string") {
      this.report("WRONG_TYPE", path, `${path} must be a decimal number or string`);
      return null;
    }
    const fraction = parseDecimalFraction(text);
    if (fraction === null) {
      this.report(
        "BAD_PERCENT",
        path,
        `${path}: "${text}" is not a plain non-negative decimal such as "12.5"`,
      );
      return null;
    }
    if (options.max !== undefined && fraction.numerator > options.max * fraction.denominator) {
      this.report("BAD_PERCENT", path, `${path}: "${text}" is more than ${options.max}`);
      return null;
    }
    if (options.positive && fraction.numerator === 0n) {
      this.report("BAD_PERCENT", path, `${path}: "${text}" must be more than zero`);
      return null;
    }
    return fraction;
  }
}
