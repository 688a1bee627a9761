// One rate table's quotes as the bank wrote them — so many base units for a nominal of the currency — and the rate
// for one unit that conversions use.
import { useQuery } from "@tanstack/react-query";

import { useLocale, useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { Loading, Notice, Panel } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import type { RateTableSummary } from "../types.ts";
import { formatDay, formatDecimal } from "../format.ts";
import { moneyKey } from "../queries.ts";
import { useSourceName } from "./source-names.ts";

export function RateTableDetail({
  projectId,
  summary,
  onClose,
}: {
  projectId: string;
  summary: RateTableSummary;
  onClose: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const sourceName = useSourceName();
  const table = useQuery({
    queryKey: moneyKey(projectId, "rate-table", summary.id, summary.version),
    queryFn: () => moneyApi.rateTable(projectId, summary.id),
    select: (data) => data.table,
  });
  return (
    <Panel
      id="rate-table"
      title={t("money.rates.tableTitle", {
        source: sourceName(summary.source),
        date: formatDay(summary.date, locale),
      })}
      actions={
        <button type="button" className="button button--ghost button--small" onClick={onClose}>
          {t("common.close")}
        </button>
      }
      flush
    >
      {table.isPending ? <Loading /> : null}
      {table.isError ? <Notice tone="danger">{errorText(table.error)}</Notice> : null}
      {table.data ? (
        <div className="table-scroll">
          <table className="table" data-testid="rate-quotes">
            <thead>
              <tr>
                <th>{t("money.rates.currency")}</th>
                <th className="numeric">{t("money.rates.nominal")}</th>
                <th className="numeric">{t("money.rates.value", { base: summary.base })}</th>
                <th className="numeric">{t("money.rates.perUnit", { base: summary.base })}</th>
              </tr>
            </thead>
            <tbody>
              {table.data.quotes.map((quote) => (
                <tr key={quote.currency}>
                  <td>
                    <strong>{quote.currency}</strong>
                  </td>
                  <td className="numeric">{quote.nominal}</td>
                  <td className="numeric">{formatDecimal(quote.value, locale)}</td>
                  <td className="numeric">{formatDecimal(quote.perUnit, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {summary.sha256 ? (
        <p className="panel__footnote small muted money-hash">SHA-256 {summary.sha256}</p>
      ) : null}
    </Panel>
  );
}
