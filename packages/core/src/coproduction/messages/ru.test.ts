import { describe, expect, it } from "vitest";
import type { CurrencyCode } from "../../money/currency.ts";
import { en } from "./en.ts";
import { resolveMessageLocale, selectPhrasebook } from "./index.ts";
import { ru } from "./ru.ts";
import { fromCountryRu, inCountryRu, ofCountryRu } from "./ru-countries.ts";
import { countRu, moneyRu, numberRu, onLanguagesRu, percentRu } from "./ru-grammar.ts";
import { elementLabelRu, nouns } from "./ru-terms.ts";

const nb = (text: string) => text.replaceAll("~", "\u00a0");

describe("selectPhrasebook", () => {
  it.each([
    ["ru", "ru"],
    ["ru-RU", "ru"],
    ["RU", "ru"],
    ["ru_RU", "ru"],
    ["en", "en"],
    ["en-GB", "en"],
    ["kk", "en"],
    ["", "en"],
    [undefined, "en"],
    ["toString", "en"],
  ])("%s → %s", (locale, expected) => {
    expect(resolveMessageLocale(locale)).toBe(expected);
    expect(selectPhrasebook(locale).locale).toBe(expected);
  });
});

describe("Russian plural forms", () => {
  it.each([
    [1, "1 балл"],
    [2, "2 балла"],
    [5, "5 баллов"],
    [11, "11 баллов"],
    [21, "21 балл"],
    [22, "22 балла"],
    [111, "111 баллов"],
  ])("%d points: %s", (count, expected) => {
    expect(countRu(count, nouns.point)).toBe(expected);
  });

  it.each([
    [2, "(2 балла)"],
    [5, "(5 баллов)"],
    [11, "(11 баллов)"],
    [21, "(21 балл)"],
  ])("an element worth %d points says %s; one worth 1 point says nothing", (worth, expected) => {
    const loss = { kind: "element-missing", label: "композитор" } as const;
    const tally = (points: number) =>
      ru.pointsTally({ points: 0, maximum: 30, required: 16, lost: [{ loss, points }] });
    expect(tally(worth)).toBe(`баллы: 0 из 30 — не указано: композитор ${expected}; требуется 16`);
    expect(tally(1)).toBe("баллы: 0 из 30 — не указано: композитор; требуется 16");
  });

  it.each([
    [{ daysWorked: 1 }, "1 съёмочный день"],
    [{ daysWorked: 2 }, "2 съёмочных дня"],
    [{ daysWorked: 5 }, "5 съёмочных дней"],
    [{ daysWorked: 11 }, "11 съёмочных дней"],
    [{ daysWorked: 21 }, "21 съёмочный день"],
    [{ scenes: 1 }, "в 1 сцене"],
    [{ scenes: 3 }, "в 3 сценах"],
    [{ scenes: 11 }, "в 11 сценах"],
    [{ scenes: 21 }, "в 21 сцене"],
  ])("a lead with %o is cited with «%s»", (weight, expected) => {
    const lead = { name: "Анна Хубер", role: "actor", citizenship: ["AT"], ...weight } as const;
    expect(ru.pointsLoss({ kind: "lead-outside", label: "первая роль", lead })).toBe(
      `первая роль (Анна Хубер, AT, ${expected}) не из страны-участницы`,
    );
  });

  it("declines co-producers, citizens and percentage points", () => {
    expect(ru.partiesAbsent({ tooFew: { coProducers: 1, minimum: 2 }, missing: [] })).toBe(
      "1 сопродюсер из стран-участниц, требуется не менее 2",
    );
    expect(ru.shareLimitsTooFew({ coProducers: 0, partiesOnly: false })).toBe(
      "0 сопродюсеров; для проверки пределов долей нужно не менее двух",
    );
    expect(countRu(21, nouns.ofCitizens)).toBe("21 гражданина");
    expect(countRu("2.5", nouns.percentagePoint)).toBe("2,5 процентного пункта");
    expect(countRu(1, nouns.ofPercentagePoints)).toBe("1 процентного пункта");
  });
});

