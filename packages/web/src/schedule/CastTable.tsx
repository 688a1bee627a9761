// The actors of the board, as the day out of days totals them: board id, name, home country, daily rate in their
// own currency, work, hold and travel days, the period from first to last work day, and the cost in the reporting
// currency.
import type { Board, BoardCast } from "../api/types.ts";
import { formatDecimalMoney } from "../i18n/format.ts";
import { intlLocale } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { CountryCode } from "../ui/badges.tsx";
import { Panel } from "../ui/layout.tsx";
import { formatShootingDate } from "./board-rows.ts";
import { formatWholeMoney } from "./cost.ts";

/** Board ids in board order: 1, 2, 10, then the ids that are not numbers, then people without one. */
function byBoardId(a: BoardCast, b: BoardCast): number {
  if (a.boardId === null || b.boardId === null) return a.boardId === null ? (b.boardId === null ? 0 : 1) : -1;
  return a.boardId.localeCompare(b.boardId, undefined, { numeric: true });
}

export function CastTable({ board }: { board: Board }) {
  const t = useT();
  const { locale } = useLocale();
  const cast = [...board.cast].sort(byBoardId);
  const currency = board.cost?.currency;
  if (cast.length === 0) return null;
  return (
    <Panel id="schedule-cast" title={t("schedule.cast.title")} meta={String(cast.length)} flush>
      <table className="table cast-table" data-testid="cast-table">
        <thead>
          <tr>
            <th scope="col" className="numeric">
              {t("schedule.cast.boardId")}
            </th>
            <th scope="col">{t("schedule.cast.name")}</th>
            <th scope="col">{t("schedule.cast.country")}</th>
            <th scope="col" className="numeric">
              {t("schedule.cast.rate")}
            </th>
            <th scope="col" className="numeric">
              {t("schedule.cast.work")}
            </th>
            <th scope="col" className="numeric">
              {t("schedule.cast.hold")}
            </th>
            <th scope="col" className="numeric">
              {t("schedule.cast.travel")}
            </th>
            <th scope="col">{t("schedule.cast.period")}</th>
            <th scope="col" className="numeric">
              {t("schedule.cast.cost")}
            </th>
          </tr>
        </thead>
        <tbody>
          {cast.map((person) => (
            <tr key={person.id}>
              <td className="numeric table__strong">{person.boardId ?? "—"}</td>
              <td className="table__strong">{person.name}</td>
              <td>{person.homeCountry ? <CountryCode code={person.homeCountry} /> : "—"}</td>
              <td className="numeric">
                {person.dailyRate
                  ? formatDecimalMoney(person.dailyRate.amount, person.dailyRate.currency, locale)
                  : "—"}
              </td>
              <td className="numeric">{person.days?.work ?? "—"}</td>
              <td className={`numeric${person.days && person.days.hold > 0 ? " cast-table__hold" : ""}`}>
                {person.days?.hold ?? "—"}
              </td>
              <td className="numeric">{person.days?.travel ?? "—"}</td>
              <td className="cast-table__period">
                {person.days?.firstDate && person.days.lastDate
                  ? `${formatShootingDate(person.days.firstDate, intlLocale(locale))} — ${formatShootingDate(person.days.lastDate, intlLocale(locale))}`
                  : "—"}
              </td>
              <td className="numeric table__strong">
                {person.days && currency ? formatWholeMoney(person.days.cost, currency, locale) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
