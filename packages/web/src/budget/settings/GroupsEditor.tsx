// Groups: tags on lines (a second unit, extended VFX, a night shoot) and whether each counts in the budget's totals.
// The what-if switches on the top sheet only look; this is where the budget's own choice is saved.
import { useT } from "../../i18n/locale.tsx";
import { Panel } from "../../ui/layout.tsx";
import { budgetApi } from "../api.ts";
import type { BudgetGroup } from "../types.ts";
import { useBudgetEditing } from "../editing.tsx";
import { listFieldError, useProblemText } from "../labels.ts";
import { SaveBar } from "./SaveBar.tsx";
import { useDraft } from "./useDraft.ts";
import { useSettingsSave } from "./useSettingsSave.ts";

type Row = BudgetGroup & { isNew?: boolean };

export function GroupsEditor() {
  const t = useT();
  const problemText = useProblemText();
  const { read, canEdit, projectId, budgetId } = useBudgetEditing();
  const { draft: rows, setDraft: setRows, reset } = useDraft<Row[]>(read.document.groups);
  const { error, setError, isSaving, isSaved, save } = useSettingsSave();
  const clean = (row: Row): BudgetGroup => ({ id: row.id.trim(), name: row.name, included: row.included });
  const isDirty = JSON.stringify(rows.map(clean)) !== JSON.stringify(read.document.groups.map(clean));
  const change = (index: number, patch: Partial<Row>) => {
    setError(null);
    setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  };
  const errorOf = (index: number, field: string) => listFieldError(error, "groups", index, field);
  const refusal = (index: number, field: string) => {
    const refused = errorOf(index, field);
    return refused ? <div className="budget-cell__error">{problemText(refused)}</div> : null;
  };
  const isShownByFields = rows.some((_, index) => errorOf(index, "id") || errorOf(index, "name"));

  return (
    <Panel id="budget-groups" title={t("budget.groups.title")}>
      <p className="small muted">{t("budget.groups.intro")}</p>
      {rows.length === 0 ? <p className="muted">{t("budget.groups.empty")}</p> : null}
      {rows.length > 0 ? (
        <table className="table budget-settings-table">
          <thead>
            <tr>
              <th>{t("budget.groups.id")}</th>
              <th>{t("budget.groups.name")}</th>
              <th>{t("budget.groups.included")}</th>
              {canEdit ? <th aria-label={t("budget.line.actions")} /> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => (
              <tr key={index}>
                <td>
                  {canEdit && row.isNew ? (
                    <input
                      className="budget-settings-input budget-settings-input--code"
                      aria-label={t("budget.groups.id")}
                      value={row.id}
                      maxLength={100}
                      onChange={(event) => change(index, { id: event.target.value })}
                    />
                  ) : (
                    <code>{row.id}</code>
                  )}
                  {refusal(index, "id")}
                </td>
                <td>
                  {canEdit ? (
                    <input
                      className="budget-settings-input"
                      aria-label={`${t("budget.groups.name")} ${row.id}`}
                      value={row.name}
                      maxLength={200}
                      onChange={(event) => change(index, { name: event.target.value })}
                    />
                  ) : (
                    row.name
                  )}
                  {refusal(index, "name")}
                </td>
                <td>
                  <label className="budget-whatif__item">
                    <input
                      type="checkbox"
                      checked={row.included}
                      disabled={!canEdit}
                      onChange={(event) => change(index, { included: event.target.checked })}
                    />
                    <span>{t(row.included ? "budget.groups.in" : "budget.groups.out")}</span>
                  </label>
                </td>
                {canEdit ? (
                  <td className="budget-line__actions">
                    <button
                      type="button"
                      className="link-button budget-line__remove"
                      aria-label={t("budget.groups.remove", { name: row.name })}
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
      ) : null}
      {canEdit ? (
        <div className="budget-settings-actions">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() =>
              setRows([...rows, { id: `group-${rows.length + 1}`, name: "", included: true, isNew: true }])
            }
          >
            + {t("budget.groups.add")}
          </button>
          <SaveBar
            isSaving={isSaving}
            isSaved={isSaved}
            isDirty={isDirty}
            error={error}
            isShownByFields={isShownByFields}
            onSave={() =>
              void save((version) => budgetApi.setGroups(projectId, budgetId, version, rows.map(clean)))
            }
            onReset={reset}
          />
        </div>
      ) : null}
    </Panel>
  );
}
