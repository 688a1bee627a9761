// Display helpers that depend only on the interface language: localized texts, country, language
// and currency names (from Intl.DisplayNames), and money. Nothing here fetches or stores anything.
import type { Locale, LocalizedText } from "../api/types.ts";

/** The BCP 47 tag used for Intl formatting: Russian as in Russia, English in the British style. */
export function intlLocale(locale: Locale): string {
  return locale === "ru" ? "ru-RU" : "en-GB";
}

/** The text in the interface language, else in Russian, else in English, else any. */
export function pickText(text: LocalizedText | undefined, locale: Locale): string {
  if (!text) return "";
  for (const language of [locale, "ru", "en"]) {
    const value = text[language];
    if (value) return value;
  }
  return Object.values(text).find((value): value is string => Boolean(value)) ?? "";
}

const displayNames = new Map<string, Intl.DisplayNames>();

function displayName(locale: Locale, type: Intl.DisplayNamesType, code: string): string {
  const key = `${locale}:${type}`;
  let names = displayNames.get(key);
  if (!names) {
    names = new Intl.DisplayNames([intlLocale(locale)], { type, fallback: "code" });
    displayNames.set(key, names);
  }
  try {
    return names.of(code) ?? code;
  } catch {
    return code;
  }
}

export function countryName(code: string, locale: Locale): string {
  return displayName(locale, "region", code);
}

export function languageName(code: string, locale: Locale): string {
  return displayName(locale, "language", code);
}

export function currencyName(code: string, locale: Locale): string {
  return displayName(locale, "currency", code);
}

/**
 * Formats an amount given in minor units ("123456" kopecks → "1 234,56 ₽") without passing through a
 * float: Intl.NumberFormat accepts a decimal string and keeps every digit.
 */
export function formatMoney(minor: bigint | string, currency: string, locale: Locale): string {
  const format = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency });
  const digits = format.resolvedOptions().maximumFractionDigits ?? 2;
  const value = BigInt(minor);
  const negative = value < 0n;
  const abs = (negative ? -value : value).toString().padStart(digits + 1, "0");
  const decimal = `${negative ? "-" : ""}${abs.slice(0, abs.length - digits)}${digits > 0 ? `.${abs.slice(abs.length - digits)}` : ""}`;
  return formatDecimalMoney(decimal, currency, locale);
}

/** An exact decimal amount ("1500000.00") in its currency, formatted without passing through a float. */
export function formatDecimalMoney(decimal: string, currency: string, locale: Locale): string {
  const format = new Intl.NumberFormat(intlLocale(locale), { style: "currency", currency });
  // The string overload of format() is ES2023 Intl.NumberFormat v3; TypeScript's lib still says number.
  return format.format(decimal as unknown as number);
}

/** ISO 3166-1 alpha-2 codes offered when choosing an organization's country. */
export const countryCodes = (
  "AD AE AF AG AI AL AM AO AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BW BY BZ " +
  "CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM " +
  "FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GT GU GW GY HK HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE " +
  "JM JO JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN " +
  "MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS " +
  "PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TG TH TJ TK TL " +
  "TM TN TO TR TT TV TW TZ UA UG US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW"
).split(" ");

/** Currencies Intl knows, for choosing an organization's default currency. */
export function currencyCodes(): string[] {
  return Intl.supportedValuesOf("currency");
}

/** A calendar date written as YYYY-MM-DD, in the interface language («01.08.2025», "Aug 1, 2025"). */
export function formatIsoDate(date: string, locale: Locale): string {
  const [year, month, day] = date.split("-").map(Number);
  if (!year || !month || !day) return date;
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(Date.UTC(year, month - 1, day)),
  );
}
