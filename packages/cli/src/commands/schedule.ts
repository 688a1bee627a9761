// `kinomost schedule solve INSTANCE.json`: orders scenes to minimise actors' paid idle days and says
// whether the order is proved optimal. Reads the talent-scheduling JSON of the shared benchmarks.
import { readFile } from "node:fs/promises";
import { performance } from "node:perf_hooks";
import type { Command } from "commander";
import { solveTalentSchedule, TalentInstanceError, type TalentInstance } from "@kinomost/core";
import { UsageError } from "../environment.ts";

export function registerScheduleCommands(program: Command) {
  const schedule = program.command("schedule").description("shooting schedules");
  schedule
    .command("solve")
    .description("find the scene order with the least holding cost, and prove it optimal")
    .argument("<instance>", "a talent-scheduling instance (JSON)")
    .option("--time-limit <seconds>", "stop after this many seconds with the best order and bound so far")
    .option("--json", "print the result as JSON")
    .action(async (file: string, options: { timeLimit?: string; json?: boolean }) => {
      const limit = options.timeLimit === undefined ? undefined : Number(options.timeLimit);
      if (limit !== undefined && !(Number.isFinite(limit) && limit > 0)) {
        throw new UsageError(`--time-limit must be a positive number of seconds, not "${options.timeLimit}"`);
      }
      let instance: TalentInstance;
      try {
        instance = JSON.parse(await readFile(file, "utf8")) as TalentInstance;
      } catch (error) {
        throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
      }
      const started = performance.now();
      const result = (() => {
        try {
          return solveTalentSchedule(instance, {
            now: () => performance.now(),
            ...(limit === undefined ? {} : { deadline: started + limit * 1000 }),
          });
        } catch (error) {
          if (error instanceof TalentInstanceError) throw new UsageError(`${file}: ${error.message}`);
          throw error;
        }
      })();
      const seconds = Number(((performance.now() - started) / 1000).toFixed(3));
      const { order, cost, lowerBound, optimal, nodes } = result;
      if (options.json) {
        console.log(JSON.stringify({ order, cost, lowerBound, optimal, seconds, nodes }));
        return;
      }
      console.log(`order: ${order.join(" ")}`);
      console.log(`holding cost: ${cost}${optimal ? " (proved optimal)" : ` (lower bound ${lowerBound})`}`);
      console.log(`${nodes} nodes in ${seconds} s`);
    });
}
