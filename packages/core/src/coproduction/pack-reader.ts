// Reads a rule pack a user wrote, in YAML or JSON, and checks it against the pack schema; every problem names its
// line and its path (`rules[2].max`). Writes packs back as YAML or JSON. It never throws on any text, and it reads
// no file: the text comes from the caller.
import {
  isAlias,
  isMap,
  isScalar,
  isSeq,
  LineCounter,
  parseDocument,
  stringify,
  visit,
  type Document,
} from "yaml";
import type * as z from "zod";
import { describeJson, isJsonObject } from "../json/reader.ts";
import { rulePackSchema, type RulePackCheckCode } from "./pack-schema.ts";
import type { RulePack } from "./rule-pack.ts";

export type RulePackFormat = "json" | "yaml";

export type RulePackErrorCode =
  | RulePackCheckCode
  /** The text is over `maxRulePackBytes`. */
  | "TOO_LARGE"
  /** Not YAML (or, for the JSON format, not JSON). */
  | "SYNTAX"
  | "DUPLICATE_KEY"
  /** Nested deeper than a pack needs (block indentation or brackets): refused before parsing. */
  | "TOO_DEEP"
  /** More aliases than a pack needs: what an "alias bomb" (billion laughs) looks like. */
  | "ALIAS_LIMIT"
  | "WRONG_TYPE"
  | "MISSING_FIELD"
  | "UNKNOWN_FIELD"
  | "UNKNOWN_RULE_KIND"
  | "BAD_DATE";

export interface RulePackError {
  /** 1-based line of the text, or null when the problem has none (the text is too large). */
  readonly line: number | null;
  /** Where in the pack: `rules[2].max`; "" for the text as a whole. */
  readonly path: string;
  /** One line for people; it does not repeat the path or the line. */
  readonly message: string;
  readonly code: RulePackErrorCode;
}

export type ReadRulePackResult =
  | { readonly ok: true; readonly pack: RulePack }
  | { readonly ok: false; readonly errors: readonly RulePackError[] };

/** The largest pack text read, in UTF-8 bytes: the built-in packs are under 10 kB. */
export const maxRulePackBytes = 1024 * 1024;
// yaml's own default: an anchor's nodes times its aliases may not pass it. A pack that reuses a list of roles a
// few times stays far below; a nested "billion laughs" passes it at once.
const maxAliasCount = 100;
// A hostile file could hold a million mistakes; the first ones are enough to act on.
const maxErrors = 100;

