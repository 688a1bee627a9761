import { describe, expect, it } from "vitest";
import { evaluateSchedule, type ScheduleEvaluation } from "./evaluate.ts";
import { handInstance } from "./test-support.ts";
import type { ProductionScene, Schedule } from "./types.ts";

function ok(evaluation: ScheduleEvaluation) {
  if (!evaluation.ok) throw new Error(evaluation.problems.map((p) => p.detail).join("; "));
  return evaluation;
}

const codes = (evaluation: ScheduleEvaluation) =>
  evaluation.ok ? evaluation.violations.map((v) => v.code) : [];

describe("evaluateSchedule by hand", () => {
  it("prices work, holds, travel, moves and a border exactly", () => {
    // Monday: S1 at L1 then S2 at L2 (600 min + one 60-min move = 660 ≤ 720: no overtime).
    // Wednesday: S3 in Kazakhstan with A and B.
    const schedule: Schedule = {
      days: [
        { date: "2026-03-02", unitId: "main", shift: "day", sceneIds: ["S1", "S2"] },
        { date: "2026-03-04", unitId: "main", shift: "day", sceneIds: ["S3"] },
      ],
    };
    const result = ok(evaluateSchedule(handInstance(), schedule));
    expect(result.violations).toEqual([]);
    // A: works Mon and Wed (2 W), held Tuesday (1 H), last work day abroad: 1 TR home = 4 × 10 000 = 40 000 RUB.
    // B: works Wed at home in Kazakhstan: 1 W × 50 000 KZT × 0.2 = 10 000 RUB, no travel.
    // Moves: L1 → L2 on Monday, L2 → L3 overnight = 2 × 1 000. One border RU → KZ = 5 000.
    expect(result.cost).toEqual({
      currency: "RUB",
      work: 3_000_000, // 20 000 + 10 000 RUB
      holding: 1_000_000,
      travel: 1_000_000,
      moves: 200_000,
      borderCrossings: 500_000,
      overtime: 0,
      total: 5_700_000, // 57 000.00 RUB
    });
    expect(result.perCast).toEqual([
      {
        castId: "A",
        workDays: 2,
        holdDays: 1,
        travelDays: 1,
        drops: 0,
        firstDate: "2026-03-02",
        lastDate: "2026-03-04",
        cost: 4_000_000,
      },
      {
        castId: "B",
        workDays: 1,
        holdDays: 0,
        travelDays: 0,
        drops: 0,
        firstDate: "2026-03-04",
        lastDate: "2026-03-04",
        cost: 1_000_000,
      },
    ]);
    expect(result.perUnit).toEqual([
      { unitId: "main", shifts: 2, nightShifts: 0, moves: 2, borderCrossings: 1, overtimeMinutes: 0 },
    ]);
  });

  it("rounds overtime once, half-even, and sees the short rest it leaves", () => {
    const instance = handInstance({
      scenes: [
        ...handInstance().scenes,
        {
          id: "S4",
          label: "4",
          shootingMinutes: 100,
          setId: "b",
          locationId: "L2",
          setting: "INT",
          time: "DAY",
          castIds: [],
        },
      ],
    });
    // Monday: 300 + 300 + 100 minutes and one move = 760 min: 40 min over 720.
    // 40/60 h × 2 000 RUB = 1 333.333… RUB = 133 333.33… kopecks → 133 333.
    const schedule: Schedule = {
      days: [
        { date: "2026-03-02", unitId: "main", shift: "day", sceneIds: ["S1", "S2", "S4"] },
        { date: "2026-03-03", unitId: "main", shift: "day", sceneIds: ["S3"] },
      ],
    };
    const result = ok(evaluateSchedule(instance, schedule));
    expect(result.cost.overtime).toBe(133_333);
    // Monday ends 08:00 + 12 h 40 min = 20:40 Moscow (17:40 UTC); Tuesday starts 08:00 Almaty (03:00 UTC): 9 h 20 min.
    expect(codes(result)).toEqual(["REST_BETWEEN_SHIFTS"]);
    expect(result.violations[0]?.detail).toContain("9.3 h");
  });

  it("needs a night shift for a night scene and a day off after it", () => {
    const night: ProductionScene = {
      id: "N",
      label: "N",
      shootingMinutes: 60,
      setId: "a",
      locationId: "L1",
      setting: "EXT",
      time: "NIGHT",
      castIds: [],
    };
    const instance = handInstance({ scenes: [night, ...handInstance().scenes.slice(0, 1)] });
    const wrong = ok(
      evaluateSchedule(instance, {
        days: [
          { date: "2026-03-02", unitId: "main", shift: "day", sceneIds: ["N"] },
          { date: "2026-03-04", unitId: "main", shift: "day", sceneIds: ["S1"] },
        ],
      }),
    );
    expect(codes(wrong)).toEqual(["SHIFT_LIGHT"]);
    // Night 18:00–06:00, day shift at 08:00 the next morning: 2 h of rest, not 12.
    const tired = ok(
      evaluateSchedule(instance, {
        days: [
          { date: "2026-03-02", unitId: "main", shift: "night", sceneIds: ["N"] },
          { date: "2026-03-03", unitId: "main", shift: "day", sceneIds: ["S1"] },
        ],
      }),
    );
    expect(codes(tired)).toEqual(["REST_BETWEEN_SHIFTS"]);
    expect(tired.perUnit[0]?.nightShifts).toBe(1);
  });

  it("reports a scene missing, twice, on a day off, and a cast member off their dates", () => {
    const instance = handInstance({
      cast: handInstance().cast.map((person) =>
        person.id === "B" ? { ...person, blockedDates: ["2026-03-04"] } : person,
      ),
    });
    const result = ok(
      evaluateSchedule(instance, {
        days: [
          { date: "2026-03-02", unitId: "main", shift: "day", sceneIds: ["S1", "S1"] },
          { date: "2026-03-04", unitId: "main", shift: "day", sceneIds: ["S3"] },
          { date: "2026-03-07", unitId: "main", shift: "day", sceneIds: ["S2"] },
        ],
      }),
    );
    expect(codes(result).sort()).toEqual(["CAST_UNAVAILABLE", "DAY_OFF", "SCENE_TWICE"].sort());
  });

  it("finds 36 h of weekend rest short of the 42 h art. 110 asks for in a six-day week", () => {
    // Sundays off only; a shift every day Monday to Saturday for two weeks and the Monday after. Saturday
    // 20:00 to Monday 08:00 is 36 h. The first week has the rest before the shoot and the last the rest
    // after it; the middle week has only 12 h and 36 h rests: one violation.
    const days: string[] = [];
    for (let d = 2; d <= 16; d++) if (d !== 8 && d !== 15) days.push(`2026-03-${String(d).padStart(2, "0")}`);
    const scenes: ProductionScene[] = days.map((_, i) => ({
      id: `W${i}`,
      label: `W${i}`,
      shootingMinutes: 60,
      setId: "a",
      locationId: "L1",
      setting: "INT",
      time: "DAY",
      castIds: [],
    }));
    const instance = handInstance({
      calendar: { firstDate: "2026-03-02", lastDate: "2026-03-22", weeklyDaysOff: [7] },
      scenes,
      rules: { labour: { "*": { maxShiftsPerWeek: 7 } } },
    });
    const result = ok(
      evaluateSchedule(instance, {
        days: days.map((date, i) => ({ date, unitId: "main", shift: "day", sceneIds: [`W${i}`] })),
      }),
    );
    expect(codes(result)).toEqual(["WEEKLY_REST"]);
    expect(result.violations[0]?.date).toBe("2026-03-09");
  });

  it("keeps a unit in one block per country when asked", () => {
    // Days apart: Moscow 20:00 is 17:00 UTC and Almaty 08:00 the next day is 03:00 UTC, only 10 h of rest.
    const instance = handInstance({ rules: { countryBlocks: true } });
    const result = ok(
      evaluateSchedule(instance, {
        days: [
          { date: "2026-03-02", unitId: "main", shift: "day", sceneIds: ["S1"] },
          { date: "2026-03-04", unitId: "main", shift: "day", sceneIds: ["S3"] },
          { date: "2026-03-06", unitId: "main", shift: "day", sceneIds: ["S2"] },
        ],
      }),
    );
    expect(codes(result)).toEqual(["COUNTRY_BLOCK_SPLIT"]);
  });

  it("drops a person between stints when the gap pays for the trip home", () => {
    // B lives in Kazakhstan and works in Russia on Monday and Friday of two weeks apart.
    const instance = handInstance({
      calendar: { firstDate: "2026-03-02", lastDate: "2026-03-20" },
      cast: [
        handInstance().cast[0]!,
        { ...handInstance().cast[1]!, allowDropPickup: true, minDropGapDays: 5, travelDaysFromHome: 1 },
      ],
      scenes: [
        {
          id: "S1",
          label: "1",
          shootingMinutes: 60,
          setId: "a",
          locationId: "L1",
          setting: "INT",
          time: "DAY",
          castIds: ["B"],
        },
        {
          id: "S2",
          label: "2",
          shootingMinutes: 60,
          setId: "a",
          locationId: "L1",
          setting: "INT",
          time: "DAY",
          castIds: ["B"],
        },
      ],
    });
    const result = ok(
      evaluateSchedule(instance, {
        days: [
          { date: "2026-03-02", unitId: "main", shift: "day", sceneIds: ["S1"] },
          { date: "2026-03-16", unitId: "main", shift: "day", sceneIds: ["S2"] },
        ],
      }),
    );
    // Holding would be the 9 working days between; a drop costs 1 day home and 1 back. Each stint also
    // travels out and home: 2 + 2 travel days in all, 2 work days: 6 × 10 000 RUB.
    expect(result.perCast[1]).toMatchObject({
      workDays: 2,
      holdDays: 0,
      travelDays: 4,
      drops: 1,
      cost: 6_000_000,
    });
  });

  it("says an instance it cannot read is not ok", () => {
    const result = evaluateSchedule(handInstance({ rates: {} }), { days: [] });
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.code)).toContain("MISSING_RATE");
  });
});
