import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { epochDay, isoDate, isoWeekday } from "../production/calendar.ts";
import { shootingCalendar } from "./shooting-calendar.ts";
import type { CalendarCell, CalendarInput, CalendarShift } from "./types.ts";

const place = (country: string) => ({ id: `loc-${country}`, name: `Объект ${country}`, country });
const shift = (date: string, country: string, extra: Partial<CalendarShift> = {}): CalendarShift => ({
  date,
  unitId: "main",
  shift: "day",
  locations: [place(country)],
  sceneCount: 2,
  eighths: 12,
  ...extra,
});
const names = (ru: string, en: string) => ({ ru, en });

/**
 * March 2027 (1 March is a Monday), weekends off and 10 March a company day off. The main unit shoots in Russia
 * 1–3 March (a day and a night shift on the 3rd), travels on the 4th, shoots in Kazakhstan from the 9th — on
 * Nauryz, 22 March, too — and crosses straight into Belarus on the 23rd. The second unit never shoots.
 */
const hand: CalendarInput = {
  from: "2027-02-20",
  to: "2027-03-31",
  firstDate: "2027-02-22",
  lastDate: "2027-03-31",
  weeklyDaysOff: [6, 7],
  daysOff: ["2027-03-10"],
  units: [
    { id: "main", name: "Основная группа" },
    { id: "second", name: "Вторая группа" },
  ],
  shifts: [
    shift("2027-03-01", "RU"),
    shift("2027-03-02", "RU", { locations: [place("RU"), { id: "loc-RU-2", name: "Улица", country: "RU" }] }),
    shift("2027-03-03", "RU"),
    shift("2027-03-03", "RU", { shift: "night", sceneCount: 1, eighths: 3 }),
    shift("2027-03-09", "KZ"),
    shift("2027-03-11", "KZ"),
    shift("2027-03-12", "KZ", { unitId: "second", sceneCount: 0 }),
    shift("2027-03-22", "KZ"),
    shift("2027-03-23", "BY"),
  ],
  holidays: {
    RU: [
      { date: "2027-02-23", names: names("День защитника Отечества", "Defender of the Fatherland Day") },
      { date: "2027-03-08", names: names("Международный женский день", "International Women's Day") },
    ],
    KZ: [
      { date: "2027-03-22", names: names("Наурыз мейрамы", "Nauryz") },
      { date: "2027-03-24", names: names("Наурыз мейрамы", "Nauryz") },
    ],
    BY: [{ date: "2027-03-08", names: names("Международный женский день", "International Women's Day") }],
  },
  partnerCountries: ["RU", "BY", "KZ", "TJ"],
};

describe("shootingCalendar by hand", () => {
  const calendar = shootingCalendar(hand);
  const main = new Map(calendar.units[0]!.cells.map((cell) => [cell.date, cell]));
  const second = new Map(calendar.units[1]!.cells.map((cell) => [cell.date, cell]));

  it("numbers shooting dates over the whole board and merges a unit's shifts of one date", () => {
    expect(calendar.dayCount).toBe(7);
    expect(main.get("2027-03-01")).toMatchObject({
      kind: "shoot",
      country: "RU",
      shooting: { dayNumber: 1, unitDayNumber: 1, sceneCount: 2, eighths: 12 },
    });
    expect(main.get("2027-03-02")!.shooting!.locations.map((location) => location.id)).toEqual([
      "loc-RU",
      "loc-RU-2",
    ]);
    expect(main.get("2027-03-03")!.shooting).toMatchObject({
      dayNumber: 3,
      shifts: ["day", "night"],
      sceneCount: 3,
      eighths: 15,
    });
    expect(main.get("2027-03-23")!.shooting).toMatchObject({ dayNumber: 7, unitDayNumber: 7 });
  });

  it("marks the travel day after the last shift in a country, and a crossing straight onto a shooting day", () => {
    expect(main.get("2027-03-04")).toMatchObject({
      kind: "travel",
      country: "KZ",
      travel: { from: "RU", to: "KZ" },
    });
    expect(main.get("2027-03-05")).toMatchObject({ kind: "free", country: "KZ", travel: null });
    expect(main.get("2027-03-09")).toMatchObject({ kind: "shoot", travel: null });
    expect(main.get("2027-03-23")).toMatchObject({ kind: "shoot", travel: { from: "KZ", to: "BY" } });
    expect([...main.values()].filter((cell) => cell.travel !== null)).toHaveLength(2);
  });

  it("applies the holidays of the country the unit is in, and flags a shooting day on one", () => {
    expect(main.get("2027-02-23")).toMatchObject({
      kind: "holiday",
      country: "RU",
      holiday: { country: "RU", names: { en: "Defender of the Fatherland Day" } },
    });
    // 8 March is a holiday in Russia and Belarus, but the unit is in Kazakhstan that Monday.
    expect(main.get("2027-03-08")).toMatchObject({ kind: "free", country: "KZ", holiday: null });
    expect(main.get("2027-03-22")).toMatchObject({
      kind: "shoot",
      holiday: { country: "KZ", names: { ru: "Наурыз мейрамы" } },
    });
    // After the crossing the unit is in Belarus: Kazakhstan's 24 March is not its holiday.
    expect(main.get("2027-03-24")).toMatchObject({ kind: "free", country: "BY", holiday: null });
  });

  it("greys weekly and company days off, and dates outside the board", () => {
    expect(main.get("2027-03-06")).toMatchObject({ kind: "dayOff", dayOff: "weekly", country: "KZ" });
    expect(main.get("2027-03-10")).toMatchObject({ kind: "dayOff", dayOff: "company" });
    expect(main.get("2027-02-20")).toMatchObject({ kind: "outside", country: null, dayOff: "weekly" });
    expect(main.get("2027-02-22")).toMatchObject({ kind: "free", country: "RU" });
  });

  it("leaves a unit that never shoots nowhere: no country, no holiday, no shooting day for an empty shift", () => {
    expect(second.get("2027-03-08")).toMatchObject({ kind: "free", country: null, holiday: null });
    expect(second.get("2027-03-12")).toMatchObject({ kind: "free", shooting: null });
    expect(second.get("2027-03-13")).toMatchObject({ kind: "dayOff" });
  });

  it("lists every partner country's holidays in the range, and the countries shot in", () => {
    expect(calendar.countries.map((country) => [country.country, country.partner, country.shooting])).toEqual(
      [
        ["BY", true, true],
        ["KZ", true, true],
        ["RU", true, true],
        ["TJ", true, false],
      ],
    );
    expect(calendar.countries.find((country) => country.country === "TJ")).toMatchObject({
      known: false,
      holidays: [],
    });
    const narrow = shootingCalendar({ ...hand, from: "2027-03-01", to: "2027-03-10" });
    expect(narrow.countries.find((country) => country.country === "RU")!.holidays).toEqual([
      hand.holidays.RU![1],
    ]);
    expect(narrow.units[0]!.cells).toHaveLength(10);
  });

  it("refuses a range that is not one", () => {
    expect(() => shootingCalendar({ ...hand, from: "2027-02-30" })).toThrow(RangeError);
    expect(() => shootingCalendar({ ...hand, from: "2027-03-02", to: "2027-03-01" })).toThrow(RangeError);
  });
});

