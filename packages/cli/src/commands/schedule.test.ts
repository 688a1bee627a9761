import { describe, expect, it } from "vitest";
import { fileURLToPath } from "node:url";
import { runCli } from "../testing/run-cli.ts";

const benchmarks = fileURLToPath(
  new URL("../../../../../shared/benchmarks/talent-scheduling/", import.meta.url),
);

describe("kinomost schedule solve", () => {
  it("prints the proved optimal order of a public instance in the documented JSON", async () => {
    const result = await runCli(["schedule", "solve", `${benchmarks}film103.json`, "--json"]);
    expect(result.code).toBe(0);
    const answer = JSON.parse(result.out);
    expect(Object.keys(answer)).toEqual(["order", "cost", "lowerBound", "optimal", "seconds", "nodes"]);
    expect(answer).toMatchObject({ cost: 187, lowerBound: 187, optimal: true });
    expect([...answer.order].sort((a: number, b: number) => a - b)).toEqual([...Array(19).keys()]);
  });

  it("refuses a file that is not an instance, naming the field", async () => {
    const result = await runCli([
      "schedule",
      "solve",
      fileURLToPath(new URL("../../package.json", import.meta.url)),
    ]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/^kinomost: .*package\.json: duration: /);
  });

  it("refuses a time limit that is not a positive number", async () => {
    const result = await runCli(["schedule", "solve", `${benchmarks}tiny.json`, "--time-limit", "soon"]);
    expect(result).toMatchObject({
      code: 1,
      err: 'kinomost: --time-limit must be a positive number of seconds, not "soon"',
    });
  });
});
