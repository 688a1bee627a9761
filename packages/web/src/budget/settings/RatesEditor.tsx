// The budget's exchange rates: units of the base currency per one unit of each other currency, with their date and
// source. Taken from one of the project's stored tables (a national bank's file) or typed in; a currency without a
// rate keeps the budget from computing — never a zero.
import { useState } from "react";
import { normalizeDecimalInput } from "../../consortium/decimal-input.ts";
import { formatIsoDate } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { Field } from "../../ui/form.tsx";
import { Panel } from "../../ui/layout.tsx";
import { budgetApi } from "../api.ts";
import { formatQuantity } from "../amounts.ts";
import { useBudgetEditing } from "../editing.tsx";
import { keyFieldError, useProblemText, useRateSource } from "../labels.ts";
import { useRateTables } from "../queries.ts";
import { SaveBar } from "./SaveBar.tsx";
import { useDraft } from "./useDraft.ts";
import { useSettingsSave } from "./useSettingsSave.ts";

export function RatesEditor() {
  const t = useT();
  const { locale } = useLocale();
  const rateSource = useRateSource();
  const problemText = useProblemText();
  const errorText = useErrorText();
  const { read, canEdit, projectId, budgetId } = useBudgetEditing();
  const rates = read.document.rates;
  const tables = useRateTables(projectId);
  const [tableId, setTableId] = useState("");
  const {
    draft: typedRates,
    setDraft,
    isDirty,
    reset,
  } = useDraft({
    rows: Object.entries(rates.perUnit).sort(([a], [b]) => a.localeCompare(b)),
    date: rates.date,
    source: rates.source,
  });
  const { rows, date, source } = typedRates;
  const setRows = (next: [string, string][]) => setDraft({ ...typedRates, rows: next });
  const setDate = (next: string) => setDraft({ ...typedRates, date: next });
  const setSource = (next: string) => setDraft({ ...typedRates, source: next });
  const fromTable = useSettingsSave();
  const typed = useSettingsSave();
  const usable = (tables.data?.tables ?? []).filter(
    (table) => table.base.trim() === read.document.baseCurrency,
  );
  const draft = Object.fromEntries(
    rows.filter(([code]) => code !== "").map(([code, rate]) => [code, normalizeDecimalInput(rate)]),
  );
  const rowError = (code: string) => keyFieldError(typed.error, `rates.perUnit.${code}`);
  const used = new Set(read.totals?.currencies.map((row) => row.currency) ?? []);
  const missing = read.problems.filter((problem) => problem.code === "MISSING_RATE");

  return (
    <Panel
      id="budget-rates"
      title={t("budget.rates.title")}
      meta={t("budget.rates.meta", {
        base: rates.base,
        source: rateSource(rates.source),
        date: formatIsoDate(rates.date, locale),
      })}
    >
      {missing.length > 0 ? (
        <ul className="budget-problems budget-problems--inline">
          {missing.map((problem) => (
            <li key={problem.path}>{problemText(problem)}</li>
          ))}
        </ul>
      ) : null}
      {canEdit ? (
        <div className="budget-rates-from-table">
          <Field label={t("budget.rates.table")} hint={t("budget.rates.tableHint")}>
            {(props) => (
              <select {...props} value={tableId} onChange={(event) => setTableId(event.target.value)}>
                <option value="">
                  {usable.length === 0 ? t("budget.rates.noTables") : t("budget.rates.chooseTable")}
                </option>
                {usable.map((table) => (
                  <option key={table.id} value={table.id}>
                    {rateSource(table.source)} · {formatIsoDate(table.date, locale)} ·{" "}
                    {t("budget.rates.quotes", { count: table.quoteCount })}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button
            type="button"
            className="button button--small"
            disabled={tableId === "" || fromTable.isSaving}
            onClick={() =>
              void fromTable.save((version) =>
                budgetApi.setRates(projectId, budgetId, version, { rateTableId: tableId }),
              )
            }
          >
            {t("budget.rates.useTable")}
          </button>
          {fromTable.isSaved ? (
            <span className="budget-savebar__saved">{t("budget.settings.saved")}</span>
          ) : null}
          {fromTable.error ? (
            <span className="budget-cell__error" role="alert">
              {errorText(fromTable.error)}
            </span>
          ) : null}
        </div>
      ) : null}
      <table className="table budget-settings-table">
        <thead>
          <tr>
            <th>{t("budget.rates.currency")}</th>
            <th className="numeric">{t("budget.rates.perUnit", { base: rates.base })}</th>
            <th>{t("budget.rates.inUse")}</th>
            {canEdit ? <th aria-label={t("budget.line.actions")} /> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(([code, rate], index) => {
            const refused = rowError(code);
            return (
              <tr key={index} data-testid="rate-row">
                <td>
                  {canEdit ? (
                    <input
                      className="budget-settings-input budget-settings-input--code"
                      aria-label={t("budget.rates.currency")}
                      value={code}
                      maxLength={3}
                      onChange={(event) =>
                        setRows(
                          rows.map((row, at) =>
                            at === index ? [event.target.value.toUpperCase(), row[1]] : row,
                          ),
                        )
                      }
                    />
                  ) : (
                    code
                  )}
                </td>
                <td className="numeric">
                  {canEdit ? (
                    <input
                      className="budget-settings-input budget-settings-input--number"
                      aria-label={t("budget.rates.rateOf", { currency: code })}
                      inputMode="decimal"
                      value={rate}
                      onChange={(event) =>
                        setRows(rows.map((row, at) => (at === index ? [row[0], event.target.value] : row)))
                      }
                    />
                  ) : (
                    <span className="budget-num">{formatQuantity(rate, locale)}</span>
                  )}
                  {refused ? <div className="budget-cell__error">{problemText(refused)}</div> : null}
                </td>
                <td className="small muted">{used.has(code) ? t("budget.rates.used") : ""}</td>
                {canEdit ? (
                  <td className="budget-line__actions">
                    <button
                      type="button"
                      className="link-button budget-line__remove"
                      aria-label={t("budget.rates.remove", { currency: code })}
                      onClick={() => setRows(rows.filter((_, at) => at !== index))}
                    >
                      ×
                    </button>
                  </td>
                ) : null}
              </tr>
            );
          })}
        </tbody>
      </table>
      {canEdit ? (
        <>
          <div className="inline-form__row">
            <Field label={t("budget.rates.date")} error={keyFieldError(typed.error, "rates.date")}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={date}
                  onChange={(event) => setDate(event.target.value)}
                />
              )}
            </Field>
            <Field label={t("budget.rates.source")} hint={t("budget.rates.sourceHint")}>
              {(props) => (
                <input
                  {...props}
                  maxLength={40}
                  value={source}
                  onChange={(event) => setSource(event.target.value)}
                />
              )}
            </Field>
          </div>
          <div className="budget-settings-actions">
            <button
              type="button"
              className="button button--ghost button--small"
              onClick={() => setRows([...rows, ["", ""]])}
            >
              + {t("budget.rates.add")}
            </button>
            <SaveBar
              isSaving={typed.isSaving}
              isSaved={typed.isSaved}
              isDirty={isDirty}
              error={typed.error}
              isShownByFields={rows.some(([code]) => rowError(code))}
              onSave={() =>
                void typed.save((version) =>
                  budgetApi.setRates(projectId, budgetId, version, {
                    rates: { base: read.document.baseCurrency, date, source: source.trim(), perUnit: draft },
                  }),
                )
              }
              onReset={reset}
            />
          </div>
        </>
      ) : null}
    </Panel>
  );
}
