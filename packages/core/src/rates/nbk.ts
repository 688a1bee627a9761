// National Bank of Kazakhstan: get_rates.cfm (<rates><date>dd.mm.yyyy</date><item>…) and the rates_all.xml RSS feed
// (an item per currency, each with its pubDate); tenge (KZT) per quant units. Reads an already parsed tree.
import { buildRateFile, rateError, readCommonDate, readFileDate, type RateRow } from "./rate-row.ts";
import type { ParseRateFileResult } from "./types.ts";
import { childField, childrenNamed, firstChild, type XmlElement } from "./xml-tree.ts";

function itemRows(items: readonly XmlElement[]): RateRow[] {
  return items.map((item, index) => ({
    label: `item ${index + 1}`,
    code: childField(item, "title"),
    nominal: childField(item, "quant"),
    value: childField(item, "description"),
  }));
}

/** The bank's answer for a day without rates: `<info>на выбранную дату информации нет.</info>`. */
function noDataAnswer(info: XmlElement): ParseRateFileResult {
  return rateError("NO_RATES", `the bank has no rates for this date: "${info.text}"`, info.path);
}

export function parseNbk(root: XmlElement): ParseRateFileResult {
  if (root.name === "info") return noDataAnswer(root);
  const items = childrenNamed(root, "item");
  const info = firstChild(root, "info");
  if (items.length === 0 && info) return noDataAnswer(info);
  const date = readFileDate({ ...childField(root, "date"), name: "rates/date" }, "dd.mm.yyyy");
  if (!date.ok) return { ok: false, error: date.error };
  return buildRateFile({ source: "nbk", date: date.date }, itemRows(items));
}

export function parseNbkFeed(root: XmlElement): ParseRateFileResult {
  const items = childrenNamed(root, "channel").flatMap((channel) => childrenNamed(channel, "item"));
  const date = readCommonDate(
    items.map((item, index) => ({ label: `item ${index + 1}`, date: childField(item, "pubDate") })),
    "dd.mm.yyyy",
  );
  if (!date.ok) return { ok: false, error: date.error };
  return buildRateFile({ source: "nbk", date: date.date }, itemRows(items));
}
