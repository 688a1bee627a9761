// ISO 3166-1 alpha-2 country codes and their names, from the `i18n-iso-countries` data set.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import ru from "i18n-iso-countries/langs/ru.json" with { type: "json" };

countries.registerLocale(en);
countries.registerLocale(ru);

export type CountryCode = string & { readonly __brand: "CountryCode" };

/** True for an assigned ISO 3166-1 alpha-2 code in capitals, e.g. "KZ". */
export function isCountryCode(code: string): code is CountryCode {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code);
}

/** The country's name in Russian or English ("Казахстан", "Kazakhstan"); the code when unknown. */
export function countryName(code: string, language: "ru" | "en"): string {
  return countries.getName(code, language) ?? code;
}
