import { describe, expect, it } from "vitest";
import { holidayCountries, holidaysFor, publicHolidays } from "./holidays.ts";

const dates = (country: string, year: number) => publicHolidays(country, year, year).map((h) => h.date);

describe("publicHolidays", () => {
  it("reads Russia from the library, New Year holidays and transfers included", () => {
    const ru = dates("RU", 2026);
    expect(ru).toEqual(
      expect.arrayContaining(["2026-01-01", "2026-01-05", "2026-05-09", "2026-06-12", "2026-11-04"]),
    );
    expect(ru).toContain("2026-03-09"); // 8 March 2026 is a Sunday: the day off moves to Monday
  });

  it("knows Navruz in Kazakhstan and Ramazon hayit in Uzbekistan", () => {
    expect(dates("KZ", 2026)).toEqual(expect.arrayContaining(["2026-03-21", "2026-03-22", "2026-03-23"]));
    expect(dates("UZ", 2026)).toEqual(expect.arrayContaining(["2026-03-20", "2026-03-21", "2026-05-27"]));
    expect(dates("BY", 2026)).toEqual(expect.arrayContaining(["2026-07-03", "2026-11-07"]));
  });

  it("adds Tajikistan from its labour code, Navruz four days, the Eids by the Islamic calendar", () => {
    const tj = dates("TJ", 2026);
    expect(tj).toEqual(
      expect.arrayContaining([
        "2026-01-01",
        "2026-03-08",
        "2026-03-21",
        "2026-03-22",
        "2026-03-23",
        "2026-03-24",
        "2026-05-09",
        "2026-06-27",
        "2026-09-09",
        "2026-11-06",
      ]),
    );
    expect(tj).not.toContain("2026-03-25");
    // 1 Shawwal 1447 and 10 Dhu al-Hijjah 1447
    expect(tj).toEqual(expect.arrayContaining(["2026-03-20", "2026-05-27"]));
    expect(tj).toHaveLength(12); // 10 fixed dates and the two Eids
  });

  it("adds Kyrgyzstan from its labour code, with both days of 7–8 November", () => {
    const kg = dates("KG", 2026);
    expect(kg).toEqual(
      expect.arrayContaining([
        "2026-01-07",
        "2026-02-23",
        "2026-04-07",
        "2026-05-05",
        "2026-08-31",
        "2026-11-07",
        "2026-11-08",
      ]),
    );
    expect(kg).toHaveLength(14); // 12 fixed dates and the two Eids
  });

  it("spans years, sorted, one entry a date; an unknown country has none", () => {
    const two = publicHolidays("TJ", 2025, 2026);
    expect(two.map((h) => h.date)).toEqual([...two.map((h) => h.date)].sort());
    expect(new Set(two.map((h) => h.date)).size).toBe(two.length);
    expect(two.some((h) => h.date.startsWith("2025"))).toBe(true);
    expect(publicHolidays("ZZ", 2026, 2026)).toEqual([]);
    expect(holidayCountries).toContain("KG");
    expect(Object.keys(holidaysFor(["RU", "KG"], 2026, 2026))).toEqual(["RU", "KG"]);
  });
});
