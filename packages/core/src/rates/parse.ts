// parseRateFile: the bytes of an official exchange-rate file of one of six central banks → the `rates parse` contract.
// Pure and total: reads no file, no clock, no network, and answers every input with a value; it never throws.
import { parseCbr } from "./cbr.ts";
import { parseCbu } from "./cbu.ts";
import { decodeRateBytes } from "./decode.ts";
import { detectJsonFormat, detectXmlFormat } from "./detect.ts";
import { parseJsonKeepingNumberText } from "./json-text.ts";
import { parseNbk, parseNbkFeed } from "./nbk.ts";
import { parseNbkr } from "./nbkr.ts";
import { parseNbrbJson, parseNbrbXml } from "./nbrb.ts";
import { parseNbt } from "./nbt.ts";
import { rateError } from "./rate-row.ts";
import type { ParseRateFileResult } from "./types.ts";
import { parseXmlTree, type XmlElement } from "./xml-tree.ts";

const banks = "CBR, NBRB, NBK, CBU, NBKR or NBT";

function importJson(text: string): ParseRateFileResult {
  const json = parseJsonKeepingNumberText(text);
  if (!json.ok) return rateError("MALFORMED", `not valid JSON: ${json.message}`);
  // Both JSON APIs answer a request without data with an empty list.
  if (Array.isArray(json.value) && json.value.length === 0)
    return rateError("NO_RATES", "the file is an empty list");
  switch (detectJsonFormat(json.value)) {
    case "nbrb-json":
      return parseNbrbJson(json.value);
    case "cbu":
      return parseCbu(json.value);
    case null:
      return rateError("NOT_A_RATE_FILE", `this JSON is not a rate file of ${banks}`);
  }
}

function importXml(root: XmlElement): ParseRateFileResult {
  switch (detectXmlFormat(root)) {
    case "cbr":
      return parseCbr(root);
    case "nbt":
      return parseNbt(root);
    case "nbrb-xml":
      return parseNbrbXml(root);
    case "nbk":
      return parseNbk(root);
    case "nbk-feed":
      return parseNbkFeed(root);
    case "nbkr":
      return parseNbkr(root);
    case null:
      return rateError("NOT_A_RATE_FILE", `XML with root <${root.name}> is not a rate file of ${banks}`);
  }
}

/** Recognizes the bank from the content and imports its rates, keyed by the date the file states. */
export function parseRateFile(bytes: Uint8Array): ParseRateFileResult {
  const decoded = decodeRateBytes(bytes);
  if (!decoded.ok) return { ok: false, error: decoded.error };
  const start = decoded.text.trimStart()[0];
  if (start === "[" || start === "{") return importJson(decoded.text);
  if (start === "<") {
    const xml = parseXmlTree(decoded.text);
    if (!xml.ok) return rateError("MALFORMED", `not well-formed XML: ${xml.message}`);
    return importXml(xml.root);
  }
  return rateError("NOT_A_RATE_FILE", "the file is neither XML nor JSON");
}
