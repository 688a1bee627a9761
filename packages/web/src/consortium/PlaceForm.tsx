// Adding a место производства: its kind and country, weighed by days (съёмочные дни for shooting) or by spend in a
// currency, as the points tables weigh places.
import { useState } from "react";
import { useMutation } from "@tanstack/react-query";
import { api, type PlaceInput } from "../api/client.ts";
import type { PlaceKind } from "../api/types.ts";
import { useT } from "../i18n/locale.tsx";
import { useErrorText } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";
import { Notice } from "../ui/layout.tsx";
import { normalizeDecimalInput } from "./decimal-input.ts";
import { amountWording, useConsortiumFieldError } from "./field-errors.ts";
import { CountrySelect, CurrencySelect } from "./pickers.tsx";
import { placesKey, useConsortiumChanged } from "./queries.ts";

export const placeKinds: readonly PlaceKind[] = ["shooting", "studio", "vfx", "post-production"];

export function PlaceForm({
  projectId,
  countries,
  currencies,
  onDone,
}: {
  projectId: string;
  countries: readonly string[];
  currencies: readonly string[];
  onDone: () => void;
}) {
  const t = useT();
  const errorText = useErrorText();
  const fieldText = useConsortiumFieldError();
  const changed = useConsortiumChanged(projectId);
  const [kind, setKind] = useState<PlaceKind>("shooting");
  const [country, setCountry] = useState(countries[0] ?? "RU");
  const [measure, setMeasure] = useState<"days" | "spend">("days");
  const [days, setDays] = useState("");
  const [spend, setSpend] = useState("");
  const [currency, setCurrency] = useState(currencies[0] ?? "RUB");
  const save = useMutation({
    mutationFn: () => {
      const input: PlaceInput =
        measure === "days"
          ? { kind, country, days: Number(days) }
          : { kind, country, spend: normalizeDecimalInput(spend), currency };
      return api.addPlace(projectId, input);
    },
    onSuccess: async () => {
      await changed(placesKey(projectId));
      onDone();
    },
  });
  const error = save.error;
  return (
    <form
      className="inline-form place-form"
      aria-label={t("consortium.place.add")}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <div className="form form--grid">
        <Field label={t("consortium.places.kind")} error={fieldText(error, "kind")}>
          {(props) => (
            <select {...props} value={kind} onChange={(event) => setKind(event.target.value as PlaceKind)}>
              {placeKinds.map((option) => (
                <option key={option} value={option}>
                  {t(`consortium.placeKind.${option}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("consortium.places.country")} error={fieldText(error, "country")}>
          {(props) => (
            <CountrySelect {...props} value={country} preferred={countries} onChange={setCountry} />
          )}
        </Field>
        <fieldset className="segmented">
          <legend className="field__label">{t("consortium.place.measure")}</legend>
          <div className="segmented__options">
            {(["days", "spend"] as const).map((option) => (
              <label key={option} className="segmented__option">
                <input
                  type="radio"
                  name="measure"
                  value={option}
                  checked={measure === option}
                  onChange={() => setMeasure(option)}
                />
                {t(option === "days" ? "consortium.place.byDays" : "consortium.place.bySpend")}
              </label>
            ))}
          </div>
        </fieldset>
        {measure === "days" ? (
          <Field
            label={t(kind === "shooting" ? "consortium.place.shootingDays" : "consortium.place.days")}
            error={fieldText(error, "days")}
          >
            {(props) => (
              <input
                {...props}
                type="number"
                min={0}
                max={10000}
                step={1}
                required
                value={days}
                onChange={(event) => setDays(event.target.value)}
              />
            )}
          </Field>
        ) : (
          <div className="field-pair">
            <Field label={t("consortium.place.spend")} error={fieldText(error, "spend", amountWording)}>
              {(props) => (
                <input
                  {...props}
                  inputMode="decimal"
                  required
                  placeholder="150 000 000,00"
                  value={spend}
                  onChange={(event) => setSpend(event.target.value)}
                />
              )}
            </Field>
            <Field label={t("consortium.contribution.currency")} error={fieldText(error, "currency")}>
              {(props) => (
                <CurrencySelect {...props} value={currency} preferred={currencies} onChange={setCurrency} />
              )}
            </Field>
          </div>
        )}
        {error ? <Notice tone="danger">{errorText(error)}</Notice> : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={save.isPending}>
            {save.isPending ? t("common.saving") : t("consortium.place.submit")}
          </button>
          <button type="button" className="button button--ghost" onClick={onDone}>
            {t("common.cancel")}
          </button>
        </div>
      </div>
    </form>
  );
}
