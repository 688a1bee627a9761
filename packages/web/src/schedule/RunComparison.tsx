// A finished run against the board it started from (what it saves, by term), what it could not do, and the
// decision: accept its schedule onto the board, or discard it.
import type { OptimizerRun } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { Notice } from "../ui/layout.tsx";
import { CostComparison } from "./CostComparison.tsx";
import { useIssueTitle } from "./issues.ts";
import { isRunAcceptable } from "./runs.ts";

export function RunComparison({
  run,
  isDeciding,
  error,
  onAccept,
  onDiscard,
}: {
  run: OptimizerRun;
  isDeciding: boolean;
  error: string | null;
  onAccept: () => void;
  onDiscard: () => void;
}) {
  const t = useT();
  const issueTitle = useIssueTitle();
  const before = run.before.cost;
  const after = run.result?.cost ?? null;
  const difference = run.result?.difference ?? null;
  const canAccept = isRunAcceptable(run);
  const actions = (
    <>
      {run.result && !run.result.feasible ? (
        <Notice tone="warning">{t("schedule.run.infeasible")}</Notice>
      ) : null}
      {error ? <Notice tone="danger">{error}</Notice> : null}
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={!canAccept || isDeciding}
          onClick={onAccept}
        >
          {t("schedule.run.accept")}
        </button>
        <button type="button" className="button" disabled={isDeciding} onClick={onDiscard}>
          {t("schedule.run.discard")}
        </button>
      </div>
    </>
  );
  return (
    <div className="run-card run-card--done" data-testid="run-comparison">
      {run.status === "cancelled" ? <p className="run-card__note">{t("schedule.run.stoppedEarly")}</p> : null}
      {before && after && difference ? (
        <CostComparison before={before} after={after} difference={difference} actions={actions} />
      ) : (
        actions
      )}
      {run.progress?.optimal ? <p className="run-card__note">{t("schedule.run.optimal")}</p> : null}
      {run.result && run.result.problems.length > 0 ? (
        <ul className="run-card__problems">
          {run.result.problems.map((problem, index) => (
            <li key={index}>{issueTitle(problem.code) ?? problem.message}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
