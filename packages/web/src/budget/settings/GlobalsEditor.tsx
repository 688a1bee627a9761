// Globals: named values lines use in their formulas (SHOOTDAYS = DAYS_RU + DAYS_BY, EPISODES = 12), each shown with
// what it comes to; and, read-only, those the published КПП gives (CAST_<n>_DAYS, SCHEDULE_SHOOTDAYS).
import { useMemo } from "react";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { Panel } from "../../ui/layout.tsx";
import { budgetApi } from "../api.ts";
import { formatQuantity } from "../amounts.ts";
import { useBudgetEditing } from "../editing.tsx";
import { fractionToDecimal, resolveGlobals, type FormulaValue } from "../formula.ts";
import { keyFieldError, useProblemText } from "../labels.ts";
import { SaveBar } from "./SaveBar.tsx";
import { useDraft } from "./useDraft.ts";
import { useSettingsSave } from "./useSettingsSave.ts";

const namePattern = /^[\p{L}_][\p{L}\p{N}_]*$/u;

function ValueOf({ value }: { value: FormulaValue | undefined }) {
  const t = useT();
  const { locale } = useLocale();
  if (!value) return null;
  if (!value.ok)
    return <span className="budget-formula__value--bad">{t(`budget.globals.bad.${value.reason}`)}</span>;
  const { text, isExact } = fractionToDecimal(value.value);
  return (
    <span className="budget-num">
      {isExact ? "" : "≈ "}
      {formatQuantity(text, locale)}
    </span>
  );
}

export function GlobalsEditor() {
  const t = useT();
  const problemText = useProblemText();
  const { read, canEdit, projectId, budgetId } = useBudgetEditing();
  const { draft: rows, setDraft: setRows, isDirty, reset } = useDraft(Object.entries(read.document.globals));
  const { error, setError, isSaving, isSaved, save } = useSettingsSave();
  const draft = useMemo(() => Object.fromEntries(rows.filter(([name]) => name !== "")), [rows]);
  const values = useMemo(() => resolveGlobals(draft, read.scheduleGlobals), [draft, read.scheduleGlobals]);
  const schedule = Object.entries(read.scheduleGlobals);

  const localProblem = (name: string, index: number) => {
    if (!namePattern.test(name)) return t("budget.globals.badName");
    if (rows.findIndex(([other]) => other === name) !== index) return t("budget.globals.duplicate");
    return null;
  };
  const hasLocalProblems = rows.some(([name], index) => localProblem(name, index) !== null);
  const onSave = () => {
    if (hasLocalProblems) return;
    void save((version) => budgetApi.updateSettings(projectId, budgetId, version, { globals: draft }));
  };
  const fieldShown = rows.some(([name]) => keyFieldError(error, `globals.${name}`));

  return (
    <Panel id="budget-globals" title={t("budget.globals.title")} meta={t("budget.globals.meta")}>
      <table className="table budget-settings-table">
        <thead>
          <tr>
            <th>{t("budget.globals.name")}</th>
            <th>{t("budget.globals.formula")}</th>
            <th className="numeric">{t("budget.globals.value")}</th>
            {canEdit ? <th aria-label={t("budget.line.actions")} /> : null}
          </tr>
        </thead>
        <tbody>
          {rows.map(([name, formula], index) => {
            const refused = keyFieldError(error, `globals.${name}`);
            const local = localProblem(name, index);
            return (
              <tr key={index} data-testid="global-row">
                <td>
                  {canEdit ? (
                    <input
                      className="budget-settings-input budget-settings-input--code"
                      aria-label={t("budget.globals.name")}
                      value={name}
                      maxLength={100}
                      onChange={(event) => {
                        setError(null);
                        setRows(rows.map((row, at) => (at === index ? [event.target.value, row[1]] : row)));
                      }}
                    />
                  ) : (
                    <code>{name}</code>
                  )}
                  {local ? <div className="budget-cell__error">{local}</div> : null}
                </td>
                <td>
                  {canEdit ? (
                    <input
                      className="budget-settings-input budget-settings-input--formula"
                      aria-label={t("budget.globals.formulaOf", { name })}
                      value={formula}
                      maxLength={500}
                      onChange={(event) => {
                        setError(null);
                        setRows(rows.map((row, at) => (at === index ? [row[0], event.target.value] : row)));
                      }}
                    />
                  ) : (
                    <code>{formula}</code>
                  )}
                  {refused ? <div className="budget-cell__error">{problemText(refused)}</div> : null}
                </td>
                <td className="numeric">
                  <ValueOf value={values.get(name)} />
                </td>
                {canEdit ? (
                  <td className="budget-line__actions">
                    <button
                      type="button"
                      className="link-button budget-line__remove"
                      aria-label={t("budget.globals.remove", { name })}
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
        <div className="budget-settings-actions">
          <button
            type="button"
            className="button button--ghost button--small"
            onClick={() => setRows([...rows, ["", "0"]])}
          >
            + {t("budget.globals.add")}
          </button>
          <SaveBar
            isSaving={isSaving}
            isSaved={isSaved}
            isDirty={isDirty}
            error={error}
            isShownByFields={fieldShown}
            onSave={onSave}
            onReset={reset}
          />
        </div>
      ) : null}
      <h3 className="budget-settings-subtitle">{t("budget.globals.schedule")}</h3>
      {schedule.length === 0 ? (
        <p className="small muted">{t("budget.globals.noSchedule")}</p>
      ) : (
        <ul className="budget-schedule-globals">
          {schedule.map(([name, value]) => (
            <li key={name}>
              <code>{name}</code> = <strong>{value}</strong>{" "}
              <span className="budget-schedule-mark">{t("budget.schedule.mark")}</span>
            </li>
          ))}
        </ul>
      )}
    </Panel>
  );
}
