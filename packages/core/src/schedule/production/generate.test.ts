import { describe, expect, it } from "vitest";
import { evaluateSchedule } from "./evaluate.ts";
import { explainInfeasibility } from "./feasibility.ts";
import { generateSeriesCase, generateSeriesInstance, seriesSizes } from "./generate.ts";

describe("generateSeriesInstance", () => {
  it("draws every instance around a valid hidden plan", () => {
    for (const size of ["tiny", "small", "medium"] as const) {
      for (const seed of [1, 2]) {
        const { instance, reference } = generateSeriesCase(seed, size);
        const evaluation = evaluateSchedule(instance, reference);
        expect(evaluation.ok && evaluation.violations).toEqual([]);
        expect(explainInfeasibility(instance)).toEqual([]);
      }
    }
  });

  it("repeats for a seed", () => {
    expect(generateSeriesInstance(5, "small")).toEqual(generateSeriesInstance(5, "small"));
    expect(generateSeriesInstance(5, "small")).not.toEqual(generateSeriesInstance(6, "small"));
  });

  it("makes the series the issue describes", () => {
    const instance = generateSeriesInstance(1, "series");
    expect(instance.scenes).toHaveLength(1200);
    expect(instance.cast).toHaveLength(120);
    expect(new Set(instance.scenes.map((s) => s.setId)).size).toBeLessThanOrEqual(seriesSizes.series.sets);
    expect(instance.locations).toHaveLength(40);
    expect(new Set(instance.locations.map((l) => l.country)).size).toBe(5);
    expect(new Set(instance.scenes.map((s) => s.episode)).size).toBe(12);
    expect(instance.cast.some((c) => c.available !== undefined)).toBe(true);
  });
});
