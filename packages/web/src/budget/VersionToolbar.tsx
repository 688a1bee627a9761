// What can be done with the open version: lock it as the approved original (producers only, after a confirmation
// that says what locking means), start a new version from it, delete a draft, choose the currency the totals are
// shown in, and download it as PDF, XLSX, CSV or the kinomost-budget JSON file.
import { useState } from "react";
import { useQueryClient } from "@tanstack/react-query";
import { formatIsoDate } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { budgetApi } from "./api.ts";
import type { BudgetRead, ExportFormat } from "./types.ts";
import { formatMoney } from "./amounts.ts";
import { Modal } from "./Modal.tsx";
import { budgetKeys } from "./queries.ts";

const formats: ExportFormat[] = ["pdf", "xlsx", "csv", "json"];

export function VersionToolbar({
  projectId,
  read,
  currency,
  mayEdit,
  mayLock,
  onCurrency,
  onNewVersion,
  onDeleted,
}: {
  projectId: string;
  read: BudgetRead;
  /** The currency the totals are shown in. */
  currency: string;
  mayEdit: boolean;
  mayLock: boolean;
  onCurrency: (currency: string) => void;
  onNewVersion: () => void;
  onDeleted: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [isLocking, setIsLocking] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const { budget, document, totals } = read;
  const isDraft = budget.status === "draft";
  const currencies = [...new Set([document.baseCurrency, ...Object.keys(document.rates.perUnit).sort()])];
  const basedOn = budget.basedOn
    ? queryClient
        .getQueryData<{ budgets: { id: string; name: string }[] }>(budgetKeys.list(projectId))
        ?.budgets.find((other) => other.id === budget.basedOn)?.name
    : undefined;

  const remove = async () => {
    if (!window.confirm(t("budget.toolbar.deleteConfirm", { name: budget.name }))) return;
    setError(null);
    try {
      await budgetApi.remove(projectId, budget.id, budget.version);
      await queryClient.invalidateQueries({ queryKey: budgetKeys.list(projectId) });
      onDeleted();
    } catch (caught) {
      setError(caught);
      void queryClient.invalidateQueries({ queryKey: budgetKeys.version(projectId, budget.id) });
    }
  };

  return (
    <div className="budget-toolbar" data-testid="budget-toolbar">
      <div className="budget-toolbar__status">
        {isDraft ? (
          <span>
            {t("budget.toolbar.draft")}
            {basedOn ? ` · ${t("budget.toolbar.basedOn", { name: basedOn })}` : ""}
            {totals?.variance
              ? ` · ${t("budget.toolbar.comparedTo", { date: formatIsoDate(totals.variance.lockedOn, locale) })}`
              : ""}
          </span>
        ) : (
          <span>
            {t("budget.toolbar.locked", {
              date: budget.lockedAt ? formatIsoDate(budget.lockedAt.slice(0, 10), locale) : "",
            })}
          </span>
        )}
      </div>
      <div className="budget-toolbar__actions">
        {mayLock && isDraft ? (
          <button
            type="button"
            className="button button--small"
            onClick={() => setIsLocking(true)}
            disabled={!totals}
          >
            {t("budget.toolbar.lock")}
          </button>
        ) : null}
        {mayEdit ? (
          <button type="button" className="button button--small" onClick={onNewVersion}>
            {t(isDraft ? "budget.toolbar.copy" : "budget.toolbar.newVersion")}
          </button>
        ) : null}
        {mayEdit && isDraft ? (
          <button type="button" className="button button--ghost button--small" onClick={() => void remove()}>
            {t("budget.toolbar.delete")}
          </button>
        ) : null}
        <label className="budget-toolbar__currency">
          <span>{t("budget.toolbar.currency")}</span>
          <select
            className="select--compact"
            value={currency}
            onChange={(event) => onCurrency(event.target.value)}
          >
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </label>
        <span className="budget-toolbar__exports" role="group" aria-label={t("budget.toolbar.export")}>
          <span className="muted small">{t("budget.toolbar.export")}</span>
          {formats.map((format) =>
            totals || format === "json" ? (
              <a
                key={format}
                className="button button--ghost button--small"
                href={budgetApi.exportUrl(projectId, budget.id, format, { language: locale, currency })}
                download
              >
                {format.toUpperCase()}
              </a>
            ) : null,
          )}
        </span>
      </div>
      {error ? (
        <p className="budget-cell__error" role="alert">
          {errorText(error)}
        </p>
      ) : null}
      {isLocking && totals ? (
        <LockDialog
          projectId={projectId}
          read={read}
          onClose={() => setIsLocking(false)}
          total={`${formatMoney(totals.total.base, locale)} ${totals.total.base.currency}`}
        />
      ) : null}
    </div>
  );
}

function LockDialog({
  projectId,
  read,
  total,
  onClose,
}: {
  projectId: string;
  read: BudgetRead;
  total: string;
  onClose: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const queryClient = useQueryClient();
  const [error, setError] = useState<unknown>(null);
  const [isSaving, setIsSaving] = useState(false);
  const lock = async () => {
    setIsSaving(true);
    setError(null);
    try {
      await budgetApi.lock(projectId, read.budget.id, read.budget.version);
      await queryClient.invalidateQueries({ queryKey: budgetKeys.version(projectId, read.budget.id) });
      await queryClient.invalidateQueries({ queryKey: budgetKeys.list(projectId) });
      onClose();
    } catch (caught) {
      setError(caught);
      void queryClient.invalidateQueries({ queryKey: budgetKeys.version(projectId, read.budget.id) });
    } finally {
      setIsSaving(false);
    }
  };
  return (
    <Modal title={t("budget.lock.title", { name: read.budget.name })} onClose={onClose} testId="lock-dialog">
      <div className="budget-dialog__form">
        <p>{t("budget.lock.explain", { total })}</p>
        <p className="small muted">{t("budget.lock.after")}</p>
        {error ? (
          <p className="budget-cell__error" role="alert">
            {errorText(error, { VERSION_CONFLICT: "budget.notice.conflict" })}
          </p>
        ) : null}
        <div className="form__actions">
          <button
            type="button"
            className="button button--primary"
            disabled={isSaving}
            onClick={() => void lock()}
          >
            {t("budget.lock.confirm")}
          </button>
          <button type="button" className="button button--ghost" onClick={onClose}>
            {t("common.cancel")}
          </button>
        </div>
      </div>
    </Modal>
  );
}