describe("Russian numbers", () => {
  it("writes a decimal comma, keeps every digit, and groups thousands from five digits on", () => {
    expect(numberRu("12.5")).toBe("12,5");
    expect(numberRu("16.67")).toBe("16,67");
    expect(numberRu(1000)).toBe("1000");
    expect(numberRu("12345678901234567.125")).toBe(nb("12~345~678~901~234~567,125"));
    expect(numberRu("-30000.5")).toBe(nb("-30~000,5"));
  });

  it("puts a no-break space before % and the currency code after the amount", () => {
    expect(percentRu("12.5")).toBe(nb("12,5~%"));
    expect(moneyRu({ minor: 2000000000n, currency: "RUB" as CurrencyCode })).toBe(nb("20~000~000,00~RUB"));
    expect(moneyRu({ minor: 150n, currency: "JPY" as CurrencyCode })).toBe(nb("150~JPY"));
  });

  it("gives the English phrasebook its dot and plain spaces unchanged", () => {
    const partner = { name: "Tajikfilm", country: "TJ", share: "12.5" };
    const offence = { partner, mode: "multilateral", problem: "below-minimum", limit: 15 } as const;
    expect(en.shareLimitOffence(offence)).toBe("Tajikfilm (TJ) 12.5 % is below the 15 % minimum");
    expect(ru.shareLimitOffence(offence)).toBe(
      nb("доля Tajikfilm (TJ) 12,5~% ниже минимума 15~% для многосторонней копродукции"),
    );
  });
});

describe("Russian words", () => {
  it("declines countries with their prepositions, and falls back to «страна» outside the table", () => {
    expect([fromCountryRu("RU"), inCountryRu("RU"), ofCountryRu("RU")]).toEqual([
      "из России",
      "в России",
      "России",
    ]);
    expect([fromCountryRu("CY"), inCountryRu("CY")]).toEqual(["с Кипра", "на Кипре"]);
    expect(inCountryRu("FR")).toBe("во Франции");
    expect([fromCountryRu("GT"), inCountryRu("GT"), ofCountryRu("GT")]).toEqual([
      "из страны Гватемала",
      "в стране Гватемала",
      "страны Гватемала",
    ]);
  });

  it("names language versions in the prepositional, or lists names that do not decline", () => {
    expect(onLanguagesRu(["ru", "uz"])).toBe("на русском и узбекском языках");
    expect(onLanguagesRu(["kk"])).toBe("на казахском языке");
    expect(onLanguagesRu(["hi", "he"])).toBe("на языках: хинди, иврит");
  });

  it("names every person role, and points elements a pack gives no Russian label", () => {
    expect(ru.personRole("director-of-photography")).toBe("оператор-постановщик");
    expect(ru.personRole("vfx-supervisor")).toBe("супервайзер VFX");
    expect(ru.partnerRole("financial")).toBe("финансовый сопродюсер");
    expect(elementLabelRu({ id: "x", label: "x", points: 1, leadRank: 2 })).toBe("вторая роль");
    expect(elementLabelRu({ id: "x", label: "x", points: 1, places: ["studio", "shooting"] })).toBe(
      "студия или место съёмок",
    );
    expect(elementLabelRu({ id: "x", label: "x", points: 1, role: "costume-designer" })).toBe(
      "художник по костюмам",
    );
  });

  it("speaks of a missing rate with a Russian date", () => {
    expect(ru.conversionError({ code: "MISSING_RATE", currency: "UZS", to: "RUB", date: "2025-03-03" })).toBe(
      "нет курса UZS→RUB на 03.03.2025",
    );
    expect(en.conversionError({ code: "MISSING_RATE", currency: "UZS", to: "RUB", date: "2025-03-03" })).toBe(
      "no UZS→RUB rate for 2025-03-03",
    );
  });
});
