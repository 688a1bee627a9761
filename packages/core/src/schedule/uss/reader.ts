// Reads an untrusted USS file: the JSON text, the keys older drafts of the standard and its sample files name
// otherwise, the schema (schema.ts), then the references between its parts — every id an element list, a board or
// a stripboard names must exist, and no strip stands twice on one stripboard. Every problem is said at its path
// ("stripboards[0].boards[3].id: missing"); the reader never throws, whatever the input.
import type * as z from "zod";
import { describeJson, isJsonObject, type JsonObject } from "../../json/reader.ts";
import type { UssDocument, UssError, UssErrorCode } from "./document.ts";
import { ussSchema } from "./schema.ts";

export type UssReadResult =
  | { readonly ok: true; readonly document: UssDocument }
  | { readonly ok: false; readonly errors: readonly UssError[] };

/** The first problems are enough to act on; a broken file could hold millions. */
const errorLimit = 100;
const root = "universalScheduleStandard";

/** Reads the text of a .uss file (UTF-8, with or without a byte-order mark). */
export function readUssText(text: string): UssReadResult {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/u, ""));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { ok: false, errors: [{ code: "NOT_JSON", path: "", message: `not JSON: ${reason}` }] };
  }
  return readUss(value);
}

/** Reads a parsed USS document. */
export function readUss(value: unknown): UssReadResult {
  const parsed = ussSchema.safeParse(withAliases(value), { reportInput: true });
  if (!parsed.success) {
    return { ok: false, errors: parsed.error.issues.slice(0, errorLimit).map(toUssError) };
  }
  const document: UssDocument = parsed.data;
  const errors = checkReferences(document).slice(0, errorLimit);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, document };
}

/** "stripboards[0].boards[3].id" from zod's path, the document's own key left out. */
export function ussPath(path: readonly PropertyKey[]): string {
  const keys = path[0] === root && path.length > 1 ? path.slice(1) : path;
  return keys.reduce<string>((joined, key) => {
    if (typeof key === "number") return `${joined}[${key}]`;
    return joined === "" ? String(key) : `${joined}.${String(key)}`;
  }, "");
}

const typeNouns: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  array: "a list",
  object: "an object",
};

function toUssError(issue: z.core.$ZodIssue): UssError {
  const path = ussPath(issue.path);
  const found = (input: unknown) => describeJson(input, "a list");
  const error = (code: UssErrorCode, message: string): UssError => ({ code, path, message });
  switch (issue.code) {
    case "invalid_type":
      if (issue.input === undefined) return error("MISSING", "missing");
      return error(
        "WRONG_TYPE",
        `expected ${typeNouns[issue.expected] ?? issue.expected}, found ${found(issue.input)}`,
      );
    case "invalid_value":
      return error(
        "BAD_VALUE",
        `expected one of ${issue.values.map((option) => JSON.stringify(option)).join(", ")}, found ${found(issue.input)}`,
      );
    case "too_small":
      return issue.origin === "string"
        ? error("BAD_VALUE", "empty")
        : error("BAD_VALUE", `must be at least ${String(issue.minimum)}, found ${found(issue.input)}`);
    case "too_big":
      return error("BAD_VALUE", `must be at most ${String(issue.maximum)}, found ${found(issue.input)}`);
    case "custom":
      return error(
        issue.params?.code === "BAD_DATE" ? "BAD_DATE" : "BAD_VALUE",
        `${issue.message}, found ${found(issue.input)}`,
      );
    default:
      return error("BAD_VALUE", issue.message);
  }
}

// Keys of the standard's earlier drafts and sample files, read as the documentation names them today.
const aliases = {
  body: [["ussVersion", "version"]],
  category: [["catId", "ucid"]],
  element: [
    ["isDrop", "doodDropAllow"],
    ["dropDayCount", "doodDropDays"],
    ["doodDayCount", "doodDropDays"],
    ["isHold", "doodHoldAllow"],
    ["isDood", "doodInclude"],
    ["isIdLock", "elementIdLock"],
  ],
  breakdown: [["duration", "time"]],
} as const satisfies Record<string, readonly (readonly [string, string])[]>;

const has = (object: JsonObject, key: string) => Object.prototype.hasOwnProperty.call(object, key);

function renamed(value: unknown, pairs: readonly (readonly [string, string])[]): unknown {
  if (!isJsonObject(value)) return value;
  const copy: Record<string, unknown> = { ...value };
  for (const [old, current] of pairs) {
    if (!has(copy, current) && has(copy, old)) copy[current] = copy[old];
  }
  return copy;
}

function renamedBreakdown(value: unknown): unknown {
  const copy = renamed(value, aliases.breakdown);
  if (!isJsonObject(copy)) return copy;
  const out: Record<string, unknown> = { ...copy };
  // The full sample's scenes are of type "strip", and its banners keep their words in "bannerText".
  if (out.type === "strip") out.type = "scene";
  if ((out.description === undefined || out.description === null) && typeof out.bannerText === "string") {
    out.description = out.bannerText;
  }
  return out;
}

