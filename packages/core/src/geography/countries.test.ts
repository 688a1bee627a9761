import { describe, expect, it } from "vitest";
import { countryName, isCountryCode } from "./countries.ts";

describe("countries", () => {
  it.each(["RU", "BY", "KZ", "TJ", "KG", "UZ"])("knows the partner country %s", (code) => {
    expect(isCountryCode(code)).toBe(true);
  });
  it.each(["ru", "XX", "SU", "RUS", ""])("refuses %j", (code) => {
    expect(isCountryCode(code)).toBe(false);
  });
  it("names countries in Russian and English", () => {
    expect(countryName("KZ", "ru")).toBe("Казахстан");
    expect(countryName("TJ", "en")).toBe("Tajikistan");
  });
});
