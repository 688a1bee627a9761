// Choosing countries and currencies on the consortium's forms: the consortium's own countries and currencies first
// (a producer in Almaty picks among five, not two hundred), then every other, by name in the interface language.
import { useMemo } from "react";
import { countryCodes, countryName, currencyCodes, currencyName } from "../i18n/format.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import type { Locale } from "../api/types.ts";
import { CountryCode } from "../ui/badges.tsx";

type ControlProps = { id: string; "aria-invalid"?: true; "aria-describedby"?: string };

function useSortedCountries(locale: Locale) {
  return useMemo(() => {
    const collator = new Intl.Collator(locale);
    return countryCodes
      .map((code) => ({ code, name: countryName(code, locale) }))
      .sort((a, b) => collator.compare(a.name, b.name));
  }, [locale]);
}

function CountryOptions({ preferred, exclude = [] }: { preferred: readonly string[]; exclude?: string[] }) {
  const t = useT();
  const { locale } = useLocale();
  const countries = useSortedCountries(locale).filter((country) => !exclude.includes(country.code));
  const first = countries.filter((country) => preferred.includes(country.code));
  const rest = countries.filter((country) => !preferred.includes(country.code));
  const option = (country: { code: string; name: string }) => (
    <option key={country.code} value={country.code}>
      {country.name} ({country.code})
    </option>
  );
  return first.length > 0 ? (
    <>
      <optgroup label={t("consortium.picker.consortiumCountries")}>{first.map(option)}</optgroup>
      <optgroup label={t("consortium.picker.allCountries")}>{rest.map(option)}</optgroup>
    </>
  ) : (
    <>{rest.map(option)}</>
  );
}

export function CountrySelect({
  value,
  onChange,
  preferred,
  emptyLabel,
  name,
  ...props
}: ControlProps & {
  value: string;
  onChange: (code: string) => void;
  preferred: readonly string[];
  /** Offer "none" under this label. */
  emptyLabel?: string;
  name?: string;
}) {
  return (
    <select {...props} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
      {emptyLabel !== undefined ? <option value="">{emptyLabel}</option> : null}
      <CountryOptions preferred={preferred} />
    </select>
  );
}

/** Several countries: each a removable chip, and a picker that adds one more. */
export function CountryListInput({
  value,
  onChange,
  preferred,
  max,
  ...props
}: ControlProps & {
  value: readonly string[];
  onChange: (codes: string[]) => void;
  preferred: readonly string[];
  max?: number;
}) {
  const t = useT();
  const { locale } = useLocale();
  const isFull = max !== undefined && value.length >= max;
  return (
    <div className="country-picker">
      {value.map((code) => (
        <span key={code} className="country-picker__chip">
          <CountryCode code={code} /> {countryName(code, locale)}
          <button
            type="button"
            className="country-picker__remove"
            aria-label={t("consortium.picker.removeCountry", { country: countryName(code, locale) })}
            onClick={() => onChange(value.filter((other) => other !== code))}
          >
            ×
          </button>
        </span>
      ))}
      {isFull ? null : (
        <select
          {...props}
          className="select--compact country-picker__add"
          value=""
          onChange={(event) => {
            if (event.target.value) onChange([...value, event.target.value]);
          }}
        >
          <option value="">{t("consortium.picker.addCountry")}</option>
          <CountryOptions preferred={preferred} exclude={[...value]} />
        </select>
      )}
    </div>
  );
}

export function CurrencySelect({
  value,
  onChange,
  preferred,
  name,
  ...props
}: ControlProps & {
  value: string;
  onChange: (code: string) => void;
  preferred: readonly string[];
  name?: string;
}) {
  const t = useT();
  const { locale } = useLocale();
  const all = useMemo(() => currencyCodes(), []);
  const first = [...new Set(preferred)].filter((code) => all.includes(code));
  const rest = all.filter((code) => !first.includes(code));
  const option = (code: string) => (
    <option key={code} value={code}>
      {code} — {currencyName(code, locale)}
    </option>
  );
  return (
    <select {...props} name={name} value={value} onChange={(event) => onChange(event.target.value)}>
      {first.length > 0 ? (
        <>
          <optgroup label={t("consortium.picker.consortiumCurrencies")}>{first.map(option)}</optgroup>
          <optgroup label={t("consortium.picker.allCurrencies")}>{rest.map(option)}</optgroup>
        </>
      ) : (
        rest.map(option)
      )}
    </select>
  );
}