// Random boards over ten weeks of 2027 with up to three units in three countries.
const base = epochDay("2027-03-01")!;
const countries = ["RU", "KZ", "BY"] as const;
const dateIn = (span: number) =>
  fc.integer({ min: 0, max: span - 1 }).map((offset) => isoDate(base + offset));
const boards = fc
  .record({
    unitCount: fc.integer({ min: 1, max: 3 }),
    shifts: fc.array(
      fc.record({
        date: dateIn(70),
        unit: fc.integer({ min: 0, max: 2 }),
        night: fc.boolean(),
        country: fc.constantFrom(...countries),
        sceneCount: fc.integer({ min: 0, max: 4 }),
        eighths: fc.integer({ min: 0, max: 40 }),
      }),
      { maxLength: 40 },
    ),
    holidays: fc.record({
      RU: fc.uniqueArray(dateIn(70), { maxLength: 8 }),
      KZ: fc.uniqueArray(dateIn(70), { maxLength: 8 }),
      BY: fc.uniqueArray(dateIn(70), { maxLength: 8 }),
    }),
    weeklyDaysOff: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { maxLength: 3 }),
    daysOff: fc.uniqueArray(dateIn(70), { maxLength: 5 }),
    firstOffset: fc.integer({ min: 0, max: 10 }),
    lastOffset: fc.integer({ min: 55, max: 69 }),
  })
  .map((board): CalendarInput => ({
    from: isoDate(base - 5),
    to: isoDate(base + 74),
    firstDate: isoDate(base + board.firstOffset),
    lastDate: isoDate(base + board.lastOffset),
    weeklyDaysOff: board.weeklyDaysOff,
    daysOff: board.daysOff,
    units: Array.from({ length: board.unitCount }, (_, index) => ({
      id: `u${index}`,
      name: `Unit ${index}`,
    })),
    shifts: board.shifts
      .filter((entry) => entry.unit < board.unitCount)
      .map((entry) => ({
        date: entry.date,
        unitId: `u${entry.unit}`,
        shift: entry.night ? "night" : "day",
        locations: [place(entry.country)],
        sceneCount: entry.sceneCount,
        eighths: entry.eighths,
      })),
    holidays: Object.fromEntries(
      Object.entries(board.holidays).map(([country, dates]) => [
        country,
        dates.map((date) => ({ date, names: names(`праздник ${country}`, `holiday ${country}`) })),
      ]),
    ),
    partnerCountries: ["RU", "UZ"],
  }));

const shootsOn = (input: CalendarInput, unitId: string, date: string) =>
  input.shifts.some((entry) => entry.unitId === unitId && entry.date === date && entry.sceneCount > 0);

