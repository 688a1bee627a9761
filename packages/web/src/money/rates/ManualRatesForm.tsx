// A table of rates typed in by hand — an agreed budget rate, the accountant's month-end rates, a bank that is not
// among the six: so many base units for a nominal of each currency, each rate an exact decimal. Rows left without
// a rate are not sent; the server names every bad one by its row.
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { ApiError } from "../../api/client.ts";
import type { ProjectDetail } from "../../api/types.ts";
import { currencyCodes } from "../../i18n/format.ts";
import { useT } from "../../i18n/locale.tsx";
import { fieldError, useErrorText, useFieldErrorText } from "../../ui/errors.ts";
import { Field } from "../../ui/form.tsx";
import { Notice, Panel } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import { normalizeAmountInput } from "../format.ts";
import { useMoneyChanged } from "../queries.ts";
import { StoredNotice } from "./StoredNotice.tsx";

interface QuoteDraft {
  currency: string;
  nominal: string;
  value: string;
}

const suggestedNominal: Record<string, string> = { KZT: "100", UZS: "10000", KGS: "10", AMD: "100" };

export function ManualRatesForm({
  projectId,
  detail,
  onStored,
}: {
  projectId: string;
  detail: ProjectDetail;
  onStored: (id: string) => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const wordField = useFieldErrorText();
  const changed = useMoneyChanged(projectId);
  const [date, setDate] = useState("");
  const [base, setBase] = useState("RUB");
  const [replace, setReplace] = useState(false);
  const [quotes, setQuotes] = useState<QuoteDraft[]>(() =>
    [...new Set(detail.partners.flatMap((partner) => (partner.currency ? [partner.currency] : [])))]
      .filter((currency) => currency !== "RUB")
      .map((currency) => ({ currency, nominal: suggestedNominal[currency] ?? "1", value: "" })),
  );
  const [sentRows, setSentRows] = useState<number[]>([]);
  const save = useMutation({
    mutationFn: () => {
      const filled = quotes.flatMap((quote, index) => (quote.value.trim() ? [index] : []));
      setSentRows(filled);
      return moneyApi.enterRates(projectId, {
        date,
        base,
        ...(replace ? { replace } : {}),
        quotes: filled.map((index) => {
          const quote = quotes[index]!;
          const nominal = Number(quote.nominal);
          return {
            currency: quote.currency.trim().toUpperCase(),
            ...(Number.isInteger(nominal) && nominal > 0 ? { nominal } : {}),
            value: normalizeAmountInput(quote.value),
          };
        }),
      });
    },
    onSuccess: async (stored) => {
      setQuotes((current) => current.map((quote) => ({ ...quote, value: "" })));
      await changed();
      onStored(stored.table.id);
    },
  });
  const error = save.error;
  const rowError = (row: number, field: keyof QuoteDraft) => {
    const sent = sentRows.indexOf(row);
    return sent === -1 ? undefined : fieldError(error, `quotes.${sent}.${field}`);
  };
  const quotesError = fieldError(error, "quotes");
  const set = (row: number, key: keyof QuoteDraft, value: string) =>
    setQuotes((current) =>
      current.map((quote, index) => (index === row ? { ...quote, [key]: value } : quote)),
    );
  return (
    <Panel title={t("money.rates.manual.title")}>
      <form
        className="money-rates-form"
        aria-label={t("money.rates.manual.title")}
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate();
        }}
      >
        <p className="money-intro">{t("money.rates.manual.intro")}</p>
        <div className="money-rates-form__row">
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
          <Field label={t("money.rates.base")} error={fieldError(error, "base")}>
            {(props) => (
              <select {...props} value={base} onChange={(event) => setBase(event.target.value)}>
                {currencyCodes().map((code) => (
                  <option key={code} value={code}>
                    {code}
                  </option>
                ))}
              </select>
            )}
          </Field>
        </div>
        <table className="money-quotes-input">
          <thead>
            <tr>
              <th>{t("money.rates.currency")}</th>
              <th>{t("money.rates.nominal")}</th>
              <th>{t("money.rates.value", { base })}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {quotes.map((quote, row) => {
              const problems = (["currency", "nominal", "value"] as const).flatMap(
                (key) => rowError(row, key) ?? [],
              );
              return (
                <tr key={row} className={problems.length > 0 ? "money-quotes-input__bad" : undefined}>
                  <td>
                    <input
                      aria-label={t("money.rates.manual.currencyOf", { row: row + 1 })}
                      value={quote.currency}
                      maxLength={3}
                      className="money-input--code"
                      onChange={(event) => set(row, "currency", event.target.value)}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t("money.rates.manual.nominalOf", { row: row + 1 })}
                      value={quote.nominal}
                      inputMode="numeric"
                      className="numeric money-input--nominal"
                      onChange={(event) => set(row, "nominal", event.target.value)}
                    />
                  </td>
                  <td>
                    <input
                      aria-label={t("money.rates.manual.valueOf", { row: row + 1, currency: quote.currency })}
                      value={quote.value}
                      inputMode="decimal"
                      className="numeric"
                      onChange={(event) => set(row, "value", event.target.value)}
                    />
                    {problems.map((problem, index) => (
                      <div key={index} className="field__error">
                        {wordField(problem)}
                      </div>
                    ))}
                  </td>
                  <td>
                    <button
                      type="button"
                      className="button button--ghost button--small"
                      aria-label={t("money.rates.manual.removeRow", { row: row + 1 })}
                      onClick={() => setQuotes((current) => current.filter((_quote, index) => index !== row))}
                    >
                      ×
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        <button
          type="button"
          className="link-button money-add-row"
          onClick={() => setQuotes((current) => [...current, { currency: "", nominal: "1", value: "" }])}
        >
          {t("money.rates.manual.addRow")}
        </button>
        <label className="checkbox">
          <input type="checkbox" checked={replace} onChange={(event) => setReplace(event.target.checked)} />{" "}
          {t("money.rates.replace")}
        </label>
        {quotesError ? <Notice tone="danger">{t("money.rates.manual.noQuotes")}</Notice> : null}
        {error && !quotesError ? (
          <Notice tone="danger">
            {error instanceof ApiError && error.status === 409
              ? t("money.rates.manual.exists")
              : errorText(error)}
          </Notice>
        ) : null}
        {save.data ? <StoredNotice stored={save.data} onClose={() => save.reset()} /> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t("common.saving") : t("money.rates.manual.submit")}
          </button>
        </div>
      </form>
    </Panel>
  );
}
