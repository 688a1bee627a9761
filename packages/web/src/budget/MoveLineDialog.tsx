// Moving a detail line to another account (статья), in this category or another: it goes to the end of the chosen
// account, keeps its id, its own fields and what it inherits there. The server re-checks the whole budget, so a line
// that would lose its payer or its country in the new place is refused with the reason.
import { useState, type FormEvent } from "react";
import { useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { budgetApi } from "./api.ts";
import type { BudgetLine } from "./types.ts";
import { isStale, useBudgetEditing } from "./editing.tsx";
import { useProblemText } from "./labels.ts";
import { Modal } from "./Modal.tsx";

export function MoveLineDialog({
  line,
  from,
  onClose,
}: {
  line: BudgetLine;
  /** The account the line is in now. */
  from: string;
  onClose: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const problemText = useProblemText();
  const { projectId, budgetId, read, edit } = useBudgetEditing();
  const categories = read.document.categories
    .map((category) => ({ ...category, accounts: category.accounts.filter((a) => a.code !== from) }))
    .filter((category) => category.accounts.length > 0);
  const [target, setTarget] = useState(categories[0]?.accounts[0]?.code ?? "");
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setIsSaving] = useState(false);
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const account = categories.flatMap((category) => category.accounts).find((a) => a.code === target);
    if (!account) return;
    setIsSaving(true);
    setError(null);
    try {
      await edit((version) =>
        budgetApi.moveLine(projectId, budgetId, version, line.id, {
          account: account.code,
          index: account.lines.length,
        }),
      );
      onClose();
    } catch (caught) {
      if (isStale(caught)) onClose();
      else setError(caught);
    } finally {
      setIsSaving(false);
    }
  };
  const fields = (error as { fields?: { path: string; message: string; code?: string }[] } | null)?.fields;
  return (
    <Modal
      title={t("budget.move.title", { description: line.description })}
      onClose={onClose}
      testId="move-line"
    >
      <form className="budget-dialog__form" onSubmit={(event) => void onSubmit(event)}>
        <Field label={t("budget.move.to")} hint={t("budget.move.hint")}>
          {(props) => (
            <select {...props} autoFocus value={target} onChange={(event) => setTarget(event.target.value)}>
              {categories.map((category) => (
                <optgroup key={category.code} label={`${category.code} ${category.name}`}>
                  {category.accounts.map((account) => (
                    <option key={account.code} value={account.code}>
                      {account.code} {account.name}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
        {error ? (
          <p className="budget-cell__error" role="alert">
            {fields?.[0] ? problemText(fields[0]) : errorText(error)}
          </p>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={isSaving || !target}>
            {t("budget.move.submit")}
          </button>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </Modal>
  );
}
