// Recording a partner's commitment: денежный вклад or вклад в натуральной форме, its currency and the date of the
// agreed rate it is valued at, and its график платежей — each instalment a срок and an exact decimal amount.
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { api, type ContributionInput } from "../api/client.ts";
import type { Consortium } from "../api/types.ts";
import { formatDecimalMoney, formatIsoDate } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice } from "../ui/layout.tsx";
import { normalizeDecimalInput } from "./decimal-input.ts";
import { TableCellField } from "./InlineError.tsx";
import { amountWording, dateWording, useConsortiumFieldError } from "./field-errors.ts";
import { sumDecimals } from "./percent.ts";
import { CountrySelect, CurrencySelect } from "./pickers.tsx";
import { contributionsKey, useConsortiumChanged } from "./queries.ts";

const categories = ["studio", "crew", "equipment", "locations", "post-production", "other"] as const;

interface Instalment {
  key: number;
  due: string;
  amount: string;
}

/** The date of the one dated rate agreed for `currency`, the natural FX date of a new contribution in it. */
function agreedRateDate(consortium: Consortium, currency: string): string {
  const [only, ...others] = consortium.rates.filter(
    (rate) => rate.currency === currency && rate.date !== null,
  );
  return only && others.length === 0 ? (only.date ?? "") : "";
}

/** The schedule's sum, or null while an amount is not a decimal the currency can hold (a total rounded by the
 * formatter would hide the very digit the server is about to refuse). */
function exactTotal(amounts: readonly string[], currency: string): string | null {
  const total = sumDecimals(amounts);
  const digits = new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions()
    .maximumFractionDigits;
  const tooFine = amounts.some((amount) => (amount.split(".")[1]?.length ?? 0) > (digits ?? 2));
  return tooFine ? null : total;
}

