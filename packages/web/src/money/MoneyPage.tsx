// /projects/:projectId/money: cost accounting — the journal of actual costs with its file import, the cost report
// (budget, actual, ETC, EAC, variance), the rebate estimate and the exchange-rate tables. The sub-view lives in the
// address (?view=actuals|report|rebates|rates); what the caller may do comes from the project's permissions, and
// the server checks every request again.
import { Link, useParams, useSearchParams } from "react-router-dom";
import type { ProjectDetail } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import type { MessageKey } from "../i18n/messages.ru.ts";
import { ProjectSection } from "../projects/ProjectSection.tsx";
import { Notice } from "../ui/layout.tsx";
import "../styles/money.css";
import { LedgerView } from "./ledger/LedgerView.tsx";
import { RatesView } from "./rates/RatesView.tsx";
import { RebatesView } from "./rebates/RebatesView.tsx";
import { CostReportView } from "./report/CostReportView.tsx";

const views = ["actuals", "report", "rebates", "rates"] as const;
type View = (typeof views)[number];

const viewLabels: Record<View, MessageKey> = {
  actuals: "money.view.actuals",
  report: "money.view.report",
  rebates: "money.view.rebates",
  rates: "money.view.rates",
};

export function MoneyPage() {
  const { projectId = "" } = useParams();
  const t = useT();
  return (
    <ProjectSection projectId={projectId} title={t("money.title")}>
      {(detail) => <MoneyContent detail={detail} />}
    </ProjectSection>
  );
}

/** The views this caller may open: the journal with actuals.read, the rest with budget.read. */
function allowedViews(permissions: readonly string[]): View[] {
  return views.filter((view) =>
    view === "actuals" ? permissions.includes("actuals.read") : permissions.includes("budget.read"),
  );
}

function MoneyContent({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const [params] = useSearchParams();
  const allowed = allowedViews(detail.permissions);
  if (allowed.length === 0) {
    const role = detail.role ? t(`projectRole.${detail.role}` as MessageKey) : t("money.access.noRole");
    return (
      <Notice tone="info">
        <div className="money-denied" data-testid="money-denied">
          <strong>{t("money.access.deniedTitle")}</strong>
          <p>{t("money.access.denied", { role })}</p>
          <p className="muted">{t("money.access.deniedHow")}</p>
        </div>
      </Notice>
    );
  }
  const asked = params.get("view") as View | null;
  const view: View = asked && allowed.includes(asked) ? asked : allowed[0]!;
  const readOnly =
    (view === "actuals" && !detail.permissions.includes("actuals.edit")) ||
    (view === "rates" && !detail.permissions.includes("rates.edit"));
  return (
    <div className="money" data-testid="money">
      <nav className="tabs money-tabs" aria-label={t("money.view.label")}>
        {allowed.map((entry) => (
          <Link
            key={entry}
            to={`?view=${entry}`}
            className={entry === view ? "tabs__tab active" : "tabs__tab"}
            aria-current={entry === view ? "page" : undefined}
          >
            {t(viewLabels[entry])}
          </Link>
        ))}
      </nav>
      {readOnly ? <Notice tone="info">{t("money.access.readOnly")}</Notice> : null}
      {view === "actuals" ? <LedgerView detail={detail} /> : null}
      {view === "report" ? <CostReportView detail={detail} /> : null}
      {view === "rebates" ? <RebatesView detail={detail} /> : null}
      {view === "rates" ? <RatesView detail={detail} /> : null}
    </div>
  );
}
