// A run while it searches: how much of its time has passed, the best cost found so far against the board's and
// the lower bound no schedule can beat, how many arrangements it tried, and a button to stop it (the best found so
// far is kept).
import type { OptimizerRun } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { BoundGauge } from "./BoundGauge.tsx";
import { formatPercent, formatWholeMoney, savedPercent } from "./cost.ts";

export function RunProgress({
  run,
  isStopping,
  onStop,
}: {
  run: OptimizerRun;
  isStopping: boolean;
  onStop: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const elapsed = Math.min(run.seconds, run.progress?.elapsedSeconds ?? 0);
  const before = run.before.cost;
  const best = run.progress?.bestCost ?? null;
  const currency = before?.currency ?? best?.currency ?? "RUB";
  const money = (amount: string) => formatWholeMoney(amount, currency, locale);
  const saved = before && best ? savedPercent(before, best) : null;
  const state =
    run.status === "queued"
      ? t("schedule.run.queued")
      : run.status === "cancelled"
        ? t("schedule.run.stopping")
        : t("schedule.run.running");
  return (
    <div className="run-card run-card--active" data-testid="run-progress">
      <div className="run-progress__head">
        <span className="run-progress__state">
          <span className="run-progress__pulse" aria-hidden="true" />
          {state}
          {run.selection ? (
            <span className="muted">
              {" "}
              · {t("schedule.run.scopeSelection", { count: run.selection.length })}
            </span>
          ) : null}
        </span>
        <span className="numeric muted">{t("schedule.run.elapsed", { elapsed, seconds: run.seconds })}</span>
      </div>
      <div
        className="run-progress"
        role="progressbar"
        aria-label={t("schedule.run.progress")}
        aria-valuemin={0}
        aria-valuemax={run.seconds}
        aria-valuenow={elapsed}
      >
        <div className="run-progress__bar" style={{ width: `${(elapsed / run.seconds) * 100}%` }} />
      </div>
      <dl className="run-stats">
        <div>
          <dt>{t("schedule.run.before")}</dt>
          <dd className="numeric">{before ? money(before.total) : "—"}</dd>
        </div>
        <div>
          <dt>{t("schedule.run.best")}</dt>
          <dd className="numeric" data-testid="run-best">
            {best ? money(best.total) : "—"}
            {saved !== null && saved > 0 ? (
              <span className="saving saving--good">−{formatPercent(saved, locale)}</span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t("schedule.run.lowerBound")}</dt>
          <dd className="numeric">{run.progress ? money(run.progress.lowerBound) : "—"}</dd>
        </div>
        <div>
          <dt>{t("schedule.run.iterations")}</dt>
          <dd className="numeric">
            {t("schedule.run.iterationsValue", { count: run.progress?.iterations ?? 0 })}
          </dd>
        </div>
      </dl>
      {before && best && run.progress ? (
        <BoundGauge before={before.total} best={best.total} lowerBound={run.progress.lowerBound} />
      ) : null}
      <div className="form__actions">
        <button
          type="button"
          className="button"
          disabled={isStopping || run.status === "cancelled"}
          onClick={onStop}
        >
          {t("schedule.run.stop")}
        </button>
      </div>
    </div>
  );
}
