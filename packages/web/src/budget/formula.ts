// What a line's formula comes to, for showing beside it ("SHOOTDAYS / 6 = 8"): the server computes every total;
// this only evaluates the same small language (numbers, global names, + - * / and brackets) exactly, over
// bigint fractions, so the person sees the value the server will use. It never uses floating point or eval.

export interface Fraction {
  n: bigint;
  d: bigint;
}

export type FormulaValue =
  | { ok: true; value: Fraction }
  | { ok: false; reason: "syntax" | "unknown" | "division" | "cycle"; name?: string };

type Node =
  | { kind: "number"; value: Fraction }
  | { kind: "name"; name: string }
  | { kind: "negate"; operand: Node }
  | { kind: "binary"; operator: string; left: Node; right: Node };

const tokenPattern = /\s*(?:(\d+(?:\.\d+)?)|([\p{L}_][\p{L}\p{N}_]*)|([-+*/()]))/uy;

function tokenize(text: string): string[] | null {
  const tokens: string[] = [];
  tokenPattern.lastIndex = 0;
  while (tokenPattern.lastIndex < text.length) {
    if (/^\s*$/.test(text.slice(tokenPattern.lastIndex))) break;
    const match = tokenPattern.exec(text);
    if (!match) return null;
    tokens.push(match[1] ?? match[2] ?? match[3] ?? "");
  }
  return tokens;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = a < 0n ? -a : a;
  let y = b < 0n ? -b : b;
  while (y !== 0n) [x, y] = [y, x % y];
  return x === 0n ? 1n : x;
}

function fraction(n: bigint, d: bigint): Fraction {
  const sign = d < 0n ? -1n : 1n;
  const divisor = gcd(n, d);
  return { n: (sign * n) / divisor, d: (sign * d) / divisor };
}

/** "12.50" → 25/2, exactly. */
export function parseDecimal(text: string): Fraction | null {
  const match = /^(-?)(\d+)(?:\.(\d+))?$/.exec(text.trim());
  if (!match) return null;
  const decimals = match[3] ?? "";
  const n = BigInt(`${match[2]}${decimals}`) * (match[1] === "-" ? -1n : 1n);
  return fraction(n, 10n ** BigInt(decimals.length));
}

function parse(text: string): Node | null {
  const tokens = tokenize(text);
  if (!tokens || tokens.length === 0) return null;
  let index = 0;
  const peek = () => tokens[index];
  const sum = (depth: number): Node | null => {
    let left = product(depth);
    while (left && (peek() === "+" || peek() === "-")) {
      const operator = tokens[index++]!;
      const right = product(depth);
      if (!right) return null;
      left = { kind: "binary", operator, left, right };
    }
    return left;
  };
  const product = (depth: number): Node | null => {
    let left = unary(depth);
    while (left && (peek() === "*" || peek() === "/")) {
      const operator = tokens[index++]!;
      const right = unary(depth);
      if (!right) return null;
      left = { kind: "binary", operator, left, right };
    }
    return left;
  };
  const unary = (depth: number): Node | null => {
    if (depth > 64) return null;
    const token = tokens[index++];
    if (token === undefined) return null;
    if (token === "-") {
      const operand = unary(depth + 1);
      return operand && { kind: "negate", operand };
    }
    if (token === "+") return unary(depth + 1);
    if (token === "(") {
      const inner = sum(depth + 1);
      if (!inner || tokens[index++] !== ")") return null;
      return inner;
    }
    if (/^\d/.test(token)) {
      const value = parseDecimal(token);
      return value && { kind: "number", value };
    }
    if (/^[\p{L}_]/u.test(token)) return { kind: "name", name: token };
    return null;
  };
  const node = sum(0);
  return node && index === tokens.length ? node : null;
}

function names(node: Node, into: Set<string>): Set<string> {
  if (node.kind === "name") into.add(node.name);
  else if (node.kind === "negate") names(node.operand, into);
  else if (node.kind === "binary") {
    names(node.left, into);
    names(node.right, into);
  }
  return into;
}

/** The global names a formula reads; none when it does not parse. */
export function formulaNames(text: string): string[] {
  const node = parse(text);
  return node ? [...names(node, new Set())] : [];
}

