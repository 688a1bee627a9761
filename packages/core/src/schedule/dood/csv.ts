// The day out of days as CSV (RFC 4180: CRLF, fields quoted where needed): one row per element, one column per
// day (its heading "День 3 · 2027-03-18"), the codes in the cells, then the totals, the dates, the daily rate and
// the cost in the element's currency. Returns text; the caller decides on a file name.
import { stringify } from "csv-stringify/sync";
import { isCurrencyCode } from "../../money/currency.ts";
import { formatMoneyDecimal } from "../../money/money.ts";
import { doodDayHeading, doodLabels, doodTotalKeys, type DoodLanguage } from "./labels.ts";
import type { DoodDay, DoodRow } from "./types.ts";

// A spreadsheet runs a cell that starts with one of these as a formula; a leading apostrophe keeps it text
// (OWASP "CSV injection"). Element names come from users and imported scripts, so every cell is guarded.
const guardFormula = (cell: string) => (/^[=+\-@\t\r]/u.test(cell) ? `'${cell}` : cell);

export interface DoodCsvOptions {
  /** The name column's heading: the category's name ("Актёры"). */
  readonly elementHeading: string;
  /** Start with a UTF-8 byte order mark, which Excel needs to read Cyrillic correctly. */
  readonly bom?: boolean;
}

/** An amount in minor units as a plain decimal in its currency ("1500.00"), or the minor units as they are. */
export function doodMoney(minor: bigint, currency: string): string {
  return isCurrencyCode(currency) ? formatMoneyDecimal({ minor, currency }) : minor.toString();
}

export function dayOutOfDaysCsv(
  columns: readonly DoodDay[],
  rows: readonly DoodRow[],
  language: DoodLanguage,
  options: DoodCsvOptions,
): string {
  const label = (key: keyof typeof doodLabels) => doodLabels[key][language];
  const header = [
    label("boardNumber"),
    options.elementHeading,
    ...columns.map((day) => [doodDayHeading(day, language), day.date].filter(Boolean).join(" · ")),
    ...doodTotalKeys.map((key) => label(key)),
    label("firstDate"),
    label("lastDate"),
    label("rate"),
    label("currency"),
    label("cost"),
  ];
  const body = rows.map((row) => [
    row.boardNumber ?? "",
    row.name,
    ...columns.map((day) => row.codes[day.date] ?? ""),
    ...doodTotalKeys.map((key) => String(row.totals[key])),
    row.firstDate,
    row.lastDate,
    row.dailyRate ? doodMoney(row.dailyRate.minor, row.dailyRate.currency) : "",
    row.cost?.currency ?? "",
    row.cost ? doodMoney(row.cost.minor, row.cost.currency) : "",
  ]);
  const text = stringify(
    [header, ...body].map((cells) => cells.map(guardFormula)),
    {
      record_delimiter: "\r\n",
    },
  );
  return options.bom ? `\uFEFF${text}` : text;
}
