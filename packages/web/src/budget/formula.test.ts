// The value shown beside a formula must be the one the server computes with: the web evaluator agrees with the
// core's on every formula, well formed or not, and resolves globals that use each other.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateFormula as evaluateInCore, parseDecimalRatio } from "@kinomost/core";
import { evaluateFormula, fractionToDecimal, parseDecimal, resolveGlobals } from "./formula.ts";

const globals = { SHOOTDAYS: "48", EPISODES: "12", HALF: "0.5", ZERO: "0" };
const coreGlobals = new Map(Object.entries(globals).map(([name, text]) => [name, parseDecimalRatio(text)!]));

const atom = fc.oneof(
  fc.constantFrom("SHOOTDAYS", "EPISODES", "HALF", "ZERO", "UNKNOWN", "1", "0", "2.5", "100000", "0.333"),
  fc.nat({ max: 99999 }).map(String),
);
const formula: fc.Arbitrary<string> = fc.letrec<{ expression: string }>((tie) => ({
  expression: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    atom,
    fc
      .tuple(tie("expression"), fc.constantFrom("+", "-", "*", "/", " * ", ""), tie("expression"))
      .map(([a, op, b]) => `${a}${op}${b}`),
    tie("expression").map((inner) => `(${inner})`),
    tie("expression").map((inner) => `-${inner}`),
    fc.constantFrom("(", ")", "*", "1..2", "", " "),
  ),
})).expression;

describe("formula values", () => {
  it("agree with the core's evaluation", () => {
    const values = resolveGlobals(globals);
    fc.assert(
      fc.property(formula, (text) => {
        const web = evaluateFormula(text, values);
        const core = evaluateInCore(text, coreGlobals);
        expect(web.ok, text).toBe(core.ok);
        if (web.ok && core.ok) expect(web.value.n * core.value.d, text).toBe(core.value.n * web.value.d);
      }),
      { numRuns: 2000 },
    );
  });

  it("resolves globals that use each other and reports circles and unknown names", () => {
    const values = resolveGlobals(
      {
        SHOOTWEEKS: "SHOOTDAYS / 6",
        SHOOTDAYS: "DAYS_RU + CAST_1_DAYS",
        DAYS_RU: "8",
        A: "B",
        B: "A",
        C: "D",
      },
      { CAST_1_DAYS: "40" },
    );
    const shown = (name: string) => {
      const value = values.get(name);
      return value?.ok ? fractionToDecimal(value.value).text : value?.reason;
    };
    expect(shown("SHOOTWEEKS")).toBe("8");
    expect(shown("SHOOTDAYS")).toBe("48");
    expect(values.get("A")?.ok).toBe(false);
    expect(shown("C")).toBe("unknown");
  });

  it("shows exact decimals, and rounds only what does not end", () => {
    expect(fractionToDecimal(parseDecimal("1200.50")!)).toEqual({ text: "1200.5", isExact: true });
    expect(fractionToDecimal({ n: 1n, d: 3n })).toEqual({ text: "0.3333", isExact: false });
    expect(fractionToDecimal({ n: -2n, d: 3n })).toEqual({ text: "-0.6667", isExact: false });
    expect(fractionToDecimal({ n: 123456789012345678901n, d: 1n }).text).toBe("123456789012345678901");
  });
});
