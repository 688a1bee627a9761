// Which actual rate table serves a cost: the core takes, for a cost of date D, the latest table dated on or before D
// that converts its currency into the report's. Costs of one account, partner, country and currency served by the
// same table convert alike, so they are summed before the core sees them: with month-end rates a year of daily
// ledger groups becomes twelve per account. Pure.
import { findRate, type CurrencyCode, type RateTable } from "@kinomost/core";
import type { ActualGroup } from "./aggregate.ts";

/** For each currency, the dates (sorted, distinct) of the tables that convert it into `currency`; memoized. */
export function convertingDates(
  tables: readonly RateTable[],
  currency: CurrencyCode,
): (from: string) => readonly string[] {
  const known = new Map<string, string[]>();
  return (from) => {
    let dates = known.get(from);
    if (!dates) {
      // The report's own currency needs no rate: the core converts it by any table.
      const converting =
        from === currency
          ? tables
          : tables.filter((table) => findRate(table, from as CurrencyCode, currency).ok);
      dates = [...new Set(converting.map((table) => table.date))].sort();
      known.set(from, dates);
    }
    return dates;
  };
}

/** The latest of the sorted `dates` on or before `date`, or null when all are later. */
export function latestOnOrBefore(dates: readonly string[], date: string): string | null {
  let low = 0;
  let high = dates.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (dates[middle]! <= date) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? null : dates[low - 1]!;
}

/**
 * Sums the groups that the same table converts, dating each sum by its table; groups dated before every table of
 * their currency are summed under the earliest of their dates (the core then finds no table for them, as before).
 */
export function mergeByRatePeriod(
  groups: readonly ActualGroup[],
  datesOf: (currency: string) => readonly string[],
): ActualGroup[] {
  const merged = new Map<string, ActualGroup>();
  for (const group of groups) {
    const served = latestOnOrBefore(datesOf(group.currency), group.date);
    const key = [group.account, group.partner, group.country, group.currency, served ?? ""].join("\u0000");
    const known = merged.get(key);
    const date = served ?? (known && known.date < group.date ? known.date : group.date);
    merged.set(key, {
      ...group,
      date,
      minor: (known?.minor ?? 0n) + group.minor,
      rows: (known?.rows ?? 0) + group.rows,
    });
  }
  return [...merged.values()];
}
