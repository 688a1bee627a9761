// /projects/:projectId/budget: the production budget (смета) — its versions, the top sheet and the detail. Only
// the money people of the project (budget.read) see it; everyone else is told why and whom to ask.
import { useState } from "react";
import { useParams, useSearchParams } from "react-router-dom";
import type { ProjectDetail } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { ProjectSection } from "../projects/ProjectSection.tsx";
import { useErrorText, useKnownText } from "../ui/errors.ts";
import { EmptyState, Loading, Notice } from "../ui/layout.tsx";
import type { BudgetSummary } from "./types.ts";
import { BudgetVersion } from "./BudgetVersion.tsx";
import { NewVersionDialog } from "./NewVersionDialog.tsx";
import { useBudgets } from "./queries.ts";
import { orderVersions, VersionsBar } from "./VersionsBar.tsx";
import "../styles/budget.css";

export function BudgetPage() {
  const { projectId = "" } = useParams();
  const t = useT();
  return (
    <ProjectSection projectId={projectId} title={t("budget.title")}>
      {(detail) =>
        detail.permissions.includes("budget.read") ? (
          <BudgetWorkspace projectId={projectId} detail={detail} />
        ) : (
          <NoBudgetAccess detail={detail} />
        )
      }
    </ProjectSection>
  );
}

function NoBudgetAccess({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const known = useKnownText();
  const role = detail.role ? known(`projectRole.${detail.role}`, detail.role) : t("budget.noAccess.noRole");
  return (
    <div className="budget-page" data-testid="budget-no-access">
      <EmptyState title={t("budget.noAccess.title")}>
        <p>{t("budget.noAccess.why", { role })}</p>
        <p>{t("budget.noAccess.what")}</p>
      </EmptyState>
    </div>
  );
}

/** The version to open first: the newest working draft measured against an original, else the newest draft. */
function firstVersion(budgets: readonly BudgetSummary[]): BudgetSummary | undefined {
  const ordered = orderVersions(budgets);
  const drafts = ordered.filter((budget) => budget.status === "draft");
  return drafts.filter((budget) => budget.originalId).at(-1) ?? drafts.at(-1) ?? ordered.at(-1);
}

function BudgetWorkspace({ projectId, detail }: { projectId: string; detail: ProjectDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const budgets = useBudgets(projectId, true);
  const [params, setParams] = useSearchParams();
  const [dialog, setDialog] = useState<{ source?: BudgetSummary } | null>(null);
  const mayEdit = detail.permissions.includes("budget.edit");

  if (budgets.isPending) return <Loading />;
  if (budgets.isError) return <Notice tone="danger">{errorText(budgets.error)}</Notice>;
  const list = budgets.data.budgets;
  const selected = list.find((budget) => budget.id === params.get("version")) ?? firstVersion(list);
  const open = (budgetId: string) => setParams({ version: budgetId });

  return (
    <div className="budget-page">
      <VersionsBar
        budgets={list}
        selectedId={selected?.id}
        detail={detail}
        canCreate={mayEdit}
        onSelect={open}
        onCreate={() => setDialog({})}
      />
      {params.get("version") && selected?.id !== params.get("version") ? (
        <Notice tone="warning">{t("budget.versions.gone")}</Notice>
      ) : null}
      {selected ? (
        <BudgetVersion
          key={selected.id}
          projectId={projectId}
          detail={detail}
          summary={selected}
          onNewVersion={() => setDialog({ source: selected })}
          onDeleted={() => setParams({})}
        />
      ) : (
        <EmptyState title={t("budget.empty.title")}>
          {mayEdit ? t("budget.empty.editor") : t("budget.empty.reader")}
        </EmptyState>
      )}
      {dialog ? (
        <NewVersionDialog
          projectId={projectId}
          detail={detail}
          budgets={list}
          {...(dialog.source ? { source: dialog.source } : {})}
          onClose={() => setDialog(null)}
          onCreated={(budgetId) => {
            setDialog(null);
            open(budgetId);
          }}
        />
      ) : null}
    </div>
  );
}