/** JSON when the text starts with `{` (after a byte-order mark and spaces), YAML otherwise. */
export function guessRulePackFormat(text: string): RulePackFormat {
  return /^\uFEFF?\s*\{/.test(text) ? "json" : "yaml";
}

function utf8Length(text: string): number {
  let bytes = 0;
  for (let index = 0; index < text.length; index++) {
    const unit = text.charCodeAt(index);
    if (unit < 0x80) bytes += 1;
    else if (unit < 0x800) bytes += 2;
    // A surrogate pair is one 4-byte character; count it at its high half.
    else if (unit >= 0xd800 && unit <= 0xdbff) bytes += 4;
    else if (unit >= 0xdc00 && unit <= 0xdfff) bytes += 0;
    else bytes += 3;
  }
  return bytes;
}

/** Reads a pack in `format` (guessed when absent); the result is either the pack or every problem, by line. */
export function readRulePack(
  text: string,
  format: RulePackFormat = guessRulePackFormat(text),
): ReadRulePackResult {
  if (text.length > maxRulePackBytes || utf8Length(text) > maxRulePackBytes) {
    const message = `the pack is ${utf8Length(text)} bytes; a rule pack is at most 1 MB (${maxRulePackBytes} bytes)`;
    return { ok: false, errors: [{ line: null, path: "", message, code: "TOO_LARGE" }] };
  }
  const source = text.replace(/^\uFEFF/, "");
  const nesting = checkNesting(source);
  if (nesting) return failure([nesting]);
  const lines = new LineCounter();
  // JSON is YAML 1.2, so one parser gives both formats their lines. The core schema reads `NO` as a string and
  // `2008-11-14` as text, whatever a `%YAML 1.1` directive says.
  const document = parseDocument(source, {
    lineCounter: lines,
    prettyErrors: false,
    schema: "core",
    uniqueKeys: true,
    logLevel: "silent",
  });
  const syntax = [...document.errors, ...document.warnings].map((problem): RulePackError => ({
    line: lines.linePos(problem.pos[0]).line,
    path: "",
    message: problem.message.split("\n")[0] ?? problem.message,
    code: problem.code === "DUPLICATE_KEY" ? "DUPLICATE_KEY" : "SYNTAX",
  }));
  if (syntax.length > 0) return failure(syntax);
  if (format === "json") {
    const json = checkJson(source, lines);
    if (json) return failure([json]);
  }
  let value: unknown;
  try {
    value = document.toJS({ maxAliasCount });
  } catch (error) {
    return failure([describeAliasFailure(document, lines, error)]);
  }
  const parsed = rulePackSchema.safeParse(value, { reportInput: true });
  if (parsed.success) {
    const { $schema: _editorSchema, ...pack } = parsed.data;
    return { ok: true, pack };
  }
  const errors = parsed.error.issues
    .flatMap((issue) => wordIssue(issue, []))
    .map(({ code, path, message }) => ({
      line: lineOf(document, lines, path),
      path: formatPath(path),
      message,
      code,
    }));
  return failure(errors);
}

function failure(errors: RulePackError[]): ReadRulePackResult {
  // By line, as an author reads the file; problems without a line last. The sort is stable.
  const sorted = [...errors].sort((a, b) => (a.line ?? Infinity) - (b.line ?? Infinity));
  return { ok: false, errors: sorted.slice(0, maxErrors) };
}

/** YAML accepts more than JSON does (comments, trailing commas, bare words): a .json pack must be JSON. */
function checkJson(source: string, lines: LineCounter): RulePackError | null {
  const error = findJsonError(source);
  if (error === null) return null;
  return {
    line: lines.linePos(error.offset).line,
    path: "",
    message: `not valid JSON: ${error.reason}`,
    code: "SYNTAX",
  };
}

/**
 * Where `text` first breaks JSON's grammar (RFC 8259), or null. Our own scan rather than JSON.parse, whose messages
 * do not always say where. Nesting was bounded before (checkNesting), so the recursion is shallow.
 */
function findJsonError(text: string): { offset: number; reason: string } | null {
  let at = 0;
  let error: { offset: number; reason: string } | null = null;
  const fail = (reason: string) => {
    error ??= { offset: Math.min(at, text.length), reason };
    return false;
  };
  const skipSpace = () => {
    while (at < text.length && " \t\n\r".includes(text.charAt(at))) at++;
  };
  const readString = (what: string) => {
    at++;
    while (at < text.length) {
      const char = text.charAt(at);
      if (char === '"') {
        at++;
        return true;
      }
      if (char.charCodeAt(0) < 0x20)
        return fail(`${what} has a raw control character (write it as \\n, \\t, \\u…)`);
      if (char === "\\") {
        const escape = /^(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/.exec(text.slice(at + 1, at + 6));
        if (!escape) return fail(`${what} has a bad escape`);
        at += 1 + escape[0].length;
      } else at++;
    }
    return fail(`${what} is not closed`);
  };
  const readToken = (pattern: RegExp) => {
    pattern.lastIndex = at;
    const found = pattern.exec(text);
    if (found) at += found[0].length;
    return found !== null;
  };
  const readValue = (): boolean => {
    skipSpace();
    const char = text.charAt(at);
    if (char === "{") return readMembers("}", true);
    if (char === "[") return readMembers("]", false);
    if (char === '"') return readString("a string");
    if (readToken(/-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y) || readToken(/true|false|null/y))
      return true;
    return fail(char === "" ? "the text ends where a value should be" : `unexpected ${JSON.stringify(char)}`);
  };
  const readMembers = (close: "}" | "]", named: boolean): boolean => {
    at++;
    skipSpace();
    if (text.charAt(at) === close) {
      at++;
      return true;
    }
    for (;;) {
      skipSpace();
      if (named) {
        if (text.charAt(at) !== '"') return fail("expected a field name in double quotes");
        if (!readString("a field name")) return false;
        skipSpace();
        if (text.charAt(at) !== ":") return fail('expected ":" after the field name');
        at++;
      }
      if (!readValue()) return false;
      skipSpace();
      if (text.charAt(at) === ",") {
        at++;
        skipSpace();
        if (text.charAt(at) === close) return fail(`a "," before "${close}" (JSON allows no trailing comma)`);
      } else if (text.charAt(at) === close) {
        at++;
        return true;
      } else return fail(`expected "," or "${close}"`);
    }
  };
  if (readValue()) {
    skipSpace();
    if (at < text.length) fail("more text after the end of the JSON value");
  }
  return error;
}

// Deeper nesting than a pack needs (about ten levels) makes the YAML parser recurse until the stack runs out, and
// V8 can then die compiling a regular expression instead of throwing: bound it before parsing. Block nesting is
// bounded by the column where a line's content starts (indentation and "- " indicators), flow nesting by brackets.
const maxContentColumn = 200;
const maxFlowDepth = 64;

/** The line where `text` nests deeper than a pack may, or null. Quotes are followed roughly; only depth is judged. */
function checkNesting(text: string): RulePackError | null {
  let line = 1;
  let depth = 0;
  let quote: '"' | "'" | null = null;
  let column = 0;
  let atLineStart = true;
  const tooDeep = (message: string): RulePackError => ({
    line,
    path: "",
    message,
    code: "TOO_DEEP",
  });
  for (let at = 0; at < text.length; at++) {
    const char = text.charAt(at);
    if (char === "\n") {
      line++;
      atLineStart = true;
      column = 0;
      continue;
    }
    if (quote !== null) {
      if (quote === '"' && char === "\\") at++;
      else if (char === quote) quote = null;
      continue;
    }
    if (atLineStart) {
      if (" \t-?:".includes(char)) {
        if (++column > maxContentColumn) {
          return tooDeep(`indented or nested beyond column ${maxContentColumn}; a rule pack needs far less`);
        }
        continue;
      }
      atLineStart = false;
    }
    const before = at === 0 ? " " : text.charAt(at - 1);
    if (char === "#" && /\s/.test(before)) {
      const end = text.indexOf("\n", at);
      at = (end === -1 ? text.length : end) - 1;
    } else if (char === '"' || (char === "'" && /[\s[{,:]/.test(before))) quote = char;
    else if (char === "[" || char === "{") {
      if (++depth > maxFlowDepth) return tooDeep(`brackets nested more than ${maxFlowDepth} deep`);
    } else if (char === "]" || char === "}") depth = Math.max(0, depth - 1);
  }
  return null;
}

function describeAliasFailure(document: Document, lines: LineCounter, error: unknown): RulePackError {
  const message = error instanceof Error ? error.message : String(error);
  const excessive = /excessive alias count/i.test(message);
  let line: number | null = null;
  visit(document, {
    Alias(_, alias) {
      const matches = excessive || message.includes(`: ${alias.source}`);
      if (!matches || !alias.range) return undefined;
      line = lines.linePos(alias.range[0]).line;
      return visit.BREAK;
    },
  });
  return excessive
    ? {
        line,
        path: "",
        message: `aliases (*name) would copy more than ${maxAliasCount} nodes into the pack; refused as an alias bomb`,
        code: "ALIAS_LIMIT",
      }
    : { line, path: "", message, code: "SYNTAX" };
}

type PathKey = string | number;

/** The line where `path` is written: a field's key, a list's item; the nearest written parent when it is absent. */
function lineOf(document: Document, lines: LineCounter, path: readonly PathKey[]): number | null {
  const lineAt = (node: unknown) => {
    const range = (node as { range?: readonly number[] | null } | null)?.range;
    return range?.[0] === undefined ? null : lines.linePos(range[0]).line;
  };
  let node: unknown = document.contents;
  // An empty text (or one of comments only) is wrong at its first line.
  let line = node === null ? 1 : lineAt(node);
  for (const key of path) {
    if (isAlias(node)) node = node.resolve(document);
    if (isMap(node)) {
      const pair = node.items.find((item) => isScalar(item.key) && String(item.key.value) === String(key));
      if (!pair) break;
      line = lineAt(pair.key) ?? line;
      node = pair.value;
    } else if (isSeq(node) && typeof key === "number") {
      const item = node.items[key];
      if (item === undefined) break;
      line = lineAt(item) ?? line;
      node = item;
    } else break;
  }
  return line;
}

/** `rules[2].tables.fiction.elements[0].points`; keys that are not plain words are quoted. */
function formatPath(path: readonly PathKey[]): string {
  return path
    .map((key, index) => {
      if (typeof key === "number") return `[${key}]`;
      if (!/^[A-Za-z_$][\w$-]*$/.test(key)) return `[${JSON.stringify(key)}]`;
      return index === 0 ? key : `.${key}`;
    })
    .join("");
}

interface WordedIssue {
  readonly code: RulePackErrorCode;
  readonly path: readonly PathKey[];
  readonly message: string;
}

const nouns: Readonly<Record<string, string>> = {
  string: "a string",
  number: "a number",
  int: "a whole number",
  boolean: "true or false",
  object: "a mapping of fields",
  array: "a list",
};

const shown = (value: unknown) => describeJson(value, "a list");

/** Our words and code for one of zod's issues; a union's issue becomes those of the branch the author meant. */
function wordIssue(issue: z.core.$ZodIssue, base: readonly PathKey[]): WordedIssue[] {
  const path = [...base, ...issue.path.map((key) => (typeof key === "symbol" ? String(key) : key))];
  switch (issue.code) {
    case "invalid_type": {
      if (issue.input === undefined) return [{ code: "MISSING_FIELD", path, message: "is required" }];
      if (issue.expected === "int" && typeof issue.input === "number") {
        return [{ code: "BAD_VALUE", path, message: `${issue.input} is not a whole number` }];
      }
      const expected = nouns[issue.expected] ?? issue.expected;
      // YAML reads `version: 1` as a number and `validFrom: 2008-11-14` as text; the first needs quotes.
      const hint =
        issue.expected === "string" && (typeof issue.input === "number" || typeof issue.input === "boolean")
          ? ` (write it in quotes: "${String(issue.input)}")`
          : "";
      return [
        { code: "WRONG_TYPE", path, message: `expected ${expected}, found ${shown(issue.input)}${hint}` },
      ];
    }
    case "too_small":
    case "too_big": {
      const small = issue.code === "too_small";
      const limit = small ? issue.minimum : issue.maximum;
      if (issue.origin === "array") {
        const message = small ? `must list at least ${limit}` : `must list at most ${limit}`;
        return [{ code: "BAD_VALUE", path, message }];
      }
      const message = `${shown(issue.input)} is ${small ? "below the minimum" : "above the maximum"} ${limit}`;
      return [{ code: "BAD_VALUE", path, message }];
    }
    case "invalid_value":
      if (issue.input === undefined) {
        const options = issue.values.map((value) => JSON.stringify(value)).join(", ");
        return [{ code: "MISSING_FIELD", path, message: `is required (one of ${options})` }];
      }
      return [
        {
          code: "BAD_VALUE",
          path,
          message: `${shown(issue.input)} is not one of ${issue.values.map((value) => JSON.stringify(value)).join(", ")}`,
        },
      ];
    case "invalid_format":
      return [{ code: issue.format === "date" ? "BAD_DATE" : "BAD_VALUE", path, message: issue.message }];
    case "unrecognized_keys":
      return issue.keys.map((key) => ({
        code: "UNKNOWN_FIELD",
        path: [...path, key],
        message: issue.message,
      }));
    case "invalid_key":
      return issue.issues.flatMap((inner) => wordIssue(inner as z.core.$ZodIssue, path));
    case "invalid_union":
      return wordUnionIssue(issue, path);
    case "custom": {
      const code = (issue.params as { code?: RulePackCheckCode } | undefined)?.code ?? "BAD_VALUE";
      return [{ code, path, message: issue.message }];
    }
    default:
      return [{ code: "BAD_VALUE", path, message: issue.message }];
  }
}

function wordUnionIssue(issue: z.core.$ZodIssueInvalidUnion, path: readonly PathKey[]): WordedIssue[] {
  // A rule's kind picks its shape: none or an unknown one is the only problem worth naming.
  if (issue.discriminator !== undefined || issue.errors.length === 0) {
    const parent = path.at(-1) === issue.discriminator ? path.slice(0, -1) : path;
    const object = issue.input;
    const kind = isJsonObject(object) ? object[issue.discriminator ?? "kind"] : undefined;
    return [
      {
        code: kind === undefined ? "MISSING_FIELD" : "UNKNOWN_RULE_KIND",
        path: [...parent, "kind"],
        message: issue.message,
      },
    ];
  }
  // Otherwise the branch with the fewest problems is what the author meant; a tie means we cannot tell.
  const branches = issue.errors.map((errors) => errors.flatMap((inner) => wordIssue(inner, path)));
  const sizes = branches.map((worded) => worded.length);
  const fewest = Math.min(...sizes);
  const best = branches.filter((worded) => worded.length === fewest);
  const signature = (worded: readonly WordedIssue[]) =>
    worded.map((item) => `${item.code} ${formatPath(item.path)} ${item.message}`).join("\n");
  if (best.length === 1 || best.every((worded) => signature(worded) === signature(best[0] ?? []))) {
    return best[0] ?? [];
  }
  return [{ code: "BAD_VALUE", path, message: issue.message }];
}

export interface WriteRulePackOptions {
  /** Where editors find the JSON Schema: a `# yaml-language-server: $schema=…` line, or a `"$schema"` field. */
  readonly schemaUrl?: string;
}

/** The pack as YAML that `readRulePack` reads back to an equal pack. */
export function writeRulePackYaml(pack: RulePack, options: WriteRulePackOptions = {}): string {
  const body = stringify(pack, { version: "1.2", lineWidth: 110 });
  return options.schemaUrl === undefined
    ? body
    : `# yaml-language-server: $schema=${options.schemaUrl}\n${body}`;
}

/** The pack as JSON (two-space indent, a final newline) that `readRulePack` reads back to an equal pack. */
export function writeRulePackJson(pack: RulePack, options: WriteRulePackOptions = {}): string {
  const value = options.schemaUrl === undefined ? pack : { $schema: options.schemaUrl, ...pack };
  return `${JSON.stringify(value, null, 2)}\n`;
}
