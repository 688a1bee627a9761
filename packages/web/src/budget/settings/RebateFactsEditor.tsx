// Rebate facts: what a country's rebate rules ask beyond the spend the budget already knows — the shooting days in
// the country and the local crew's share, in per cent. The rebate estimate («Учёт затрат» → «Рибейты») reads them;
// without them a tier that needs one says the fact is unknown.
import { countryCodes, countryName } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { Panel } from "../../ui/layout.tsx";
import { budgetApi } from "../api.ts";
import type { RebateFacts } from "../types.ts";
import { useBudgetEditing } from "../editing.tsx";
import { keyFieldError, useProblemText } from "../labels.ts";
import { SaveBar } from "./SaveBar.tsx";
import { useDraft } from "./useDraft.ts";
import { useSettingsSave } from "./useSettingsSave.ts";

interface Row {
  country: string;
  shootDays: string;
  localCrewPercent: string;
}

const wholeDays = /^\d{1,5}$/;
const percent = /^\d{1,3}(?:[.,]\d{1,4})?$/;

export function RebateFactsEditor() {
  const t = useT();
  const { locale } = useLocale();
  const problemText = useProblemText();
  const { read, canEdit, projectId, budgetId } = useBudgetEditing();
  const saved: Row[] = Object.entries(read.document.rebateFacts ?? {}).map(([country, facts]) => ({
    country,
    shootDays: facts.shootDays === undefined ? "" : String(facts.shootDays),
    localCrewPercent: facts.localCrewPercent ?? "",
  }));
  const { draft: rows, setDraft: setRows, isDirty, reset } = useDraft<Row[]>(saved);
  const { error, setError, isSaving, isSaved, save } = useSettingsSave();
  const change = (index: number, patch: Partial<Row>) => {
    setError(null);
    setRows(rows.map((row, at) => (at === index ? { ...row, ...patch } : row)));
  };
  const localProblem = (row: Row, index: number) => {
    if (rows.findIndex((other) => other.country === row.country) !== index)
      return t("budget.rebateFacts.duplicate");
    if (row.shootDays.trim() !== "" && !wholeDays.test(row.shootDays.trim()))
      return t("budget.rebateFacts.badDays");
    if (row.localCrewPercent.trim() !== "" && !percent.test(row.localCrewPercent.trim()))
      return t("budget.rebateFacts.badPercent");
    return null;
  };
  const hasLocalProblems = rows.some((row, index) => localProblem(row, index) !== null);
  const onSave = () => {
    if (hasLocalProblems) return;
    const facts: Record<string, RebateFacts> = Object.fromEntries(
      rows.map((row) => {
        const days = row.shootDays.trim();
        const share = row.localCrewPercent.trim().replace(",", ".");
        return [
          row.country,
          { ...(days ? { shootDays: Number(days) } : {}), ...(share ? { localCrewPercent: share } : {}) },
        ];
      }),
    );
    void save((version) =>
      budgetApi.updateSettings(projectId, budgetId, version, {
        rebateFacts: rows.length === 0 ? null : facts,
      }),
    );
  };
  const unused = (current: string) =>
    countryCodes.filter((code) => code === current || !rows.some((row) => row.country === code));
  const isShownByFields = rows.some((row) => keyFieldError(error, `rebateFacts.${row.country}`));
  const partnerCountries = read.document.partners.flatMap((partner) =>
    partner.country ? [partner.country] : [],
  );
  const nextCountry = [...partnerCountries, ...countryCodes].find(
    (code) => !rows.some((row) => row.country === code),
  );

  return (
    <Panel id="budget-rebate-facts" title={t("budget.rebateFacts.title")} meta={t("budget.rebateFacts.meta")}>
      <p className="small muted">{t("budget.rebateFacts.intro")}</p>
      {rows.length === 0 ? <p className="muted">{t("budget.rebateFacts.empty")}</p> : null}
      {rows.length > 0 ? (
        <table className="table budget-settings-table" data-testid="budget-rebate-facts">
          <thead>
            <tr>
              <th>{t("budget.rebateFacts.country")}</th>
              <th className="numeric">{t("budget.rebateFacts.shootDays")}</th>
              <th className="numeric">{t("budget.rebateFacts.localCrew")}</th>
              {canEdit ? <th aria-label={t("budget.line.actions")} /> : null}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, index) => {
              const problem = localProblem(row, index);
              const refused = keyFieldError(error, `rebateFacts.${row.country}`);
              return (
                <tr key={index}>
                  <td>
                    {canEdit ? (
                      <select
                        className="budget-settings-input"
                        aria-label={t("budget.rebateFacts.country")}
                        value={row.country}
                        onChange={(event) => change(index, { country: event.target.value })}
                      >
                        {unused(row.country).map((code) => (
                          <option key={code} value={code}>
                            {code} · {countryName(code, locale)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      `${row.country} · ${countryName(row.country, locale)}`
                    )}
                    {problem ? <div className="budget-cell__error">{problem}</div> : null}
                    {refused ? <div className="budget-cell__error">{problemText(refused)}</div> : null}
                  </td>
                  <td className="numeric">
                    {canEdit ? (
                      <input
                        className="budget-settings-input budget-settings-input--number"
                        aria-label={t("budget.rebateFacts.shootDaysOf", { country: row.country })}
                        inputMode="numeric"
                        value={row.shootDays}
                        onChange={(event) => change(index, { shootDays: event.target.value })}
                      />
                    ) : (
                      row.shootDays || "—"
                    )}
                  </td>
                  <td className="numeric">
                    {canEdit ? (
                      <input
                        className="budget-settings-input budget-settings-input--number"
                        aria-label={t("budget.rebateFacts.localCrewOf", { country: row.country })}
                        inputMode="decimal"
                        value={row.localCrewPercent}
                        onChange={(event) => change(index, { localCrewPercent: event.target.value })}
                      />
                    ) : (
                      row.localCrewPercent || "—"
                    )}
                  </td>
                  {canEdit ? (
                    <td className="budget-line__actions">
                      <button
                        type="button"
                        className="link-button budget-line__remove"
                        aria-label={t("budget.rebateFacts.remove", { country: row.country })}
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
            disabled={!nextCountry}
            onClick={() =>
              nextCountry && setRows([...rows, { country: nextCountry, shootDays: "", localCrewPercent: "" }])
            }
          >
            + {t("budget.rebateFacts.add")}
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
