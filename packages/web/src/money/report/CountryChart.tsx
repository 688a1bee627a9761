// Spend by country of spend: a donut of each country's share of the actual spend, with the amounts and the share
// of the budget beside it — the figures a rebate and a co-production treaty are checked on.
import { countryName } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import type { CostReport } from "../types.ts";
import { formatAmount, formatCompact, formatPercent, percentWidth, shareOf } from "../format.ts";

const size = 220;
const radius = 84;
const thickness = 30;
const palette = ["#3b5bdb", "#12b886", "#f59f00", "#e8590c", "#ae3ec9", "#1098ad", "#868e96"];

function arc(start: number, end: number): string {
  // Angles in percent of the circle, clockwise from twelve o'clock.
  const point = (percent: number, r: number) => {
    const angle = (percent / 100) * 2 * Math.PI - Math.PI / 2;
    return `${size / 2 + r * Math.cos(angle)} ${size / 2 + r * Math.sin(angle)}`;
  };
  const large = end - start > 50 ? 1 : 0;
  const outer = radius;
  const inner = radius - thickness;
  return [
    `M ${point(start, outer)}`,
    `A ${outer} ${outer} 0 ${large} 1 ${point(end, outer)}`,
    `L ${point(end, inner)}`,
    `A ${inner} ${inner} 0 ${large} 0 ${point(start, inner)}`,
    "Z",
  ].join(" ");
}

export function CountryChart({ report }: { report: CostReport }) {
  const t = useT();
  const { locale } = useLocale();
  const countries = report.countries;
  const spent = countries.filter((country) => BigInt(country.actual.minor) > 0n);
  const slices: { country: (typeof spent)[number]; start: number; end: number; color: string }[] = [];
  let at = 0;
  for (const [index, country] of spent.entries()) {
    const end = Math.min(100, at + percentWidth(country.actualShare));
    slices.push({ country, start: at, end, color: palette[index % palette.length]! });
    at = end;
  }
  return (
    <figure className="money-chart money-donut" data-testid="country-chart">
      <svg
        viewBox={`0 0 ${size} ${size}`}
        role="img"
        aria-label={t("money.chart.countries.label")}
        className="money-donut__svg"
      >
        <circle
          cx={size / 2}
          cy={size / 2}
          r={radius - thickness / 2}
          className="money-donut__ring"
          strokeWidth={thickness}
        />
        {slices.map((slice) =>
          slice.end - slice.start >= 99.95 ? (
            <circle
              key={slice.country.country}
              cx={size / 2}
              cy={size / 2}
              r={radius - thickness / 2}
              fill="none"
              stroke={slice.color}
              strokeWidth={thickness}
            />
          ) : slice.end > slice.start ? (
            <path key={slice.country.country} d={arc(slice.start, slice.end)} fill={slice.color}>
              <title>
                {countryName(slice.country.country, locale)}:{" "}
                {formatPercent(slice.country.actualShare, locale)}
              </title>
            </path>
          ) : null,
        )}
        <text x={size / 2} y={size / 2 - 4} textAnchor="middle" className="money-donut__label">
          {t("money.chart.countries.center")}
        </text>
        <text x={size / 2} y={size / 2 + 14} textAnchor="middle" className="money-donut__total">
          {formatCompact(report.total.actual.amount, report.currency, locale)}
        </text>
      </svg>
      <table className="money-donut__legend">
        <thead>
          <tr>
            <th>{t("money.col.country")}</th>
            <th className="numeric">{t("money.report.col.actual")}</th>
            <th className="numeric">{t("money.chart.countries.share")}</th>
            <th className="numeric">{t("money.chart.countries.ofBudget")}</th>
          </tr>
        </thead>
        <tbody>
          {countries.map((country) => {
            const slice = slices.find((entry) => entry.country.country === country.country);
            const used = shareOf(country.actual.minor, country.budget.minor);
            return (
              <tr key={country.country}>
                <td>
                  <span
                    className="money-donut__swatch"
                    style={{ background: slice?.color ?? "transparent" }}
                  />
                  {countryName(country.country, locale)}
                </td>
                <td className="numeric">{formatAmount(country.actual.amount, report.currency, locale)}</td>
                <td className="numeric">{formatPercent(country.actualShare, locale)}</td>
                <td className="numeric">
                  <span className="money-meter" title={t("money.chart.countries.ofBudgetHint")}>
                    <span className="money-meter__bar" style={{ width: `${used ?? 0}%` }} />
                  </span>{" "}
                  {used === null ? "—" : formatPercent(used.toFixed(1), locale)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </figure>
  );
}
