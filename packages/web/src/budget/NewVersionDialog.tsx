// Starting a budget version: from the feature or series template (Russian or English chart of accounts), as a copy
// of another version (a copy of a locked one shows its variance against it), from a kinomost-budget JSON file
// (with the upload's progress), or empty. A draft may be kept private to the caller's studio.
import { useState, type FormEvent } from "react";
import { useQueryClient } from "@tanstack/react-query";
import type { ProjectDetail } from "../api/types.ts";
import { pickText } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { fieldError, useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { budgetApi, importBudget } from "./api.ts";
import type { BudgetRead, BudgetSummary } from "./types.ts";
import { useProblemText } from "./labels.ts";
import { Modal } from "./Modal.tsx";
import { budgetKeys } from "./queries.ts";
import { orderVersions } from "./VersionsBar.tsx";

type Start = "template" | "copy" | "import" | "empty";
const baseCurrencies = ["RUB", "BYN", "KZT", "UZS", "KGS", "TJS", "USD", "EUR", "CNY"];

export function NewVersionDialog({
  projectId,
  detail,
  budgets,
  source,
  onCreated,
  onClose,
}: {
  projectId: string;
  detail: ProjectDetail;
  budgets: readonly BudgetSummary[];
  /** The version to copy when the dialog opens from it («Новая версия на основе этой»). */
  source?: BudgetSummary;
  onCreated: (budgetId: string) => void;
  onClose: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const problemText = useProblemText();
  const queryClient = useQueryClient();
  const own = detail.partners.find((partner) => partner.organizationId === detail.organizationId);
  const [start, setStart] = useState<Start>(source ? "copy" : budgets.length === 0 ? "template" : "copy");
  const [name, setName] = useState(t("budget.new.defaultName", { number: budgets.length + 1 }));
  const [kind, setKind] = useState<"feature" | "series">(
    detail.project.kind === "series" ? "series" : "feature",
  );
  const [language, setLanguage] = useState<"ru" | "en">(locale === "en" ? "en" : "ru");
  const [baseCurrency, setBaseCurrency] = useState(own?.currency ?? "RUB");
  const [copyFrom, setCopyFrom] = useState(source?.id ?? orderVersions(budgets).at(-1)?.id ?? "");
  const [file, setFile] = useState<File | null>(null);
  const [isPrivate, setIsPrivate] = useState(false);
  const [sent, setSent] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setIsSaving] = useState(false);
  const privateTo = isPrivate ? detail.organizationId : undefined;

  const send = (): Promise<BudgetRead> => {
    if (start === "copy")
      return budgetApi.create(projectId, { name, copyFrom, privateTo: privateTo ?? null });
    if (start === "import") {
      setSent(0);
      return importBudget(
        projectId,
        {
          file: file as File,
          name,
          ...(privateTo ? { privateTo } : {}),
        },
        setSent,
      );
    }
    return budgetApi.create(projectId, {
      name,
      baseCurrency,
      ...(start === "template" ? { template: { kind, language } } : {}),
      ...(privateTo ? { privateTo } : {}),
    });
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setIsSaving(true);
    setError(null);
    try {
      const created = await send();
      await queryClient.invalidateQueries({ queryKey: budgetKeys.list(projectId) });
      onCreated(created.budget.id);
    } catch (caught) {
      setError(caught);
      setSent(null);
    } finally {
      setIsSaving(false);
    }
  };
  const fileProblems = (
    (error as { fields?: { path: string; message: string; code?: string }[] } | null)?.fields ?? []
  ).filter((field) => field.path !== "name");
  const starts: Start[] =
    budgets.length > 0 ? ["template", "copy", "import", "empty"] : ["template", "import", "empty"];

  return (
    <Modal
      title={source ? t("budget.new.fromTitle", { name: source.name }) : t("budget.new.title")}
      onClose={onClose}
      testId="new-version-dialog"
    >
      <form className="budget-dialog__form" onSubmit={(event) => void onSubmit(event)}>
        <Field label={t("budget.new.name")} error={fieldError(error, "name")}>
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
        {source ? null : (
          <fieldset className="budget-dialog__starts">
            <legend className="field__label">{t("budget.new.start")}</legend>
            {starts.map((option) => (
              <label key={option} className="choice">
                <input
                  type="radio"
                  name="start"
                  checked={start === option}
                  onChange={() => setStart(option)}
                />
                <span>
                  <strong>{t(`budget.new.start.${option}`)}</strong>
                  <span className="small muted"> — {t(`budget.new.start.${option}Hint`)}</span>
                </span>
              </label>
            ))}
          </fieldset>
        )}
        {start === "template" ? (
          <div className="inline-form__row">
            <Field label={t("budget.new.kind")}>
              {(props) => (
                <select
                  {...props}
                  value={kind}
                  onChange={(e) => setKind(e.target.value as "feature" | "series")}
                >
                  <option value="feature">{t("budget.new.kind.feature")}</option>
                  <option value="series">{t("budget.new.kind.series")}</option>
                </select>
              )}
            </Field>
            <Field label={t("budget.new.language")}>
              {(props) => (
                <select
                  {...props}
                  value={language}
                  onChange={(e) => setLanguage(e.target.value as "ru" | "en")}
                >
                  <option value="ru">{t("locale.ru")}</option>
                  <option value="en">{t("locale.en")}</option>
                </select>
              )}
            </Field>
          </div>
        ) : null}
        {start === "template" || start === "empty" ? (
          <Field
            label={t("budget.new.baseCurrency")}
            hint={t("budget.new.baseCurrencyHint")}
            error={fieldError(error, "baseCurrency")}
          >
            {(props) => (
              <select {...props} value={baseCurrency} onChange={(e) => setBaseCurrency(e.target.value)}>
                {[...new Set([baseCurrency, ...baseCurrencies])].map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {start === "copy" && !source ? (
          <Field label={t("budget.new.copyFrom")} hint={t("budget.new.copyHint")}>
            {(props) => (
              <select {...props} value={copyFrom} onChange={(e) => setCopyFrom(e.target.value)}>
                {orderVersions(budgets).map((budget) => (
                  <option key={budget.id} value={budget.id}>
                    {budget.name} ·{" "}
                    {t(budget.status === "locked" ? "budget.status.locked" : "budget.status.draft")}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        {source?.status === "locked" ? <p className="small muted">{t("budget.new.copyHint")}</p> : null}
        {start === "import" ? (
          <Field label={t("budget.new.file")} hint={t("budget.new.fileHint")}>
            {(props) => (
              <input
                {...props}
                type="file"
                accept=".json,application/json"
                required
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            )}
          </Field>
        ) : null}
        {sent !== null ? <ImportProgress sent={sent} /> : null}
        <label className="choice">
          <input type="checkbox" checked={isPrivate} onChange={(e) => setIsPrivate(e.target.checked)} />
          <span>
            {t("budget.new.private", { studio: own ? pickText(own.names, locale) : "" })}
            <span className="small muted"> — {t("budget.new.privateHint")}</span>
          </span>
        </label>
        {error && !fieldError(error, "name") ? (
          <div className="notice notice--danger" role="alert">
            <div className="notice__text">
              {start === "import"
                ? errorText(error, { VALIDATION_FAILED: "budget.new.fileRefused" })
                : errorText(error)}
              {fileProblems.length > 0 ? (
                <ul className="budget-problems">
                  {fileProblems.slice(0, 8).map((problem) => (
                    <li key={`${problem.path}:${problem.message}`}>
                      <code>{problem.path}</code> — {problemText(problem)}
                    </li>
                  ))}
                  {fileProblems.length > 8 ? (
                    <li>{t("budget.new.moreProblems", { count: fileProblems.length - 8 })}</li>
                  ) : null}
                </ul>
              ) : null}
            </div>
          </div>
        ) : null}
        <div className="form__actions">
          <button
            type="submit"
            className="button button--primary"
            disabled={isSaving || (start === "import" && !file)}
          >
            {isSaving ? t("common.saving") : t("budget.new.create")}
          </button>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t("common.cancel")}
          </button>
        </div>
      </form>
    </Modal>
  );
}

function ImportProgress({ sent }: { sent: number }) {
  const t = useT();
  const percent = Math.round(sent * 100);
  const state = sent < 1 ? "sending" : "processing";
  const text = state === "sending" ? t("budget.new.sending", { percent }) : t("budget.new.checking");
  return (
    <div className={`upload-progress upload-progress--${state}`} data-testid="budget-import-progress">
      <div
        className="upload-progress__track"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-valuetext={text}
      >
        <span className="upload-progress__bar" style={{ width: `${percent}%` }} />
      </div>
      <span className="upload-progress__text" aria-live="polite">
        {text}
      </span>
    </div>
  );
}