describe("shootingCalendar properties", () => {
  it("gives each unit one cell a date, shooting exactly where the board has scenes", () => {
    fc.assert(
      fc.property(boards, (input) => {
        const calendar = shootingCalendar(input);
        const span = epochDay(input.to)! - epochDay(input.from)! + 1;
        for (const unit of calendar.units) {
          expect(unit.cells).toHaveLength(span);
          unit.cells.forEach((cell, index) => {
            expect(cell.date).toBe(isoDate(epochDay(input.from)! + index));
            expect(cell.kind === "shoot").toBe(shootsOn(input, unit.id, cell.date));
            expect(cell.shooting !== null).toBe(cell.kind === "shoot");
          });
        }
      }),
    );
  });

  it("numbers the board's shooting dates 1 … M, one number a date whichever unit shoots it", () => {
    fc.assert(
      fc.property(boards, (input) => {
        const calendar = shootingCalendar(input);
        const byDate = new Map<string, number>();
        for (const unit of calendar.units) {
          const numbers = unit.cells.flatMap((cell) => (cell.shooting ? [cell.shooting] : []));
          numbers.forEach((shooting, index) => {
            expect(shooting.unitDayNumber).toBe(index + 1);
            if (index > 0) expect(shooting.dayNumber).toBeGreaterThan(numbers[index - 1]!.dayNumber);
          });
          for (const cell of unit.cells) {
            if (!cell.shooting) continue;
            expect(byDate.get(cell.date) ?? cell.shooting.dayNumber).toBe(cell.shooting.dayNumber);
            byDate.set(cell.date, cell.shooting.dayNumber);
          }
        }
        const numbers = [...byDate.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, n]) => n);
        expect(numbers).toEqual(Array.from({ length: calendar.dayCount }, (_, index) => index + 1));
      }),
    );
  });

  it("applies exactly the holidays and days off of where the unit is", () => {
    fc.assert(
      fc.property(boards, (input) => {
        const calendar = shootingCalendar(input);
        const weekly = new Set(input.weeklyDaysOff);
        const isHoliday = (country: string | null, date: string) =>
          country !== null && (input.holidays[country] ?? []).some((holiday) => holiday.date === date);
        for (const cell of calendar.units.flatMap((unit) => unit.cells)) {
          const weekday = isoWeekday(epochDay(cell.date)!);
          const expected = weekly.has(weekday)
            ? "weekly"
            : input.daysOff.includes(cell.date)
              ? "company"
              : null;
          expect(cell.dayOff).toBe(expected);
          expect(cell.holiday !== null).toBe(isHoliday(cell.country, cell.date));
          if (cell.holiday) expect(cell.holiday.country).toBe(cell.country);
          if (cell.kind === "free") expect(cell.dayOff === null && cell.holiday === null).toBe(true);
          if (cell.kind === "dayOff") expect(cell.holiday).toBeNull();
          if (cell.kind === "outside")
            expect(cell.date < input.firstDate || cell.date > input.lastDate).toBe(true);
        }
      }),
    );
  });

  it("travels once between shooting in two countries, the day after the last shift in the first", () => {
    fc.assert(
      fc.property(boards, (input) => {
        const calendar = shootingCalendar(input);
        for (const unit of calendar.units) {
          const cells = unit.cells;
          const shootings = cells.filter((cell): cell is CalendarCell & { country: string } =>
            Boolean(cell.shooting && cell.country),
          );
          for (let i = 1; i < shootings.length; i++) {
            const [a, b] = [shootings[i - 1]!, shootings[i]!];
            const between = cells.filter((cell) => cell.date > a.date && cell.date < b.date);
            const travels = [...between, b].filter((cell) => cell.travel !== null);
            const next = isoDate(epochDay(a.date)! + 1);
            // A travel day outside the board's calendar is not one: the board has shifts beyond its dates.
            if (next !== b.date && (next < input.firstDate || next > input.lastDate)) continue;
            if (a.country === b.country) {
              expect(travels).toEqual([]);
              continue;
            }
            expect(travels).toHaveLength(1);
            expect(travels[0]!.travel).toEqual({ from: a.country, to: b.country });
            expect(travels[0]!.date).toBe(isoDate(epochDay(a.date)! + 1));
            for (const cell of between.filter((entry) => entry.kind !== "outside"))
              expect(cell.country).toBe(b.country);
          }
        }
      }),
    );
  });

  it("says the same of a date whatever range it is asked in", () => {
    fc.assert(
      fc.property(
        boards,
        fc.integer({ min: -5, max: 74 }),
        fc.integer({ min: 0, max: 30 }),
        (input, at, length) => {
          const whole = shootingCalendar(input);
          const from = isoDate(base + at);
          const to = isoDate(Math.min(base + at + length, epochDay(input.to)!));
          const part = shootingCalendar({ ...input, from, to });
          whole.units.forEach((unit, index) => {
            expect(part.units[index]!.cells).toEqual(
              unit.cells.filter((cell) => cell.date >= from && cell.date <= to),
            );
          });
          expect(part.dayCount).toBe(whole.dayCount);
        },
      ),
    );
  });
});
