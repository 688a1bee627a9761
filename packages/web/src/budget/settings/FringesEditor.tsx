// Fringes (надбавки и начисления): payroll taxes, holiday pay, set insurance. A percentage of the pay counted up to
// a cutoff, or a flat amount per unit worked capped at a cutoff, in a currency. Lines name them by id, so an id
// stays as it is once saved.
import { useLocale, useT } from "../../i18n/locale.tsx";
import { Panel } from "../../ui/layout.tsx";
import { budgetApi } from "../api.ts";
import type { Fringe } from "../types.ts";
import { formatMoney } from "../amounts.ts";
import { useBudgetEditing } from "../editing.tsx";
import { listFieldError, useProblemText } from "../labels.ts";
import { SaveBar } from "./SaveBar.tsx";
import { useDraft } from "./useDraft.ts";
import { useSettingsSave } from "./useSettingsSave.ts";

type Row = Fringe & { isNew?: boolean };
const fields = ["id", "name", "kind", "value", "cutoff", "currency"] as const;

export function FringesEditor() {
  const t = useT();
  const { locale } = useLocale();
  const problemText = useProblemText();
  const { read, canEdit, projectId, budgetId } = useBudgetEditing();
  const { draft: rows, setDraft: setRows, reset } = useDraft<Row[]>(read.document.fringes);
  const { error, setError, isSaving, isSaved, save } = useSettingsSave();
  const totals = new Map((read.totals?.fringeTotals ?? []).map((row) => [row.id, row.total]));
  const currencies = [
    ...new Set([read.document.baseCurrency, ...Object.keys(read.document.rates.perUnit).sort()]),
  ];
  const clean = (row: Row): Fringe => ({
    id: row.id.trim(),
    name: row.name,
    kind: row.kind,
    value: row.value.trim(),
    ...(row.cutoff?.trim() ? { cutoff: row.cutoff.trim() } : {}),
    ...(row.currency ? { currency: row.currency } : {}),
  });
  const isDirty = JSON.stringify(rows.map(clean)) !== JSON.stringify(read.document.fringes.map(clean));
  const change = (index: number, patch: Partial<Row>) => {
    setError(null);
    setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  };
  const errorOf = (index: number, field: string) => listFieldError(error, "fringes", index, field);
  const isShownByFields = rows.some((_, index) => fields.some((field) => errorOf(index, field)));
  const input = (index: number, field: "id" | "name" | "value" | "cutoff", extra = "") => (
    <input
      className={`budget-settings-input ${extra}`}
      aria-label={`${t(`budget.fringes.${field}`)} ${rows[index]!.name}`}
      value={rows[index]![field] ?? ""}
      maxLength={field === "name" ? 200 : 100}
      onChange={(event) => change(index, { [field]: event.target.value })}
    />
  );
  const refusal = (index: number, field: string) => {
    const refused = errorOf(index, field);
    return refused ? <div className="budget-cell__error">{problemText(refused)}</div> : null;
  };

  return (
    <Panel id="budget-fringes" title={t("budget.fringes.title")} meta={t("budget.fringes.meta")}>
      <p className="small muted">{t("budget.fringes.intro")}</p>
      <div className="budget-grid-scroll">
        <table className="table budget-settings-table">
          <thead>
            <tr>
              <th>{t("budget.fringes.id")}</th>
              <th>{t("budget.fringes.name")}</th>
              <th>{t("budget.fringes.kind")}</th>
              <th className="numeric">{t("budget.fringes.value")}</th>
              <th className="numeric">{t("budget.fringes.cutoff")}</th>
              <th>{t("budget.fringes.currency")}</th>
              <th className="numeric">
                {t("budget.fringes.total", { currency: read.document.baseCurrency })}
              </th>
              {canEdit ? <th aria-label={t("budget.line.actions")} /> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index} data-testid="fringe-row">
                <td>
                  {canEdit && row.isNew ? (
                    input(index, "id", "budget-settings-input--code")
                  ) : (
                    <code>{row.id}</code>
                  )}
                  {refusal(index, "id")}
                </td>
                <td>
                  {canEdit ? input(index, "name") : row.name}
                  {refusal(index, "name")}
                </td>
                <td>
                  {canEdit ? (
                    <select
                      className="select--compact"
                      aria-label={`${t("budget.fringes.kind")} ${row.name}`}
                      value={row.kind}
                      onChange={(event) => change(index, { kind: event.target.value as Fringe["kind"] })}
                    >
                      <option value="percent">{t("budget.fringes.kind.percent")}</option>
                      <option value="flat">{t("budget.fringes.kind.flat")}</option>
                    </select>
                  ) : (
                    t(`budget.fringes.kind.${row.kind}`)
                  )}
                </td>
                <td className="numeric">
                  {canEdit ? input(index, "value", "budget-settings-input--number") : row.value}
                  {row.kind === "percent" ? " %" : ""}
                  {refusal(index, "value")}
                </td>
                <td className="numeric">
                  {canEdit ? input(index, "cutoff", "budget-settings-input--number") : (row.cutoff ?? "—")}
                  {refusal(index, "cutoff")}
                </td>
                <td>
                  {canEdit ? (
                    <select
                      className="select--compact"
                      aria-label={`${t("budget.fringes.currency")} ${row.name}`}
                      value={row.currency ?? ""}
                      onChange={(event) => change(index, { currency: event.target.value || undefined })}
                    >
                      <option value="">
                        {t("budget.fringes.baseCurrency", { currency: read.document.baseCurrency })}
                      </option>
                      {currencies.map((code) => (
                        <option key={code} value={code}>
                          {code}
                        </option>
                      ))}
                    </select>
                  ) : (
                    (row.currency ?? read.document.baseCurrency)
                  )}
                  {refusal(index, "currency")}
                </td>
                <td className="numeric budget-num">
                  {totals.get(row.id) ? formatMoney(totals.get(row.id)!, locale) : "—"}
                </td>
                {canEdit ? (
                  <td className="budget-line__actions">
                    <button
                      type="button"
                      className="link-button budget-line__remove"
                      aria-label={t("budget.fringes.remove", { name: row.name })}
                      onClick={() => setRows(rows.filter((_, at) => at !== index))}
                    >
                      ×
                    </button>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {canEdit ? (
        <div className="budget-settings-actions">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() =>
              setRows([
                ...rows,
                { id: `fringe-${rows.length + 1}`, name: "", kind: "percent", value: "0", isNew: true },
              ])
            }
          >
            + {t("budget.fringes.add")}
          </button>
          <SaveBar
            isSaving={isSaving}
            isSaved={isSaved}
            isDirty={isDirty}
            error={error}
            isShownByFields={isShownByFields}
            onSave={() =>
              void save((version) => budgetApi.setFringes(projectId, budgetId, version, rows.map(clean)))
            }
            onReset={reset}
          />
        </div>
      ) : null}
    </Panel>
  );
}
