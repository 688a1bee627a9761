// National Bank of the Kyrgyz Republic XML/daily.xml (and the weekly file): <CurrencyRates Date="dd.mm.yyyy"> with
// <Currency ISOCode> rows, comma decimals, soms (KGS) per Nominal. Keys by the file's date: NBKR publishes the evening before.
import { buildRateFile, readFileDate } from "./rate-row.ts";
import type { ParseRateFileResult } from "./types.ts";
import { attributeField, childField, childrenNamed, type XmlElement } from "./xml-tree.ts";

export function parseNbkr(root: XmlElement): ParseRateFileResult {
  const date = readFileDate({ ...attributeField(root, "Date"), name: "CurrencyRates Date" }, "dd.mm.yyyy");
  if (!date.ok) return { ok: false, error: date.error };
  const rows = childrenNamed(root, "Currency").map((currency, index) => ({
    label: `Currency ${index + 1}`,
    code: attributeField(currency, "ISOCode"),
    nominal: childField(currency, "Nominal"),
    value: childField(currency, "Value"),
  }));
  return buildRateFile({ source: "nbkr", date: date.date }, rows);
}
