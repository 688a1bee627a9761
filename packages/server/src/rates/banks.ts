// Where each central bank publishes its official rate file for a day (shared/domain/exchange-rates.md), and how the
// server is told to look elsewhere: a deployment behind a proxy, or a test serving saved files from a local server.
import type { RateSource } from "@kinomost/core";

export const rateSources = [
  "cbr",
  "nbrb",
  "nbk",
  "cbu",
  "nbkr",
  "nbt",
] as const satisfies readonly RateSource[];

/** How the server fetches rate files; part of ServerConfig. */
export interface RateFetchConfig {
  /** A bank's base address instead of its own (see `bankBaseUrls`), e.g. {"cbr": "http://127.0.0.1:8080/cbr/"}. */
  bankUrls: Partial<Record<RateSource, string>>;
  /** How long a bank may take to answer, body included, in milliseconds. */
  timeoutMs: number;
  /** The largest answer accepted, in bytes: a day's file is a few kilobytes. */
  maxBytes: number;
  /** The HTTP client; the platform's fetch unless a deployment needs its own (a proxy, a pinned certificate). */
  fetch?: typeof globalThis.fetch;
}

export const defaultRateFetchConfig: RateFetchConfig = {
  bankUrls: {},
  timeoutMs: 10_000,
  maxBytes: 2 * 1024 * 1024,
};

/** Each bank's own address; the day's file is found below it. */
export const bankBaseUrls: Readonly<Record<RateSource, string>> = {
  cbr: "https://www.cbr.ru/scripts/",
  nbrb: "https://api.nbrb.by/exrates/",
  nbk: "https://nationalbank.kz/rss/",
  cbu: "https://cbu.uz/ru/arkhiv-kursov-valyut/json/",
  nbkr: "https://www.nbkr.kg/XML/",
  nbt: "https://nbt.tj/ru/kurs/",
};

export const bankNames: Readonly<Record<RateSource, string>> = {
  cbr: "the Bank of Russia",
  nbrb: "the National Bank of the Republic of Belarus",
  nbk: "the National Bank of Kazakhstan",
  cbu: "the Central Bank of Uzbekistan",
  nbkr: "the National Bank of the Kyrgyz Republic",
  nbt: "the National Bank of Tajikistan",
};

/** The file below the bank's address for a day (YYYY-MM-DD), in the date layout that bank reads. */
function dayFile(source: RateSource, date: string): string {
  const [year, month, day] = date.split("-");
  switch (source) {
    case "cbr":
      return `XML_daily.asp?date_req=${day}/${month}/${year}`;
    case "nbrb":
      return `rates?ondate=${date}&periodicity=0`;
    case "nbk":
      return `get_rates.cfm?fdate=${day}.${month}.${year}`;
    case "cbu":
      return `all/${date}/`;
    case "nbkr":
      // The Kyrgyz bank publishes only its current rates at a fixed address; the file states their date.
      return "daily.xml";
    case "nbt":
      return `export_xml.php?date=${date}&export=xmlout`;
  }
}

/** The address of a bank's file for a day, under the configured base address when there is one. */
export function bankFileUrl(config: RateFetchConfig, source: RateSource, date: string): string {
  const base = config.bankUrls[source] ?? bankBaseUrls[source];
  return new URL(dayFile(source, date), base.endsWith("/") ? base : `${base}/`).toString();
}
