import { describe, expect, it } from "vitest";
import { countCastDays, emptyCastDayCounts } from "./cast-days.ts";
import { compileModel, LIGHT_ANY, LIGHT_DAY, LIGHT_NIGHT, LIGHT_TWILIGHT, sceneLight } from "./model.ts";
import { handInstance } from "./test-support.ts";

function model(instance = handInstance()) {
  const compiled = compileModel(instance);
  if (!compiled.ok) throw new Error(compiled.problems[0]?.detail);
  return compiled.model;
}

describe("compileModel", () => {
  it("derives shooting time from the estimate, screen time, eighths or the default", () => {
    const base = handInstance().scenes[0]!;
    const { shootingMinutes: _, ...rest } = base;
    const m = model(
      handInstance({
        scenes: [
          { ...rest, id: "a", screenSeconds: 90 }, // 1.5 screen minutes × 120 = 180
          { ...rest, id: "b", eighths: 3 }, // 3 × 18 = 54
          { ...rest, id: "c" }, // 60
          { ...base, id: "d", shootingMinutes: 45.2 }, // rounded up: 46
        ],
      }),
    );
    expect([...m.minutes]).toEqual([180, 54, 60, 46]);
  });

  it("reads light from the time of day; INT on a stage needs none", () => {
    expect(sceneLight("NIGHT", false)).toBe(LIGHT_NIGHT);
    expect(sceneLight("EVENING", false)).toBe(LIGHT_DAY);
    expect(sceneLight("REGIME", false)).toBe(LIGHT_TWILIGHT);
    expect(sceneLight("NIGHT", true)).toBe(LIGHT_ANY);
    expect(sceneLight(null, false)).toBe(LIGHT_ANY);
  });

  it("prices a tenge rate exactly in kopecks", () => {
    const m = model();
    // 50 000.00 KZT × 0.2 = 10 000.00 RUB = 1 000 000 kopecks
    const exact = m.castRateExact[1];
    expect(exact && exact.n / exact.d).toBe(1_000_000n);
    expect(exact && exact.n % exact.d).toBe(0n);
    expect(m.castRate[1]).toBe(1_000_000);
  });

  it("names unknown references and missing rates", () => {
    const base = handInstance();
    const result = compileModel(
      handInstance({
        rates: {},
        scenes: [{ ...base.scenes[0]!, castIds: ["X"], locationId: "L9", unitIds: ["second"] }],
      }),
    );
    expect(result.ok).toBe(false);
    expect(result.ok ? [] : result.problems.map((p) => p.code).sort()).toEqual(
      ["MISSING_RATE", "UNKNOWN_REFERENCE", "UNKNOWN_REFERENCE", "UNKNOWN_REFERENCE"].sort(),
    );
  });
});

describe("countCastDays", () => {
  it("holds over working days only, never over a weekend or a holiday", () => {
    const m = model(
      handInstance({
        calendar: { firstDate: "2026-03-02", lastDate: "2026-03-15", holidays: { RU: ["2026-03-09"] } },
      }),
    );
    // A works Friday 6 March and Wednesday 11 March in Russia: Monday 9 is a holiday, the weekend is off,
    // Tuesday 10 is the one hold day.
    const counts = countCastDays(m, 0, [4, 9], [0, 0], 2, emptyCastDayCounts());
    expect(counts).toEqual({ work: 2, hold: 1, travel: 0, drops: 0, badHolds: 0 });
  });

  it("counts a hold a person may not take", () => {
    const base = handInstance();
    const m = model(handInstance({ cast: [{ ...base.cast[0]!, allowHold: false }, base.cast[1]!] }));
    expect(countCastDays(m, 0, [0, 2], [0, 0], 2, emptyCastDayCounts()).badHolds).toBe(1);
  });
});
