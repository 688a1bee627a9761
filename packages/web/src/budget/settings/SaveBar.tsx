// The foot of a settings block: its save button, «Сохранено», and a refusal no field of the block could show.
import { useT } from "../../i18n/locale.tsx";
import { useErrorText } from "../../ui/errors.ts";
import { useProblemText } from "../labels.ts";

export function SaveBar({
  isSaving,
  isSaved,
  isDirty,
  error,
  isShownByFields,
  onSave,
  onReset,
}: {
  isSaving: boolean;
  isSaved: boolean;
  isDirty: boolean;
  error: unknown;
  /** Whether the block's fields already show every part of the refusal. */
  isShownByFields: boolean;
  onSave: () => void;
  onReset: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const problemText = useProblemText();
  const fields =
    (error as { fields?: { path: string; message: string; code?: string }[] } | null)?.fields ?? [];
  return (
    <div className="budget-savebar">
      <button
        type="button"
        className="button button--primary button--small"
        disabled={isSaving || !isDirty}
        onClick={onSave}
      >
        {isSaving ? t("common.saving") : t("common.save")}
      </button>
      {isDirty ? (
        <button type="button" className="button button--ghost button--small" onClick={onReset}>
          {t("common.cancel")}
        </button>
      ) : null}
      {isSaved && !isDirty ? (
        <span className="budget-savebar__saved">{t("budget.settings.saved")}</span>
      ) : null}
      {error && !isShownByFields ? (
        <span className="budget-cell__error" role="alert">
          {fields[0] ? problemText(fields[0]) : errorText(error)}
        </span>
      ) : null}
    </div>
  );
}
