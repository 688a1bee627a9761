// How an optimizer run reads over the API: its state, live progress, and the cost of the board before and of the
// best schedule after, by term, with the difference — what a producer looks at before accepting.
import { z } from "@hono/zod-openapi";
import type { Schedule, ScheduleCost } from "@kinomost/core";
import type { schema } from "@kinomost/db";
import { formatMinor } from "../schedules/fields.ts";
import { costSchema, costTerms, costView } from "../schedules/views.ts";
import type { RunProgress } from "./thread-messages.ts";

export type RunRow = typeof schema.optimizerRuns.$inferSelect;

/** What a run keeps of the board it started from. */
export interface RunBefore {
  schedule: Schedule;
  cost: ScheduleCost | null;
  feasible: boolean;
}

/** What a run found. */
export interface RunResult {
  schedule: Schedule;
  cost: ScheduleCost | null;
  feasible: boolean;
  problems: { code: string; message: string }[];
}

/** After minus before, by term (negative: the run saves money). */
function difference(before: ScheduleCost, after: ScheduleCost) {
  return costView(
    Object.fromEntries([
      ["currency", after.currency],
      ...costTerms.map((term) => [term, after[term] - before[term]]),
    ]) as unknown as ScheduleCost,
  );
}

export const runSchema = z
  .object({
    id: z.uuid(),
    scheduleId: z.uuid(),
    status: z.enum(["queued", "running", "finished", "failed", "cancelled", "accepted", "discarded"]),
    seconds: z.number().int(),
    seed: z.number().int(),
    /** Scenes the run may move (lineage ids); null: the whole board. */
    selection: z.array(z.uuid()).nullable(),
    createdAt: z.string(),
    startedAt: z.string().nullable(),
    finishedAt: z.string().nullable(),
    progress: z
      .object({
        elapsedSeconds: z.number(),
        bestCost: costSchema.nullable(),
        /** No schedule costs less than this (reporting currency). */
        lowerBound: z.string(),
        feasible: z.boolean(),
        iterations: z.number().int(),
        optimal: z.boolean(),
      })
      .nullable(),
    before: z.object({ cost: costSchema.nullable(), feasible: z.boolean() }),
    result: z
      .object({
        cost: costSchema.nullable(),
        feasible: z.boolean(),
        /** After minus before by term; null when either could not be priced. */
        difference: costSchema.nullable(),
        problems: z.array(z.object({ code: z.string(), message: z.string() })),
      })
      .nullable(),
    error: z.string().nullable(),
  })
  .openapi("OptimizerRun");

export function toRunView(row: RunRow): z.infer<typeof runSchema> {
  const before = row.before as RunBefore;
  const result = row.result as RunResult | null;
  const progress = row.progress as RunProgress | null;
  const currency = before.cost?.currency ?? progress?.bestCost?.currency ?? "RUB";
  return {
    id: row.id,
    scheduleId: row.scheduleId,
    status: row.status,
    seconds: row.seconds,
    seed: row.seed,
    selection: row.selection ?? null,
    createdAt: row.createdAt.toISOString(),
    startedAt: row.startedAt?.toISOString() ?? null,
    finishedAt: row.finishedAt?.toISOString() ?? null,
    progress: progress
      ? {
          elapsedSeconds: Math.round(progress.elapsedSeconds * 10) / 10,
          bestCost: progress.bestCost ? costView(progress.bestCost) : null,
          lowerBound: formatMinor(progress.lowerBound, currency),
          feasible: progress.feasible,
          iterations: progress.iterations,
          optimal: progress.optimal,
        }
      : null,
    before: { cost: before.cost ? costView(before.cost) : null, feasible: before.feasible },
    result: result
      ? {
          cost: result.cost ? costView(result.cost) : null,
          feasible: result.feasible,
          difference: before.cost && result.cost ? difference(before.cost, result.cost) : null,
          problems: result.problems,
        }
      : null,
    error: row.error,
  };
}
