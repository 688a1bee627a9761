// Exchange rates for a waterfall run, given as data: tables of one date against one base currency (the
// `kinomost rates parse --json` output is one), and the rule that picks a receipt's rate: the latest table on
// or before the receipt's date within the look-back window. A missing rate is an error, never a zero.
import type { CurrencyCode } from "../money/currency.ts";
import { minorUnitRate } from "../money/convert.ts";
import type { Ratio } from "../money/ratio.ts";
import { parseRateDate } from "../rates/rate-date.ts";
import { dayNumber } from "./dates.ts";
import { formatFraction, fractionRatio } from "./fraction.ts";
import { JsonReader, type WaterfallDefinitionError } from "./json-reader.ts";
import type { AppliedRate, Fraction } from "./types.ts";

export interface RateBookTable {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly base: CurrencyCode;
  /** Units of `base` for one unit of the currency. */
  readonly perUnit: ReadonlyMap<CurrencyCode, Fraction>;
}

/** Tables sorted by date (stable for tables of one date). */
export interface RateBook {
  readonly tables: readonly RateBookTable[];
}

export const emptyRateBook: RateBook = { tables: [] };

export type ReadRateBookResult =
  | { readonly ok: true; readonly value: RateBook }
  | { readonly ok: false; readonly errors: readonly WaterfallDefinitionError[] };

/**
 * Reads one table or a list of them: `{"date", "base", "rates": [{"currency", "perUnit"}]}`; a rate may give the
 * bank's `value` and `nominal` instead (used first when present, being exact).
 */
export function readRateBook(json: unknown): ReadRateBookResult {
  const read = new JsonReader();
  const list = Array.isArray(json) ? json : [json];
  const tables: RateBookTable[] = [];
  list.forEach((item, index) => {
    const path = Array.isArray(json) ? `$[${index}]` : "$";
    const object = read.object(item, path, ["source", "date", "base", "rates"]);
    if (object === null) return;
    const dateText = read.string(read.field(object, "date"), `${path}.date`, true);
    const date = dateText === null ? null : parseRateDate(dateText, "yyyy-mm-dd");
    if (dateText !== null && date === null) {
      read.report(
        "WRONG_TYPE",
        `${path}.date`,
        `${path}.date: "${dateText}" is not a day written YYYY-MM-DD`,
      );
    }
    const base = read.currency(read.field(object, "base"), `${path}.base`);
    const rates = read.array(read.field(object, "rates"), `${path}.rates`, true) ?? [];
    const perUnit = new Map<CurrencyCode, Fraction>();
    rates.forEach((rate, rateIndex) => {
      const ratePath = `${path}.rates[${rateIndex}]`;
      const entry = read.object(rate, ratePath, ["currency", "nominal", "value", "perUnit"]);
      if (entry === null) return;
      const currencyValue = read.field(entry, "currency");
      const currency = read.currency(currencyValue, `${ratePath}.currency`);
      if (currency === null && typeof currencyValue === "string") return;
      const hasValue = read.field(entry, "value") !== undefined;
      const value = read.decimal(
        read.field(entry, hasValue ? "value" : "perUnit"),
        `${ratePath}.${hasValue ? "value" : "perUnit"}`,
        {
          required: true,
          positive: true,
        },
      );
      const nominal = hasValue ? read.field(entry, "nominal") : 1;
      if (
        nominal !== undefined &&
        (typeof nominal !== "number" || !Number.isSafeInteger(nominal) || nominal <= 0)
      ) {
        read.report(
          "WRONG_TYPE",
          `${ratePath}.nominal`,
          `${ratePath}.nominal must be a whole number above zero`,
        );
        return;
      }
      if (currency !== null && value !== null) {
        perUnit.set(currency, {
          numerator: value.numerator,
          denominator: value.denominator * BigInt(nominal ?? 1),
        });
      }
    });
    if (date !== null && base !== null) tables.push({ date, base, perUnit });
  });
  if (read.errors.length > 0) return { ok: false, errors: read.errors };
  return {
    ok: true,
    value: { tables: tables.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)) },
  };
}

export interface FoundRate {
  /** Units of `to` for one unit of `from`. */
  readonly rate: Fraction;
  readonly applied: AppliedRate;
}

const viaOrder = { direct: 0, inverse: 1, cross: 2 } as const;

function rateIn(table: RateBookTable, from: CurrencyCode, to: CurrencyCode): FoundRate | null {
  const one: Fraction = { numerator: 1n, denominator: 1n };
  const fromBase = from === table.base ? one : table.perUnit.get(from);
  const toBase = to === table.base ? one : table.perUnit.get(to);
  if (!fromBase || !toBase) return null;
  const rate: Fraction = {
    numerator: fromBase.numerator * toBase.denominator,
    denominator: fromBase.denominator * toBase.numerator,
  };
  const via = to === table.base ? "direct" : from === table.base ? "inverse" : "cross";
  return {
    rate,
    applied: { from, to, date: table.date, value: formatFraction(rate), via, base: table.base },
  };
}

/** Latest table dated on or before `date`, at most `lookbackDays` earlier, that prices `from` in `to`. */
export function findReceiptRate(
  book: RateBook,
  from: CurrencyCode,
  to: CurrencyCode,
  date: string,
  lookbackDays: number,
): FoundRate | null {
  const earliest = dayNumber(date) - lookbackDays;
  let best: FoundRate | null = null;
  for (let index = book.tables.length - 1; index >= 0; index--) {
    const table = book.tables[index];
    if (!table || table.date > date) continue;
    if (best && table.date < best.applied.date) break;
    if (dayNumber(table.date) < earliest) break;
    const found = rateIn(table, from, to);
    if (found && (!best || viaOrder[found.applied.via] < viaOrder[best.applied.via])) best = found;
  }
  return best;
}

/** Minor units of the rate's `to` per minor unit of its `from`, for money/convert.ts's applyMinorUnitRate. */
export function minorUnitFactor(found: FoundRate): Ratio {
  const { from, to } = found.applied;
  return minorUnitRate({ from, to, rate: fractionRatio(found.rate) });
}
