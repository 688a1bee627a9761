// Turns a rate file's bytes into text: a byte-order mark wins, then the XML declaration's encoding, else UTF-8
// (the default of both XML and JSON), else windows-1251. Pure: only the standard TextDecoder, no iconv.
import type { RateFileError } from "./types.ts";

export type DecodeRateResult = { ok: true; text: string } | { ok: false; error: RateFileError };

// The declaration must open the document, so its first bytes are enough to find it.
const declarationHead = 256;
const declaredEncoding = /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([A-Za-z0-9._:-]+)["']/;

function decode(label: string, bytes: Uint8Array, fatal: boolean): string | null {
  try {
    return new TextDecoder(label, { fatal }).decode(bytes);
  } catch {
    return null;
  }
}

function isSupportedLabel(label: string): boolean {
  try {
    new TextDecoder(label);
    return true;
  } catch {
    return false;
  }
}

/** Decodes a rate file; a BOM is removed. Every value the importers read is ASCII, so a wrong guess costs only names. */
export function decodeRateBytes(bytes: Uint8Array): DecodeRateResult {
  if (bytes.length === 0)
    return { ok: false, error: { code: "NOT_A_RATE_FILE", message: "the file is empty" } };
  const [b0, b1, b2] = bytes;
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return utf8OrSingleByte(bytes.subarray(3));
  if (b0 === 0xff && b1 === 0xfe)
    return { ok: true, text: decode("utf-16le", bytes.subarray(2), false) ?? "" };
  if (b0 === 0xfe && b1 === 0xff)
    return { ok: true, text: decode("utf-16be", bytes.subarray(2), false) ?? "" };
  // windows-1252 maps every byte to a character, so the ASCII declaration reads the same in any ASCII-based encoding.
  const head = decode("windows-1252", bytes.subarray(0, declarationHead), false) ?? "";
  const label = declaredEncoding.exec(head)?.[1];
  // A declaration readable as ASCII proves the file is not UTF-16, whatever it claims (UTF-16 files carry a BOM).
  if (label === undefined || /^utf-?(8|16)/i.test(label)) return utf8OrSingleByte(bytes);
  if (!isSupportedLabel(label)) {
    return {
      ok: false,
      error: {
        code: "UNSUPPORTED_ENCODING",
        message: `the file declares encoding "${label}", which this system cannot decode`,
      },
    };
  }
  return { ok: true, text: decode(label, bytes, false) ?? "" };
}

// A file saved in windows-1251 without saying so (NBKR and NBT files have been) still has ASCII codes and values.
function utf8OrSingleByte(bytes: Uint8Array): DecodeRateResult {
  const text = decode("utf-8", bytes, true) ?? decode("windows-1251", bytes, false) ?? "";
  return { ok: true, text };
}