export function ContributionForm({
  projectId,
  consortium,
  currencyOf,
  onDone,
}: {
  projectId: string;
  consortium: Consortium;
  /** A partner's own currency, the first guess for its contribution. */
  currencyOf: (organizationId: string) => string | undefined;
  onDone: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const errorText = useErrorText();
  const fieldText = useConsortiumFieldError();
  const changed = useConsortiumChanged(projectId);
  const partners = consortium.partners;
  const firstPartner = partners[0]?.organizationId ?? "";
  const firstCurrency = currencyOf(firstPartner) ?? consortium.reportingCurrency;
  const [organizationId, setOrganizationId] = useState(firstPartner);
  const [kind, setKind] = useState<ContributionInput["kind"]>("cash");
  const [category, setCategory] = useState<(typeof categories)[number]>("studio");
  const [description, setDescription] = useState("");
  const [currency, setCurrency] = useState(firstCurrency);
  const [fxDate, setFxDate] = useState(() => agreedRateDate(consortium, firstCurrency));
  const [territory, setTerritory] = useState("");
  const [source, setSource] = useState<"private" | "state">("private");
  const [instalments, setInstalments] = useState<Instalment[]>([{ key: 0, due: "", amount: "" }]);
  const [nextKey, setNextKey] = useState(1);

  const chooseCurrency = (code: string) => {
    setCurrency(code);
    setFxDate(agreedRateDate(consortium, code));
  };
  const total = exactTotal(
    instalments.map((row) => normalizeDecimalInput(row.amount) || "0"),
    currency,
  );
  const ratesOfCurrency = consortium.rates.filter((rate) => rate.currency === currency);
  const needsRate = currency !== consortium.reportingCurrency && ratesOfCurrency.length === 0;
  const countries = partners.map((partner) => partner.country);

  const save = useMutation({
    mutationFn: () => {
      const trimmed = description.trim();
      return api.addContribution(projectId, {
        organizationId,
        kind,
        ...(kind === "in-kind" ? { category } : {}),
        ...(trimmed ? { description: trimmed } : {}),
        currency,
        ...(fxDate ? { fxDate } : {}),
        ...(kind === "cash" && territory ? { territory } : {}),
        ...(kind === "cash" ? { source } : {}),
        instalments: instalments.map((row) => ({ due: row.due, amount: normalizeDecimalInput(row.amount) })),
      });
    },
    onSuccess: async () => {
      await changed(contributionsKey(projectId));
      onDone();
    },
  });
  const error = save.error;
  const updateInstalment = (key: number, change: Partial<Instalment>) =>
    setInstalments(instalments.map((row) => (row.key === key ? { ...row, ...change } : row)));

  return (
    <form
      className="inline-form contribution-form"
      aria-label={t("consortium.contribution.add")}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <div className="form form--grid contribution-form__grid">
        <Field label={t("consortium.column.partner")} error={fieldText(error, "organizationId")}>
          {(props) => (
            <select
              {...props}
              value={organizationId}
              onChange={(event) => {
                setOrganizationId(event.target.value);
                chooseCurrency(currencyOf(event.target.value) ?? consortium.reportingCurrency);
              }}
            >
              {partners.map((partner) => (
                <option key={partner.organizationId} value={partner.organizationId}>
                  {partner.name} ({partner.country})
                </option>
              ))}
            </select>
          )}
        </Field>
        <fieldset className="segmented" aria-label={t("consortium.contribution.kind")}>
          <legend className="field__label">{t("consortium.contribution.kind")}</legend>
          <div className="segmented__options">
            {(["cash", "in-kind"] as const).map((option) => (
              <label key={option} className="segmented__option">
                <input
                  type="radio"
                  name="kind"
                  value={option}
                  checked={kind === option}
                  onChange={() => setKind(option)}
                />
                {t(option === "cash" ? "consortium.contribution.cash" : "consortium.contribution.inKind")}
              </label>
            ))}
          </div>
        </fieldset>
        {kind === "in-kind" ? (
          <Field label={t("consortium.contribution.category")} error={fieldText(error, "category")}>
            {(props) => (
              <select
                {...props}
                value={category}
                onChange={(event) => setCategory(event.target.value as (typeof categories)[number])}
              >
                {categories.map((option) => (
                  <option key={option} value={option}>
                    {t(`consortium.category.${option}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : (
          <Field label={t("consortium.contribution.source")} error={fieldText(error, "source")}>
            {(props) => (
              <select
                {...props}
                value={source}
                onChange={(event) => setSource(event.target.value as "private" | "state")}
              >
                <option value="private">{t("consortium.source.private")}</option>
                <option value="state">{t("consortium.source.state")}</option>
              </select>
            )}
          </Field>
        )}
        <Field label={t("consortium.contribution.currency")} error={fieldText(error, "currency")}>
          {(props) => (
            <CurrencySelect
              {...props}
              value={currency}
              preferred={[consortium.reportingCurrency, ...consortium.rates.map((rate) => rate.currency)]}
              onChange={chooseCurrency}
            />
          )}
        </Field>
        <Field
          label={t("consortium.contribution.fxDate")}
          hint={
            currency === consortium.reportingCurrency
              ? t("consortium.contribution.fxDateReporting")
              : ratesOfCurrency.length > 0
                ? t("consortium.contribution.fxDateRates", {
                    dates: ratesOfCurrency
                      .map((rate) =>
                        rate.date ? formatIsoDate(rate.date, locale) : t("consortium.rates.anyDate"),
                      )
                      .join(", "),
                  })
                : undefined
          }
          error={fieldText(error, "fxDate", dateWording)}
        >
          {(props) => (
            <input
              {...props}
              type="date"
              value={fxDate}
              onChange={(event) => setFxDate(event.target.value)}
            />
          )}
        </Field>
        {kind === "cash" ? (
          <Field
            label={t("consortium.contribution.territory")}
            hint={t("consortium.contribution.territoryHint")}
            error={fieldText(error, "territory")}
          >
            {(props) => (
              <CountrySelect
                {...props}
                value={territory}
                preferred={countries}
                emptyLabel={t("common.notSet")}
                onChange={setTerritory}
              />
            )}
          </Field>
        ) : null}
        <Field label={t("consortium.contribution.description")} error={fieldText(error, "description")} wide>
          {(props) => (
            <input
              {...props}
              value={description}
              maxLength={500}
              placeholder={
                kind === "cash"
                  ? t("consortium.contribution.descriptionCash")
                  : t("consortium.contribution.descriptionInKind")
              }
              onChange={(event) => setDescription(event.target.value)}
            />
          )}
        </Field>
        {needsRate ? (
          <Notice tone="warning">{t("consortium.contribution.noRate", { currency })}</Notice>
        ) : null}
      </div>

      <fieldset className="schedule">
        <legend className="schedule__title">{t("consortium.contribution.schedule")}</legend>
        <table className="schedule__table">
          <thead>
            <tr>
              <th scope="col" className="schedule__number">
                №
              </th>
              <th scope="col">{t("consortium.column.due")}</th>
              <th scope="col">{t("consortium.contribution.amount", { currency })}</th>
              <th scope="col">
                <span className="visually-hidden">{t("common.remove")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {instalments.map((row, index) => {
              const dueError = fieldText(error, `instalments.${index}.due`, dateWording);
              const amountError = fieldText(error, `instalments.${index}.amount`, amountWording);
              return (
                <tr key={row.key}>
                  <td className="schedule__number">{index + 1}</td>
                  <td>
                    <TableCellField error={dueError}>
                      <input
                        type="date"
                        aria-label={t("consortium.contribution.dueOf", { number: index + 1 })}
                        aria-invalid={dueError ? true : undefined}
                        value={row.due}
                        required
                        onChange={(event) => updateInstalment(row.key, { due: event.target.value })}
                      />
                    </TableCellField>
                  </td>
                  <td>
                    <TableCellField error={amountError}>
                      <input
                        inputMode="decimal"
                        className="numeric"
                        aria-label={t("consortium.contribution.amountOf", { number: index + 1 })}
                        aria-invalid={amountError ? true : undefined}
                        placeholder="1 500 000,00"
                        value={row.amount}
                        required
                        onChange={(event) => updateInstalment(row.key, { amount: event.target.value })}
                      />
                    </TableCellField>
                  </td>
                  <td className="schedule__remove">
                    {instalments.length > 1 ? (
                      <button
                        type="button"
                        className="button button--ghost button--small"
                        aria-label={t("consortium.contribution.removeInstalment", { number: index + 1 })}
                        onClick={() => setInstalments(instalments.filter((other) => other.key !== row.key))}
                      >
                        ×
                      </button>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <td />
              <td>
                <button
                  type="button"
                  className="button button--ghost button--small"
                  disabled={instalments.length >= 60}
                  onClick={() => {
                    setInstalments([...instalments, { key: nextKey, due: "", amount: "" }]);
                    setNextKey(nextKey + 1);
                  }}
                >
                  + {t("consortium.contribution.addInstalment")}
                </button>
              </td>
              <td className="numeric schedule__total" data-testid="schedule-total">
                {total && total !== "0" ? (
                  <>
                    {t("consortium.contribution.total")}{" "}
                    <strong>{formatDecimalMoney(total, currency, locale)}</strong>
                  </>
                ) : null}
              </td>
              <td />
            </tr>
          </tfoot>
        </table>
      </fieldset>
      {error ? <Notice tone="danger">{errorText(error)}</Notice> : null}
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={save.isPending || !organizationId}>
          {save.isPending ? t("common.saving") : t("consortium.contribution.submit")}
        </button>
        <button type="button" className="button button--ghost" onClick={onDone}>
          {t("common.cancel")}
        </button>
      </div>
    </form>
  );
}