/** The document with older keys renamed; an element naming its `category` joins that category's list. */
function withAliases(value: unknown): unknown {
  if (!isJsonObject(value) || !isJsonObject(value[root])) return value;
  const body = renamed(value[root], aliases.body) as Record<string, unknown>;
  const map = (key: string, read: (item: unknown) => unknown) => {
    if (Array.isArray(body[key])) body[key] = (body[key] as unknown[]).map(read);
  };
  map("categories", (item) => renamed(item, aliases.category));
  map("elements", (item) => renamed(item, aliases.element));
  map("breakdowns", renamedBreakdown);
  dayArraysAsDayBreaks(body);
  if (Array.isArray(body.categories) && Array.isArray(body.elements)) {
    const categories = body.categories as unknown[];
    const listed = new Set(
      categories.flatMap((category) =>
        isJsonObject(category) && Array.isArray(category.elements) ? category.elements : [],
      ),
    );
    for (const item of body.elements as unknown[]) {
      if (!isJsonObject(item) || typeof item.category !== "string" || listed.has(item.id)) continue;
      const index = categories.findIndex(
        (category) => isJsonObject(category) && category.id === item.category,
      );
      const category = categories[index];
      if (!isJsonObject(category)) continue;
      const elements = Array.isArray(category.elements) ? category.elements : [];
      categories[index] = { ...category, elements: [...elements, item.id] };
      listed.add(item.id);
    }
  }
  return { ...value, [root]: body };
}

/**
 * The full sample groups a board's strips by shooting day — `breakdownArrays`, a list per day — where the
 * documentation closes each day with a breakdown of type "day": each list becomes its strips and a day break.
 */
function dayArraysAsDayBreaks(body: Record<string, unknown>): void {
  if (!Array.isArray(body.stripboards) || !Array.isArray(body.breakdowns)) return;
  const dayBreaks: JsonObject[] = [];
  body.stripboards = (body.stripboards as unknown[]).map((stripboard) => {
    if (!isJsonObject(stripboard) || !Array.isArray(stripboard.boards)) return stripboard;
    const boards = stripboard.boards.map((board: unknown) => {
      if (!isJsonObject(board) || has(board, "breakdownIds") || !Array.isArray(board.breakdownArrays))
        return board;
      const breakdownIds = (board.breakdownArrays as unknown[]).flatMap((entry, day) => {
        if (!Array.isArray(entry)) return [entry];
        const id = `${String(board.id)}:day:${day + 1}`;
        dayBreaks.push({ id, type: "day" });
        return [...(entry as unknown[]), id];
      });
      return { ...board, breakdownIds };
    });
    return { ...stripboard, boards };
  });
  body.breakdowns = [...(body.breakdowns as unknown[]), ...dayBreaks];
}

function checkReferences(document: UssDocument): UssError[] {
  const body = document.universalScheduleStandard;
  const errors: UssError[] = [];
  const report = (code: UssErrorCode, path: string, message: string) => errors.push({ code, path, message });

  const index = (list: readonly { id: string }[], name: string): Map<string, number> => {
    const seen = new Map<string, number>();
    list.forEach((item, at) => {
      const first = seen.get(item.id);
      if (first === undefined) seen.set(item.id, at);
      else report("DUPLICATE_ID", `${name}[${at}].id`, `the same id as ${name}[${first}]`);
    });
    return seen;
  };
  const breakdowns = index(body.breakdowns, "breakdowns");
  const elements = index(body.elements, "elements");
  index(body.categories, "categories");
  index(body.stripboards, "stripboards");
  const calendars = index(body.calendars, "calendars");

  const elementRefs = (refs: readonly string[], path: string) =>
    refs.forEach((ref, at) => {
      if (!elements.has(ref))
        report("UNKNOWN_REFERENCE", `${path}[${at}]`, `no element ${JSON.stringify(ref)}`);
    });
  body.breakdowns.forEach((breakdown, at) => elementRefs(breakdown.elements, `breakdowns[${at}].elements`));
  body.categories.forEach((category, at) => elementRefs(category.elements, `categories[${at}].elements`));

  body.stripboards.forEach((stripboard, at) => {
    const path = `stripboards[${at}]`;
    if (stripboard.calendar !== null && !calendars.has(stripboard.calendar)) {
      report("UNKNOWN_REFERENCE", `${path}.calendar`, `no calendar ${JSON.stringify(stripboard.calendar)}`);
    }
    const placed = new Map<string, string>();
    stripboard.boards.forEach((board, boardAt) => {
      board.breakdownIds.forEach((ref, refAt) => {
        const here = `${path}.boards[${boardAt}].breakdownIds[${refAt}]`;
        if (!breakdowns.has(ref)) {
          report("UNKNOWN_REFERENCE", here, `no breakdown ${JSON.stringify(ref)}`);
          return;
        }
        const before = placed.get(ref);
        if (before)
          report("REPEATED_STRIP", here, `the breakdown stands on this stripboard already, at ${before}`);
        else placed.set(ref, here);
      });
    });
  });
  return errors;
}
