// What a line's formula comes to, for showing beside it ("SHOOTDAYS / 6 = 8"): the server computes every total;
// this evaluates the formula with the core's own formula language (numbers, global names, + - * / and brackets,
// exact over bigint fractions), so the person sees the value the server will use. Only that module of the core
// (and its exact fractions) is loaded, not the whole core.
import {
  evaluateExpression,
  expressionNames,
  parseExpression,
  type ExpressionError,
} from "@kinomost/core/budget/expression";
import { parseDecimalRatio, type Ratio } from "@kinomost/core/money/ratio";

export type Fraction = Ratio;

export type FormulaValue =
  | { ok: true; value: Fraction }
  | { ok: false; reason: "syntax" | "unknown" | "division" | "cycle"; name?: string };

/** "12.50" → 25/2, exactly. */
export function parseDecimal(text: string): Fraction | null {
  return parseDecimalRatio(text.trim());
}

/** The global names a formula reads; none when it does not parse. */
export function formulaNames(text: string): string[] {
  const parsed = parseExpression(text);
  return parsed.ok ? [...expressionNames(parsed.value)] : [];
}

/** A global that failed passes its own reason on to the formulas that use it. */
function failure(error: ExpressionError, values: ReadonlyMap<string, FormulaValue>): FormulaValue {
  if (error.code === "DIVISION_BY_ZERO") return { ok: false, reason: "division" };
  if (error.code !== "UNKNOWN_NAME" || error.name === undefined) return { ok: false, reason: "syntax" };
  return values.get(error.name) ?? { ok: false, reason: "unknown", name: error.name };
}

/** A formula's value with the globals already resolved. */
export function evaluateFormula(text: string, values: ReadonlyMap<string, FormulaValue>): FormulaValue {
  const parsed = parseExpression(text);
  if (!parsed.ok) return { ok: false, reason: "syntax" };
  const known = new Map<string, Ratio>();
  for (const [name, value] of values) if (value.ok) known.set(name, value.value);
  const result = evaluateExpression(parsed.value, known);
  return result.ok ? { ok: true, value: result.value } : failure(result.error, values);
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
    const parsed = parseExpression(text);
    if (parsed.ok) for (const used of expressionNames(parsed.value)) visit(used);
    const value: FormulaValue = parsed.ok ? evaluateFormula(text, values) : { ok: false, reason: "syntax" };
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
