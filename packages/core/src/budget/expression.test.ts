import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluateFormula, parseExpression } from "./expression.ts";
import type { Ratio } from "../money/ratio.ts";

const globals = new Map<string, Ratio>([
  ["SHOOTDAYS", { n: 30n, d: 1n }],
  ["EPISODES", { n: 12n, d: 1n }],
  ["ДНИ", { n: 5n, d: 1n }],
]);

describe("evaluateFormula", () => {
  it.each([
    ["SHOOTDAYS", { n: 30n, d: 1n }],
    ["SHOOTDAYS * 1.5", { n: 450n, d: 10n }],
    ["(EPISODES - 2) / 4", { n: 10n, d: 4n }],
    ["-2 + 3 * -(1 + 1)", { n: -8n, d: 1n }],
    ["ДНИ * 2", { n: 10n, d: 1n }],
    ["0.1 + 0.2", { n: 3n, d: 10n }],
  ])("%s", (text, expected) => {
    const result = evaluateFormula(text, globals);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.n * expected.d).toBe(expected.n * result.value.d);
  });

  it("stays exact where floats drift: 1/3 * 3 is exactly 1", () => {
    const result = evaluateFormula("1 / 3 * 3", globals);
    expect(result.ok && result.value.n === result.value.d).toBe(true);
  });

  it.each([
    ["", "EMPTY"],
    ["SHOOTDAYS *", "UNEXPECTED_END"],
    ["(1 + 2", "UNEXPECTED_END"],
    ["1 + 2)", "UNEXPECTED_TOKEN"],
    ["2 ^ 3", "UNEXPECTED_CHARACTER"],
    ["12,5", "BAD_NUMBER"],
    ["1.2.3", "BAD_NUMBER"],
    ["1e3", "BAD_NUMBER"],
    ["WEEKS * 5", "UNKNOWN_NAME"],
    ["10 / (EPISODES - 12)", "DIVISION_BY_ZERO"],
    ["(".repeat(200) + "1" + ")".repeat(200), "TOO_DEEP"],
    ["1+".repeat(600) + "1", "TOO_LONG"],
    ["process.exit()", "UNEXPECTED_CHARACTER"],
  ])("%j fails with %s", (text, code) => {
    const result = evaluateFormula(text, globals);
    expect(result.ok ? null : result.error.code).toBe(code);
  });

  it("never throws on arbitrary strings: every failure is a value", () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 300 }), fc.stringMatching(/^[-+*/() 0-9.A-Z]{0,200}$/)),
        (text) => {
          const result = evaluateFormula(text, globals);
          expect(typeof result.ok).toBe("boolean");
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("parses once and names its position", () => {
    const result = parseExpression("SHOOTDAYS * * 2");
    expect(result).toMatchObject({ ok: false, error: { code: "UNEXPECTED_TOKEN", position: 12 } });
  });
});
