import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { evaluateWithModel } from "./evaluate.ts";
import { generateSeriesCase, seriesSizes } from "./generate.ts";
import { compileModel } from "./model.ts";
import { createRandom, randomInt } from "./random.ts";
import { assignmentOf, ScheduleState } from "./state.ts";

describe("ScheduleState", () => {
  it("agrees with the exact evaluation on feasibility and on the cost of every feasible schedule of a random walk", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 100_000 }), (seed): void => {
        const { instance, reference } = generateSeriesCase(seed, { ...seriesSizes.small, scenes: 16 });
        const compiled = compileModel(instance);
        if (!compiled.ok) throw new Error("instance");
        const m = compiled.model;
        const state = new ScheduleState(m);
        state.load(assignmentOf(m, reference));
        const random = createRandom(seed);
        let kept = 0;
        for (let step = 0; step < 60; step++) {
          const before = state.cost;
          const s = randomInt(random, m.sceneCount);
          // Mostly slots that keep the slot's own rules, so that the walk stays feasible often enough.
          const fitting: number[] = [];
          for (let k = 0; k < state.slotCount; k++) if (state.fits(s, k)) fitting.push(k);
          const slot =
            random() < 0.05
              ? -1
              : random() < 0.8 && fitting.length > 0
                ? (fitting[randomInt(random, fitting.length)] ?? -1)
                : randomInt(random, state.slotCount);
          state.move(s, slot);
          state.evaluate();
          const exact = evaluateWithModel(m, state.toSchedule());
          if (!exact.ok) throw new Error("evaluation");
          expect(state.bad === 0).toBe(exact.feasible);
          if (exact.feasible) {
            // Six terms, each rounded once: at most 3 minor units apart, plus float noise.
            expect(Math.abs(exact.cost.total - state.cost)).toBeLessThan(4);
            state.commit();
            kept++;
          } else {
            state.rollback();
            expect(Math.abs(state.cost - before)).toBeLessThan(1e-3);
          }
        }
        expect(kept).toBeGreaterThanOrEqual(0);
        const fresh = new ScheduleState(m);
        fresh.load(state.sceneSlot);
        expect(Math.abs(fresh.cost - state.cost)).toBeLessThan(1e-3);
        expect(fresh.bad).toBe(state.bad);
      }),
      { numRuns: 20 },
    );
  });

  it("reads a schedule back to the same slots", () => {
    const { instance, reference } = generateSeriesCase(3, "small");
    const compiled = compileModel(instance);
    if (!compiled.ok) throw new Error("instance");
    const state = new ScheduleState(compiled.model);
    state.load(assignmentOf(compiled.model, reference));
    expect(state.toSchedule()).toEqual(reference);
    expect(state.feasible()).toBe(true);
  });
});
