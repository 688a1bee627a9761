// The fields that describe an organization, shared by "create" and "edit":
// names in Russian and English, country, default currency and registration details.
import { useMemo } from "react";
import type { Organization } from "../api/types.ts";
import { useLocale, useT } from "../i18n/locale.tsx";
import { countryCodes, countryName, currencyCodes, currencyName } from "../i18n/format.ts";
import { fieldError } from "../ui/errors.ts";
import { Field } from "../ui/form.tsx";

export interface OrganizationInput {
  names: { ru?: string; en?: string };
  country: string;
  currency: string;
  registration: { legalName?: string; registrationNumber?: string; taxNumber?: string; address?: string };
}

/** Reads the form; empty optional texts are left out rather than sent as "". */
export function readOrganizationForm(form: HTMLFormElement): OrganizationInput {
  const data = new FormData(form);
  const text = (name: string) => String(data.get(name) ?? "").trim();
  const optional = (name: string) => (text(name) ? text(name) : undefined);
  return {
    names: { ru: optional("nameRu"), en: optional("nameEn") },
    country: text("country"),
    currency: text("currency"),
    registration: {
      legalName: optional("legalName"),
      registrationNumber: optional("registrationNumber"),
      taxNumber: optional("taxNumber"),
      address: optional("address"),
    },
  };
}

export function OrganizationFields({ organization, error }: { organization?: Organization; error: unknown }) {
  const t = useT();
  const { locale } = useLocale();
  const countries = useMemo(
    () =>
      countryCodes
        .map((code) => ({ code, name: countryName(code, locale) }))
        .sort((a, b) => a.name.localeCompare(b.name, locale)),
    [locale],
  );
  const currencies = useMemo(() => currencyCodes(), []);
  const registration = organization?.registration ?? {};

  return (
    <>
      <Field label={t("org.nameRu")} error={fieldError(error, "names.ru") ?? fieldError(error, "names")}>
        {(props) => <input {...props} name="nameRu" lang="ru" defaultValue={organization?.names.ru ?? ""} />}
      </Field>
      <Field label={t("org.nameEn")} error={fieldError(error, "names.en")}>
        {(props) => <input {...props} name="nameEn" lang="en" defaultValue={organization?.names.en ?? ""} />}
      </Field>
      <Field label={t("org.country")} error={fieldError(error, "country")}>
        {(props) => (
          <select {...props} name="country" required defaultValue={organization?.country ?? ""}>
            <option value="" disabled>
              {t("org.choose")}
            </option>
            {countries.map((country) => (
              <option key={country.code} value={country.code}>
                {country.name} ({country.code})
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={t("org.currency")} error={fieldError(error, "currency")}>
        {(props) => (
          <select {...props} name="currency" required defaultValue={organization?.currency ?? ""}>
            <option value="" disabled>
              {t("org.choose")}
            </option>
            {currencies.map((code) => (
              <option key={code} value={code}>
                {code} — {currencyName(code, locale)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <h3 className="form__section">{t("org.registration.title")}</h3>
      <Field label={t("org.legalName")} wide error={fieldError(error, "registration.legalName")}>
        {(props) => <input {...props} name="legalName" defaultValue={registration.legalName ?? ""} />}
      </Field>
      <Field
        label={t("org.registrationNumber")}
        hint={t("org.registrationNumber.hint")}
        error={fieldError(error, "registration.registrationNumber")}
      >
        {(props) => (
          <input {...props} name="registrationNumber" defaultValue={registration.registrationNumber ?? ""} />
        )}
      </Field>
      <Field label={t("org.taxNumber")} error={fieldError(error, "registration.taxNumber")}>
        {(props) => <input {...props} name="taxNumber" defaultValue={registration.taxNumber ?? ""} />}
      </Field>
      <Field label={t("org.address")} wide error={fieldError(error, "registration.address")}>
        {(props) => <textarea {...props} name="address" rows={2} defaultValue={registration.address ?? ""} />}
      </Field>
    </>
  );
}
