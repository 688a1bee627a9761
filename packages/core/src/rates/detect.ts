// Recognizes which bank's file a parsed document is from its content alone: root element, keys, date layout.
// It never looks at a file name or reads further than it needs, and it never guesses between banks silently.
import { isJsonObject, jsonRows } from "./json-text.ts";
import { childrenNamed, firstChild, type XmlElement } from "./xml-tree.ts";

/** A bank plus the variant of its file, which picks the importer. */
export type XmlRateFormat = "cbr" | "nbrb-xml" | "nbk" | "nbk-feed" | "nbkr" | "nbt";
export type JsonRateFormat = "nbrb-json" | "cbu";

/**
 * The Bank of Russia and the National Bank of Tajikistan share <ValCurs>. Tajik files date it in ISO, number
 * Valute/@ID by ISO code and write dot decimals; Russian ones write dd.mm.yyyy, "R01235"-style IDs and commas.
 */
function detectValCurs(root: XmlElement): "cbr" | "nbt" {
  const date = root.attributes.get("Date")?.trim() ?? "";
  if (/^\d{4}-\d{2}-\d{2}$/.test(date)) return "nbt";
  if (/^\d{2}\.\d{2}\.\d{4}$/.test(date)) return "cbr";
  const valutes = childrenNamed(root, "Valute");
  if (valutes.some((valute) => /^R\d/.test(valute.attributes.get("ID") ?? ""))) return "cbr";
  if (valutes.some((valute) => firstChild(valute, "VunitRate") !== undefined)) return "cbr";
  if (valutes.some((valute) => /^\d+$/.test(valute.attributes.get("ID") ?? ""))) return "nbt";
  if (valutes.some((valute) => firstChild(valute, "Value")?.text.includes(".") === true)) return "nbt";
  return "cbr";
}

/** Which bank's XML file this is, or null when it is none of them. */
export function detectXmlFormat(root: XmlElement): XmlRateFormat | null {
  switch (root.name) {
    case "ValCurs":
      return detectValCurs(root);
    case "DailyExRates":
      return "nbrb-xml";
    case "CurrencyRates":
      return "nbkr";
    case "rates":
      return "nbk";
    case "info":
      // NBK answers a day without data with this element alone.
      return /информации нет/i.test(root.text) ? "nbk" : null;
    case "rss": {
      const channels = childrenNamed(root, "channel");
      const isNbk = channels.some(
        (channel) =>
          /nationalbank\.kz/i.test(firstChild(channel, "link")?.text ?? "") ||
          childrenNamed(channel, "item").some((item) => firstChild(item, "quant") !== undefined),
      );
      return isNbk ? "nbk-feed" : null;
    }
    default:
      return null;
  }
}

/** Which bank's JSON file this is, or null when it is none of them. */
export function detectJsonFormat(value: unknown): JsonRateFormat | null {
  const first = jsonRows(value).find(isJsonObject);
  if (first === undefined) return null;
  if (Object.hasOwn(first, "Cur_Abbreviation") || Object.hasOwn(first, "Cur_OfficialRate"))
    return "nbrb-json";
  if (Object.hasOwn(first, "Ccy") && Object.hasOwn(first, "Rate")) return "cbu";
  return null;
}
