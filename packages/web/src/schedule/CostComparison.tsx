// Two costs of a board side by side: the saving in money and percent, both costs as bars on one scale, and a table
// by term with the difference (green where cheaper, red where dearer).
import type { ReactNode } from "react";
import type { ScheduleCost } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { CostBar } from "./CostBar.tsx";
import {
  amountValue,
  costTerms,
  formatPercent,
  formatWholeAmount,
  formatWholeMoney,
  savedPercent,
} from "./cost.ts";

function tone(difference: string): "good" | "bad" | "same" {
  const value = amountValue(difference);
  // Below half a minor unit is rounding, not a change.
  return value < -0.005 ? "good" : value > 0.005 ? "bad" : "same";
}

export function CostComparison({
  before,
  after,
  difference,
  actions,
}: {
  before: ScheduleCost;
  after: ScheduleCost;
  difference: ScheduleCost;
  /** What to decide, shown under the bars and above the table by term. */
  actions?: ReactNode;
}) {
  const t = useT();
  const { locale } = useLocale();
  const money = (amount: string, signed = false) =>
    formatWholeMoney(amount, before.currency, locale, { signed });
  const amount = (value: string, signed = false) => formatWholeAmount(value, locale, { signed });
  const saved = savedPercent(before, after);
  const scale = Math.max(amountValue(before.total), amountValue(after.total));
  const totalTone = tone(difference.total);
  return (
    <>
      <div className={`run-saving run-saving--${totalTone}`}>
        <span className="run-saving__label">
          {totalTone === "good"
            ? t("schedule.run.saving")
            : totalTone === "bad"
              ? t("schedule.run.dearer")
              : t("schedule.run.same")}
        </span>
        {totalTone !== "same" ? (
          <span className="run-saving__value">
            {money(difference.total.replace(/^-/u, ""))}
            {saved !== null ? (
              <span className="run-saving__percent">{formatPercent(Math.abs(saved), locale)}</span>
            ) : null}
          </span>
        ) : null}
      </div>
      <div className="run-bars" aria-label={t("schedule.run.chart")}>
        <span className="run-bars__label">{t("schedule.run.beforeShort")}</span>
        <CostBar
          cost={before}
          scale={scale}
          height={12}
          label={`${t("schedule.run.before")}: ${money(before.total)}`}
        />
        <span className="run-bars__value numeric">{money(before.total)}</span>
        <span className="run-bars__label">{t("schedule.run.afterShort")}</span>
        <CostBar
          cost={after}
          scale={scale}
          height={12}
          label={`${t("schedule.run.after")}: ${money(after.total)}`}
        />
        <span className="run-bars__value numeric">{money(after.total)}</span>
      </div>
      {actions}
      <table className="run-table">
        <thead>
          <tr>
            <th scope="col">{t("schedule.run.term", { currency: before.currency })}</th>
            <th scope="col" className="numeric">
              {t("schedule.run.beforeShort")}
            </th>
            <th scope="col" className="numeric">
              {t("schedule.run.afterShort")}
            </th>
            <th scope="col" className="numeric">
              {t("schedule.run.difference")}
            </th>
          </tr>
        </thead>
        <tbody>
          {[...costTerms, "total" as const].map((term) => (
            <tr key={term} className={term === "total" ? "run-table__total" : undefined} data-term={term}>
              <th scope="row">{t(`schedule.term.${term}`)}</th>
              <td className="numeric">{amount(before[term])}</td>
              <td className="numeric" data-testid={term === "total" ? "run-after-total" : undefined}>
                {amount(after[term])}
              </td>
              <td
                className={`numeric run-table__difference run-table__difference--${tone(difference[term])}`}
              >
                {tone(difference[term]) === "same" ? "—" : amount(difference[term], true)}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
