import { describe, expect, it } from "vitest";
import type { OptimizerRun } from "../api/types.ts";
import { currentRun, isRunAcceptable, isRunActive } from "./runs.ts";

const cost = {
  currency: "RUB",
  work: "1.00",
  holding: "0.00",
  travel: "0.00",
  moves: "0.00",
  borderCrossings: "0.00",
  overtime: "0.00",
  total: "1.00",
};

function run(overrides: Partial<OptimizerRun>): OptimizerRun {
  return {
    id: "r",
    scheduleId: "s",
    status: "finished",
    seconds: 30,
    seed: 1,
    selection: null,
    createdAt: "2027-01-01T00:00:00Z",
    startedAt: null,
    finishedAt: "2027-01-01T00:00:30Z",
    progress: null,
    before: { cost, feasible: true },
    result: { cost, feasible: true, difference: cost, problems: [] },
    error: null,
    ...overrides,
  };
}

describe("optimizer runs", () => {
  it("keep polling a stopped run until it hands in its best schedule", () => {
    expect(isRunActive(run({ status: "cancelled", finishedAt: null, result: null }))).toBe(true);
    expect(isRunActive(run({ status: "cancelled" }))).toBe(false);
  });

  it("accept only a finished or stopped run that keeps every rule", () => {
    expect(isRunAcceptable(run({}))).toBe(true);
    expect(isRunAcceptable(run({ status: "cancelled" }))).toBe(true);
    expect(isRunAcceptable(run({ result: { cost, feasible: false, difference: null, problems: [] } }))).toBe(
      false,
    );
    expect(isRunAcceptable(run({ status: "accepted" }))).toBe(false);
  });

  it("show the newest run while it runs or waits for a decision, not one already decided", () => {
    expect(currentRun([run({ id: "a", status: "running", finishedAt: null })])?.id).toBe("a");
    expect(currentRun([run({ id: "a", status: "discarded" }), run({ id: "b" })])).toBeNull();
    expect(currentRun([])).toBeNull();
  });
});
