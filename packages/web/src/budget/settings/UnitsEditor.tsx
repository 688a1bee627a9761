// Units of measure: the nine every budget knows (hour, day, shift, week …, shown read-only) and the version's own,
// each a label and a factor that multiplies the line («Неделя (5 смен)» = 5). A unit lines still use cannot go:
// the server refuses it, naming the line.
import { useT } from "../../i18n/locale.tsx";
import { Panel } from "../../ui/layout.tsx";
import { budgetApi } from "../api.ts";
import { useBudgetEditing } from "../editing.tsx";
import { defaultUnitIds, keyFieldError, useProblemText, useUnitLabel } from "../labels.ts";
import { SaveBar } from "./SaveBar.tsx";
import { useDraft } from "./useDraft.ts";
import { useSettingsSave } from "./useSettingsSave.ts";

interface Row {
  id: string;
  label: string;
  factor: string;
  isNew?: boolean;
}

const idPattern = /^[\p{L}\p{N}_-]{1,100}$/u;

export function UnitsEditor() {
  const t = useT();
  const problemText = useProblemText();
  const { read, canEdit, projectId, budgetId } = useBudgetEditing();
  const defaultLabel = useUnitLabel({ ...read.document, units: {} });
  const saved: Row[] = Object.entries(read.document.units ?? {}).map(([id, unit]) => ({
    id,
    label: unit.label,
    factor: unit.factor ?? "",
  }));
  const { draft: rows, setDraft: setRows, reset } = useDraft<Row[]>(saved);
  const { error, setError, isSaving, isSaved, save } = useSettingsSave();
  const clean = (row: Row) => ({
    id: row.id.trim(),
    label: row.label.trim(),
    factor: row.factor.trim().replace(",", "."),
  });
  const isDirty = JSON.stringify(rows.map(clean)) !== JSON.stringify(saved.map(clean));
  const change = (index: number, patch: Partial<Row>) => {
    setError(null);
    setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  };
  const localProblem = (row: Row, index: number) => {
    const id = row.id.trim();
    if (!idPattern.test(id)) return t("budget.units.badId");
    if (defaultUnitIds.includes(id) || rows.findIndex((other) => other.id.trim() === id) !== index)
      return t("budget.units.duplicate");
    if (row.label.trim() === "") return t("budget.units.noLabel");
    return null;
  };
  const hasLocalProblems = rows.some((row, index) => localProblem(row, index) !== null);
  const onSave = () => {
    if (hasLocalProblems) return;
    const units = Object.fromEntries(
      rows
        .map(clean)
        .map((row) => [row.id, { label: row.label, ...(row.factor ? { factor: row.factor } : {}) }]),
    );
    void save((version) => budgetApi.updateSettings(projectId, budgetId, version, { units }));
  };
  const refusal = (id: string) => {
    const refused = keyFieldError(error, `units.${id.trim()}`);
    return refused ? <div className="budget-cell__error">{problemText(refused)}</div> : null;
  };
  const isShownByFields = rows.some((row) => keyFieldError(error, `units.${row.id.trim()}`));

  return (
    <Panel id="budget-units" title={t("budget.units.title")} meta={t("budget.units.meta")}>
      <p className="small muted">
        {t("budget.units.defaults", { units: defaultUnitIds.map((id) => defaultLabel(id)).join(", ") })}
      </p>
      {rows.length === 0 ? <p className="muted">{t("budget.units.empty")}</p> : null}
      {rows.length > 0 ? (
        <table className="table budget-settings-table" data-testid="budget-units">
          <thead>
            <tr>
              <th>{t("budget.units.id")}</th>
              <th>{t("budget.units.label")}</th>
              <th>{t("budget.units.factor")}</th>
              {canEdit ? <th aria-label={t("budget.line.actions")} /> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const problem = localProblem(row, index);
              return (
                <tr key={index}>
                  <td>
                    {canEdit && row.isNew ? (
                      <input
                        className="budget-settings-input budget-settings-input--code"
                        aria-label={t("budget.units.id")}
                        value={row.id}
                        maxLength={100}
                        onChange={(event) => change(index, { id: event.target.value })}
                      />
                    ) : (
                      <code>{row.id}</code>
                    )}
                    {problem ? <div className="budget-cell__error">{problem}</div> : null}
                    {refusal(row.id)}
                  </td>
                  <td>
                    {canEdit ? (
                      <input
                        className="budget-settings-input"
                        aria-label={t("budget.units.labelOf", { id: row.id })}
                        value={row.label}
                        maxLength={100}
                        onChange={(event) => change(index, { label: event.target.value })}
                      />
                    ) : (
                      row.label
                    )}
                  </td>
                  <td>
                    {canEdit ? (
                      <input
                        className="budget-settings-input budget-settings-input--number"
                        aria-label={t("budget.units.factorOf", { id: row.id })}
                        inputMode="decimal"
                        placeholder="1"
                        value={row.factor}
                        maxLength={500}
                        onChange={(event) => change(index, { factor: event.target.value })}
                      />
                    ) : (
                      row.factor || "1"
                    )}
                  </td>
                  {canEdit ? (
                    <td className="budget-line__actions">
                      <button
                        type="button"
                        className="link-button budget-line__remove"
                        aria-label={t("budget.units.remove", { id: row.id })}
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
      ) : null}
      {canEdit ? (
        <div className="budget-settings-actions">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() =>
              setRows([...rows, { id: `unit${rows.length + 1}`, label: "", factor: "1", isNew: true }])
            }
          >
            + {t("budget.units.add")}
          </button>
          <SaveBar
            isSaving={isSaving}
            isSaved={isSaved}
            isDirty={isDirty}
            error={error}
            isShownByFields={isShownByFields}
            onSave={onSave}
            onReset={reset}
          />
        </div>
      ) : null}
    </Panel>
  );
}
