// Resolves a budget's globals (SHOOTDAYS = 30, PREPWEEKS = SHOOTDAYS / 5) to exact values, in dependency order.
// A global may use other globals; a cycle, an unknown name or a bad formula is an error value naming the global.
import type { Ratio } from "../money/ratio.ts";
import { evaluateExpression, expressionNames, parseExpression, type Expression } from "./expression.ts";
import type { BudgetError } from "./types.ts";

export function resolveGlobals(
  globals: Readonly<Record<string, string>>,
): { ok: true; value: Map<string, Ratio> } | { ok: false; errors: BudgetError[] } {
  const parsed = new Map<string, Expression>();
  const errors: BudgetError[] = [];
  for (const [name, text] of Object.entries(globals)) {
    const expression = parseExpression(text);
    if (expression.ok) parsed.set(name, expression.value);
    else
      errors.push({
        code: "BAD_FORMULA",
        path: `globals.${name}`,
        message: `${name}: ${expression.error.message}`,
      });
  }
  const values = new Map<string, Ratio>();
  const visiting = new Set<string>();
  const visit = (name: string, path: string[]): boolean => {
    if (values.has(name)) return true;
    const expression = parsed.get(name);
    if (!expression) return false;
    if (visiting.has(name)) {
      errors.push({
        code: "GLOBAL_CYCLE",
        path: `globals.${name}`,
        message: `globals refer to each other in a circle: ${[...path, name].join(" → ")}`,
      });
      return false;
    }
    visiting.add(name);
    const resolved = [...expressionNames(expression)].every((used) => visit(used, [...path, name]));
    visiting.delete(name);
    if (!resolved) return false;
    const value = evaluateExpression(expression, values);
    if (!value.ok) {
      const code = value.error.code === "UNKNOWN_NAME" ? "UNKNOWN_GLOBAL" : "BAD_FORMULA";
      errors.push({ code, path: `globals.${name}`, message: `${name}: ${value.error.message}` });
      return false;
    }
    values.set(name, value.value);
    return true;
  };
  for (const name of parsed.keys()) {
    if (!visit(name, []) && !errors.some((error) => error.path === `globals.${name}`)) {
      const unknown = [...expressionNames(parsed.get(name) ?? { kind: "name", name })].find(
        (used) => !parsed.has(used),
      );
      if (unknown !== undefined) {
        errors.push({
          code: "UNKNOWN_GLOBAL",
          path: `globals.${name}`,
          message: `${name}: unknown global ${unknown}`,
        });
      }
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: values };
}
