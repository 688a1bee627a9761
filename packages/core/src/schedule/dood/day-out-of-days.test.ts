import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochDay, isoDate } from "../production/calendar.ts";
import { dayOutOfDays, doodColumns } from "./day-out-of-days.ts";
import { doodWorkCodes, type DoodCode, type DoodElement, type DoodInput, type DoodRow } from "./types.ts";

const element = (id: string, over: Partial<DoodElement> = {}): DoodElement => ({
  id,
  category: "cast",
  name: id.toUpperCase(),
  boardNumber: null,
  homeCountry: null,
  travelDaysIn: 0,
  travelDaysOut: 0,
  allowHold: true,
  allowDropPickup: false,
  minDropGapDays: 0,
  dailyRate: null,
  ...over,
});

const shift = (date: string, dayNumber: number, country: string | null, elementIds: string[]) => ({
  date,
  dayNumber,
  unitId: "main",
  shift: "day" as const,
  country,
  elementIds,
});

const weekdaysOff = { weeklyDaysOff: [6, 7], daysOff: [] };

describe("dayOutOfDays", () => {
  it("travels in and out, holds on working days and marks days off and holidays", () => {
    const report = dayOutOfDays({
      days: [
        shift("2027-03-01", 1, "BY", ["vera"]),
        shift("2027-03-02", 2, "BY", []),
        shift("2027-03-04", 3, "BY", ["vera"]),
        shift("2027-03-08", 4, "BY", ["vera"]),
      ],
      calendar: { ...weekdaysOff, holidays: { BY: [{ date: "2027-03-03", name: "Тестовый праздник" }] } },
      elements: [
        element("vera", {
          boardNumber: "1",
          homeCountry: "RU",
          travelDaysIn: 1,
          travelDaysOut: 1,
          dailyRate: { minor: 100_000n, currency: "RUB" },
        }),
      ],
    });
    const [row] = report.rows;
    expect(row!.codes).toEqual({
      "2027-02-28": "TR",
      "2027-03-01": "SW",
      "2027-03-02": "H",
      "2027-03-03": "/",
      "2027-03-04": "W",
      "2027-03-05": "H",
      "2027-03-06": "/",
      "2027-03-07": "/",
      "2027-03-08": "WF",
      "2027-03-09": "TR",
    });
    expect(row!.totals).toEqual({
      worked: 3,
      held: 2,
      travel: 2,
      fitting: 0,
      rehearsal: 0,
      holidays: 3,
      idle: 0,
      paid: 7,
      drops: 0,
      holdsNotAllowed: 0,
    });
    expect(row!.cost).toEqual({ currency: "RUB", minor: 700_000n });
    expect([row!.firstDate, row!.lastDate, row!.firstWorkDate, row!.lastWorkDate]).toEqual([
      "2027-02-28",
      "2027-03-09",
      "2027-03-01",
      "2027-03-08",
    ]);
    expect(report.days[0]).toMatchObject({ date: "2027-02-28", dayNumber: null, dayOff: true });
    expect(report.days.find((day) => day.date === "2027-03-03")).toMatchObject({
      dayNumber: null,
      dayOff: false,
      holidays: [{ country: "BY", name: "Тестовый праздник" }],
    });
    expect(doodColumns(report, "shooting").map((day) => day.dayNumber)).toEqual([1, 2, 3, 4]);
    expect(doodColumns(report, "calendar")).toHaveLength(10);
  });

  it("drops a person when the gap pays for the journey home and back, and picks them up again", () => {
    const report = dayOutOfDays({
      days: [
        shift("2027-03-01", 1, "KZ", ["misha"]),
        shift("2027-03-12", 2, "KZ", ["misha"]),
        shift("2027-03-15", 3, "KZ", ["misha"]),
      ],
      calendar: { ...weekdaysOff, holidays: {} },
      elements: [
        element("misha", {
          homeCountry: "BY",
          travelDaysIn: 1,
          travelDaysOut: 1,
          allowDropPickup: true,
          minDropGapDays: 3,
          dailyRate: { minor: 60_000n, currency: "BYN" },
        }),
      ],
    });
    const [row] = report.rows;
    expect(row!.codes).toEqual({
      "2027-02-28": "TR",
      "2027-03-01": "SW",
      "2027-03-02": "TR",
      "2027-03-03": "D",
      "2027-03-11": "TR",
      "2027-03-12": "PW",
      "2027-03-13": "/",
      "2027-03-14": "/",
      "2027-03-15": "WF",
      "2027-03-16": "TR",
    });
    expect(row!.totals).toMatchObject({
      worked: 3,
      held: 0,
      travel: 4,
      holidays: 2,
      idle: 8,
      paid: 7,
      drops: 1,
    });
    expect(row!.cost).toEqual({ currency: "BYN", minor: 420_000n });
  });

  it("holds rather than drops when the gap is shorter than the minimum, and counts a hold not allowed", () => {
    const report = dayOutOfDays({
      days: [shift("2027-03-01", 1, "RU", ["child"]), shift("2027-03-03", 2, "RU", ["child", "prop"])],
      calendar: { ...weekdaysOff, holidays: {} },
      elements: [
        element("child", { allowHold: false, allowDropPickup: true, minDropGapDays: 10 }),
        element("prop", { category: "props" }),
        element("unused"),
      ],
    });
    expect(report.rows.map((row) => row.id)).toEqual(["child", "prop"]);
    expect(report.rows[0]!.codes).toEqual({ "2027-03-01": "SW", "2027-03-02": "H", "2027-03-03": "WF" });
    expect(report.rows[0]!.totals.holdsNotAllowed).toBe(1);
    expect(report.rows[1]!.codes).toEqual({ "2027-03-03": "SWF" });
    expect(report.rows[1]!.cost).toBeNull();
  });

  it("codes fittings and rehearsals as paid days where nothing else is", () => {
    const report = dayOutOfDays({
      days: [shift("2027-03-03", 1, "RU", ["vera"])],
      calendar: { ...weekdaysOff, holidays: {} },
      elements: [
        element("vera", {
          dailyRate: { minor: 10n, currency: "RUB" },
          preparation: [
            { date: "2027-03-01", code: "FT" },
            { date: "2027-03-03", code: "R" },
          ],
        }),
      ],
    });
    expect(report.rows[0]!.codes).toEqual({ "2027-03-01": "FT", "2027-03-03": "SWF" });
    expect(report.rows[0]!.totals).toMatchObject({ fitting: 1, rehearsal: 0, idle: 1, paid: 2 });
    expect(report.rows[0]!.cost!.minor).toBe(20n);
  });

  it("gives one column per date however many units shoot on it", () => {
    const report = dayOutOfDays({
      days: [
        shift("2027-03-01", 1, "RU", ["a"]),
        { ...shift("2027-03-01", 1, "BY", ["a"]), unitId: "second" },
      ],
      calendar: { ...weekdaysOff, holidays: {} },
      elements: [element("a", { homeCountry: "RU", travelDaysIn: 2, travelDaysOut: 2 })],
    });
    expect(report.days.filter((day) => day.dayNumber !== null)).toHaveLength(1);
    expect(report.days.find((day) => day.date === "2027-03-01")!.shifts).toHaveLength(2);
    // The first shift of the date that calls the person says where they work: at home, no travel.
    expect(report.rows[0]!.codes).toEqual({ "2027-03-01": "SWF" });
  });
});

