// Replacing the agreed rates: one row a currency and date — units of the reporting currency for one unit, as an
// exact decimal ("0.169831"), the date it holds for (empty: the whole agreement), and who set it.
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { api } from "../api/client.ts";
import type { Consortium } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { useErrorText, useKnownText } from "../ui/errors.ts";
import { Notice } from "../ui/layout.tsx";
import { normalizeDecimalInput } from "./decimal-input.ts";
import { dateWording, useConsortiumFieldError, type FieldWording } from "./field-errors.ts";
import { TableCellField } from "./InlineError.tsx";
import { CurrencySelect } from "./pickers.tsx";
import { useConsortiumChanged } from "./queries.ts";

/** Sources the catalog names; anything else is kept as typed. */
const knownSources = ["agreement", "cbr", "nbrb", "nbk", "nbt", "nbkr"] as const;
const perUnitWording: FieldWording = { invalid_format: "consortium.fieldError.rateFormat" };

interface RateRow {
  key: number;
  currency: string;
  perUnit: string;
  date: string;
  source: string;
}

export function RatesForm({
  projectId,
  consortium,
  currencies,
  onDone,
}: {
  projectId: string;
  consortium: Consortium;
  currencies: readonly string[];
  onDone: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const knownText = useKnownText();
  const fieldText = useConsortiumFieldError();
  const changed = useConsortiumChanged(projectId);
  const reporting = consortium.reportingCurrency;
  const otherCurrency = currencies.find((code) => code !== reporting) ?? "USD";
  const [rows, setRows] = useState<RateRow[]>(() =>
    consortium.rates.map((rate, index) => ({
      key: index,
      currency: rate.currency,
      perUnit: rate.perUnit,
      date: rate.date ?? "",
      source: rate.source,
    })),
  );
  const [nextKey, setNextKey] = useState(consortium.rates.length);
  const save = useMutation({
    mutationFn: () =>
      api.setRates(
        projectId,
        rows.map((row) => ({
          currency: row.currency,
          perUnit: normalizeDecimalInput(row.perUnit),
          date: row.date || null,
          source: row.source.trim(),
        })),
      ),
    onSuccess: async () => {
      await changed();
      onDone();
    },
  });
  const error = save.error;
  const update = (key: number, change: Partial<RateRow>) =>
    setRows(rows.map((row) => (row.key === key ? { ...row, ...change } : row)));
  return (
    <form
      className="inline-form rates-form"
      aria-label={t("consortium.rates.title")}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <p className="field__hint">{t("consortium.rates.formHint", { currency: reporting })}</p>
      <table className="schedule__table">
        <thead>
          <tr>
            <th scope="col">{t("consortium.rates.currency")}</th>
            <th scope="col">{t("consortium.rates.rate", { currency: reporting })}</th>
            <th scope="col">{t("consortium.rates.date")}</th>
            <th scope="col">{t("consortium.rates.source")}</th>
            <th scope="col">
              <span className="visually-hidden">{t("common.remove")}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key}>
              <td>
                <TableCellField error={fieldText(error, `rates.${index}.currency`)}>
                  <CurrencySelect
                    id={`rate-${row.key}-currency`}
                    aria-label={t("consortium.rates.currencyOf", { number: index + 1 })}
                    value={row.currency}
                    preferred={currencies}
                    onChange={(currency) => update(row.key, { currency })}
                  />
                </TableCellField>
              </td>
              <td>
                <TableCellField error={fieldText(error, `rates.${index}.perUnit`, perUnitWording)}>
                  <div className="rate-input">
                    <span className="muted">1 {row.currency} =</span>
                    <input
                      inputMode="decimal"
                      className="numeric"
                      aria-label={t("consortium.rates.rateOf", { number: index + 1 })}
                      required
                      value={row.perUnit}
                      onChange={(event) => update(row.key, { perUnit: event.target.value })}
                    />
                    <span className="muted">{reporting}</span>
                  </div>
                </TableCellField>
              </td>
              <td>
                <TableCellField error={fieldText(error, `rates.${index}.date`, dateWording)}>
                  <input
                    type="date"
                    aria-label={t("consortium.rates.dateOf", { number: index + 1 })}
                    value={row.date}
                    onChange={(event) => update(row.key, { date: event.target.value })}
                  />
                </TableCellField>
              </td>
              <td>
                <TableCellField error={fieldText(error, `rates.${index}.source`)}>
                  <select
                    aria-label={t("consortium.rates.sourceOf", { number: index + 1 })}
                    value={row.source}
                    onChange={(event) => update(row.key, { source: event.target.value })}
                  >
                    {(knownSources as readonly string[]).includes(row.source) ? null : (
                      <option value={row.source}>{row.source || "—"}</option>
                    )}
                    {knownSources.map((source) => (
                      <option key={source} value={source}>
                        {knownText(`consortium.rateSource.${source}`, source)}
                      </option>
                    ))}
                  </select>
                </TableCellField>
              </td>
              <td className="schedule__remove">
                <button
                  type="button"
                  className="button button--ghost button--small"
                  aria-label={t("consortium.rates.removeRow", { number: index + 1 })}
                  onClick={() => setRows(rows.filter((other) => other.key !== row.key))}
                >
                  ×
                </button>
              </td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr>
            <td colSpan={5}>
              <button
                type="button"
                className="button button--ghost button--small"
                disabled={rows.length >= 200}
                onClick={() => {
                  setRows([
                    ...rows,
                    { key: nextKey, currency: otherCurrency, perUnit: "", date: "", source: "agreement" },
                  ]);
                  setNextKey(nextKey + 1);
                }}
              >
                + {t("consortium.rates.addRow")}
              </button>
            </td>
          </tr>
        </tfoot>
      </table>
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
