// The run the optimizer panel follows: its progress while it searches (asked every half second), then its result
// to accept or discard, or why it failed. Accepting puts the run's schedule on the board and reloads the board; a
// board changed meanwhile refuses it (409 VERSION_CONFLICT), and the person is told to run it again.
import { useEffect, useRef } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { Board, OptimizerRun } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Notice } from "../ui/layout.tsx";
import { RunComparison } from "./RunComparison.tsx";
import { RunProgress } from "./RunProgress.tsx";
import { scheduleKeys, useWatchedRun } from "./queries.ts";
import { isRunActive } from "./runs.ts";

type Decision = "cancel" | "accept" | "discard";

export function CurrentRun({
  projectId,
  board,
  initial,
  onAccepted,
}: {
  projectId: string;
  board: Board;
  initial: OptimizerRun;
  onAccepted: (run: OptimizerRun) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const scheduleId = board.schedule.id;
  const watched = useWatchedRun(projectId, scheduleId, initial);
  const run = watched.data.run;
  const isActive = isRunActive(run);
  const wasActive = useRef(isRunActive(initial));

  // When the search ends, the list of runs learns it (the history shows the run's status).
  useEffect(() => {
    if (wasActive.current && !isActive) {
      void queryClient.invalidateQueries({ queryKey: scheduleKeys.runs(projectId, scheduleId) });
    }
    wasActive.current = isActive;
  }, [isActive, projectId, scheduleId, queryClient]);

  const decide = useMutation({
    mutationFn: (decision: Decision) => api.decideOptimizerRun(projectId, scheduleId, run.id, decision),
    onSuccess: async (answer, decision) => {
      queryClient.setQueryData(scheduleKeys.run(projectId, scheduleId, run.id), answer);
      if (decision === "cancel") return;
      if (decision === "accept") {
        onAccepted(answer.run);
        await Promise.all([
          queryClient.invalidateQueries({ queryKey: scheduleKeys.board(projectId, scheduleId) }),
          queryClient.invalidateQueries({ queryKey: scheduleKeys.boards(projectId) }),
        ]);
      }
      await queryClient.invalidateQueries({ queryKey: scheduleKeys.runs(projectId, scheduleId) });
    },
  });
  const decisionError = decide.isError
    ? errorText(decide.error, {
        VERSION_CONFLICT: "schedule.run.versionConflict",
        RUN_FINISHED: "schedule.run.notAcceptable",
      })
    : null;

  if (isActive) {
    return (
      <>
        <RunProgress run={run} isStopping={decide.isPending} onStop={() => decide.mutate("cancel")} />
        {decisionError ? <Notice tone="danger">{decisionError}</Notice> : null}
      </>
    );
  }
  if (run.status === "failed") {
    return (
      <div className="run-card">
        <Notice tone="danger">{t("schedule.run.failed", { error: run.error ?? "" })}</Notice>
        <button
          type="button"
          className="button"
          disabled={decide.isPending}
          onClick={() => decide.mutate("discard")}
        >
          {t("schedule.run.dismiss")}
        </button>
      </div>
    );
  }
  return (
    <RunComparison
      run={run}
      isDeciding={decide.isPending}
      error={decisionError}
      onAccept={() => decide.mutate("accept")}
      onDiscard={() => decide.mutate("discard")}
    />
  );
}
