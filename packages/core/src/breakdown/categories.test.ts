import { describe, expect, it } from "vitest";
import {
  breakdownCategoryKeys,
  customCategoryKey,
  isCustomCategoryKey,
  isStandardCategoryKey,
  matchCategoryName,
  standardBreakdownCategories,
} from "./categories.ts";

describe("standard categories", () => {
  it("has one category per key, in key order, each with both names and a colour", () => {
    expect(standardBreakdownCategories.map((category) => category.key)).toEqual([...breakdownCategoryKeys]);
    for (const category of standardBreakdownCategories) {
      expect(category.names.ru).not.toBe("");
      expect(category.names.en).not.toBe("");
      expect(category.color).toMatch(/^#[0-9a-f]{6}$/);
    }
  });

  it("uses distinct Russian and English names", () => {
    const ru = standardBreakdownCategories.map((category) => category.names.ru);
    const en = standardBreakdownCategories.map((category) => category.names.en);
    expect(new Set(ru).size).toBe(ru.length);
    expect(new Set(en).size).toBe(en.length);
  });

  it("keeps the trade's marker colours", () => {
    const color = (key: string) =>
      standardBreakdownCategories.find((category) => category.key === key)?.color;
    expect(color("cast")).toBe("#ff0000");
    expect(color("props")).toBe("#7030a0");
    expect(color("specialEffects")).toBe("#0070c0");
  });

  it("tells standard keys from custom ones", () => {
    expect(isStandardCategoryKey("props")).toBe(true);
    expect(isStandardCategoryKey("toString")).toBe(false);
    expect(isCustomCategoryKey("custom:dronov")).toBe(true);
    expect(isCustomCategoryKey("custom:")).toBe(false);
  });
});

describe("customCategoryKey", () => {
  it("transliterates Cyrillic", () => {
    expect(customCategoryKey("Дроны")).toBe("custom:drony");
    expect(customCategoryKey("Съёмочная группа: щенки")).toBe("custom:semochnaya-gruppa-shchenki");
    expect(customCategoryKey("Қазақ өнері")).toBe("custom:qazaq-oneri");
  });

  it("drops Latin accents and keeps other scripts' letters", () => {
    expect(customCategoryKey("Café Équipe")).toBe("custom:cafe-equipe");
    expect(customCategoryKey("  drones & FPV  ")).toBe("custom:drones-fpv");
    expect(customCategoryKey("ドローン 2")).toBe("custom:ドローン-2");
  });

  it("is deterministic and never empty", () => {
    expect(customCategoryKey("Дроны")).toBe(customCategoryKey("Дроны"));
    expect(customCategoryKey("!!!")).toBe("custom:category");
    expect(customCategoryKey("я".repeat(100)).length).toBeLessThanOrEqual("custom:".length + 64);
  });
});

describe("matchCategoryName", () => {
  it.each([
    ["Cast Members", "cast"],
    ["Background Actors", "background"],
    ["Extras", "background"],
    ["Props", "props"],
    ["Makeup/Hair", "makeupHair"],
    ["Hair & Makeup", "makeupHair"],
    ["Set Dressing", "setDressing"],
    ["Special Effects", "specialEffects"],
    ["Vehicles", "vehicles"],
    ["Weapons", "weapons"],
    ["Animal Wrangler", "animalWrangler"],
    ["Актёры массовки", "background"],
    ["Актеры массовки (атмосфера)", "background"],
    ["Актёры массовки (без слов)", "background"],
    ["Реквизит", "props"],
    ["Игровой транспорт", "vehicles"],
    ["Грим/причёска", "makeupHair"],
    ["ГРИМ / ПРИЧЕСКА", "makeupHair"],
    ["Декорации", "artDepartment"],
    ["Обстановка", "setDressing"],
    ["Специальное оборудование", "specialEquipment"],
    ["Оптические эффекты", "visualEffects"],
    ["Обеспечение", "additionalLabor"],
    ["Зелёные насаждения", "greenery"],
    ["Военная техника", "militaryVehicles"],
    ["Пиротехника", "pyrotechnics"],
    ["Extras: Atmosphere", "background"],
    ["  cast  ", "cast"],
    ["makeupHair", "makeupHair"],
  ])("%s → %s", (name, key) => {
    expect(matchCategoryName(name)).toBe(key);
  });

  it("maps every standard name in both languages to its key", () => {
    for (const category of standardBreakdownCategories) {
      expect(matchCategoryName(category.names.ru)).toBe(category.key);
      expect(matchCategoryName(category.names.en.toUpperCase())).toBe(category.key);
    }
  });

  it("returns null for names it does not know", () => {
    expect(matchCategoryName("Дроны")).toBeNull();
    expect(matchCategoryName("")).toBeNull();
    expect(matchCategoryName("(props)")).toBeNull();
  });
});
