import { describe, expect, it } from "vitest";
import { countryName, formatMoney, intlLocale, pickText } from "./format.ts";

describe("pickText", () => {
  it("prefers the interface language, then Russian, then English", () => {
    expect(pickText({ ru: "Искра", en: "Iskra" }, "en")).toBe("Iskra");
    expect(pickText({ ru: "Искра" }, "en")).toBe("Искра");
    expect(pickText({ kk: "Ұшқын" }, "ru")).toBe("Ұшқын");
    expect(pickText(undefined, "ru")).toBe("");
  });
});

describe("countryName", () => {
  it("names countries in the interface language", () => {
    expect(countryName("KZ", "ru")).toBe("Казахстан");
    expect(countryName("KZ", "en")).toBe("Kazakhstan");
  });
});

describe("formatMoney", () => {
  const plain = (text: string) => text.replace(/[\u00a0\u202f]/g, " ");

  it("formats minor units without losing digits", () => {
    expect(intlLocale("ru")).toBe("ru-RU");
    expect(plain(formatMoney(123456n, "RUB", "ru"))).toBe("1 234,56 ₽");
    expect(plain(formatMoney("900719925474099312", "KZT", "en"))).toBe("KZT 9,007,199,254,740,993.12");
    expect(plain(formatMoney(-5n, "EUR", "en"))).toBe("-€0.05");
    expect(plain(formatMoney(1500n, "JPY", "en"))).toBe("JP¥1,500");
  });
});
