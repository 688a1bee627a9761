// Fetching a bank's rates for a day straight from its address. The server, not the browser, asks the bank, and a
// server often cannot reach it (a closed network, the bank's own limits): then the answer says so plainly and
// points to the saved-file import, which always works.
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { ApiError } from "../../api/client.ts";
import { useT } from "../../i18n/locale.tsx";
import type { MessageKey } from "../../i18n/messages.ru.ts";
import { fieldError, useErrorText } from "../../ui/errors.ts";
import { Field } from "../../ui/form.tsx";
import { Notice, Panel } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import { rateSources, type RateSource } from "../types.ts";
import { useMoneyChanged } from "../queries.ts";
import { useSourceName } from "./source-names.ts";
import { StoredNotice } from "./StoredNotice.tsx";

const bankErrors: Partial<Record<string, MessageKey>> = {
  BANK_UNREACHABLE: "money.rates.fetch.unreachable",
  BANK_BAD_ANSWER: "money.rates.fetch.badAnswer",
  NO_RATE: "money.rates.fetch.noRate",
  ALREADY_EXISTS: "money.rates.fetch.exists",
};

function today(): string {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function BankFetch({ projectId, onStored }: { projectId: string; onStored: (id: string) => void }) {
  const t = useT();
  const errorText = useErrorText();
  const sourceName = useSourceName();
  const changed = useMoneyChanged(projectId);
  const [source, setSource] = useState<RateSource>("cbr");
  const [date, setDate] = useState(today);
  const [replace, setReplace] = useState(false);
  const fetchRates = useMutation({
    mutationFn: () => moneyApi.fetchRates(projectId, { source, date, ...(replace ? { replace } : {}) }),
    onSuccess: async (stored) => {
      await changed();
      onStored(stored.table.id);
    },
  });
  const error = fetchRates.error;
  const known = error instanceof ApiError ? bankErrors[error.code] : undefined;
  return (
    <Panel title={t("money.rates.fetch.title")}>
      <form
        className="money-rates-form"
        aria-label={t("money.rates.fetch.title")}
        onSubmit={(event) => {
          event.preventDefault();
          fetchRates.mutate();
        }}
      >
        <p className="money-intro">{t("money.rates.fetch.intro")}</p>
        <div className="money-rates-form__row">
          <Field label={t("money.rates.fetch.bank")} error={fieldError(error, "source")}>
            {(props) => (
              <select
                {...props}
                value={source}
                onChange={(event) => setSource(event.target.value as RateSource)}
              >
                {rateSources.map((entry) => (
                  <option key={entry} value={entry}>
                    {sourceName(entry)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t("money.rates.date")} error={fieldError(error, "date")}>
            {(props) => (
              <input
                {...props}
                type="date"
                required
                value={date}
                onChange={(event) => setDate(event.target.value)}
              />
            )}
          </Field>
        </div>
        <label className="checkbox">
          <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />{" "}
          {t("money.rates.replace")}
        </label>
        {fetchRates.isPending ? (
          <div className="loading" role="status">
            <span className="loading__spinner" aria-hidden="true" />
            {t("money.rates.fetch.pending", { bank: sourceName(source) })}
          </div>
        ) : null}
        {error ? (
          <Notice tone={known ? "warning" : "danger"}>
            <div data-testid="bank-fetch-error">
              {known ? t(known, { bank: sourceName(source) }) : errorText(error)}
              {known && error instanceof ApiError ? (
                <div className="muted small money-detail">{error.message}</div>
              ) : null}
            </div>
          </Notice>
        ) : null}
        {fetchRates.data ? (
          <StoredNotice stored={fetchRates.data} onClose={() => fetchRates.reset()} />
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetchRates.isPending || !date}>
            {t("money.rates.fetch.submit")}
          </button>
        </div>
      </form>
    </Panel>
  );
}
