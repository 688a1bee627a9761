// Bank of Russia XML_daily.asp: <ValCurs Date="dd.mm.yyyy"> with <Valute> rows, comma decimals, roubles per Nominal.
// Reads an already parsed tree; decoding windows-1251 happens before. Never keys rates by anything but ValCurs/@Date.
import type { RateDateLayout } from "./rate-date.ts";
import { buildRateFile, readFileDate, type RateRow } from "./rate-row.ts";
import type { ParseRateFileResult, RateSource } from "./types.ts";
import { attributeField, childField, childrenNamed, type XmlElement } from "./xml-tree.ts";

/** The <Valute> rows of a ValCurs document; the Bank of Russia and the National Bank of Tajikistan share them. */
export function valuteRows(root: XmlElement): RateRow[] {
  return childrenNamed(root, "Valute").map((valute, index) => ({
    label: `Valute ${index + 1}`,
    code: childField(valute, "CharCode"),
    nominal: childField(valute, "Nominal"),
    value: childField(valute, "Value"),
    // VunitRate (value ÷ nominal, since 2022) is absent from older files.
    unitRate: childField(valute, "VunitRate"),
  }));
}

/** A ValCurs document of either bank: the date attribute, then the rows. */
export function parseValCurs(
  root: XmlElement,
  source: RateSource,
  layout: RateDateLayout,
): ParseRateFileResult {
  const date = readFileDate({ ...attributeField(root, "Date"), name: "ValCurs Date" }, layout);
  if (!date.ok) return { ok: false, error: date.error };
  return buildRateFile({ source, date: date.date }, valuteRows(root));
}

export function parseCbr(root: XmlElement): ParseRateFileResult {
  return parseValCurs(root, "cbr", "dd.mm.yyyy");
}
