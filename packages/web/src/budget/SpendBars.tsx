// Who pays how much and where the money is spent, as horizontal bars a producer reads at a glance: one bar a
// partner, one a country (its qualifying spend, which counts for the country's rebate, drawn darker).
import { countryName, formatIsoDate, intlLocale } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { Panel } from "../ui/layout.tsx";
import type { BudgetTotals, Money } from "./types.ts";
import { formatMoney, percentOf } from "./amounts.ts";
import { useRateSource } from "./labels.ts";

interface Bar {
  key: string;
  label: string;
  hint?: string;
  /** Geometry in the base currency (comparable across rows); the figure in the display currency. */
  base: Money;
  shown: Money;
  inner?: Money;
}

function BarList({ bars, total, testId }: { bars: Bar[]; total: Money; testId: string }) {
  const { locale } = useLocale();
  const largest = bars.reduce((max, bar) => (BigInt(bar.base.minor) > BigInt(max.minor) ? bar.base : max), {
    ...total,
    minor: "0",
  });
  return (
    <ul className="budget-bars" data-testid={testId}>
      {bars.map((bar) => (
        <li key={bar.key} className="budget-bars__row">
          <span className="budget-bars__label" title={bar.hint}>
            {bar.label}
          </span>
          <svg className="budget-bars__track" aria-hidden="true" preserveAspectRatio="none">
            <rect
              className="budget-bars__bar"
              x="0"
              y="0"
              height="100%"
              width={`${percentOf(bar.base, largest)}%`}
            />
            {bar.inner ? (
              <rect
                className="budget-bars__inner"
                x="0"
                y="0"
                height="100%"
                width={`${percentOf(bar.inner, largest)}%`}
              />
            ) : null}
          </svg>
          <span className="budget-bars__value budget-num">{formatMoney(bar.shown, locale)}</span>
          <span className="budget-bars__share">
            {percentOf(bar.base, total).toLocaleString(intlLocale(locale))} %
          </span>
        </li>
      ))}
    </ul>
  );
}

export function SpendBars({ totals }: { totals: BudgetTotals }) {
  const t = useT();
  const { locale } = useLocale();
  const rateSource = useRateSource();
  const partners: Bar[] = totals.partners.map((row) => ({
    key: row.partner,
    label: row.name,
    base: row.total.base,
    shown: row.total.display,
  }));
  const countries: Bar[] = totals.countries.map((row) => ({
    key: row.country,
    label: `${row.country} · ${countryName(row.country, locale)}`,
    hint: t("budget.bars.qualifying", {
      amount: formatMoney(row.qualifying, locale),
      currency: row.qualifying.currency,
    }),
    base: row.total.base,
    shown: row.total.display,
    inner: row.qualifying,
  }));
  return (
    <>
      <Panel title={t("budget.bars.partners")} meta={totals.displayCurrency}>
        <BarList bars={partners} total={totals.total.base} testId="partner-bars" />
      </Panel>
      <Panel title={t("budget.bars.countries")} meta={totals.displayCurrency}>
        <BarList bars={countries} total={totals.total.base} testId="country-bars" />
        <p className="budget-bars__legend small muted">
          <span className="budget-bars__key budget-bars__key--inner" /> {t("budget.bars.qualifyingKey")}
          <span className="budget-bars__key" /> {t("budget.bars.otherKey")}
        </p>
      </Panel>
      <Panel
        title={t("budget.currencies.title")}
        meta={t("budget.currencies.rates", {
          source: rateSource(totals.rates.source),
          date: formatIsoDate(totals.rates.date, locale),
        })}
        flush
      >
        <table className="table budget-currencies">
          <thead>
            <tr>
              <th>{t("budget.currencies.currency")}</th>
              <th className="numeric">{t("budget.currencies.inCurrency")}</th>
              <th className="numeric">{t("budget.currencies.inBase", { currency: totals.baseCurrency })}</th>
            </tr>
          </thead>
          <tbody>
            {totals.currencies.map((row) => (
              <tr key={row.currency}>
                <td>{row.currency}</td>
                <td className="numeric budget-num">{formatMoney(row.subtotal, locale)}</td>
                <td className="numeric budget-num">{formatMoney(row.base, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </Panel>
    </>
  );
}
