// What the board costs in the reporting currency: the total, a bar of its terms, and each term with its amount and
// share. A board the scheduler cannot price yet says why (the problems below the board name what is missing).
import type { Board } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { Notice, Panel } from "../ui/layout.tsx";
import { CostBar } from "./CostBar.tsx";
import { amountValue, costTermColors, costTerms, formatPercent, formatWholeMoney } from "./cost.ts";

export function CostPanel({ board }: { board: Board }) {
  const t = useT();
  const { locale } = useLocale();
  const { cost } = board;
  if (!cost) {
    return (
      <Panel id="schedule-cost" title={t("schedule.cost.title")}>
        <Notice tone="warning">{t("schedule.cost.unpriced", { count: board.problems.length })}</Notice>
      </Panel>
    );
  }
  const total = amountValue(cost.total);
  const money = (amount: string) => formatWholeMoney(amount, cost.currency, locale);
  return (
    <Panel id="schedule-cost" title={t("schedule.cost.title")} meta={cost.currency}>
      <div className="cost-total">
        <span className="cost-total__label">{t("schedule.cost.total")}</span>
        <span className="cost-total__value" data-testid="board-total">
          {money(cost.total)}
        </span>
      </div>
      <CostBar cost={cost} label={t("schedule.cost.chart", { total: money(cost.total) })} />
      <table className="cost-terms">
        <tbody>
          {costTerms.map((term) => (
            <tr key={term} data-term={term}>
              <th scope="row">
                <span
                  className="cost-terms__swatch"
                  style={{ background: costTermColors[term] }}
                  aria-hidden="true"
                />
                {t(`schedule.term.${term}`)}
              </th>
              <td className="numeric">{money(cost[term])}</td>
              <td className="numeric cost-terms__share">
                {total > 0 ? formatPercent((amountValue(cost[term]) / total) * 100, locale) : "—"}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
