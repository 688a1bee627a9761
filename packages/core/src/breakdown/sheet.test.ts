import { describe, expect, it } from "vitest";
import { standardBreakdownCategories, type BreakdownCategory } from "./categories.ts";
import {
  buildBreakdownSheetSections,
  formatSheetElement,
  formatSheetLocation,
  formatSheetSetting,
  formatSheetTime,
  type BreakdownSheetElement,
} from "./sheet.ts";

const drones: BreakdownCategory = {
  key: "custom:drony",
  names: { ru: "Дроны", en: "Drones" },
  color: "#123456",
};
const categories = [drones, ...standardBreakdownCategories];
const element = (category: string, name: string, overrides: Partial<BreakdownSheetElement> = {}) => ({
  category,
  name,
  boardId: null,
  ...overrides,
});

describe("buildBreakdownSheetSections", () => {
  const elements = [
    element("props", "Фляга"),
    element("custom:drony", "Mavic"),
    element("cast", "МАША", { boardId: "10" }),
    element("props", "Винтовка Мосина"),
    element("cast", "ИВАН", { boardId: "1" }),
    element("cast", "СТАРИК"),
    element("custom:unknown", "Что-то"),
    element("weapons", "ППШ", { count: 3, note: "холостые" }),
  ];

  it("orders standard categories first, then the project's own, then unknown keys, leaving out empty ones", () => {
    const sections = buildBreakdownSheetSections({ elements }, categories, "ru");
    expect(sections.map((section) => [section.key, section.title, section.color])).toEqual([
      ["cast", "Актёры", "#ff0000"],
      ["props", "Реквизит", "#7030a0"],
      ["weapons", "Оружие", "#8b0000"],
      ["custom:drony", "Дроны", "#123456"],
      ["custom:unknown", "unknown", "#8c8c8c"],
    ]);
  });

  it("lists numbered elements by number, then the rest alphabetically", () => {
    const [cast, props, weapons] = buildBreakdownSheetSections({ elements }, categories, "ru");
    expect(cast?.items).toEqual(["1. ИВАН", "10. МАША", "СТАРИК"]);
    expect(props?.items).toEqual(["Винтовка Мосина", "Фляга"]);
    expect(weapons?.items).toEqual(["ППШ (3) — холостые"]);
  });

  it("titles in English and falls back to the standard category when the list lacks it", () => {
    const sections = buildBreakdownSheetSections({ elements: [element("makeupHair", "Шрам")] }, [], "en");
    expect(sections).toEqual([
      { key: "makeupHair", title: "Makeup/Hair", color: "#d98cb3", items: ["Шрам"] },
    ]);
  });

  it("gives no sections for no elements", () => {
    expect(buildBreakdownSheetSections({ elements: [] }, categories, "ru")).toEqual([]);
  });
});

describe("sheet labels", () => {
  it("localizes time of day, falling back to the words as written", () => {
    expect(formatSheetTime({ time: "NIGHT", timeText: "НОЧЬ" }, "ru")).toBe("Ночь");
    expect(formatSheetTime({ time: "DAY", timeText: null }, "en")).toBe("Day");
    expect(formatSheetTime({ time: null, timeText: "РЕЖИМ" }, "en")).toBe("РЕЖИМ");
    expect(formatSheetTime({ time: "toString", timeText: null }, "ru")).toBe("");
  });

  it("localizes INT/EXT the Russian way", () => {
    expect(formatSheetSetting("EXT", "ru")).toBe("НАТ.");
    expect(formatSheetSetting("INT/EXT", "en")).toBe("INT./EXT.");
    expect(formatSheetSetting(null, "ru")).toBe("");
  });

  it("joins the location's known parts", () => {
    expect(formatSheetLocation({ name: "Павильон 3", address: "Мосфильмовская ул., 1", country: "RU" })).toBe(
      "Павильон 3, Мосфильмовская ул., 1, RU",
    );
    expect(formatSheetLocation({ name: "Поле", address: null, country: "" })).toBe("Поле");
    expect(formatSheetLocation(null)).toBe("");
  });

  it("formats an element with its number, count and note", () => {
    expect(formatSheetElement(element("cast", "ИВАН", { boardId: "1" }))).toBe("1. ИВАН");
    expect(formatSheetElement(element("background", "Солдаты", { count: 20, note: null }))).toBe(
      "Солдаты (20)",
    );
  });
});
