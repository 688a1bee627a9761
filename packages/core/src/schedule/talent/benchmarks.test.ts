// Every public instance in shared/benchmarks/talent-scheduling must reach its published optimum.
// Figures (time per instance) belong to the bench, not here: no timed assertions.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { evaluateHoldingCost } from "./instance.ts";
import type { TalentInstance } from "./instance.ts";
import { solveTalentSchedule } from "./solve.ts";

const folder = new URL("../../../../../../shared/benchmarks/talent-scheduling/", import.meta.url);

interface BenchmarkInstance extends TalentInstance {
  readonly name: string;
  readonly optimum: number | null;
  readonly optimalOrder?: number[];
}

const files = readdirSync(folder)
  .filter((file) => file.endsWith(".json"))
  .sort();

describe("talent scheduling benchmark instances", () => {
  it("finds the shared benchmark folder", () => {
    expect(fileURLToPath(folder)).toMatch(/shared\/benchmarks\/talent-scheduling\/$/);
    expect(files.length).toBe(22);
  });

  it.each(files)("%s reaches its known optimum", (file) => {
    const instance = JSON.parse(readFileSync(new URL(file, folder), "utf8")) as BenchmarkInstance;
    const result = solveTalentSchedule(instance);
    expect(result.optimal).toBe(true);
    expect(result.cost).toBe(instance.optimum);
    expect(evaluateHoldingCost(instance, result.order)).toBe(instance.optimum);
    if (instance.optimalOrder)
      expect(evaluateHoldingCost(instance, instance.optimalOrder)).toBe(instance.optimum);
  });
});
