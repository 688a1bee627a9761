// The figures of a detail line as a reader wants them printed: the amount, X and rate formulas ("SHOOTDAYS",
// "EPISODES * 2") evaluated over the budget's globals to exact decimals. The money itself comes from computeBudget;
// this only shows the factors it multiplied.
import { evaluateFormula, formatRatio, type Budget, type Ratio } from "@kinomost/core";

/** Decimals shown for a factor that does not end ("SHOOTDAYS / 7"). */
const factorDigits = 4;

/** The globals' exact values: each pass settles those whose names are known, until nothing more settles. */
export function resolveGlobalValues(globals: Budget["globals"]): Map<string, Ratio> {
  const values = new Map<string, Ratio>();
  let pending = Object.entries(globals);
  while (pending.length > 0) {
    const next = pending.filter(([name, formula]) => {
      const value = evaluateFormula(formula, values);
      if (value.ok) values.set(name, value.value);
      return !value.ok;
    });
    if (next.length === pending.length) break;
    pending = next;
  }
  return values;
}

/** The formula's value as a decimal string, or the formula as written when it does not evaluate. */
export function factorText(formula: string | undefined, globals: ReadonlyMap<string, Ratio>): string {
  if (formula === undefined) return "1";
  const value = evaluateFormula(formula, globals);
  return value.ok ? formatRatio(value.value, factorDigits) : formula;
}

export const isDecimalText = (text: string) => /^-?\d+(\.\d+)?$/.test(text);
