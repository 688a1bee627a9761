// Step one of an import: the file (.csv or .xlsx), the paying partner whose books it goes into (the lead producer's
// money people keep the books of any partner), the budget whose accounts each row must name, and whether refunds
// (negative amounts) are expected.
import { useId } from "react";
import type { ProjectDetail } from "../../api/types.ts";
import { useT } from "../../i18n/locale.tsx";
import { defaultBudget, useBudgets, usePartners } from "../queries.ts";
import { UploadProgress } from "../UploadProgress.tsx";
import type { ReadSettings } from "./ImportWizard.tsx";
import { FileErrors } from "./FileErrors.tsx";

const accepted = ".csv,.txt,.xlsx";

export function FileStep({
  detail,
  settings,
  onChange,
  onRead,
  reading,
  sent,
}: {
  detail: ProjectDetail;
  settings: ReadSettings;
  onChange: (settings: ReadSettings) => void;
  onRead: () => void;
  reading: { isPending: boolean; error: Error | null };
  sent: number;
}) {
  const t = useT();
  const ids = useId();
  const { partners, nameOf } = usePartners(detail);
  const budgets = useBudgets(detail.project.id, detail.permissions.includes("budget.read"));
  const isLead = detail.partners.some(
    (partner) => partner.organizationId === detail.organizationId && partner.role === "lead_producer",
  );
  const payers = isLead ? partners : partners.filter((partner) => partner.id === detail.organizationId);
  const approved = budgets.data ? defaultBudget(budgets.data) : undefined;
  return (
    <form
      className="money-import-step"
      aria-label={t("money.import.step.file")}
      onSubmit={(event) => {
        event.preventDefault();
        if (settings.file) onRead();
      }}
    >
      <div className="money-import-grid">
        <div className="field">
          <span className="field__label">{t("money.import.file")}</span>
          <div className="file-picker">
            <label className="button file-picker__button">
              {t("money.import.choose")}
              <input
                type="file"
                name="file"
                className="visually-hidden"
                accept={accepted}
                aria-label={t("money.import.file")}
                data-testid="actuals-file"
                onChange={(event) => onChange({ ...settings, file: event.target.files?.[0] ?? null })}
              />
            </label>
            <span className={settings.file ? "file-picker__name" : "file-picker__name muted"}>
              {settings.file?.name ?? t("money.import.noFile")}
            </span>
          </div>
          <div className="field__hint">{t("money.import.fileHint")}</div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-payer`}>
            {t("money.import.payer")}
          </label>
          {payers.length > 1 ? (
            <select
              id={`${ids}-payer`}
              value={settings.partnerId}
              onChange={(event) => onChange({ ...settings, partnerId: event.target.value })}
            >
              {payers.map((partner) => (
                <option key={partner.id} value={partner.id}>
                  {partner.name}
                </option>
              ))}
            </select>
          ) : (
            <output id={`${ids}-payer`} className="money-import-payer">
              {nameOf(settings.partnerId)}
            </output>
          )}
          <div className="field__hint">
            {isLead ? t("money.import.payerLeadHint") : t("money.import.payerHint")}
          </div>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`${ids}-budget`}>
            {t("money.import.budget")}
          </label>
          <select
            id={`${ids}-budget`}
            value={settings.budgetId ?? approved?.id ?? ""}
            onChange={(event) => onChange({ ...settings, budgetId: event.target.value })}
          >
            <option value="">{t("money.import.noBudgetCheck")}</option>
            {(budgets.data ?? []).map((budget) => (
              <option key={budget.id} value={budget.id}>
                {budget.name}
                {budget.status === "locked" ? ` · ${t("money.budget.locked")}` : ""}
              </option>
            ))}
          </select>
          <div className="field__hint">{t("money.import.budgetHint")}</div>
        </div>
        <label className="checkbox money-import-check">
          <input
            type="checkbox"
            checked={settings.allowNegative}
            onChange={(event) => onChange({ ...settings, allowNegative: event.target.checked })}
          />{" "}
          {t("money.import.allowNegative")}
        </label>
      </div>
      {reading.isPending ? <UploadProgress sent={sent} testId="import-progress" /> : null}
      <FileErrors error={reading.error} />
      <div className="form__actions">
        <button
          type="submit"
          className="button button--primary"
          disabled={!settings.file || reading.isPending}
        >
          {t("money.import.read")}
        </button>
      </div>
    </form>
  );
}
