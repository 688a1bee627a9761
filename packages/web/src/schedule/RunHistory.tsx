// The board's earlier optimizer runs, one line each: when, how long, the whole board or a selection, how it ended
// and what it saved.
import type { OptimizerRun, OptimizerRunStatus } from "../api/types.ts";
import { intlLocale } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { formatPercent, savedPercent } from "./cost.ts";
import { useRunLengthText } from "./RunLengthPicker.tsx";

/** How many past runs the panel lists. */
const shownRuns = 8;

const statusTone: Record<OptimizerRunStatus, string> = {
  queued: "neutral",
  running: "neutral",
  finished: "neutral",
  cancelled: "neutral",
  failed: "danger",
  accepted: "success",
  discarded: "muted",
};

export function RunHistory({ runs }: { runs: readonly OptimizerRun[] }) {
  const t = useT();
  const { locale } = useLocale();
  const lengthText = useRunLengthText();
  if (runs.length === 0) return null;
  const when = new Intl.DateTimeFormat(intlLocale(locale), {
    day: "numeric",
    month: "short",
    hour: "2-digit",
    minute: "2-digit",
  });
  return (
    <section className="run-history" aria-labelledby="run-history-title">
      <h3 className="run-history__title" id="run-history-title">
        {t("schedule.history.title")}
      </h3>
      <ul className="run-history__list" data-testid="run-history">
        {runs.slice(0, shownRuns).map((run) => {
          const saved =
            run.before.cost && run.result?.cost ? savedPercent(run.before.cost, run.result.cost) : null;
          return (
            <li key={run.id} className="run-history__row" data-status={run.status}>
              <span className="run-history__when">{when.format(new Date(run.createdAt))}</span>
              <span className={`run-status run-status--${statusTone[run.status]}`}>
                {t(`schedule.run.status.${run.status}`)}
              </span>
              <span className="run-history__scope">
                {lengthText(run.seconds)} ·{" "}
                {run.selection
                  ? t("schedule.run.scopeSelection", { count: run.selection.length })
                  : t("schedule.run.scopeBoard")}
              </span>
              <span className="run-history__saved numeric">
                {saved !== null && saved > 0 ? `−${formatPercent(saved, locale)}` : "—"}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
