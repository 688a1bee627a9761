// Spend by partner against the agreed shares: each partner's share of the actual spend as a bar, its share of the
// budget as a thin bar under it, and the share agreed in the co-production deal as a marker, so that a producer
// sees at once who spends ahead of the deal and who behind. Hand-drawn SVG; the numbers are the server's.
import { useLocale, useT } from "../../i18n/locale.tsx";
import type { CostReport } from "../types.ts";
import { formatAmount, formatPercent, percentWidth } from "../format.ts";

const width = 1040;
const left = 14;
const right = 170;
const rowHeight = 62;
const top = 8;

export function PartnerChart({ report }: { report: CostReport }) {
  const t = useT();
  const { locale } = useLocale();
  const partners = report.partners;
  const largest = Math.max(
    10,
    ...partners.flatMap((partner) => [
      percentWidth(partner.agreedShare),
      percentWidth(partner.actualShare),
      percentWidth(partner.budgetShare),
    ]),
  );
  const scale = Math.min(100, Math.ceil((largest + 5) / 10) * 10);
  const track = width - left - right;
  const x = (percent: number) => left + (track * Math.min(percent, scale)) / scale;
  const height = top + partners.length * rowHeight + 22;
  const ticks = Array.from({ length: scale / 10 + 1 }, (_, index) => index * 10);
  return (
    <figure className="money-chart" data-testid="partner-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-label={t("money.chart.partners.label")}
        className="money-chart__svg"
      >
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={top} y2={height - 18} className="money-chart__grid" />
            <text
              x={x(tick)}
              y={height - 4}
              className="money-chart__tick"
              textAnchor={tick === 0 ? "start" : "middle"}
            >
              {tick} %
            </text>
          </g>
        ))}
        {partners.map((partner, index) => {
          const y = top + index * rowHeight;
          const actual = percentWidth(partner.actualShare);
          const budget = percentWidth(partner.budgetShare);
          const agreed = partner.agreedShare === null ? null : percentWidth(partner.agreedShare);
          const ahead = agreed !== null && partner.included && actual > agreed;
          return (
            <g key={partner.id} data-partner={partner.name}>
              <text x={left} y={y + 12} className="money-chart__name">
                {partner.name}
                {partner.included ? "" : ` — ${t("money.chart.partners.closed")}`}
              </text>
              <text x={width - 4} y={y + 12} className="money-chart__amount" textAnchor="end">
                {partner.included ? formatAmount(partner.actual.amount, report.currency, locale) : "—"}
              </text>
              <rect x={left} y={y + 20} width={track} height={16} className="money-chart__track" rx={3} />
              {partner.included ? (
                <rect
                  x={left}
                  y={y + 20}
                  width={Math.max(0, x(actual) - left)}
                  height={16}
                  rx={3}
                  className={ahead ? "money-chart__bar money-chart__bar--ahead" : "money-chart__bar"}
                />
              ) : (
                <rect x={left} y={y + 20} width={track} height={16} rx={3} className="money-chart__closed" />
              )}
              <text x={width - 4} y={y + 32} className="money-chart__value" textAnchor="end">
                {partner.included
                  ? t("money.chart.partners.value", {
                      actual: formatPercent(partner.actualShare ?? "0", locale),
                      agreed: formatPercent(partner.agreedShare, locale),
                    })
                  : ""}
              </text>
              <rect
                x={left}
                y={y + 40}
                width={Math.max(0, x(budget) - left)}
                height={5}
                rx={2}
                className="money-chart__budget"
              />
              {agreed !== null ? (
                <g className="money-chart__agreed">
                  <line x1={x(agreed)} x2={x(agreed)} y1={y + 16} y2={y + 50} />
                  <path
                    d={`M ${x(agreed) - 5} ${y + 16} L ${x(agreed) + 5} ${y + 16} L ${x(agreed)} ${y + 22} Z`}
                  />
                  <title>
                    {t("money.chart.partners.agreedTitle", {
                      share: formatPercent(partner.agreedShare, locale),
                    })}
                  </title>
                </g>
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="money-chart__legend">
        <span className="money-chart__key money-chart__key--actual" /> {t("money.chart.partners.actual")}
        <span className="money-chart__key money-chart__key--ahead" /> {t("money.chart.partners.ahead")}
        <span className="money-chart__key money-chart__key--budget" /> {t("money.chart.partners.budget")}
        <span className="money-chart__key money-chart__key--agreed" /> {t("money.chart.partners.agreed")}
      </figcaption>
      <table className="visually-hidden">
        <caption>{t("money.chart.partners.label")}</caption>
        <tbody>
          {partners.map((partner) => (
            <tr key={partner.id}>
              <th>{partner.name}</th>
              <td>{formatPercent(partner.actualShare, locale)}</td>
              <td>{formatPercent(partner.agreedShare, locale)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
