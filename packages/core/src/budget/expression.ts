// A tiny formula language for budget fields: numbers, global names (SHOOTDAYS, EPISODES), + - * / and brackets,
// evaluated exactly over rationals. It never calls eval, never uses floating point and never throws:
// every bad input, however long or deeply nested, comes back as an error value with a stable code.
import {
  addRatio,
  divideRatio,
  multiplyRatio,
  parseDecimalRatio,
  subtractRatio,
  type Ratio,
} from "../money/ratio.ts";

export type Expression =
  | { readonly kind: "number"; readonly value: Ratio }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "negate"; readonly operand: Expression }
  | {
      readonly kind: "binary";
      readonly operator: "+" | "-" | "*" | "/";
      readonly left: Expression;
      readonly right: Expression;
    };

export type ExpressionErrorCode =
  | "EMPTY"
  | "TOO_LONG"
  | "TOO_DEEP"
  | "UNEXPECTED_CHARACTER"
  | "UNEXPECTED_TOKEN"
  | "UNEXPECTED_END"
  | "BAD_NUMBER"
  | "UNKNOWN_NAME"
  | "DIVISION_BY_ZERO";

export interface ExpressionError {
  readonly code: ExpressionErrorCode;
  /** 0-based character offset in the formula, when the error has a place. */
  readonly position?: number;
  readonly name?: string;
  readonly message: string;
}

export type ExpressionResult<T> = { ok: true; value: T } | { ok: false; error: ExpressionError };

// Limits keep a hostile formula from exhausting the stack or the bigint arithmetic.
const maxLength = 1000;
const maxDepth = 64;

type Token =
  | { kind: "number"; text: string; at: number }
  | { kind: "name"; text: string; at: number }
  | { kind: "op"; text: "+" | "-" | "*" | "/" | "(" | ")"; at: number };

const namePattern = /[\p{L}_][\p{L}\p{N}_]*/uy;
const numberPattern = /\d+(?:\.\d+)?/y;

function tokenize(text: string): ExpressionResult<Token[]> {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    const char = text[at] ?? "";
    if (/\s/.test(char)) {
      at++;
      continue;
    }
    if ("+-*/()".includes(char)) {
      tokens.push({ kind: "op", text: char as "+", at });
      at++;
      continue;
    }
    numberPattern.lastIndex = at;
    const number = numberPattern.exec(text);
    if (number) {
      const end = at + number[0].length;
      if (/[\p{L}_.,\d]/u.test(text[end] ?? "")) {
        return fail("BAD_NUMBER", `"${text.slice(at, end + 1)}" is not a number`, at);
      }
      tokens.push({ kind: "number", text: number[0], at });
      at = end;
      continue;
    }
    namePattern.lastIndex = at;
    const name = namePattern.exec(text);
    if (name) {
      tokens.push({ kind: "name", text: name[0], at });
      at += name[0].length;
      continue;
    }
    return fail("UNEXPECTED_CHARACTER", `unexpected "${char}"`, at);
  }
  return { ok: true, value: tokens };
}

function fail<T>(code: ExpressionErrorCode, message: string, position?: number): ExpressionResult<T> {
  return { ok: false, error: position === undefined ? { code, message } : { code, message, position } };
}

class Parser {
  private index = 0;
  constructor(
    private readonly tokens: Token[],
    private readonly length: number,
  ) {}

  parse(): ExpressionResult<Expression> {
    const expression = this.sum(0);
    if (!expression.ok) return expression;
    const extra = this.tokens[this.index];
    if (extra) return fail("UNEXPECTED_TOKEN", `unexpected "${extra.text}"`, extra.at);
    return expression;
  }

  private sum(depth: number): ExpressionResult<Expression> {
    let left = this.product(depth);
    for (let token = this.tokens[this.index]; left.ok && token; token = this.tokens[this.index]) {
      if (token.kind !== "op" || (token.text !== "+" && token.text !== "-")) break;
      this.index++;
      const right = this.product(depth);
      if (!right.ok) return right;
      left = {
        ok: true,
        value: { kind: "binary", operator: token.text, left: left.value, right: right.value },
      };
    }
    return left;
  }

  private product(depth: number): ExpressionResult<Expression> {
    let left = this.unary(depth);
    for (let token = this.tokens[this.index]; left.ok && token; token = this.tokens[this.index]) {
      if (token.kind !== "op" || (token.text !== "*" && token.text !== "/")) break;
      this.index++;
      const right = this.unary(depth);
      if (!right.ok) return right;
      left = {
        ok: true,
        value: { kind: "binary", operator: token.text, left: left.value, right: right.value },
      };
    }
    return left;
  }

