// The budget format's reader of untrusted JSON: the shared reader worded for budgets, every error BAD_FORMAT
// and named by its path (`categories[0].accounts[1].lines[2].rate`), plus the budget's own formula values.
import {
  describeExpected,
  describeJson,
  JsonReader as SharedReader,
  type JsonFault,
} from "../json/reader.ts";
import type { BudgetErrorCode } from "./types.ts";

export type { JsonObject } from "../json/reader.ts";

export class JsonReader extends SharedReader<BudgetErrorCode> {
  constructor() {
    super({ word, root: "$", limit: 100, label: (path, message) => `${path}: ${message}` });
  }

  fail(path: string, message: string): null {
    this.report("BAD_FORMAT", path, message);
    return null;
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

  textList(value: unknown, path: string): string[] | null {
    const list = this.array(value, path);
    if (list === null) return null;
    const texts = list.map((item, index) => this.text(item, `${path}[${index}]`));
    return texts.every((item) => item !== null) ? (texts as string[]) : null;
  }
}

function word(fault: JsonFault): readonly [BudgetErrorCode, string] {
  if (!("expected" in fault)) return ["BAD_FORMAT", `unknown field "${fault.unknownField}"`];
  return ["BAD_FORMAT", `expected ${describeExpected(fault.expected)}, found ${describe(fault.found)}`];
}

function describe(value: unknown): string {
  return value === undefined ? "nothing" : describeJson(value, "a list", (text) => `"${text}"`);
}
