// The version's name, the kind of project (the rebate rules' minimums differ by kind), the currency its totals are
// shown in by default, and the contingency (резерв на непредвиденные расходы): a percentage of all lines or of the
// below-the-line lines, added after fringes.
import { useT } from "../../i18n/locale.tsx";
import { fieldError } from "../../ui/errors.ts";
import { Field } from "../../ui/form.tsx";
import { Panel } from "../../ui/layout.tsx";
import { budgetApi } from "../api.ts";
import type { Contingency, ProjectKind } from "../types.ts";
import { useBudgetEditing } from "../editing.tsx";
import { keyFieldError, useProblemText } from "../labels.ts";
import { SaveBar } from "./SaveBar.tsx";
import { useDraft } from "./useDraft.ts";
import { useSettingsSave } from "./useSettingsSave.ts";

const projectKinds: readonly ProjectKind[] = ["feature", "series", "documentary", "animation"];

export function GeneralEditor() {
  const t = useT();
  const problemText = useProblemText();
  const { read, canEdit, projectId, budgetId } = useBudgetEditing();
  const { document, budget } = read;
  const { draft, setDraft, isDirty, reset } = useDraft({
    name: budget.name,
    displayCurrency: document.displayCurrency ?? "",
    projectKind: (document.projectKind ?? "") as ProjectKind | "",
    hasContingency: document.contingency !== undefined,
    percent: document.contingency?.percent ?? "5",
    scope: document.contingency?.scope ?? ("below" as Contingency["scope"]),
  });
  const { name, displayCurrency, projectKind, hasContingency, percent, scope } = draft;
  const { error, setError, isSaving, isSaved, save } = useSettingsSave();
  const currencies = [...new Set([document.baseCurrency, ...Object.keys(document.rates.perUnit).sort()])];
  const contingency = hasContingency ? { percent: percent.trim(), scope } : null;
  const percentError = keyFieldError(error, "contingency");
  const change = (patch: Partial<typeof draft>) => {
    setError(null);
    setDraft({ ...draft, ...patch });
  };
  const onSave = () =>
    void save((version) =>
      budgetApi.updateSettings(projectId, budgetId, version, {
        ...(name !== budget.name ? { name } : {}),
        displayCurrency: displayCurrency === "" ? null : displayCurrency,
        projectKind: projectKind === "" ? null : projectKind,
        contingency,
      }),
    );

  return (
    <Panel id="budget-general" title={t("budget.general.title")}>
      <div className="budget-general">
        <Field label={t("budget.general.name")} error={fieldError(error, "name")}>
          {(props) => (
            <input
              {...props}
              disabled={!canEdit}
              maxLength={200}
              value={name}
              onChange={(event) => change({ name: event.target.value })}
            />
          )}
        </Field>
        <Field label={t("budget.general.projectKind")} hint={t("budget.general.projectKindHint")}>
          {(props) => (
            <select
              {...props}
              disabled={!canEdit}
              value={projectKind}
              onChange={(event) => change({ projectKind: event.target.value as ProjectKind | "" })}
            >
              <option value="">{t("budget.general.projectKindNone")}</option>
              {projectKinds.map((kind) => (
                <option key={kind} value={kind}>
                  {t(`budget.general.kind.${kind}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("budget.general.displayCurrency")} hint={t("budget.general.displayCurrencyHint")}>
          {(props) => (
            <select
              {...props}
              disabled={!canEdit}
              value={displayCurrency}
              onChange={(event) => change({ displayCurrency: event.target.value })}
            >
              <option value="">{t("budget.general.asBase", { currency: document.baseCurrency })}</option>
              {currencies.map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <h3 className="budget-settings-subtitle">{t("budget.general.contingency")}</h3>
      <div className="budget-general">
        <label className="budget-whatif__item budget-general__switch">
          <input
            type="checkbox"
            disabled={!canEdit}
            checked={hasContingency}
            onChange={(event) => change({ hasContingency: event.target.checked })}
          />
          <span>{t("budget.general.hasContingency")}</span>
        </label>
        {hasContingency ? (
          <>
            <Field
              label={t("budget.general.percent")}
              error={percentError ? problemText(percentError) : undefined}
            >
              {(props) => (
                <input
                  {...props}
                  disabled={!canEdit}
                  inputMode="decimal"
                  className="budget-settings-input budget-settings-input--number"
                  value={percent}
                  onChange={(event) => change({ percent: event.target.value })}
                />
              )}
            </Field>
            <Field label={t("budget.general.scope")}>
              {(props) => (
                <select
                  {...props}
                  disabled={!canEdit}
                  value={scope}
                  onChange={(event) => change({ scope: event.target.value as Contingency["scope"] })}
                >
                  <option value="below">{t("budget.contingency.ofBelow")}</option>
                  <option value="all">{t("budget.contingency.ofAll")}</option>
                </select>
              )}
            </Field>
          </>
        ) : null}
      </div>
      {canEdit ? (
        <SaveBar
          isSaving={isSaving}
          isSaved={isSaved}
          isDirty={isDirty}
          error={error}
          isShownByFields={Boolean(fieldError(error, "name") || percentError)}
          onSave={onSave}
          onReset={reset}
        />
      ) : null}
    </Panel>
  );
}
