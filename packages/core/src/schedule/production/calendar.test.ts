import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { epochDay, isoDate, isoWeekday, utcOffsetHours, weekNumber } from "./calendar.ts";

describe("calendar", () => {
  it("reads and writes ISO dates as days since 1970", () => {
    expect(epochDay("1970-01-01")).toBe(0);
    expect(epochDay("2026-03-02")).toBe(20514);
    expect(epochDay("2026-02-30")).toBeNull();
    expect(epochDay("2026-3-2")).toBeNull();
    fc.assert(
      fc.property(fc.integer({ min: -50_000, max: 50_000 }), (day) => epochDay(isoDate(day)) === day),
    );
  });

  it("knows weekdays and Monday-to-Sunday weeks", () => {
    const monday = epochDay("2026-03-02") ?? 0;
    expect(isoWeekday(monday)).toBe(1);
    expect(isoWeekday(monday + 6)).toBe(7);
    expect(weekNumber(monday + 6)).toBe(weekNumber(monday));
    expect(weekNumber(monday + 7)).toBe(weekNumber(monday) + 1);
  });

  it("finds each zone's offset from UTC", () => {
    const day = epochDay("2026-03-02") ?? 0;
    expect(utcOffsetHours("Europe/Moscow", day)).toBe(3);
    expect(utcOffsetHours("Asia/Tashkent", day)).toBe(5);
    expect(utcOffsetHours("Europe/Berlin", epochDay("2026-07-01") ?? 0)).toBe(2);
    expect(utcOffsetHours("Not/AZone", day)).toBe(0);
  });
});
