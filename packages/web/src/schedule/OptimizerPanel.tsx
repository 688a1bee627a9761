// The optimizer for those who may change the board: how long to search, the whole board or only the chosen strips,
// the run under way or waiting for a decision, and the runs before it. The board changes only when a person
// accepts a result, and only if nobody changed the board meanwhile.
import { useState } from "react";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { Board, OptimizerRun } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import { CurrentRun } from "./CurrentRun.tsx";
import { RunHistory } from "./RunHistory.tsx";
import { RunLengthPicker } from "./RunLengthPicker.tsx";
import { scheduleKeys, useRuns } from "./queries.ts";
import { currentRun, isRunActive } from "./runs.ts";

export function OptimizerPanel({
  projectId,
  board,
  selection,
  onAccepted,
}: {
  projectId: string;
  board: Board;
  selection: ReadonlySet<string>;
  onAccepted: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const scheduleId = board.schedule.id;
  const runs = useRuns(projectId, scheduleId);
  const [seconds, setSeconds] = useState(30);
  const [accepted, setAccepted] = useState<OptimizerRun | null>(null);
  const start = useMutation({
    mutationFn: (chosen: string[] | undefined) =>
      api.startOptimizerRun(projectId, scheduleId, { seconds, ...(chosen ? { selection: chosen } : {}) }),
    onSuccess: ({ run }) => {
      setAccepted(null);
      queryClient.setQueryData(scheduleKeys.run(projectId, scheduleId, run.id), { run });
      queryClient.setQueryData<{ runs: OptimizerRun[] }>(scheduleKeys.runs(projectId, scheduleId), (old) => ({
        runs: [run, ...(old?.runs ?? []).filter((known) => known.id !== run.id)],
      }));
    },
  });
  if (runs.isPending) {
    return (
      <Panel id="optimizer" title={t("schedule.optimizer.title")}>
        <Loading />
      </Panel>
    );
  }
  if (runs.isError) {
    return (
      <Panel id="optimizer" title={t("schedule.optimizer.title")}>
        <Notice tone="danger">{errorText(runs.error)}</Notice>
      </Panel>
    );
  }
  const current = currentRun(runs.data.runs);
  const past = runs.data.runs.filter((run) => run.id !== current?.id);
  const isPublished = board.schedule.status === "published";
  const isBusy = start.isPending || (current !== null && isRunActive(current));
  const canStart = !isPublished && board.cost !== null && !isBusy;
  return (
    <Panel id="optimizer" title={t("schedule.optimizer.title")}>
      <div className="optimizer" data-testid="optimizer">
        {isPublished ? (
          <Notice tone="info">{t("schedule.optimizer.published")}</Notice>
        ) : board.cost === null ? (
          <Notice tone="warning">{t("schedule.optimizer.unpriced")}</Notice>
        ) : null}
        {!isPublished ? (
          <div className="optimizer__controls">
            <RunLengthPicker value={seconds} disabled={isBusy} onChange={setSeconds} />
            <div className="optimizer__buttons">
              <button
                type="button"
                className="button button--primary"
                disabled={!canStart}
                onClick={() => start.mutate(undefined)}
              >
                {t("schedule.optimizer.start")}
              </button>
              {selection.size > 0 ? (
                <button
                  type="button"
                  className="button"
                  disabled={!canStart}
                  onClick={() => start.mutate([...selection])}
                >
                  {t("schedule.optimizer.startSelected", { count: selection.size })}
                </button>
              ) : null}
            </div>
            <p className="field__hint">
              {selection.size > 0 ? t("schedule.optimizer.selectedHint") : t("schedule.optimizer.hint")}
            </p>
          </div>
        ) : null}
        {start.isError ? <Notice tone="danger">{errorText(start.error)}</Notice> : null}
        {accepted && !current ? (
          <Notice tone="success" onClose={() => setAccepted(null)}>
            {t("schedule.run.acceptedNotice")}
          </Notice>
        ) : null}
        {current ? (
          <CurrentRun
            key={current.id}
            projectId={projectId}
            board={board}
            initial={current}
            onAccepted={(run) => {
              setAccepted(run);
              onAccepted();
            }}
          />
        ) : null}
        <RunHistory runs={past} />
      </div>
    </Panel>
  );
}
