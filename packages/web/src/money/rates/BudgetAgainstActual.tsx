// Курс бюджета против фактического курса: the rates the budget version was priced at beside a later table, with
// the exact difference and its percentage per currency — where the курсовая разница of the cost report comes from.
import { useState } from "react";
import { useQuery } from "@tanstack/react-query";
import type { ProjectDetail } from "../../api/types.ts";

import { useLocale, useT } from "../../i18n/locale.tsx";
import { Panel } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import type { RateTableSummary } from "../types.ts";
import { formatDay, formatDecimal, formatPercent, isNegative, isZero } from "../format.ts";
import { defaultBudget, moneyKey, useBudgets } from "../queries.ts";
import { rateChangePercent, rateDifference } from "./compare.ts";
import { useSourceName } from "./source-names.ts";

export function BudgetAgainstActual({
  detail,
  tables,
}: {
  detail: ProjectDetail;
  tables: readonly RateTableSummary[];
}) {
  const t = useT();
  const { locale } = useLocale();
  const sourceName = useSourceName();
  const projectId = detail.project.id;
  const budgets = useBudgets(projectId);
  const budget = budgets.data ? defaultBudget(budgets.data) : undefined;
  // The cost report states the budget's rates (source and date); the journal already asked for it.
  const report = useQuery({
    queryKey: moneyKey(projectId, "report", budget?.id, undefined, "budget"),
    queryFn: () => moneyApi.costReport(projectId, budget!.id, undefined, "budget"),
    enabled: budget !== undefined,
  });
  const budgetRates = report.data?.rates.budget;
  const budgetTable = tables.find(
    (table) => table.source === budgetRates?.source && table.date === budgetRates?.date,
  );
  const others = tables.filter((table) => table.id !== budgetTable?.id && table.base === budgetTable?.base);
  const [chosen, setChosen] = useState<string>("");
  const actualTable = others.find((table) => table.id === chosen) ?? others[0];
  const quotes = (table: RateTableSummary | undefined) => ({
    queryKey: moneyKey(projectId, "rate-table", table?.id, table?.version),
    queryFn: () => moneyApi.rateTable(projectId, table!.id),
    enabled: table !== undefined,
  });
  const budgetQuotes = useQuery(quotes(budgetTable));
  const actualQuotes = useQuery(quotes(actualTable));
  if (!budget || !budgetRates || !budgetTable || !actualTable) return null;
  const actualByCurrency = new Map(
    (actualQuotes.data?.table.quotes ?? []).map((quote) => [quote.currency, quote.perUnit]),
  );
  const rows = (budgetQuotes.data?.table.quotes ?? []).flatMap((quote) => {
    const actual = actualByCurrency.get(quote.currency);
    return actual === undefined ? [] : [{ currency: quote.currency, budget: quote.perUnit, actual }];
  });
  const describe = (table: RateTableSummary) =>
    `${sourceName(table.source)} · ${formatDay(table.date, locale)}`;
  return (
    <Panel id="budget-rates" title={t("money.rates.compare.title", { budget: budget.name })} flush>
      <div className="toolbar-form">
        <div className="money-compare__budget">
          <span className="field__label">{t("money.rates.compare.budgetRate")}</span>
          <span>{describe(budgetTable)}</span>
        </div>
        <label className="money-filter">
          <span className="field__label">{t("money.rates.compare.actualRate")}</span>
          <select value={actualTable.id} onChange={(event) => setChosen(event.target.value)}>
            {others.map((table) => (
              <option key={table.id} value={table.id}>
                {describe(table)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <div className="table-scroll">
        <table className="table" data-testid="rate-compare">
          <thead>
            <tr>
              <th>{t("money.rates.currency")}</th>
              <th className="numeric">{t("money.rates.compare.budgetRate")}</th>
              <th className="numeric">{t("money.rates.compare.actualRate")}</th>
              <th className="numeric">{t("money.rates.compare.difference")}</th>
              <th className="numeric">{t("money.rates.compare.change")}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const difference = rateDifference(row.budget, row.actual);
              const change = rateChangePercent(row.budget, row.actual);
              const tone = isZero(difference)
                ? "muted"
                : isNegative(difference)
                  ? "money-positive"
                  : "money-negative";
              return (
                <tr key={row.currency}>
                  <td>
                    <strong>{row.currency}</strong> <span className="muted small">→ {budgetTable.base}</span>
                  </td>
                  <td className="numeric">{formatDecimal(row.budget, locale)}</td>
                  <td className="numeric">{formatDecimal(row.actual, locale)}</td>
                  <td className={`numeric ${tone}`}>
                    {isNegative(difference) || isZero(difference) ? "" : "+"}
                    {formatDecimal(difference, locale)}
                  </td>
                  <td className={`numeric ${tone}`}>
                    {change !== null && !isNegative(change) && !isZero(change) ? "+" : ""}
                    {formatPercent(change, locale)}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="panel__footnote small muted">
        {t("money.rates.compare.note", { base: budgetTable.base })}
      </p>
    </Panel>
  );
}
