import { describe, expect, it } from "vitest";
import { explainInfeasibility } from "./feasibility.ts";
import { generateSeriesInstance } from "./generate.ts";
import { createProductionOptimizer } from "./optimize.ts";
import { handInstance } from "./test-support.ts";

describe("explainInfeasibility", () => {
  it("finds nothing wrong with a schedulable instance", () => {
    expect(explainInfeasibility(handInstance())).toEqual([]);
  });

  it("names the actor, the scene and the location when the actor is never free where the scene can be shot", () => {
    const instance = handInstance({
      locations: handInstance().locations.map((l) =>
        l.id === "L3" ? { ...l, available: [{ from: "2026-03-02", to: "2026-03-03" }] } : l,
      ),
      cast: handInstance().cast.map((c) =>
        c.id === "B" ? { ...c, available: [{ from: "2026-03-04", to: "2026-03-06" }] } : c,
      ),
    });
    const problems = explainInfeasibility(instance);
    expect(problems).toEqual([
      expect.objectContaining({
        code: "CAST_UNAVAILABLE_AT_LOCATION",
        sceneId: "S3",
        castId: "B",
        locationId: "L3",
      }),
    ]);
    expect(problems[0]?.detail).toContain("2026-03-04…2026-03-06");
    expect(problems[0]?.detail).toContain("2026-03-02…2026-03-03");
  });

  it("names the people who are never free together", () => {
    const instance = handInstance({
      cast: handInstance().cast.map((c) =>
        c.id === "A"
          ? { ...c, available: [{ from: "2026-03-02", to: "2026-03-03" }] }
          : { ...c, available: [{ from: "2026-03-04", to: "2026-03-06" }] },
      ),
    });
    expect(explainInfeasibility(instance).map((p) => [p.code, p.sceneId])).toEqual([
      ["CAST_NOT_AVAILABLE_TOGETHER", "S3"],
    ]);
  });

  it("explains locks that cannot hold, scenes longer than a shift and holidays that close a location", () => {
    const base = handInstance();
    const instance = handInstance({
      calendar: { ...base.calendar, holidays: { KZ: ["2026-03-04"] } },
      scenes: [
        { ...base.scenes[0]!, lockedDate: "2026-03-07" },
        { ...base.scenes[1]!, shootingMinutes: 900 },
        { ...base.scenes[2]!, lockedDate: "2026-03-04" },
      ],
    });
    expect(explainInfeasibility(instance).map((p) => [p.code, p.sceneId])).toEqual([
      ["LOCK_CONFLICT", "S1"],
      ["SCENE_TOO_LONG", "S2"],
      ["LOCK_CONFLICT", "S3"],
    ]);
  });

  it("sees locked scenes that clash and a location with too little time", () => {
    const base = handInstance();
    const clash = handInstance({
      scenes: [
        { ...base.scenes[0]!, lockedDate: "2026-03-02", time: "NIGHT" },
        { ...base.scenes[1]!, lockedDate: "2026-03-02" },
        base.scenes[2]!,
      ],
    });
    expect(explainInfeasibility(clash).map((p) => p.code)).toEqual(["LOCKS_CLASH"]);
    const crowded = handInstance({
      locations: base.locations.map((l) =>
        l.id === "L1" ? { ...l, available: [{ from: "2026-03-02", to: "2026-03-02" }] } : l,
      ),
      scenes: [...base.scenes, { ...base.scenes[0]!, id: "S9", label: "9", shootingMinutes: 600 }],
    });
    expect(explainInfeasibility(crowded)).toEqual([
      expect.objectContaining({ code: "NOT_ENOUGH_DAYS", locationId: "L1" }),
    ]);
  });

  it("answers at once for a series, and the optimizer gives up at once with the same explanation", () => {
    const series = generateSeriesInstance(3, "series");
    const broken = {
      ...series,
      cast: series.cast.map((c, i) =>
        i === 0 ? { ...c, available: [{ from: "2026-01-01", to: "2026-01-02" }] } : c,
      ),
    };
    const started = performance.now();
    const problems = explainInfeasibility(broken);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.every((p) => p.castId === "C1")).toBe(true);
    const progress = createProductionOptimizer(broken, { seed: 1 }).step(1000);
    expect(progress).toMatchObject({ done: true, feasible: false, iterations: 0 });
    expect(progress.problems).toEqual(problems);
    expect(performance.now() - started).toBeLessThan(5000);
  });
});
