import { describe, expect, it } from "vitest";
import { normalizeDecimalInput } from "./decimal-input.ts";

describe("normalizeDecimalInput", () => {
  it("drops digit-group spaces and makes a decimal comma a point", () => {
    expect(normalizeDecimalInput("1 500 000,50")).toBe("1500000.50");
    expect(normalizeDecimalInput("1\u00a0500\u202f000")).toBe("1500000");
    expect(normalizeDecimalInput(" 0,169831 ")).toBe("0.169831");
    expect(normalizeDecimalInput("25")).toBe("25");
    expect(normalizeDecimalInput("12.5")).toBe("12.5");
  });

  it("leaves what is not a decimal for the server to refuse", () => {
    expect(normalizeDecimalInput("12,5.0")).toBe("12,5.0");
    expect(normalizeDecimalInput("abc")).toBe("abc");
    expect(normalizeDecimalInput("")).toBe("");
  });
});
