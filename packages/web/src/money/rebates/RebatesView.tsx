// The rebate estimate of a budget version: per country of spend the qualifying spend, the rule pack that applies
// (its name, sources and validity), the налоговый возврат (рибейт) it earns, and for every threshold of the pack
// what is still missing to reach it, with a bar of the spend towards it.
import { useQuery } from "@tanstack/react-query";
import type { ProjectDetail } from "../../api/types.ts";

import { useLocale, useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { EmptyState, Loading, Notice } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import type { RebateReport } from "../types.ts";
import { formatAmount, formatDay } from "../format.ts";
import { moneyKey, reportCurrencies, useBudgets } from "../queries.ts";
import { useSourceName } from "../rates/source-names.ts";
import { ReportControls, useReportChoice } from "../report/ReportControls.tsx";
import { CountryRebate } from "./CountryRebate.tsx";

export function RebatesView({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const budgets = useBudgets(projectId);
  const choice = useReportChoice(budgets.data);
  const budgetId = choice.budget?.id;
  const rebates = useQuery({
    queryKey: moneyKey(projectId, "rebates", budgetId, choice.currency),
    queryFn: () => moneyApi.rebates(projectId, budgetId!, choice.currency),
    enabled: budgetId !== undefined,
    placeholderData: (previous) => previous,
  });
  if (budgets.isPending) return <Loading />;
  if (budgets.isError) return <Notice tone="danger">{errorText(budgets.error)}</Notice>;
  if (budgets.data.length === 0) {
    return <EmptyState title={t("money.report.noBudgets")}>{t("money.report.noBudgetsHint")}</EmptyState>;
  }
  return (
    <>
      <ReportControls
        budgets={budgets.data}
        choice={choice}
        currencies={reportCurrencies(detail, choice.budget ? [choice.budget.baseCurrency] : [])}
        shownCurrency={rebates.data?.currency}
        withBasis={false}
      />
      {rebates.isPending ? <Loading /> : null}
      {rebates.isError ? <Notice tone="danger">{errorText(rebates.error)}</Notice> : null}
      {rebates.data ? <RebatesBody report={rebates.data} /> : null}
    </>
  );
}

function RebatesBody({ report }: { report: RebateReport }) {
  const t = useT();
  const { locale } = useLocale();
  const sourceName = useSourceName();
  return (
    <>
      <div className="money-report-head">
        <div className="money-report-head__rates">
          <div>
            {t("money.rebates.on", {
              on: formatDay(report.on, locale),
              source: sourceName(report.rates.source),
              date: formatDay(report.rates.date, locale),
            })}
          </div>
          <div className="muted small">{t("money.rebates.basis")}</div>
        </div>
      </div>
      <dl className="money-totals money-totals--single" data-testid="rebate-total">
        <div className="money-totals__item money-totals__item--good">
          <dt>{t("money.rebates.total")}</dt>
          <dd>{formatAmount(report.total.rebate.amount, report.total.rebate.currency, locale)}</dd>
        </div>
      </dl>
      {!report.total.complete ? <Notice tone="warning">{t("money.rebates.incomplete")}</Notice> : null}
      {report.countries.length === 0 ? (
        <EmptyState title={t("money.rebates.none")} />
      ) : (
        <div className="money-rebates" data-testid="rebates">
          {report.countries.map((country) => (
            <CountryRebate key={country.country} country={country} currency={report.currency} />
          ))}
        </div>
      )}
    </>
  );
}
