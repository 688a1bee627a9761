// The cost report's table: смета (budget), факт (actual to date), прогноз до завершения (ETC), прогноз на
// завершение (EAC), отклонение (budget − EAC: negative is an overrun) and курсовая разница (what the rates moved),
// in the report's currency — per account under its category, per partner or per country.
import type { ReactNode } from "react";
import { useLocale, useT } from "../../i18n/locale.tsx";
import type { MessageKey } from "../../i18n/messages.ru.ts";
import { costFields, type CostAmounts, type CostField } from "../types.ts";
import { formatPlain, isNegative, isZero } from "../format.ts";

export interface ReportRow {
  key: string;
  kind: "group" | "row" | "total";
  code?: string;
  label: ReactNode;
  amounts: CostAmounts;
  extra?: ReactNode[];
  /** A cell shown instead of a figure: the account's estimate to complete, which the accountant may enter. */
  cells?: Partial<Record<CostField, ReactNode>>;
}

const headers: Record<CostField, MessageKey> = {
  budget: "money.report.col.budget",
  actual: "money.report.col.actual",
  estimateToComplete: "money.report.col.etc",
  estimateAtCompletion: "money.report.col.eac",
  variance: "money.report.col.variance",
  fxVariance: "money.report.col.fx",
};

/** Variance below zero is an overrun; an FX variance above zero is money the rates cost. */
function tone(field: CostField, decimal: string): string | undefined {
  if (isZero(decimal)) return "muted";
  if (field === "variance") return isNegative(decimal) ? "money-negative" : "money-positive";
  if (field === "fxVariance") return isNegative(decimal) ? "money-positive" : "money-negative";
  return undefined;
}

export function ReportTable({
  rows,
  currency,
  labelHeader,
  extraHeaders = [],
  testId,
}: {
  rows: readonly ReportRow[];
  currency: string;
  labelHeader: string;
  extraHeaders?: string[];
  testId?: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  return (
    <div className="table-scroll">
      <table className="table money-report" data-testid={testId}>
        <caption className="money-report__caption">{t("money.report.inCurrency", { currency })}</caption>
        <thead>
          <tr>
            <th>{labelHeader}</th>
            {extraHeaders.map((header) => (
              <th key={header} className="numeric">
                {header}
              </th>
            ))}
            {costFields.map((field) => (
              <th key={field} className="numeric" title={t(`${headers[field]}.hint` as MessageKey)}>
                {t(headers[field])}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className={`money-report__${row.kind}`}>
              <td>
                {row.code ? <span className="money-code">{row.code}</span> : null} {row.label}
              </td>
              {(row.extra ?? []).map((cell, index) => (
                <td key={index} className="numeric">
                  {cell}
                </td>
              ))}
              {costFields.map((field) => {
                const value = row.amounts[field].amount;
                const own = row.cells?.[field];
                return (
                  <td key={field} className={["numeric", tone(field, value)].filter(Boolean).join(" ")}>
                    {own ?? formatPlain(value, currency, locale)}
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
