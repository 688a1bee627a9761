import { describe, expect, it } from "vitest";
import { defaultTimeZone, isTimeZone } from "./time-zones.ts";

describe("time zones", () => {
  it("knows IANA zones and refuses other words", () => {
    expect(isTimeZone("Europe/Minsk")).toBe(true);
    expect(isTimeZone("Asia/Almaty")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Minsk")).toBe(false);
    expect(isTimeZone("Europe/Atlantis")).toBe(false);
    expect(isTimeZone("")).toBe(false);
  });

  it("gives the capital's zone for the partners' countries", () => {
    expect(defaultTimeZone("BY")).toBe("Europe/Minsk");
    expect(defaultTimeZone("kz")).toBe("Asia/Almaty");
    expect(defaultTimeZone("TJ")).toBe("Asia/Dushanbe");
    expect(defaultTimeZone("ZZ")).toBeNull();
    for (const country of ["RU", "BY", "KZ", "UZ", "TJ", "KG"]) {
      expect(isTimeZone(defaultTimeZone(country)!)).toBe(true);
    }
  });
});
