// One cost kept by hand in the studio's own books: added, or corrected naming the version it was read at. The
// amount is sent as the exact decimal typed; the server checks it against the currency's decimals and says why, and
// checks the account against the budget version the reports open on, as the import does.
import { useState, type FormEvent } from "react";
import { useMutation } from "@tanstack/react-query";
import type { ProjectDetail } from "../../api/types.ts";
import { countryCodes, countryName, currencyCodes } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { fieldError, useErrorText } from "../../ui/errors.ts";
import { Field } from "../../ui/form.tsx";
import { Notice } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import type { Actual, ActualInput } from "../types.ts";
import { normalizeAmountInput } from "../format.ts";
import { defaultBudget, useBudgets, useMoneyChanged } from "../queries.ts";

interface Draft {
  date: string;
  vendor: string;
  account: string;
  description: string;
  currency: string;
  amount: string;
  country: string;
  reference: string;
}

function initialDraft(detail: ProjectDetail, actual: Actual | undefined): Draft {
  if (actual) {
    const { date, vendor, account, description, currency, amount, country } = actual;
    return {
      date,
      vendor,
      account,
      description,
      currency,
      amount,
      country,
      reference: actual.reference ?? "",
    };
  }
  const own = detail.partners.find((partner) => partner.organizationId === detail.organizationId);
  return {
    date: "",
    vendor: "",
    account: "",
    description: "",
    currency: own?.currency ?? "RUB",
    amount: "",
    country: own?.country ?? "RU",
    reference: "",
  };
}

export function ActualForm({
  detail,
  accounts,
  actual,
  onDone,
}: {
  detail: ProjectDetail;
  accounts: ReadonlyMap<string, string>;
  actual?: Actual;
  onDone: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const projectId = detail.project.id;
  const changed = useMoneyChanged(projectId);
  const budgets = useBudgets(projectId, detail.permissions.includes("budget.read"));
  const budget = budgets.data && accounts.size > 0 ? defaultBudget(budgets.data) : undefined;
  const [draft, setDraft] = useState<Draft>(() => initialDraft(detail, actual));
  const set = (key: keyof Draft) => (value: string) => setDraft((current) => ({ ...current, [key]: value }));
  const save = useMutation({
    mutationFn: (input: ActualInput) =>
      actual
        ? moneyApi.changeActual(projectId, actual.id, { ...input, version: actual.version })
        : moneyApi.addActual(projectId, input),
    onSuccess: async () => {
      await changed();
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate({
      date: draft.date,
      vendor: draft.vendor.trim(),
      account: draft.account.trim(),
      description: draft.description.trim(),
      currency: draft.currency,
      amount: normalizeAmountInput(draft.amount),
      country: draft.country,
      reference: draft.reference.trim() === "" ? null : draft.reference.trim(),
      // A correction is checked only when it changes the account: an old cost keeps what it was booked against.
      ...(budget && (!actual || actual.account !== draft.account.trim()) ? { budgetId: budget.id } : {}),
    });
  };
  const error = save.error;
  const listId = `accounts-${actual?.id ?? "new"}`;
  return (
    <form
      className="form money-form"
      aria-label={actual ? t("money.form.editTitle") : t("money.form.add")}
      onSubmit={submit}
    >
      <div className="money-form__grid">
        <Field label={t("money.col.date")} error={fieldError(error, "date")}>
          {(props) => (
            <input
              {...props}
              type="date"
              required
              value={draft.date}
              onChange={(e) => set("date")(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("money.col.vendor")} wide error={fieldError(error, "vendor")}>
          {(props) => (
            <input
              {...props}
              required
              maxLength={300}
              value={draft.vendor}
              onChange={(e) => set("vendor")(e.target.value)}
            />
          )}
        </Field>
        <Field
          label={t("money.col.account")}
          hint={
            accounts.get(draft.account.trim()) ??
            (budget ? t("money.form.accountHint", { budget: budget.name }) : undefined)
          }
          error={fieldError(error, "account")}
        >
          {(props) => (
            <>
              <input
                {...props}
                required
                maxLength={50}
                list={listId}
                value={draft.account}
                onChange={(e) => set("account")(e.target.value)}
              />
              <datalist id={listId}>
                {[...accounts].map(([code, name]) => (
                  <option key={code} value={code}>
                    {name}
                  </option>
                ))}
              </datalist>
            </>
          )}
        </Field>
        <Field
          label={t("money.col.amount")}
          hint={t("money.form.amountHint")}
          error={fieldError(error, "amount")}
        >
          {(props) => (
            <input
              {...props}
              required
              inputMode="decimal"
              className="numeric"
              value={draft.amount}
              onChange={(e) => set("amount")(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("money.col.currency")} error={fieldError(error, "currency")}>
          {(props) => (
            <select {...props} value={draft.currency} onChange={(e) => set("currency")(e.target.value)}>
              {currencyCodes().map((code) => (
                <option key={code} value={code}>
                  {code}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("money.col.country")} error={fieldError(error, "country")}>
          {(props) => (
            <select {...props} value={draft.country} onChange={(e) => set("country")(e.target.value)}>
              {countryCodes.map((code) => (
                <option key={code} value={code}>
                  {countryName(code, locale)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("money.col.reference")} error={fieldError(error, "reference")}>
          {(props) => (
            <input
              {...props}
              maxLength={100}
              value={draft.reference}
              onChange={(e) => set("reference")(e.target.value)}
            />
          )}
        </Field>
        <Field label={t("money.col.description")} wide error={fieldError(error, "description")}>
          {(props) => (
            <input
              {...props}
              maxLength={2000}
              value={draft.description}
              onChange={(e) => set("description")(e.target.value)}
            />
          )}
        </Field>
      </div>
      {error ? <Notice tone="danger">{errorText(error)}</Notice> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t("common.saving") : t("common.save")}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