function evaluate(node: Node, values: ReadonlyMap<string, FormulaValue>): FormulaValue {
  switch (node.kind) {
    case "number":
      return { ok: true, value: node.value };
    case "name": {
      const value = values.get(node.name);
      return value ?? { ok: false, reason: "unknown", name: node.name };
    }
    case "negate": {
      const operand = evaluate(node.operand, values);
      return operand.ok ? { ok: true, value: { n: -operand.value.n, d: operand.value.d } } : operand;
    }
    case "binary": {
      const left = evaluate(node.left, values);
      if (!left.ok) return left;
      const right = evaluate(node.right, values);
      if (!right.ok) return right;
      const [a, b] = [left.value, right.value];
      if (node.operator === "+") return { ok: true, value: fraction(a.n * b.d + b.n * a.d, a.d * b.d) };
      if (node.operator === "-") return { ok: true, value: fraction(a.n * b.d - b.n * a.d, a.d * b.d) };
      if (node.operator === "*") return { ok: true, value: fraction(a.n * b.n, a.d * b.d) };
      if (b.n === 0n) return { ok: false, reason: "division" };
      return { ok: true, value: fraction(a.n * b.d, a.d * b.n) };
    }
  }
}

/** A formula's value with the globals already resolved. */
export function evaluateFormula(text: string, values: ReadonlyMap<string, FormulaValue>): FormulaValue {
  const node = parse(text);
  return node ? evaluate(node, values) : { ok: false, reason: "syntax" };
}

/**
 * Every global's value: the budget's own (which may use each other, never in a circle) and the fixed ones
 * from the schedule, which a budget cannot redefine.
 */
export function resolveGlobals(
  globals: Readonly<Record<string, string>>,
  fixed: Readonly<Record<string, string>> = {},
): Map<string, FormulaValue> {
  const values = new Map<string, FormulaValue>();
  for (const [name, text] of Object.entries(fixed)) {
    const value = parseDecimal(text);
    values.set(name, value ? { ok: true, value } : { ok: false, reason: "syntax" });
  }
  const visiting = new Set<string>();
  const visit = (name: string): FormulaValue => {
    const known = values.get(name);
    if (known) return known;
    const text = globals[name];
    if (text === undefined) return { ok: false, reason: "unknown", name };
    if (visiting.has(name)) return { ok: false, reason: "cycle", name };
    visiting.add(name);
    const node = parse(text);
    let value: FormulaValue = { ok: false, reason: "syntax" };
    if (node) {
      for (const used of names(node, new Set())) visit(used);
      value = evaluate(node, values);
    }
    visiting.delete(name);
    values.set(name, value);
    return value;
  };
  for (const name of Object.keys(globals)) visit(name);
  return values;
}

/**
 * A fraction as a decimal string for display: exact when it ends within `digits` places, otherwise rounded
 * half away from zero to `digits` places (a third of a week is shown as 0.3333).
 */
export function fractionToDecimal(value: Fraction, digits = 4): { text: string; isExact: boolean } {
  const scale = 10n ** BigInt(digits);
  const negative = value.n < 0n;
  const n = negative ? -value.n : value.n;
  const scaled = n * scale;
  let units = scaled / value.d;
  const remainder = scaled % value.d;
  if (remainder * 2n >= value.d) units += 1n;
  const whole = units / scale;
  const fractionPart = (units % scale).toString().padStart(digits, "0").replace(/0+$/, "");
  const text = `${negative && units !== 0n ? "-" : ""}${whole}${fractionPart ? `.${fractionPart}` : ""}`;
  return { text, isExact: remainder === 0n };
}

/** Whether a formula is just a number ("45000", "1.5"): then there is nothing to show beside it. */
export function isPlainNumber(text: string): boolean {
  return /^\s*\d+(?:\.\d+)?\s*$/.test(text);
}

/** Names a budget takes from the published shooting schedule: CAST_<n>_DAYS, CAST_<n>_WORK, SCHEDULE_*. */
export function isScheduleGlobal(name: string): boolean {
  return name.startsWith("CAST_") || name.startsWith("SCHEDULE_");
}
