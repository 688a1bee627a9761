import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseJsonKeepingNumberText, quoteJsonNumbers } from "./json-text.ts";

/** What JSON.parse gives, with every number as the text JSON.stringify wrote for it. */
function numbersAsText(value: unknown): unknown {
  if (typeof value === "number") return String(value);
  if (Array.isArray(value)) return value.map(numbersAsText);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, numbersAsText(inner)]));
  }
  return value;
}

function parses(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

describe("parseJsonKeepingNumberText", () => {
  it("keeps a number's digits and leaves numbers inside strings alone", () => {
    expect(parseJsonKeepingNumberText('{"rate": 3.38740, "note": "1.5 \\" 2", "n": [-0.1e-2, 100]}')).toEqual(
      {
        ok: true,
        value: { rate: "3.38740", note: '1.5 " 2', n: ["-0.1e-2", "100"] },
      },
    );
  });

  it("reports the error of the original text", () => {
    expect(parseJsonKeepingNumberText("[01]")).toMatchObject({ ok: false });
  });

  it("gives what JSON.parse gives, numbers as text", () => {
    fc.assert(
      fc.property(fc.json(), (text) => {
        expect(parseJsonKeepingNumberText(text)).toEqual({
          ok: true,
          value: numbersAsText(JSON.parse(text)),
        });
      }),
    );
  });

  it("rewrites valid JSON into valid JSON and invalid into invalid", () => {
    const noisy = fc.string({ unit: fc.constantFrom(...'[]{}",:-+.eE0123456789 \\tnrufals'), maxLength: 30 });
    fc.assert(
      fc.property(fc.oneof(noisy, fc.json()), (text) => {
        expect(parses(quoteJsonNumbers(text))).toBe(parses(text));
      }),
    );
  });
});