// Random boards: a month or two of calendar, up to three countries with holidays, shifts on random dates.
const countries = ["RU", "BY", "KZ"] as const;
const arbitraryInput = fc
  .record({
    start: fc.integer({ min: epochDay("2027-01-01")!, max: epochDay("2028-12-01")! }),
    length: fc.integer({ min: 1, max: 45 }),
    weeklyDaysOff: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 3 }),
    offIndexes: fc.uniqueArray(fc.nat(44), { maxLength: 5 }),
    holidayIndexes: fc.array(fc.tuple(fc.constantFrom(...countries), fc.nat(44)), { maxLength: 8 }),
    shifts: fc.array(
      fc.record({
        index: fc.nat(44),
        country: fc.option(fc.constantFrom(...countries), { nil: null }),
        unitId: fc.constantFrom("main", "second"),
        cast: fc.uniqueArray(fc.nat(4), { maxLength: 5 }),
      }),
      { maxLength: 30 },
    ),
    elements: fc.array(
      fc.record({
        homeCountry: fc.option(fc.constantFrom(...countries), { nil: null }),
        travelDaysIn: fc.nat(3),
        travelDaysOut: fc.nat(3),
        allowHold: fc.boolean(),
        allowDropPickup: fc.boolean(),
        minDropGapDays: fc.nat(10),
        rate: fc.option(fc.bigInt({ min: 0n, max: 10n ** 15n }), { nil: null }),
      }),
      { minLength: 5, maxLength: 5 },
    ),
  })
  .map((raw): DoodInput => {
    const date = (index: number) => isoDate(raw.start + (index % raw.length));
    const dates = [...new Set(raw.shifts.map((entry) => date(entry.index)))].sort();
    const seen = new Set<string>();
    const days = raw.shifts
      .map((entry) => ({ ...entry, date: date(entry.index) }))
      .filter(
        (entry) => !seen.has(`${entry.date}|${entry.unitId}`) && seen.add(`${entry.date}|${entry.unitId}`),
      )
      .sort((a, b) => a.date.localeCompare(b.date))
      .map((entry) => ({
        date: entry.date,
        dayNumber: dates.indexOf(entry.date) + 1,
        unitId: entry.unitId,
        shift: "day" as const,
        country: entry.country,
        elementIds: entry.cast.map((index) => `e${index}`),
      }));
    const holidays: Record<string, { date: string; name: string }[]> = {};
    for (const [country, index] of raw.holidayIndexes)
      (holidays[country] ??= []).push({ date: date(index), name: `holiday ${index}` });
    return {
      days,
      calendar: { weeklyDaysOff: raw.weeklyDaysOff, daysOff: raw.offIndexes.map(date), holidays },
      elements: raw.elements.map((entry, index) =>
        element(`e${index}`, {
          ...entry,
          dailyRate: entry.rate === null ? null : { minor: entry.rate, currency: "RUB" },
        }),
      ),
    };
  });

