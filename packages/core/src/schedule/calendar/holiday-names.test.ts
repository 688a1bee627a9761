import { describe, expect, it } from "vitest";
import { holidayCountries, publicHolidays } from "../production/holidays.ts";
import { namedPublicHolidays } from "./holiday-names.ts";

const on = (country: string, date: string) =>
  namedPublicHolidays(country, Number(date.slice(0, 4)), Number(date.slice(0, 4))).find(
    (holiday) => holiday.date === date,
  )?.names;

describe("namedPublicHolidays", () => {
  it("keeps the dates the scheduler keeps free, for every known country and a span of years", () => {
    for (const country of holidayCountries) {
      expect(namedPublicHolidays(country, 2026, 2028).map((holiday) => holiday.date)).toEqual(
        publicHolidays(country, 2026, 2028).map((holiday) => holiday.date),
      );
    }
    expect(namedPublicHolidays("ZZ", 2027, 2027)).toEqual([]);
  });

  it("names Russia's and Kazakhstan's holidays in Russian and English from the library", () => {
    expect(on("RU", "2027-05-09")).toEqual({ ru: "День Победы", en: "Victory Day" });
    expect(on("RU", "2027-06-12")).toEqual({ ru: "День России", en: "Russia Day" });
    expect(on("KZ", "2027-03-21")).toEqual({ ru: "Наурыз мейрамы", en: "Nauryz" });
    expect(on("uz", "2027-03-21")).toEqual({ ru: "Праздник Навруз", en: "Nowruz" });
  });

  it("says Belarus's holidays in Russian, not Belarusian", () => {
    expect(on("BY", "2027-05-09")).toEqual({ ru: "День Победы", en: "Victory Day" });
    expect(on("BY", "2027-07-03")).toEqual({ ru: "День Независимости", en: "Independence Day" });
    for (const holiday of namedPublicHolidays("BY", 2026, 2028))
      expect(holiday.names.ru).not.toMatch(/[іўa-z]/u);
  });

  it("translates Tajikistan's and Kyrgyzstan's own rules", () => {
    expect(on("TJ", "2027-03-22")).toEqual({ ru: "Навруз", en: "Navruz" });
    expect(on("KG", "2027-08-31")).toEqual({ ru: "День независимости", en: "Independence Day" });
    for (const country of ["TJ", "KG"])
      for (const holiday of namedPublicHolidays(country, 2026, 2027))
        expect(holiday.names.ru, holiday.names.en).toMatch(/^[А-ЯЁ][а-яёА-ЯЁ ]+$/u);
  });

  it("marks a substitute day off alike in both languages", () => {
    const substitutes = ["KZ", "UZ"].flatMap((country) =>
      namedPublicHolidays(country, 2026, 2028).filter((holiday) =>
        holiday.names.en.endsWith("(substitute day)"),
      ),
    );
    expect(substitutes.length).toBeGreaterThan(0);
    for (const holiday of substitutes) {
      expect(holiday.names.ru).toMatch(/^[^a-zʻ]+ \(перенос\)$/u);
    }
  });
});
