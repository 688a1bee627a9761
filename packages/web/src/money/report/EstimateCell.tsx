// An account's estimate to complete (прогноз до завершения) in the cost report: the rest of its budget until the
// accountant enters what is really still to be spent; then that, marked as entered, with who entered it and when.
// A click (or Enter) opens it; Enter saves, Esc cancels; «↺» clears it back to the rest of the budget. The amount
// is typed in the report's currency, the way an accountant writes it ("1 250 000,50").
import { useState, type KeyboardEvent } from "react";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { useErrorText, useFieldErrorText } from "../../ui/errors.ts";
import { ApiError } from "../../api/client.ts";
import { moneyApi } from "../api.ts";
import type { CostReport } from "../types.ts";
import { formatDay, formatPlain, normalizeAmountInput } from "../format.ts";
import { useMoneyChanged } from "../queries.ts";

type Account = CostReport["accounts"][number];

export function EstimateCell({
  projectId,
  report,
  account,
  canEdit,
}: {
  projectId: string;
  report: CostReport;
  account: Account;
  canEdit: boolean;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const fieldText = useFieldErrorText();
  const changed = useMoneyChanged(projectId);
  const [draft, setDraft] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [isSaving, setIsSaving] = useState(false);
  const { estimate } = account;
  const shown = account.estimateToComplete;
  const entered = estimate?.counted === true;

  const fail = (caught: unknown) => {
    const field =
      caught instanceof ApiError ? (caught.field("amount") ?? caught.field("currency")) : undefined;
    setError(field ? fieldText(field) : errorText(caught));
  };
  const run = async (send: () => Promise<unknown>) => {
    setIsSaving(true);
    setError(null);
    try {
      await send();
      await changed();
      setDraft(null);
    } catch (caught) {
      // Someone changed the estimate meanwhile: show theirs, and say so.
      if (caught instanceof ApiError && caught.code === "VERSION_CONFLICT") await changed();
      fail(caught);
    } finally {
      setIsSaving(false);
    }
  };
  const save = (text: string) => {
    const typed = normalizeAmountInput(text);
    // "1,250,000.50" as English writes it: the commas group thousands.
    const amount = /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$/u.test(typed) ? typed.replaceAll(",", "") : typed;
    if (!/^\d+(?:\.\d+)?$/u.test(amount)) return setError(t("money.etc.badAmount"));
    if (amount === normalizeAmountInput(shown.amount) && entered) return setDraft(null);
    void run(() =>
      moneyApi.setEstimate(projectId, report.budget.id, account.code, {
        amount,
        currency: report.currency,
        ...(estimate ? { version: estimate.version } : {}),
      }),
    );
  };
  const clear = () => {
    if (!estimate) return;
    void run(() => moneyApi.clearEstimate(projectId, report.budget.id, account.code, estimate.version));
  };
  const title = estimate
    ? t(estimate.counted ? "money.etc.entered" : "money.etc.notCounted", {
        amount: formatPlain(estimate.amount.amount, estimate.amount.currency, locale),
        currency: estimate.amount.currency,
        name: estimate.updatedBy?.name ?? "—",
        date: formatDay(estimate.updatedAt.slice(0, 10), locale),
      })
    : t("money.etc.computed");

  if (draft !== null) {
    const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
      if (event.key === "Enter") {
        event.preventDefault();
        save(draft);
      } else if (event.key === "Escape") {
        event.preventDefault();
        setDraft(null);
        setError(null);
      }
    };
    return (
      <div className="money-etc money-etc--open">
        <input
          className="money-etc__input"
          aria-label={t("money.etc.label", { code: account.code, currency: report.currency })}
          aria-invalid={error ? true : undefined}
          autoFocus
          inputMode="decimal"
          value={draft}
          readOnly={isSaving}
          onChange={(event) => {
            setDraft(event.target.value);
            setError(null);
          }}
          onKeyDown={onKeyDown}
        />
        {error ? (
          <div className="money-etc__error" role="alert">
            {error}
          </div>
        ) : null}
      </div>
    );
  }
  return (
    <div className="money-etc" data-testid={`etc-${account.code}`} data-entered={entered ? "yes" : "no"}>
      <span className="money-etc__line">
        {canEdit ? (
          <button
            type="button"
            className="money-etc__value"
            title={title}
            aria-label={t("money.etc.edit", { code: account.code })}
            onClick={() => setDraft(entered ? shown.amount : "")}
          >
            {formatPlain(shown.amount, report.currency, locale)}
          </button>
        ) : (
          <span title={title}>{formatPlain(shown.amount, report.currency, locale)}</span>
        )}
        {estimate ? (
          <span
            className={`money-etc__mark money-etc__mark--${entered ? "entered" : "warning"}`}
            title={title}
          >
            {entered ? t("money.etc.markEntered") : "!"}
          </span>
        ) : null}
        {canEdit && estimate ? (
          <button
            type="button"
            className="link-button money-etc__clear"
            aria-label={t("money.etc.clear", { code: account.code })}
            title={t("money.etc.clearTitle")}
            disabled={isSaving}
            onClick={clear}
          >
            ↺
          </button>
        ) : null}
      </span>
      {error ? (
        <div className="money-etc__error" role="alert">
          {error}
        </div>
      ) : null}
    </div>
  );
}
