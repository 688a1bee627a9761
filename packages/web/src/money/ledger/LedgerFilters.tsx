// The journal's filters: paying partner, budget account, country of spend and a period. Each change goes to the
// address at once, so a filtered journal can be bookmarked or sent to a colleague.
import { useLocale, useT } from "../../i18n/locale.tsx";
import { countryCodes, countryName } from "../../i18n/format.ts";
import type { LedgerFilter } from "../types.ts";
import type { PartnerInfo } from "../queries.ts";

export function LedgerFilters({
  filter,
  onChange,
  partners,
  accounts,
}: {
  filter: LedgerFilter;
  onChange: (filter: LedgerFilter) => void;
  partners: readonly PartnerInfo[];
  accounts: ReadonlyMap<string, string>;
}) {
  const t = useT();
  const { locale } = useLocale();
  const set = (key: keyof LedgerFilter, value: string) => onChange({ ...filter, [key]: value || undefined });
  const countries = [...new Set([...partners.map((partner) => partner.country), filter.country ?? ""])]
    .filter(Boolean)
    .sort();
  return (
    <form
      className="toolbar-form money-filters"
      aria-label={t("money.filter.label")}
      onSubmit={(event) => event.preventDefault()}
    >
      <label className="money-filter">
        <span className="field__label">{t("money.filter.partner")}</span>
        <select value={filter.partner ?? ""} onChange={(event) => set("partner", event.target.value)}>
          <option value="">{t("money.filter.allPartners")}</option>
          {partners.map((partner) => (
            <option key={partner.id} value={partner.id}>
              {partner.name}
            </option>
          ))}
        </select>
      </label>
      <label className="money-filter">
        <span className="field__label">{t("money.filter.account")}</span>
        <select value={filter.account ?? ""} onChange={(event) => set("account", event.target.value)}>
          <option value="">{t("money.filter.allAccounts")}</option>
          {filter.account && !accounts.has(filter.account) ? (
            <option value={filter.account}>{filter.account}</option>
          ) : null}
          {[...accounts].map(([code, name]) => (
            <option key={code} value={code}>
              {code} · {name}
            </option>
          ))}
        </select>
      </label>
      <label className="money-filter money-filter--narrow">
        <span className="field__label">{t("money.filter.country")}</span>
        <select value={filter.country ?? ""} onChange={(event) => set("country", event.target.value)}>
          <option value="">{t("money.filter.allCountries")}</option>
          {countries.map((code) => (
            <option key={code} value={code}>
              {countryName(code, locale)}
            </option>
          ))}
          <optgroup label={t("money.filter.otherCountries")}>
            {countryCodes
              .filter((code) => !countries.includes(code))
              .map((code) => (
                <option key={code} value={code}>
                  {countryName(code, locale)}
                </option>
              ))}
          </optgroup>
        </select>
      </label>
      <label className="money-filter money-filter--date">
        <span className="field__label">{t("money.filter.from")}</span>
        <input type="date" value={filter.from ?? ""} onChange={(event) => set("from", event.target.value)} />
      </label>
      <label className="money-filter money-filter--date">
        <span className="field__label">{t("money.filter.to")}</span>
        <input type="date" value={filter.to ?? ""} onChange={(event) => set("to", event.target.value)} />
      </label>
      {Object.keys(filter).length > 0 ? (
        <button type="button" className="button button--ghost" onClick={() => onChange({})}>
          {filter.importId ? t("money.filter.resetImport") : t("money.filter.reset")}
        </button>
      ) : null}
    </form>
  );
}
