// Reads one cell of a ledger row — a date, a currency, a country, a text — as strictly as an auditor would:
// a day no calendar has, a currency ISO 4217 does not list or a country nobody can name is refused, never guessed.
import countries from "i18n-iso-countries";
import en from "i18n-iso-countries/langs/en.json" with { type: "json" };
import ru from "i18n-iso-countries/langs/ru.json" with { type: "json" };
import { isCountryCode, type CountryCode } from "../geography/countries.ts";
import { isCurrencyCode, type CurrencyCode } from "../money/currency.ts";
import { parseRateDate } from "../rates/rate-date.ts";

countries.registerLocale(en);
countries.registerLocale(ru);

/** "2026-04-01" or "01.04.2026" → "2026-04-01"; null for any other layout or a day that does not exist. */
export function readLedgerDate(cell: string): string | null {
  const text = cell.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return parseRateDate(text, "yyyy-mm-dd");
  return parseRateDate(text, "dd.mm.yyyy");
}

// ISO 4217 lists these too, but nobody pays a cost in them: no currency, the test code, metals and units of account.
const notPaidIn = new Set([
  "XXX",
  "XTS",
  "XAU",
  "XAG",
  "XPD",
  "XPT",
  "XDR",
  "XBA",
  "XBB",
  "XBC",
  "XBD",
  "XSU",
  "XUA",
]);

/** "rub" or "RUB" → "RUB"; null when ISO 4217 lists no such active currency (the old ruble "RUR" is not one). */
export function readLedgerCurrency(cell: string): CurrencyCode | null {
  const code = cell.trim().toUpperCase();
  return isCurrencyCode(code) && !notPaidIn.has(code) ? code : null;
}

// Names the consortium's accountants write that the ISO name lists lack.
const countryAliases: Record<string, string> = {
  белоруссия: "BY",
  "республика беларусь": "BY",
  кыргызстан: "KG",
  "кыргызская республика": "KG",
  "республика казахстан": "KZ",
  "республика таджикистан": "TJ",
  "республика узбекистан": "UZ",
  рф: "RU",
  "russian federation": "RU",
  "kyrgyz republic": "KG",
};

/** "KZ", "kz", "Казахстан" or "Kazakhstan" → "KZ"; null when the cell names no country. */
export function readLedgerCountry(cell: string): CountryCode | null {
  const text = cell.trim().replace(/\s+/gu, " ");
  const upper = text.toUpperCase();
  if (isCountryCode(upper)) return upper;
  const lower = text.toLowerCase().replaceAll("ё", "е");
  const code =
    countryAliases[lower] ?? countries.getAlpha2Code(text, "ru") ?? countries.getAlpha2Code(text, "en");
  return code !== undefined && isCountryCode(code) ? code : null;
}

// PostgreSQL text cannot hold NUL, and no vendor or account name has a control character in it.
// eslint-disable-next-line no-control-regex
const controlCharacters = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/u;

/** A one-line text (vendor, account, reference): runs of spaces and line breaks become one space. */
export function readLineText(cell: string): string {
  return cell.replace(/\s+/gu, " ").trim();
}

/** Whether a text holds a control character that has no place in a ledger (tabs and line breaks do). */
export function hasControlCharacters(text: string): boolean {
  return controlCharacters.test(text);
}
