// The schedule's queries: the boards of a project, one board, its optimizer runs and the run being watched.
import { useQuery } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { OptimizerRun } from "../api/types.ts";
import { isRunActive, runPollMs } from "./runs.ts";

export const scheduleKeys = {
  boards: (projectId: string) => ["schedules", projectId] as const,
  board: (projectId: string, scheduleId: string) => ["schedule", projectId, scheduleId] as const,
  runs: (projectId: string, scheduleId: string) => ["optimizerRuns", projectId, scheduleId] as const,
  run: (projectId: string, scheduleId: string, runId: string) =>
    ["optimizerRun", projectId, scheduleId, runId] as const,
};

export function useBoards(projectId: string) {
  return useQuery({ queryKey: scheduleKeys.boards(projectId), queryFn: () => api.schedules(projectId) });
}

export function useBoard(projectId: string, scheduleId: string) {
  return useQuery({
    queryKey: scheduleKeys.board(projectId, scheduleId),
    queryFn: () => api.board(projectId, scheduleId),
  });
}

export function useRuns(projectId: string, scheduleId: string) {
  return useQuery({
    queryKey: scheduleKeys.runs(projectId, scheduleId),
    queryFn: () => api.optimizerRuns(projectId, scheduleId),
  });
}

/** One run, asked for every half second while it searches; `initial` is what the list of runs said of it. */
export function useWatchedRun(projectId: string, scheduleId: string, initial: OptimizerRun) {
  return useQuery({
    queryKey: scheduleKeys.run(projectId, scheduleId, initial.id),
    queryFn: () => api.optimizerRun(projectId, scheduleId, initial.id),
    initialData: { run: initial },
    refetchInterval: (query) => {
      const run = query.state.data?.run;
      return run && isRunActive(run) ? runPollMs : false;
    },
  });
}
