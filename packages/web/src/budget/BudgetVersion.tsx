// One version open: its toolbar, the top sheet with what-if groups and the spend charts, a category's detail, or
// its settings — as the address says (?version=…&category=2100 or &tab=settings), so a view can be shared.
import { useMemo, useState } from "react";
import { Link, useSearchParams } from "react-router-dom";
import type { ProjectDetail } from "../api/types.ts";
import { formatIsoDate } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Loading, Notice, Panel } from "../ui/layout.tsx";
import type { BudgetRead, BudgetSummary, BudgetView } from "./types.ts";
import { CategoryDetail } from "./CategoryDetail.tsx";
import { BudgetEditingProvider, useBudgetEditing } from "./editing.tsx";
import { placeOf, useProblemText } from "./labels.ts";
import { useBudgetRead } from "./queries.ts";
import { SettingsPanel } from "./settings/SettingsPanel.tsx";
import { SpendBars } from "./SpendBars.tsx";
import { TopSheet } from "./TopSheet.tsx";
import { VersionToolbar } from "./VersionToolbar.tsx";
import { WhatIfGroups } from "./WhatIfGroups.tsx";

export function BudgetVersion({
  projectId,
  detail,
  summary,
  onNewVersion,
  onDeleted,
}: {
  projectId: string;
  detail: ProjectDetail;
  summary: BudgetSummary;
  onNewVersion: () => void;
  onDeleted: () => void;
}) {
  const errorText = useErrorText();
  const [currency, setCurrency] = useState<string | undefined>(undefined);
  const [switches, setSwitches] = useState<Record<string, boolean>>({});
  const view = useMemo<BudgetView>(() => {
    const ids = Object.keys(switches).sort();
    return {
      ...(currency ? { currency } : {}),
      include: ids.filter((id) => switches[id]),
      suppress: ids.filter((id) => !switches[id]),
    };
  }, [currency, switches]);
  const query = useBudgetRead(projectId, summary.id, view);
  if (query.isPending) return <Loading />;
  if (query.isError) return <Notice tone="danger">{errorText(query.error)}</Notice>;
  const read = query.data;
  const mayEdit = detail.permissions.includes("budget.edit");
  return (
    <BudgetEditingProvider
      projectId={projectId}
      read={read}
      view={view}
      canEdit={mayEdit && read.budget.status === "draft"}
    >
      <VersionToolbar
        projectId={projectId}
        read={read}
        currency={read.totals?.displayCurrency ?? currency ?? read.budget.displayCurrency}
        mayEdit={mayEdit}
        mayLock={detail.permissions.includes("budget.lock")}
        onCurrency={(next) => setCurrency(next === read.budget.displayCurrency ? undefined : next)}
        onNewVersion={onNewVersion}
        onDeleted={onDeleted}
      />
      <VersionNotices read={read} mayEdit={mayEdit} />
      <VersionContent
        read={read}
        switches={switches}
        isUpdating={query.isPlaceholderData}
        onSwitches={setSwitches}
      />
    </BudgetEditingProvider>
  );
}

function VersionNotices({ read, mayEdit }: { read: BudgetRead; mayEdit: boolean }) {
  const t = useT();
  const { locale } = useLocale();
  const { notice, dismissNotice } = useBudgetEditing();
  return (
    <>
      {notice ? (
        <Notice tone="warning" onClose={dismissNotice}>
          <span data-testid="budget-conflict">
            {t(notice === "locked" ? "budget.notice.lockedMeanwhile" : "budget.notice.conflict")}
          </span>
        </Notice>
      ) : null}
      {read.budget.status === "locked" ? (
        <Notice>
          {t("budget.notice.locked", {
            date: read.budget.lockedAt ? formatIsoDate(read.budget.lockedAt.slice(0, 10), locale) : "",
          })}
        </Notice>
      ) : !mayEdit ? (
        <Notice>{t("budget.notice.readOnly")}</Notice>
      ) : null}
    </>
  );
}

