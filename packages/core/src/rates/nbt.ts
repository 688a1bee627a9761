// National Bank of Tajikistan export_xml.php: the Bank of Russia's ValCurs layout with an ISO date and dot decimals;
// Valute/@ID is the ISO numeric code. Reads an already parsed tree; somoni (TJS) per Nominal units.
import { parseValCurs } from "./cbr.ts";
import type { ParseRateFileResult } from "./types.ts";
import type { XmlElement } from "./xml-tree.ts";

export function parseNbt(root: XmlElement): ParseRateFileResult {
  return parseValCurs(root, "nbt", "yyyy-mm-dd");
}
