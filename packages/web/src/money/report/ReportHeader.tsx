// The head of the cost report: which rates it stands on, the totals (смета, факт, ETC, EAC, отклонение, курсовая
// разница), the files to download, whose books are missing from it, and the ledger rows it could not place.
import type { ProjectDetail } from "../../api/types.ts";

import { useLocale, useT } from "../../i18n/locale.tsx";
import type { MessageKey } from "../../i18n/messages.ru.ts";
import { Notice } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import { costFields, type CostField, type CostReport } from "../types.ts";
import { formatAmount, formatDay, isNegative, isZero } from "../format.ts";
import { useSourceName } from "../rates/source-names.ts";

const labels: Record<CostField, MessageKey> = {
  budget: "money.report.col.budget",
  actual: "money.report.col.actual",
  estimateToComplete: "money.report.col.etc",
  estimateAtCompletion: "money.report.col.eac",
  variance: "money.report.col.variance",
  fxVariance: "money.report.col.fx",
};

export function ReportHeader({ detail, report }: { detail: ProjectDetail; report: CostReport }) {
  const t = useT();
  const { locale } = useLocale();
  const sourceName = useSourceName();
  const date = (value: string | null) => (value ? formatDay(value, locale) : "—");
  const fileUrl = (format: "xlsx" | "pdf") =>
    moneyApi.costReportFileUrl(detail.project.id, report.budget.id, format, {
      currency: report.currency,
      basis: report.basis,
      lang: locale,
    });
  const excluded = report.coverage.partners.filter((partner) => !partner.included);
  const included = report.coverage.partners.filter((partner) => partner.included);
  return (
    <>
      <div className="money-report-head">
        <div className="money-report-head__rates">
          <div>
            {t("money.report.budgetRate", {
              source: sourceName(report.rates.budget.source),
              date: date(report.rates.budget.date),
            })}
          </div>
          <div className="muted">
            {report.rates.actual.tables === 0
              ? t("money.report.noActualRates")
              : t("money.report.actualRates", {
                  count: report.rates.actual.tables,
                  first: date(report.rates.actual.first),
                  last: date(report.rates.actual.last),
                })}
          </div>
          <div className="muted small">{t(`money.report.basisNote.${report.basis}`)}</div>
        </div>
        <div className="button-row">
          <a className="button button--small" href={fileUrl("xlsx")} download>
            {t("money.report.downloadXlsx")}
          </a>
          <a className="button button--small" href={fileUrl("pdf")} download>
            {t("money.report.downloadPdf")}
          </a>
        </div>
      </div>
      {!report.coverage.complete ? (
        <Notice tone="warning">
          <span data-testid="coverage-note">
            {t("money.report.coverage", {
              included: included.map((partner) => partner.name).join(", "),
              excluded: excluded.map((partner) => partner.name).join(", "),
            })}
          </span>
        </Notice>
      ) : null}
      <dl className="money-totals" data-testid="report-totals">
        {costFields.map((field) => {
          const value = report.total[field].amount;
          const tone =
            (field === "variance" || field === "fxVariance") && !isZero(value)
              ? isNegative(value) === (field === "variance")
                ? " money-totals__item--bad"
                : " money-totals__item--good"
              : "";
          return (
            <div key={field} className={`money-totals__item${tone}`}>
              <dt title={t(`${labels[field]}.hint` as MessageKey)}>{t(labels[field])}</dt>
              <dd>{formatAmount(value, report.currency, locale)}</dd>
            </div>
          );
        })}
      </dl>
      {report.problems.length > 0 ? <Problems report={report} /> : null}
    </>
  );
}

function Problems({ report }: { report: CostReport }) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <Notice tone="warning">
      <div data-testid="report-problems">
        <strong>{t("money.report.problemsTitle", { count: report.problems.length })}</strong>
        <ul className="money-error-list">
          {report.problems.map((problem, index) => (
            <li key={index}>
              {t("money.report.problem", {
                partner: problem.partner.name,
                account: problem.account,
                rows: problem.rows,
                amount: formatAmount(problem.amount.amount, problem.amount.currency, locale),
                first: formatDay(problem.firstDate, locale),
                last: formatDay(problem.lastDate, locale),
              })}{" "}
              —{" "}
              {t(`money.report.problem.${problem.code}`, { currency: problem.currency, to: report.currency })}
              {problem.counted ? "" : ` ${t("money.report.problemNotCounted")}`}
            </li>
          ))}
        </ul>
      </div>
    </Notice>
  );
}
