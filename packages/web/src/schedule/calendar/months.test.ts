import { describe, expect, it } from "vitest";
import {
  countryColor,
  isMonth,
  monthGrid,
  monthsBetween,
  monthTitle,
  shiftMonth,
  weekdayNames,
} from "./months.ts";

describe("month grids", () => {
  it("lays March 2027 Monday to Sunday in five whole weeks", () => {
    const grid = monthGrid("2027-03");
    expect(grid.from).toBe("2027-03-01"); // a Monday
    expect(grid.to).toBe("2027-04-04");
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks.every((week) => week.length === 7)).toBe(true);
    expect(grid.weeks[4]).toEqual([
      "2027-03-29",
      "2027-03-30",
      "2027-03-31",
      "2027-04-01",
      "2027-04-02",
      "2027-04-03",
      "2027-04-04",
    ]);
  });

  it("starts a month that begins on a Sunday with the week before, and spans six weeks", () => {
    const grid = monthGrid("2026-02");
    expect(grid.from).toBe("2026-01-26");
    expect(monthGrid("2027-08").weeks).toHaveLength(6); // 1 August 2027 is a Sunday
  });

  it("steps months across years and lists a board's months", () => {
    expect(shiftMonth("2027-12", 1)).toBe("2028-01");
    expect(shiftMonth("2027-01", -1)).toBe("2026-12");
    expect(monthsBetween("2027-03-01", "2027-06-30")).toEqual(["2027-03", "2027-04", "2027-05", "2027-06"]);
    expect(isMonth("2027-13")).toBe(false);
    expect(isMonth("2027-03")).toBe(true);
  });

  it("names months and weekdays in the interface language", () => {
    expect(monthTitle("2027-03", "ru")).toBe("Март 2027");
    expect(monthTitle("2027-05", "en")).toBe("May 2027");
    expect(weekdayNames("ru")[0]).toBe("Пн");
    expect(weekdayNames("en")[6]).toBe("Sun");
  });

  it("colours each country of the region its own way", () => {
    const codes = ["RU", "BY", "KZ", "UZ", "TJ", "KG"];
    expect(new Set(codes.map((code) => countryColor(code).background)).size).toBe(codes.length);
    expect(countryColor("FR")).toEqual(countryColor("FR"));
  });
});
