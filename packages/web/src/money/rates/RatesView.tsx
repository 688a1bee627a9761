// The exchange-rate tables: one per bank and day (курс ЦБ, Нацбанка …) or typed in by hand, newest first, each with
// its quotes; the ways to add one (a bank's saved file, the bank's address for a day, a manual table); a converter
// that names the table and the cross rate it used; and the budget's rates against the latest ones.
import { useMutation, useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router-dom";
import type { ProjectDetail } from "../../api/types.ts";

import { useLocale, useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { EmptyState, Loading, Notice, Panel } from "../../ui/layout.tsx";
import { ConfirmButton } from "../../ui/table-actions.tsx";
import { moneyApi } from "../api.ts";
import type { RateTableSummary } from "../types.ts";
import { moneyKey, useMoneyChanged } from "../queries.ts";
import { BankFetch } from "./BankFetch.tsx";
import { BudgetAgainstActual } from "./BudgetAgainstActual.tsx";
import { Converter } from "./Converter.tsx";
import { ManualRatesForm } from "./ManualRatesForm.tsx";
import { RateFileImport } from "./RateFileImport.tsx";
import { RateTableDetail } from "./RateTableDetail.tsx";
import { useSourceName } from "./source-names.ts";
import { formatDay } from "../format.ts";

export function RatesView({ detail }: { detail: ProjectDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const sourceName = useSourceName();
  const projectId = detail.project.id;
  const canEdit = detail.permissions.includes("rates.edit");
  const changed = useMoneyChanged(projectId);
  const [params, setParams] = useSearchParams();
  const tables = useQuery({
    queryKey: moneyKey(projectId, "rate-tables"),
    queryFn: () => moneyApi.rateTables(projectId),
    select: (data) => data.tables,
  });
  const remove = useMutation({
    mutationFn: (table: RateTableSummary) => moneyApi.removeRateTable(projectId, table),
    onSettled: changed,
  });
  const open = (tableId: string | null) => {
    const next = new URLSearchParams(params);
    if (tableId) next.set("table", tableId);
    else next.delete("table");
    setParams(next, { replace: true });
  };
  const list = tables.data ?? [];
  const selected = list.find((table) => table.id === params.get("table"));
  return (
    <>
      <Panel
        id="rate-tables"
        title={t("money.rates.title")}
        meta={tables.data ? String(list.length) : undefined}
        flush
      >
        {tables.isPending ? <Loading /> : null}
        {tables.isError ? <Notice tone="danger">{errorText(tables.error)}</Notice> : null}
        {remove.isError ? (
          <Notice tone="danger" onClose={() => remove.reset()}>
            {errorText(remove.error)}
          </Notice>
        ) : null}
        {tables.isSuccess && list.length === 0 ? (
          <EmptyState title={t("money.rates.empty")}>
            {canEdit ? t("money.rates.emptyHint") : null}
          </EmptyState>
        ) : null}
        {list.length > 0 ? (
          <div className="table-scroll">
            <table className="table money-rate-tables" data-testid="rate-tables">
              <thead>
                <tr>
                  <th>{t("money.rates.date")}</th>
                  <th>{t("money.rates.source")}</th>
                  <th>{t("money.rates.baseShort")}</th>
                  <th className="numeric">{t("money.rates.quotes")}</th>
                  <th>{t("money.rates.origin")}</th>
                  <th>
                    <span className="visually-hidden">{t("money.col.actions")}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {list.map((table) => (
                  <tr
                    key={table.id}
                    className={table.id === selected?.id ? "money-row--selected" : undefined}
                  >
                    <td className="nowrap">{formatDay(table.date, locale)}</td>
                    <td>{sourceName(table.source)}</td>
                    <td>{table.base}</td>
                    <td className="numeric">{table.quoteCount}</td>
                    <td className="money-origin small" title={table.origin ?? undefined}>
                      {originText(table.origin)}
                      {table.createdBy ? (
                        <span className="money-ledger__sub">{table.createdBy.name}</span>
                      ) : null}
                    </td>
                    <td className="table__actions">
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        aria-pressed={table.id === selected?.id}
                        onClick={() => open(table.id === selected?.id ? null : table.id)}
                      >
                        {t("money.rates.open")}
                      </button>
                      {canEdit ? (
                        <ConfirmButton
                          label={t("common.remove")}
                          question={t("money.rates.removeQuestion", {
                            source: sourceName(table.source),
                            date: formatDay(table.date, locale),
                          })}
                          disabled={remove.isPending}
                          onConfirm={() => remove.mutate(table)}
                        />
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </Panel>
      {selected ? (
        <RateTableDetail projectId={projectId} summary={selected} onClose={() => open(null)} />
      ) : null}
      <BudgetAgainstActual detail={detail} tables={list} />
      <Converter projectId={projectId} detail={detail} />
      {canEdit ? (
        <div className="money-rates-actions">
          <RateFileImport projectId={projectId} onStored={(id) => open(id)} />
          <BankFetch projectId={projectId} onStored={(id) => open(id)} />
          <ManualRatesForm projectId={projectId} detail={detail} onStored={(id) => open(id)} />
        </div>
      ) : null}
    </>
  );
}

/** A bank's address shortened to its host ("www.cbr.ru"); a file name or a note as written. */
function originText(origin: string | null): string {
  if (!origin) return "";
  try {
    return /^https?:\/\//u.test(origin) ? new URL(origin).hostname : origin;
  } catch {
    return origin;
  }
}
