// The journal of actual costs: the filters (kept in the address), the costs the caller may see page by page with
// totals per currency, one cost added or corrected by hand in the studio's own books, the import wizard, the
// import history and who sees this studio's books.
import { useState } from "react";
import { useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router-dom";
import type { ProjectDetail } from "../../api/types.ts";
import { useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { Loading, Notice, Panel } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import type { LedgerFilter } from "../types.ts";
import { ImportWizard } from "../import/ImportWizard.tsx";
import { defaultBudget, moneyKey, useBudgets, usePartners } from "../queries.ts";
import { ActualForm } from "./ActualForm.tsx";
import { ImportHistory } from "./ImportHistory.tsx";
import { LedgerFilters } from "./LedgerFilters.tsx";
import { LedgerTable } from "./LedgerTable.tsx";
import { SharingPanel } from "./SharingPanel.tsx";

const filterKeys = ["partner", "account", "country", "from", "to", "importId"] as const;

export function LedgerView({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const canEdit = detail.permissions.includes("actuals.edit");
  const [params, setParams] = useSearchParams();
  const [mode, setMode] = useState<"none" | "add" | "import">("none");
  const filter: LedgerFilter = Object.fromEntries(
    filterKeys.flatMap((key) => (params.get(key) ? [[key, params.get(key)!]] : [])),
  );
  const setFilter = (next: LedgerFilter) => {
    const updated = new URLSearchParams(params);
    for (const key of filterKeys) {
      const value = next[key];
      if (value) updated.set(key, value);
      else updated.delete(key);
    }
    setParams(updated, { replace: true });
  };
  const partners = usePartners(detail);
  const accounts = useAccountNames(detail);
  const ledger = useInfiniteQuery({
    queryKey: moneyKey(projectId, "ledger", filter),
    queryFn: ({ pageParam }) => moneyApi.ledger(projectId, filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
  const first = ledger.data?.pages[0];
  const rows = ledger.data?.pages.flatMap((page) => page.actuals) ?? [];
  const own = partners.partners.find((partner) => partner.id === detail.organizationId);
  return (
    <>
      <div className="money-toolbar">
        <p className="money-toolbar__intro muted">
          {t("money.ledger.intro", { studio: own?.name ?? partners.nameOf(detail.organizationId) })}
        </p>
        {canEdit ? (
          <div className="button-row">
            <button type="button" className="button" onClick={() => setMode(mode === "add" ? "none" : "add")}>
              {t("money.ledger.add")}
            </button>
            <button
              type="button"
              className="button button--primary"
              onClick={() => setMode(mode === "import" ? "none" : "import")}
            >
              {t("money.ledger.import")}
            </button>
          </div>
        ) : null}
      </div>
      {mode === "import" ? <ImportWizard detail={detail} onClose={() => setMode("none")} /> : null}
      {mode === "add" ? (
        <Panel title={t("money.form.addTitle", { studio: own?.name ?? "" })}>
          <ActualForm detail={detail} accounts={accounts} onDone={() => setMode("none")} />
        </Panel>
      ) : null}
      <Panel
        id="ledger"
        title={t("money.ledger.title")}
        meta={first ? t("money.ledger.count", { count: totalCount(first.totals) }) : undefined}
        flush
      >
        <LedgerFilters
          filter={filter}
          onChange={setFilter}
          partners={partners.partners.filter((partner) => first?.partners.includes(partner.id) ?? true)}
          accounts={accounts}
        />
        {ledger.isPending ? (
          <Loading />
        ) : ledger.isError ? (
          <Notice tone="danger">{errorText(ledger.error)}</Notice>
        ) : (
          <LedgerTable
            detail={detail}
            rows={rows}
            totals={first?.totals ?? []}
            accounts={accounts}
            nameOf={partners.nameOf}
            canEdit={canEdit}
            filtered={Object.keys(filter).length > 0}
          />
        )}
        {ledger.hasNextPage ? (
          <div className="money-more">
            <button
              type="button"
              className="button"
              disabled={ledger.isFetchingNextPage}
              onClick={() => void ledger.fetchNextPage()}
            >
              {ledger.isFetchingNextPage ? t("common.loading") : t("money.ledger.more")}
            </button>
          </div>
        ) : null}
      </Panel>
      <ImportHistory
        projectId={projectId}
        detail={detail}
        nameOf={partners.nameOf}
        onShow={(importId) => setFilter({ importId })}
      />
      <SharingPanel detail={detail} canEdit={canEdit} />
    </>
  );
}

const totalCount = (totals: readonly { count: number }[]) =>
  totals.reduce((sum, total) => sum + total.count, 0);

/** The budget's accounts (code → name) of the version reports open on, to name a cost's account. */
export function useAccountNames(detail: ProjectDetail): Map<string, string> {
  const projectId = detail.project.id;
  const mayRead = detail.permissions.includes("budget.read");
  const budgets = useBudgets(projectId, mayRead);
  const budget = budgets.data ? defaultBudget(budgets.data) : undefined;
  const report = useQuery({
    queryKey: moneyKey(projectId, "report", budget?.id, undefined, "budget"),
    queryFn: () => moneyApi.costReport(projectId, budget!.id, undefined, "budget"),
    enabled: mayRead && budget !== undefined,
  });
  return new Map((report.data?.accounts ?? []).map((account) => [account.code, account.name]));
}
