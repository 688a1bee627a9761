// A small converter over the project's stored rates: an amount in one currency on a day, in another — the exact
// result, the rate as a fraction and as a decimal, the base it crossed (a cross rate through RUB), and the table
// it came from (the latest on or before the day).
import { useState, type SelectHTMLAttributes } from "react";
import { useMutation } from "@tanstack/react-query";
import { ApiError } from "../../api/client.ts";
import type { ProjectDetail } from "../../api/types.ts";
import { currencyCodes } from "../../i18n/format.ts";
import { useLocale, useT } from "../../i18n/locale.tsx";
import { fieldError, useErrorText } from "../../ui/errors.ts";
import { Field } from "../../ui/form.tsx";
import { Notice, Panel } from "../../ui/layout.tsx";
import { moneyApi } from "../api.ts";
import { rateSources } from "../types.ts";
import { formatAmount, formatDay, formatDecimal, normalizeAmountInput } from "../format.ts";
import { useSourceName } from "./source-names.ts";

export function Converter({ projectId, detail }: { projectId: string; detail: ProjectDetail }) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const sourceName = useSourceName();
  const own = detail.partners.find((partner) => partner.organizationId === detail.organizationId);
  const [from, setFrom] = useState(own?.currency && own.currency !== "RUB" ? own.currency : "KZT");
  const [to, setTo] = useState("RUB");
  const [date, setDate] = useState("");
  const [amount, setAmount] = useState("1000");
  const [source, setSource] = useState("");
  const convert = useMutation({
    mutationFn: () =>
      moneyApi.convert(projectId, {
        from,
        to,
        date,
        amount: normalizeAmountInput(amount),
        source: source || undefined,
      }),
  });
  const result = convert.data;
  const error = convert.error;
  return (
    <Panel id="converter" title={t("money.convert.title")}>
      <form
        className="money-converter"
        aria-label={t("money.convert.title")}
        onSubmit={(event) => {
          event.preventDefault();
          convert.mutate();
        }}
      >
        <div className="money-converter__row">
          <Field label={t("money.convert.amount")} error={fieldError(error, "amount")}>
            {(props) => (
              <input
                {...props}
                required
                inputMode="decimal"
                className="numeric"
                value={amount}
                onChange={(event) => setAmount(event.target.value)}
              />
            )}
          </Field>
          <Field label={t("money.convert.from")} error={fieldError(error, "from")}>
            {(props) => <CurrencySelect {...props} value={from} onChange={setFrom} />}
          </Field>
          <Field label={t("money.convert.to")} error={fieldError(error, "to")}>
            {(props) => <CurrencySelect {...props} value={to} onChange={setTo} />}
          </Field>

          <Field label={t("money.convert.date")} error={fieldError(error, "date")}>
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
          <Field label={t("money.convert.source")}>
            {(props) => (
              <select {...props} value={source} onChange={(event) => setSource(event.target.value)}>
                <option value="">{t("money.convert.anySource")}</option>
                {[...rateSources, "manual"].map((entry) => (
                  <option key={entry} value={entry}>
                    {sourceName(entry)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <div className="money-converter__submit">
            <button type="submit" className="button button--primary" disabled={convert.isPending || !date}>
              {t("money.convert.submit")}
            </button>
          </div>
        </div>
      </form>
      {error ? (
        <Notice tone={error instanceof ApiError && error.code === "NO_RATE" ? "warning" : "danger"}>
          {error instanceof ApiError && error.code === "NO_RATE"
            ? t("money.convert.noRate", { from, to, date: date ? formatDay(date, locale) : "" })
            : errorText(error)}
        </Notice>
      ) : null}
      {result ? (
        <div className="money-conversion" data-testid="conversion">
          <div className="money-conversion__result">
            {formatAmount(result.amount.value, result.amount.currency, locale)} ={" "}
            <strong>{formatAmount(result.converted.value, result.converted.currency, locale)}</strong>
          </div>
          <div className="small">
            {t("money.convert.rate", {
              from: result.amount.currency,
              to: result.converted.currency,
              rate: formatDecimal(result.rate.decimal.replace(/0+$/u, "").replace(/\.$/u, ""), locale),
            })}{" "}
            <span className="muted">
              {t("money.convert.exact", {
                numerator: result.rate.numerator,
                denominator: result.rate.denominator,
              })}
            </span>
          </div>
          {result.rate.via ? (
            <div className="small">{t("money.convert.via", { base: result.rate.via })}</div>
          ) : null}
          <div className="small muted">
            {result.table
              ? t("money.convert.table", {
                  source: sourceName(result.table.source),
                  date: formatDay(result.table.date, locale),
                  base: result.table.base,
                })
              : t("money.convert.same")}
          </div>
        </div>
      ) : null}
    </Panel>
  );
}

function CurrencySelect({
  value,
  onChange,
  ...props
}: { value: string; onChange: (value: string) => void } & Omit<
  SelectHTMLAttributes<HTMLSelectElement>,
  "value" | "onChange"
>) {
  return (
    <select {...props} value={value} onChange={(event) => onChange(event.target.value)}>
      {currencyCodes().map((code) => (
        <option key={code} value={code}>
          {code}
        </option>
      ))}
    </select>
  );
}
