// The journal's rows: each cost with its amount right-aligned in its own currency, corrected or removed only in
// the caller's own studio's books, and under them the totals per currency of everything the filter matches.
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import type { ProjectDetail } from "../../api/types.ts";
import { countryName } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { EmptyState, Notice } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import type { Actual, ActualsTotal } from "../types.ts";
import { formatAmount, formatDay, isNegative } from "../format.ts";
import { useMoneyChanged } from "../queries.ts";
import { ActualForm } from "./ActualForm.tsx";

const columnCount = 8;

export function LedgerTable({
  detail,
  rows,
  totals,
  accounts,
  nameOf,
  canEdit,
  filtered,
}: {
  detail: ProjectDetail;
  rows: readonly Actual[];
  totals: readonly ActualsTotal[];
  accounts: ReadonlyMap<string, string>;
  nameOf: (id: string) => string;
  canEdit: boolean;
  filtered: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const changed = useMoneyChanged(projectId);
  const [editing, setEditing] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (actual: Actual) => moneyApi.removeActual(projectId, actual),
    onSettled: changed,
  });
  if (rows.length === 0) {
    return (
      <EmptyState title={filtered ? t("money.ledger.emptyFiltered") : t("money.ledger.empty")}>
        {canEdit && !filtered ? t("money.ledger.emptyHint") : null}
      </EmptyState>
    );
  }
  return (
    <>
      {remove.isError ? (
        <Notice tone="danger" onClose={() => remove.reset()}>
          {errorText(remove.error)}
        </Notice>
      ) : null}
      <div className="table-scroll">
        <table className="table money-ledger" data-testid="ledger">
          <thead>
            <tr>
              <th>{t("money.col.date")}</th>
              <th>{t("money.col.partner")}</th>
              <th>{t("money.col.account")}</th>
              <th>{t("money.col.vendorAndDescription")}</th>
              <th>{t("money.col.referenceShort")}</th>
              <th>
                <abbr title={t("money.col.country")}>{t("money.col.countryShort")}</abbr>
              </th>
              <th className="numeric">{t("money.col.amount")}</th>
              <th>
                <span className="visually-hidden">{t("money.col.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((actual) => {
              const own = actual.partnerId === detail.organizationId;
              if (editing === actual.id) {
                return (
                  <tr key={actual.id} className="money-ledger__editing">
                    <td colSpan={columnCount}>
                      <ActualForm
                        detail={detail}
                        accounts={accounts}
                        actual={actual}
                        onDone={() => setEditing(null)}
                      />
                    </td>
                  </tr>
                );
              }
              return (
                <tr key={actual.id}>
                  <td className="nowrap">{formatDay(actual.date, locale)}</td>
                  <td className="money-ledger__partner" title={nameOf(actual.partnerId)}>
                    {nameOf(actual.partnerId)}
                  </td>
                  <td className="money-ledger__account">
                    <span className="money-code">{actual.account}</span>
                    <span className="money-ledger__sub">{accounts.get(actual.account) ?? ""}</span>
                  </td>
                  <td className="money-ledger__vendor">
                    {actual.vendor}
                    {actual.description ? (
                      <span className="money-ledger__sub">{actual.description}</span>
                    ) : null}
                  </td>
                  <td className="money-ledger__reference">{actual.reference ?? ""}</td>
                  <td>
                    <abbr title={countryName(actual.country, locale)}>{actual.country}</abbr>
                  </td>
                  <td className={isNegative(actual.amount) ? "numeric money-negative" : "numeric"}>
                    {formatAmount(actual.amount, actual.currency, locale)}
                  </td>
                  <td className="table__actions">
                    {canEdit && own ? (
                      <>
                        <button
                          type="button"
                          className="money-icon-button"
                          title={t("money.ledger.editCost")}
                          aria-label={t("money.ledger.editCostOf", { vendor: actual.vendor })}
                          onClick={() => setEditing(actual.id)}
                        >
                          ✎
                        </button>
                        <button
                          type="button"
                          className="money-icon-button money-icon-button--danger"
                          title={t("money.ledger.removeCost")}
                          aria-label={t("money.ledger.removeCostOf", { vendor: actual.vendor })}
                          disabled={remove.isPending}
                          onClick={() => {
                            const question = t("money.ledger.removeQuestion", {
                              vendor: actual.vendor,
                              amount: formatAmount(actual.amount, actual.currency, locale),
                            });
                            if (window.confirm(question)) remove.mutate(actual);
                          }}
                        >
                          ✕
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot data-testid="ledger-totals">
            {totals.map((total, index) => (
              <tr key={total.currency} className="money-ledger__total">
                <td colSpan={6}>
                  {index === 0 ? <strong>{t("money.ledger.totals")}</strong> : null}
                  <span className="muted small money-ledger__total-count">
                    {t("money.ledger.totalRows", { currency: total.currency, count: total.count })}
                  </span>
                </td>
                <td className={isNegative(total.amount) ? "numeric money-negative" : "numeric"}>
                  <strong>{formatAmount(total.amount, total.currency, locale)}</strong>
                </td>
                <td />
              </tr>
            ))}
          </tfoot>
        </table>
      </div>
    </>
  );
}
