// The cost report of a budget version: смета — факт — прогноз до завершения (ETC) — прогноз на завершение (EAC) —
// отклонение, with the курсовая разница, per account (grouped by category), per partner and per country, in any
// reporting currency at the budget's rates or at the actual rates of each cost's date. Charts show spend by
// partner against the agreed shares and by country; the report holds only the books the caller may see, and says so.
// The accountant enters an account's estimate to complete where the report shows it; EAC and the variance follow.
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router-dom";
import type { ProjectDetail } from "../../api/types.ts";
import { countryName } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import type { MessageKey } from "../../i18n/messages.ru.ts";
import { useErrorText } from "../../ui/errors.ts";
import { EmptyState, Loading, Notice, Panel } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import type { CostReport } from "../types.ts";
import { formatPercent } from "../format.ts";
import { moneyKey, reportCurrencies, useBudgets } from "../queries.ts";
import { CountryChart } from "./CountryChart.tsx";
import { EstimateCell } from "./EstimateCell.tsx";
import { PartnerChart } from "./PartnerChart.tsx";
import { ReportControls, useReportChoice } from "./ReportControls.tsx";
import { ReportHeader } from "./ReportHeader.tsx";
import { ReportTable, type ReportRow } from "./ReportTable.tsx";

const groups = ["accounts", "partners", "countries"] as const;
type Group = (typeof groups)[number];

export function CostReportView({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const budgets = useBudgets(projectId);
  const choice = useReportChoice(budgets.data);
  const budgetId = choice.budget?.id;
  const report = useQuery({
    queryKey: moneyKey(projectId, "report", budgetId, choice.currency, choice.basis),
    queryFn: () => moneyApi.costReport(projectId, budgetId!, choice.currency, choice.basis),
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
        shownCurrency={report.data?.currency}
        withBasis
      />
      {report.isPending ? <Loading /> : null}
      {report.isError ? <Notice tone="danger">{errorText(report.error)}</Notice> : null}
      {report.data ? <ReportBody detail={detail} report={report.data} /> : null}
    </>
  );
}

function ReportBody({ detail, report }: { detail: ProjectDetail; report: CostReport }) {
  const t = useT();
  const [params, setParams] = useSearchParams();
  const asked = params.get("group") as Group | null;
  const group: Group = asked && groups.includes(asked) ? asked : "accounts";
  const showGroup = (next: Group) => {
    const updated = new URLSearchParams(params);
    updated.set("group", next);
    setParams(updated, { replace: true });
  };
  return (
    <>
      <ReportHeader detail={detail} report={report} />
      <div className="money-charts">
        <Panel title={t("money.chart.partners.title")}>
          <PartnerChart report={report} />
        </Panel>
        <Panel title={t("money.chart.countries.title")}>
          <CountryChart report={report} />
        </Panel>
      </div>
      <Panel id="report-table" title={t("money.report.tableTitle")} flush>
        <div className="tabs money-subtabs" role="tablist" aria-label={t("money.report.groupLabel")}>
          {groups.map((entry) => (
            <button
              key={entry}
              type="button"
              role="tab"
              aria-selected={entry === group}
              className={entry === group ? "tabs__tab active" : "tabs__tab"}
              onClick={() => showGroup(entry)}
            >
              {t(`money.report.group.${entry}` as MessageKey)}
            </button>
          ))}
        </div>
        <GroupTable detail={detail} report={report} group={group} />
      </Panel>
    </>
  );
}

function GroupTable({ detail, report, group }: { detail: ProjectDetail; report: CostReport; group: Group }) {
  const t = useT();
  const { locale } = useLocale();
  const total: ReportRow = {
    key: "total",
    kind: "total",
    label: t("money.report.total"),
    amounts: report.total,
  };
  if (group === "partners") {
    const rows: ReportRow[] = report.partners.map((partner) => ({
      key: partner.id,
      kind: "row",
      label: partner.included ? partner.name : `${partner.name} — ${t("money.chart.partners.closed")}`,
      amounts: partner,
      extra: [
        `${formatPercent(partner.agreedShare, locale)} / ${formatPercent(partner.actualShare, locale)}`,
      ],
    }));
    return (
      <ReportTable
        rows={[...rows, { ...total, extra: [""] }]}
        currency={report.currency}
        labelHeader={t("money.col.partner")}
        extraHeaders={[t("money.report.col.shares")]}
        testId="report-partners"
      />
    );
  }
  if (group === "countries") {
    const rows: ReportRow[] = report.countries.map((country) => ({
      key: country.country,
      kind: "row",
      code: country.country,
      label: countryName(country.country, locale),
      amounts: country,
      extra: [formatPercent(country.actualShare, locale)],
    }));
    return (
      <ReportTable
        rows={[...rows, { ...total, extra: [""] }]}
        currency={report.currency}
        labelHeader={t("money.col.country")}
        extraHeaders={[t("money.report.col.actualShare")]}
        testId="report-countries"
      />
    );
  }
  const rows: ReportRow[] = report.categories.flatMap((category) => [
    {
      key: `c${category.code}`,
      kind: "group" as const,
      code: category.code,
      label: category.name,
      amounts: category,
    },
    ...report.accounts
      .filter((account) => account.category.code === category.code)
      .map((account) => ({
        key: `a${account.code}`,
        kind: "row" as const,
        code: account.code,
        label: account.name,
        amounts: account,
        cells: {
          estimateToComplete: (
            <EstimateCell
              projectId={detail.project.id}
              report={report}
              account={account}
              canEdit={detail.permissions.includes("actuals.edit")}
            />
          ),
        },
      })),
  ]);
  return (
    <ReportTable
      rows={[...rows, total]}
      currency={report.currency}
      labelHeader={t("money.report.col.account")}
      testId="report-accounts"
    />
  );
}