  private unary(depth: number): ExpressionResult<Expression> {
    if (depth > maxDepth) return fail("TOO_DEEP", `nested more than ${maxDepth} levels`);
    const token = this.tokens[this.index];
    if (!token) return fail("UNEXPECTED_END", "the formula ends too early", this.length);
    this.index++;
    if (token.kind === "number") {
      const value = parseDecimalRatio(token.text);
      if (value === null) return fail("BAD_NUMBER", `"${token.text}" is not a number`, token.at);
      return { ok: true, value: { kind: "number", value } };
    }
    if (token.kind === "name") return { ok: true, value: { kind: "name", name: token.text } };
    if (token.text === "-" || token.text === "+") {
      const operand = this.unary(depth + 1);
      if (!operand.ok || token.text === "+") return operand;
      return { ok: true, value: { kind: "negate", operand: operand.value } };
    }
    if (token.text === "(") {
      const inner = this.sum(depth + 1);
      if (!inner.ok) return inner;
      const close = this.tokens[this.index];
      if (!close) return fail("UNEXPECTED_END", `"(" at ${token.at + 1} is never closed`, this.length);
      if (close.text !== ")")
        return fail("UNEXPECTED_TOKEN", `expected ")", found "${close.text}"`, close.at);
      this.index++;
      return inner;
    }
    return fail("UNEXPECTED_TOKEN", `unexpected "${token.text}"`, token.at);
  }
}

/** Parses a formula such as "SHOOTDAYS * 1.5" or "(EPISODES - 1) / 2". */
export function parseExpression(text: string): ExpressionResult<Expression> {
  if (typeof text !== "string") return fail("UNEXPECTED_CHARACTER", "a formula must be text");
  if (text.length > maxLength) return fail("TOO_LONG", `longer than ${maxLength} characters`);
  if (text.trim() === "") return fail("EMPTY", "the formula is empty");
  const tokens = tokenize(text);
  if (!tokens.ok) return tokens;
  return new Parser(tokens.value, text.length).parse();
}

/** The global names a formula reads, in order of appearance, each once. */
export function expressionNames(expression: Expression, into: Set<string> = new Set()): Set<string> {
  switch (expression.kind) {
    case "name":
      into.add(expression.name);
      break;
    case "negate":
      expressionNames(expression.operand, into);
      break;
    case "binary":
      expressionNames(expression.left, into);
      expressionNames(expression.right, into);
      break;
    case "number":
      break;
  }
  return into;
}

/** Evaluates exactly; an unknown name or a division by zero is an error value. */
export function evaluateExpression(
  expression: Expression,
  globals: ReadonlyMap<string, Ratio>,
): ExpressionResult<Ratio> {
  switch (expression.kind) {
    case "number":
      return { ok: true, value: expression.value };
    case "name": {
      const value = globals.get(expression.name);
      if (value === undefined) {
        return {
          ok: false,
          error: {
            code: "UNKNOWN_NAME",
            name: expression.name,
            message: `unknown global ${expression.name}`,
          },
        };
      }
      return { ok: true, value };
    }
    case "negate": {
      const operand = evaluateExpression(expression.operand, globals);
      return operand.ok ? { ok: true, value: { n: -operand.value.n, d: operand.value.d } } : operand;
    }
    case "binary": {
      const left = evaluateExpression(expression.left, globals);
      if (!left.ok) return left;
      const right = evaluateExpression(expression.right, globals);
      if (!right.ok) return right;
      switch (expression.operator) {
        case "+":
          return { ok: true, value: addRatio(left.value, right.value) };
        case "-":
          return { ok: true, value: subtractRatio(left.value, right.value) };
        case "*":
          return { ok: true, value: multiplyRatio(left.value, right.value) };
        case "/": {
          const value = divideRatio(left.value, right.value);
          return value === null ? fail("DIVISION_BY_ZERO", "division by zero") : { ok: true, value };
        }
      }
    }
  }
}

/** Parses and evaluates in one step. */
export function evaluateFormula(text: string, globals: ReadonlyMap<string, Ratio>): ExpressionResult<Ratio> {
  const parsed = parseExpression(text);
  return parsed.ok ? evaluateExpression(parsed.value, globals) : parsed;
}
