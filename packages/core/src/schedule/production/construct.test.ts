import { describe, expect, it } from "vitest";
import { constructSchedule } from "./construct.ts";
import { evaluateSchedule } from "./evaluate.ts";
import { generateSeriesInstance } from "./generate.ts";

describe("constructSchedule", () => {
  it("builds feasible first schedules that keep their locks", () => {
    for (const seed of [1, 2, 3]) {
      const instance = generateSeriesInstance(seed, "medium");
      for (const strategy of ["board", "blocks"] as const) {
        const built = constructSchedule(instance, strategy);
        if (!built.ok) throw new Error("instance");
        const evaluation = evaluateSchedule(instance, built.schedule);
        if (!evaluation.ok) throw new Error("evaluation");
        // Whatever it could not place is named; everything else breaks nothing.
        expect(evaluation.violations.filter((v) => v.code !== "SCENE_MISSING")).toEqual([]);
        expect(evaluation.violations.map((v) => v.sceneId).sort()).toEqual(
          [...built.unplacedSceneIds].sort(),
        );
        for (const scene of instance.scenes.filter((s) => s.lockedDate !== undefined)) {
          const day = built.schedule.days.find((d) => d.sceneIds.includes(scene.id));
          expect(day && [day.date, day.unitId]).toEqual([scene.lockedDate, scene.lockedUnit]);
        }
      }
    }
  });
});