function VersionContent({
  read,
  switches,
  isUpdating,
  onSwitches,
}: {
  read: BudgetRead;
  switches: Record<string, boolean>;
  isUpdating: boolean;
  onSwitches: (switches: Record<string, boolean>) => void;
}) {
  const t = useT();
  const [params] = useSearchParams();
  const versionLink = `?version=${encodeURIComponent(read.budget.id)}`;
  const categoryCode = params.get("category");
  const isSettings = params.get("tab") === "settings";
  const category = categoryCode
    ? read.document.categories.find((candidate) => candidate.code === categoryCode)
    : undefined;
  const categoryLink = (code: string) => `${versionLink}&category=${encodeURIComponent(code)}`;

  return (
    <>
      <nav className="tabs budget-tabs" aria-label={t("budget.tabs.label")}>
        <Link className={`tabs__tab${!isSettings && !category ? " active" : ""}`} to={versionLink}>
          {t("budget.topSheet.title")}
        </Link>
        {category ? (
          <Link className="tabs__tab active" to={categoryLink(category.code)}>
            {category.code} {category.name}
          </Link>
        ) : null}
        <Link className={`tabs__tab${isSettings ? " active" : ""}`} to={`${versionLink}&tab=settings`}>
          {t("budget.tabs.settings")}
        </Link>
      </nav>
      <Problems read={read} categoryLink={categoryLink} />
      {isSettings ? (
        <SettingsPanel />
      ) : category ? (
        <CategoryDetail category={category} topSheetLink={versionLink} />
      ) : categoryCode ? (
        <Notice tone="warning">{t("budget.detail.noSuchCategory", { code: categoryCode })}</Notice>
      ) : read.totals ? (
        <div className="budget-overview">
          <TopSheet
            categoryLink={categoryLink}
            whatIf={
              <WhatIfGroups
                groups={read.document.groups}
                switches={switches}
                isUpdating={isUpdating}
                onChange={onSwitches}
              />
            }
          />
          <aside className="budget-overview__aside">
            <SpendBars totals={read.totals} />
          </aside>
        </div>
      ) : (
        <CategoryList read={read} categoryLink={categoryLink} />
      )}
    </>
  );
}

/** Why a version does not compute (a rate not entered yet, КПП not published), each problem where it is. */
function Problems({ read, categoryLink }: { read: BudgetRead; categoryLink: (code: string) => string }) {
  const t = useT();
  const problemText = useProblemText();
  if (read.problems.length === 0) return null;
  return (
    <Notice tone="warning">
      <strong>{t("budget.problems.title")}</strong>
      <ul className="budget-problems" data-testid="budget-problems">
        {read.problems.slice(0, 12).map((problem) => {
          const place = placeOf(read.document, problem.path);
          return (
            <li key={`${problem.path}:${problem.code}`}>
              {place.category ? (
                <Link to={categoryLink(place.category.code)}>
                  {place.account ? place.account.code : place.category.code}
                  {place.line ? ` · «${place.line.description}»` : ""}
                </Link>
              ) : (
                <code>{problem.path}</code>
              )}
              {" — "}
              {problemText(problem)}
            </li>
          );
        })}
      </ul>
      {read.problems.length > 12 ? (
        <p>{t("budget.problems.more", { count: read.problems.length - 12 })}</p>
      ) : null}
    </Notice>
  );
}

/** Without totals the top sheet cannot be drawn; its categories still lead to the lines to fix. */
function CategoryList({ read, categoryLink }: { read: BudgetRead; categoryLink: (code: string) => string }) {
  const t = useT();
  return (
    <Panel title={t("budget.topSheet.title")} meta={t("budget.topSheet.noTotals")} flush>
      <table className="table budget-topsheet">
        <tbody>
          {read.document.categories.map((category) => (
            <tr key={category.code}>
              <td className="budget-topsheet__code budget-code">{category.code}</td>
              <td>
                <Link to={categoryLink(category.code)}>{category.name}</Link>
              </td>
              <td className="muted small">
                {t(category.side === "above" ? "budget.side.above" : "budget.side.below")}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Panel>
  );
}
