// «Сводная смета»: the categories above and below the line with their totals in the display currency, the
// subtotals, contingency and the grand total — and, when the version has a locked original, what was approved
// and the variance (over budget in red, under in green), in the base currency the original was locked in.
import { Fragment, type ReactNode } from "react";
import { Link } from "react-router-dom";
import { formatIsoDate } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { Panel } from "../ui/layout.tsx";
import type { Amounts, BudgetTotals, Money, VarianceRow } from "./types.ts";
import { formatMoney, signOf, subtractMoney, sumMoney } from "./amounts.ts";
import { useBudgetEditing } from "./editing.tsx";
import { NewCategoryForm } from "./NewEntryForms.tsx";

export function VarianceFigure({ variance }: { variance: Money }) {
  const t = useT();
  const { locale } = useLocale();
  const sign = signOf(variance);
  return (
    <span
      className={`budget-variance budget-variance--${sign}`}
      title={t(`budget.variance.${sign}`)}
      data-testid="variance"
      data-sign={sign}
    >
      {formatMoney(variance, locale, { signed: true })}
    </span>
  );
}

interface Row {
  original: Money;
  variance: Money;
}

/** The original and variance of a set of categories: sums of theirs, exactly. */
function sideVariance(rows: readonly VarianceRow[], current: Amounts): Row | null {
  const first = rows[0];
  if (!first) return null;
  const original = sumMoney(
    rows.map((row) => row.original),
    first.original,
  );
  return { original, variance: subtractMoney(current.base, original) };
}

export function TopSheet({
  categoryLink,
  whatIf,
}: {
  categoryLink: (code: string) => string;
  /** The what-if group switches, shown above the table they change. */
  whatIf: ReactNode;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { read, canEdit } = useBudgetEditing();
  const totals = read.totals as BudgetTotals;
  const variance = totals.variance;
  const byCode = new Map((variance?.categories ?? []).map((row) => [row.code, row]));
  const money = (value: Money) => <span className="budget-num">{formatMoney(value, locale)}</span>;
  const showsBase = totals.displayCurrency !== totals.baseCurrency;
  const contingency = read.document.contingency;

  const sideRows = (side: "above" | "below") =>
    totals.categories.filter((category) => category.side === side);
  const sideOriginal = (side: "above" | "below", current: Amounts) =>
    sideVariance(
      sideRows(side).flatMap((category) => byCode.get(category.code) ?? []),
      current,
    );
  const above = variance ? sideOriginal("above", totals.aboveTheLine) : null;
  const below = variance ? sideOriginal("below", totals.belowTheLine) : null;
  const subtotalOriginal =
    above && below
      ? {
          original: sumMoney([above.original, below.original], above.original),
          variance: sumMoney([above.variance, below.variance], above.variance),
        }
      : null;
  const contingencyOriginal =
    variance && subtotalOriginal
      ? (() => {
          const original = subtractMoney(variance.total.original, subtotalOriginal.original);
          return { original, variance: subtractMoney(totals.contingency.base, original) };
        })()
      : null;

  const figures = (row: Row | null | undefined) =>
    variance ? (
      <>
        <td className="numeric">{row ? money(row.original) : <span className="muted">—</span>}</td>
        <td className="numeric">
          {row ? <VarianceFigure variance={row.variance} /> : <span className="muted">—</span>}
        </td>
      </>
    ) : null;
  const summaryRow = (
    label: string,
    amounts: Amounts,
    fringes: Money | null,
    row: Row | null,
    kind: string,
  ) => (
    <tr className={`budget-topsheet__${kind}`} data-testid={`topsheet-${kind}`}>
      <td />
      <th scope="row">{label}</th>
      <td className="numeric">{fringes ? money(fringes) : null}</td>
      <td className="numeric budget-topsheet__amount">{money(amounts.display)}</td>
      {figures(row)}
    </tr>
  );
  const sideFringes = (side: "above" | "below") =>
    sumMoney(
      sideRows(side).map((category) => category.fringes),
      totals.fringes,
    );
  const columns = variance ? 6 : 4;

  return (
    <Panel
      id="budget-topsheet"
      title={t("budget.topSheet.title")}
      meta={t("budget.topSheet.meta", { currency: totals.displayCurrency })}
      actions={canEdit ? <NewCategoryForm /> : null}
      flush
    >
      {whatIf}
      <table className="table budget-topsheet" data-testid="topsheet">
        <thead>
          <tr>
            <th className="budget-topsheet__code">{t("budget.topSheet.code")}</th>
            <th>{t("budget.topSheet.category")}</th>
            <th className="numeric">{t("budget.topSheet.fringes", { currency: totals.baseCurrency })}</th>
            <th className="numeric">{t("budget.topSheet.total", { currency: totals.displayCurrency })}</th>
            {variance ? (
              <>
                <th className="numeric">
                  {t("budget.topSheet.original", {
                    date: formatIsoDate(variance.lockedOn, locale),
                    currency: showsBase ? `, ${totals.baseCurrency}` : "",
                  })}
                </th>
                <th className="numeric">
                  {t("budget.topSheet.variance", { currency: showsBase ? `, ${totals.baseCurrency}` : "" })}
                </th>
              </>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {(["above", "below"] as const).map((side) => (
            <Fragment key={side}>
              <tr className="budget-topsheet__section">
                <th colSpan={columns} scope="rowgroup">
                  {t(side === "above" ? "budget.side.aboveTitle" : "budget.side.belowTitle")}
                </th>
              </tr>
              {sideRows(side).map((category) => (
                <tr key={category.code} className="budget-topsheet__category" data-testid="topsheet-category">
                  <td className="budget-topsheet__code budget-code">{category.code}</td>
                  <td>
                    <Link to={categoryLink(category.code)}>{category.name}</Link>
                  </td>
                  <td className="numeric muted">{money(category.fringes)}</td>
                  <td className="numeric budget-topsheet__amount">{money(category.total.display)}</td>
                  {figures(byCode.get(category.code))}
                </tr>
              ))}
              {sideRows(side).length === 0 ? (
                <tr>
                  <td />
                  <td colSpan={columns - 1} className="muted">
                    {t("budget.topSheet.noCategories")}
                  </td>
                </tr>
              ) : null}
              {summaryRow(
                t(side === "above" ? "budget.topSheet.aboveTotal" : "budget.topSheet.belowTotal"),
                side === "above" ? totals.aboveTheLine : totals.belowTheLine,
                sideFringes(side),
                side === "above" ? above : below,
                `${side}-total`,
              )}
            </Fragment>
          ))}
        </tbody>
        <tfoot>
          {summaryRow(
            t("budget.topSheet.subtotal"),
            totals.subtotal,
            totals.fringes,
            subtotalOriginal,
            "subtotal",
          )}
          {summaryRow(
            contingency
              ? t("budget.topSheet.contingency", {
                  percent: contingency.percent,
                  scope: t(
                    contingency.scope === "below" ? "budget.contingency.ofBelow" : "budget.contingency.ofAll",
                  ),
                })
              : t("budget.topSheet.noContingency"),
            totals.contingency,
            null,
            contingencyOriginal,
            "contingency",
          )}
          {summaryRow(
            t("budget.topSheet.grandTotal"),
            totals.total,
            null,
            variance ? { original: variance.total.original, variance: variance.total.variance } : null,
            "total",
          )}
        </tfoot>
      </table>
    </Panel>
  );
}
