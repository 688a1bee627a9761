// Turns a script file's bytes into text: BOM, UTF-8, UTF-16 without BOM, windows-1251 and KOI8-R by letter statistics.
// Pure: uses only the standard TextDecoder (WHATWG Encoding, in Node and browsers), reads no file, needs no iconv.

export type ScriptEncoding = "utf-8" | "utf-16le" | "utf-16be" | "windows-1251" | "koi8-r";

export type DecodeScriptError =
  | { readonly code: "EMPTY_FILE" }
  | { readonly code: "BINARY_FILE"; readonly offset: number }
  | { readonly code: "UNSUPPORTED_ENCODING"; readonly encoding: string };

export type DecodeScriptResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly encoding: ScriptEncoding;
      readonly hasBom: boolean;
      /** "certain" for a BOM or valid UTF-8; "likely" for a guess from byte statistics. */
      readonly confidence: "certain" | "likely";
    }
  | { readonly ok: false; readonly error: DecodeScriptError };

// Enough of the file to judge its encoding without walking a 50 MB upload twice.
const sampleSize = 64 * 1024;

function decodeWith(encoding: ScriptEncoding, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return null;
  }
}

/** UTF-16 without a BOM: in Latin or Cyrillic text one byte of each pair is 0x00 or 0x04. */
function guessUtf16(sample: Uint8Array): "utf-16le" | "utf-16be" | null {
  if (sample.length < 4) return null;
  let evenHigh = 0;
  let oddHigh = 0;
  for (let index = 0; index + 1 < sample.length; index += 2) {
    const even = sample[index] ?? 1;
    const odd = sample[index + 1] ?? 1;
    if (even === 0x00 || even === 0x04) evenHigh += 1;
    if (odd === 0x00 || odd === 0x04) oddHigh += 1;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddHigh > pairs * 0.6 && evenHigh < pairs * 0.1) return "utf-16le";
  if (evenHigh > pairs * 0.6 && oddHigh < pairs * 0.1) return "utf-16be";
  return null;
}

/** Offset of the first byte that marks a binary file (NUL or a control code no text uses), or -1. */
function findBinaryByte(sample: Uint8Array): number {
  return sample.findIndex(
    (byte) => byte === 0 || (byte < 0x20 && ![0x09, 0x0a, 0x0c, 0x0d, 0x1b].includes(byte)),
  );
}

// The ten commonest Russian letters make about two thirds of running text; read in the wrong single-byte
// encoding the same bytes land on rare letters, so the share of common ones tells the encodings apart.
const commonLetters = new Set("оеаинтсрвлОЕАИНТСРВЛ");

function scoreCyrillic(text: string): number {
  let common = 0;
  let letters = 0;
  for (const char of text) {
    if (char >= "\u0400" && char <= "\u04ff") {
      letters += 1;
      if (commonLetters.has(char)) common += 1;
    }
  }
  return letters === 0 ? 0 : common / letters;
}

function guessSingleByteCyrillic(sample: Uint8Array): ScriptEncoding {
  const koi8 = decodeWith("koi8-r", sample) ?? "";
  const windows = decodeWith("windows-1251", sample) ?? "";
  return scoreCyrillic(koi8) > scoreCyrillic(windows) ? "koi8-r" : "windows-1251";
}

/** Decodes a script file's bytes; CRLF is kept (the parsers read it), a BOM is removed. */
export function decodeScriptBytes(bytes: Uint8Array): DecodeScriptResult {
  if (bytes.length === 0) return { ok: false, error: { code: "EMPTY_FILE" } };
  const [b0, b1, b2] = bytes;
  const withBom = (encoding: ScriptEncoding, skip: number): DecodeScriptResult => {
    const text = decodeWith(encoding, bytes.subarray(skip));
    if (text === null) return { ok: false, error: { code: "UNSUPPORTED_ENCODING", encoding } };
    return { ok: true, text, encoding, hasBom: true, confidence: "certain" };
  };
  if (b0 === 0xef && b1 === 0xbb && b2 === 0xbf) return withBom("utf-8", 3);
  if (b0 === 0xff && b1 === 0xfe) return withBom("utf-16le", 2);
  if (b0 === 0xfe && b1 === 0xff) return withBom("utf-16be", 2);
  const sample = bytes.subarray(0, sampleSize);
  const utf16 = guessUtf16(sample);
  if (utf16) {
    const text = decodeWith(utf16, bytes);
    if (text === null) return { ok: false, error: { code: "UNSUPPORTED_ENCODING", encoding: utf16 } };
    return { ok: true, text, encoding: utf16, hasBom: false, confidence: "likely" };
  }
  const binaryAt = findBinaryByte(sample);
  if (binaryAt !== -1) return { ok: false, error: { code: "BINARY_FILE", offset: binaryAt } };
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return { ok: true, text, encoding: "utf-8", hasBom: false, confidence: "certain" };
  } catch {
    const encoding = guessSingleByteCyrillic(sample);
    const text = decodeWith(encoding, bytes);
    if (text === null) return { ok: false, error: { code: "UNSUPPORTED_ENCODING", encoding } };
    return { ok: true, text, encoding, hasBom: false, confidence: "likely" };
  }
}