const codesOf = (row: DoodRow) => Object.entries(row.codes).sort(([a], [b]) => a.localeCompare(b));
const count = (row: DoodRow, ...wanted: DoodCode[]) =>
  Object.values(row.codes).filter((code) => wanted.includes(code)).length;

describe("dayOutOfDays properties", () => {
  it("totals are the counts of the codes, and every day of the engagement is one of them", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        for (const row of dayOutOfDays(input).rows) {
          const { totals } = row;
          expect(totals.worked).toBe(count(row, ...doodWorkCodes));
          expect(totals.held).toBe(count(row, "H"));
          expect(totals.travel).toBe(count(row, "TR"));
          expect(totals.holidays).toBe(count(row, "/"));
          expect(totals.paid).toBe(
            totals.worked + totals.held + totals.travel + totals.fitting + totals.rehearsal,
          );
          const span = epochDay(row.lastDate)! - epochDay(row.firstDate)! + 1;
          expect(totals.paid + totals.holidays + totals.idle).toBe(span);
          expect(totals.idle).toBeGreaterThanOrEqual(count(row, "D"));
          expect(count(row, "D")).toBeLessThanOrEqual(totals.drops);
        }
      }),
    );
  });

  it("works every day the element is called, starting SW or SWF and finishing WF or SWF", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        for (const row of dayOutOfDays(input).rows) {
          const called = new Set(input.days.filter((d) => d.elementIds.includes(row.id)).map((d) => d.date));
          const work = codesOf(row).filter(([, code]) => doodWorkCodes.includes(code));
          expect(work.map(([date]) => date)).toEqual([...called].sort());
          expect(["SW", "SWF"]).toContain(work[0]![1]);
          expect(["WF", "SWF"]).toContain(work.at(-1)![1]);
          expect(work.slice(1, -1).every(([, code]) => code === "W" || code === "PW")).toBe(true);
          expect(count(row, "PW")).toBeLessThanOrEqual(row.totals.drops);
        }
      }),
    );
  });

  it("codes nothing before the travel in nor after the travel out", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        for (const row of dayOutOfDays(input).rows) {
          const first = epochDay(row.firstWorkDate!)!;
          const last = epochDay(row.lastWorkDate!)!;
          const before = first - epochDay(row.firstDate)!;
          const after = epochDay(row.lastDate)! - last;
          const element = input.elements.find((entry) => entry.id === row.id)!;
          expect(before === 0 || before === element.travelDaysIn).toBe(true);
          expect(after === 0 || after === element.travelDaysOut).toBe(true);
          for (let day = first - before; day < first; day++) expect(row.codes[isoDate(day)]).toBe("TR");
          for (let day = last + 1; day <= last + after; day++) expect(row.codes[isoDate(day)]).toBe("TR");
          if (element.homeCountry === null) expect(row.totals.travel).toBe(0);
        }
      }),
    );
  });

  it("costs exactly the paid days times the daily rate", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        for (const row of dayOutOfDays(input).rows) {
          const rate = input.elements.find((entry) => entry.id === row.id)!.dailyRate;
          expect(row.cost).toEqual(
            rate ? { currency: "RUB", minor: BigInt(row.totals.paid) * rate.minor } : null,
          );
        }
      }),
    );
  });

  it("gives every calendar day from the first to the last once, shooting days numbered", () => {
    fc.assert(
      fc.property(arbitraryInput, (input) => {
        const report = dayOutOfDays(input);
        const days = report.days.map((day) => epochDay(day.date)!);
        days.forEach((day, index) => index > 0 && expect(day).toBe(days[index - 1]! + 1));
        const shooting = doodColumns(report, "shooting").map((day) => day.date);
        expect(shooting).toEqual([...new Set(input.days.map((day) => day.date))]);
        for (const row of report.rows)
          for (const date of Object.keys(row.codes))
            expect(report.days.some((day) => day.date === date)).toBe(true);
      }),
    );
  });
});
