// The board at a glance: its shooting period, shifts by unit, scenes on the board and outside it, pages and
// хронометраж, and what it costs.
import type { Board } from "../api/types.ts";
import { formatIsoDate } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { formatEighths, formatScreenTime } from "../scripts/format.ts";
import { formatWholeMoney } from "./cost.ts";

export function BoardFacts({ board }: { board: Board }) {
  const t = useT();
  const { locale } = useLocale();
  const { schedule } = board;
  const shooting = board.days.filter((day) => day.strips.length > 0);
  const nights = shooting.filter((day) => day.shift === "night").length;
  const placed = new Set(shooting.flatMap((day) => day.strips));
  const scenes = board.scenes.filter((scene) => placed.has(scene.lineageId));
  const eighths = scenes.reduce((sum, scene) => sum + scene.eighths, 0);
  const seconds = scenes.reduce((sum, scene) => sum + scene.screenSeconds, 0);
  const countries = new Set(scenes.flatMap((scene) => (scene.location ? [scene.location.country] : [])));
  return (
    <dl className="facts schedule-facts" data-testid="board-facts">
      <div className="facts__item facts__item--wide">
        <dt>{t("schedule.facts.period")}</dt>
        <dd>
          {formatIsoDate(schedule.firstDate, locale)} — {formatIsoDate(schedule.lastDate, locale)}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t("schedule.facts.shifts")}</dt>
        <dd>
          {t("schedule.count.shifts", { count: shooting.length })}
          {nights > 0 ? (
            <span className="facts__extra">{t("schedule.facts.nights", { count: nights })}</span>
          ) : null}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t("schedule.facts.scenes")}</dt>
        <dd>
          {t("schedule.count.scenes", { count: scenes.length })}
          {board.boneyard.length > 0 ? (
            <span className="facts__extra">
              {t("schedule.facts.outside", { count: board.boneyard.length })}
            </span>
          ) : null}
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t("schedule.facts.volume")}</dt>
        <dd>
          {t("schedule.pages", { pages: formatEighths(eighths) })}
          <span className="facts__extra">{formatScreenTime(seconds)}</span>
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t("schedule.facts.units")}</dt>
        <dd>
          {t("schedule.count.units", { count: board.units.length })}
          <span className="facts__extra">{t("schedule.facts.countries", { count: countries.size })}</span>
        </dd>
      </div>
      <div className="facts__item">
        <dt>{t("schedule.facts.cost")}</dt>
        <dd className="schedule-facts__cost">
          {board.cost ? formatWholeMoney(board.cost.total, board.cost.currency, locale) : "—"}
        </dd>
      </div>
    </dl>
  );
}
