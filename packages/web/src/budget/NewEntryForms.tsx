// Adding a category to the top sheet or an account to a category: a code and a name (and the side of the line);
// the server keeps them in code order and refuses a code the budget already has.
import { useState, type FormEvent, type ReactNode } from "react";
import type { FieldError } from "../api/client.ts";
import { useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { budgetApi } from "./api.ts";
import type { BudgetCategory } from "./types.ts";
import { isStale, useBudgetEditing } from "./editing.tsx";
import { keyFieldError, useProblemText } from "./labels.ts";

function useEntryForm() {
  const { edit } = useBudgetEditing();
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setIsSaving] = useState(false);
  const submit = async (send: Parameters<typeof edit>[0], done: () => void) => {
    setIsSaving(true);
    setError(null);
    try {
      await edit(send);
      done();
    } catch (caught) {
      if (!isStale(caught)) setError(caught);
    } finally {
      setIsSaving(false);
    }
  };
  return { error, isSaving, submit };
}

function EntryDisclosure({ summary, children }: { summary: string; children: ReactNode }) {
  return (
    <details className="budget-new-entry">
      <summary className="button button--ghost button--small">+ {summary}</summary>
      {children}
    </details>
  );
}

/** A duplicate code is reported by the core on the document path; the form shows it beside the code. */
function codeError(error: unknown): FieldError | undefined {
  const fields = (error as { fields?: FieldError[] } | null)?.fields ?? [];
  return fieldError(error, "code") ?? fields.find((field) => field.code === "DUPLICATE_CODE");
}

export function NewCategoryForm() {
  const t = useT();
  const errorText = useErrorText();
  const problemText = useProblemText();
  const { projectId, budgetId } = useBudgetEditing();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const [side, setSide] = useState<"above" | "below">("below");
  const { error, isSaving, submit } = useEntryForm();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(
      (version) => budgetApi.addCategory(projectId, budgetId, version, { code, name, side }),
      () => {
        setCode("");
        setName("");
      },
    );
  };
  const duplicate = codeError(error);
  return (
    <EntryDisclosure summary={t("budget.category.add")}>
      <form className="inline-form" onSubmit={onSubmit}>
        <div className="inline-form__row">
          <Field label={t("budget.entry.code")} error={duplicate ? problemText(duplicate) : undefined}>
            {(props) => (
              <input
                {...props}
                required
                maxLength={40}
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </Field>
          <Field label={t("budget.entry.name")} error={fieldError(error, "name")}>
            {(props) => (
              <input
                {...props}
                required
                maxLength={200}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <Field label={t("budget.entry.side")}>
            {(props) => (
              <select {...props} value={side} onChange={(e) => setSide(e.target.value as "above" | "below")}>
                <option value="above">{t("budget.side.above")}</option>
                <option value="below">{t("budget.side.below")}</option>
              </select>
            )}
          </Field>
          <div className="inline-form__actions">
            <button type="submit" className="button button--primary" disabled={isSaving}>
              {t("budget.entry.add")}
            </button>
          </div>
        </div>
        {error && !duplicate && !keyFieldError(error, "name") ? (
          <p className="budget-cell__error">{errorText(error)}</p>
        ) : null}
      </form>
    </EntryDisclosure>
  );
}

export function NewAccountForm({ category }: { category: BudgetCategory }) {
  const t = useT();
  const errorText = useErrorText();
  const problemText = useProblemText();
  const { projectId, budgetId } = useBudgetEditing();
  const [code, setCode] = useState("");
  const [name, setName] = useState("");
  const { error, isSaving, submit } = useEntryForm();
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void submit(
      (version) => budgetApi.addAccount(projectId, budgetId, version, category.code, { code, name }),
      () => {
        setCode("");
        setName("");
      },
    );
  };
  const duplicate = codeError(error);
  return (
    <EntryDisclosure summary={t("budget.account.add")}>
      <form className="inline-form" onSubmit={onSubmit}>
        <div className="inline-form__row">
          <Field label={t("budget.entry.code")} error={duplicate ? problemText(duplicate) : undefined}>
            {(props) => (
              <input
                {...props}
                required
                maxLength={40}
                value={code}
                onChange={(e) => setCode(e.target.value)}
              />
            )}
          </Field>
          <Field label={t("budget.entry.name")} error={fieldError(error, "name")}>
            {(props) => (
              <input
                {...props}
                required
                maxLength={200}
                value={name}
                onChange={(e) => setName(e.target.value)}
              />
            )}
          </Field>
          <div className="inline-form__actions">
            <button type="submit" className="button button--primary" disabled={isSaving}>
              {t("budget.entry.add")}
            </button>
          </div>
        </div>
        {error && !duplicate && !keyFieldError(error, "name") ? (
          <p className="budget-cell__error">{errorText(error)}</p>
        ) : null}
      </form>
    </EntryDisclosure>
  );
}
