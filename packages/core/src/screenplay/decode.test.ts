import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeScriptBytes } from "./decode.ts";

const fixture = (name: string) => new Uint8Array(readFileSync(join(import.meta.dirname, "fixtures", name)));
const bytesOf = (text: string) => new TextEncoder().encode(text);

describe("decodeScriptBytes", () => {
  it("reads UTF-8 with and without a BOM", () => {
    expect(decodeScriptBytes(fixture("by-short.fountain"))).toMatchObject({
      ok: true,
      encoding: "utf-8",
      hasBom: true,
    });
    const plain = decodeScriptBytes(bytesOf("ИНТ. ДОМ - ДЕНЬ"));
    expect(plain).toEqual({
      ok: true,
      text: "ИНТ. ДОМ - ДЕНЬ",
      encoding: "utf-8",
      hasBom: false,
      confidence: "certain",
    });
  });

  it("reads UTF-16 with a BOM and without one", () => {
    const withBom = decodeScriptBytes(fixture("ru-utf16.fountain"));
    expect(withBom).toMatchObject({ ok: true, encoding: "utf-16le", hasBom: true });
    expect(withBom.ok && withBom.text.startsWith("ИНТ. ШТАБ")).toBe(true);
    const text = "ИНТ. ШТАБ - НОЧЬ\r\n";
    const littleEndian = new Uint8Array(
      [...text].flatMap((char) => [char.charCodeAt(0) & 0xff, char.charCodeAt(0) >> 8]),
    );
    expect(decodeScriptBytes(littleEndian)).toMatchObject({
      ok: true,
      text,
      encoding: "utf-16le",
      hasBom: false,
    });
    const bigEndian = new Uint8Array(
      [...text].flatMap((char) => [char.charCodeAt(0) >> 8, char.charCodeAt(0) & 0xff]),
    );
    expect(decodeScriptBytes(bigEndian)).toMatchObject({ ok: true, text, encoding: "utf-16be" });
  });

  it("tells windows-1251 from KOI8-R even in a script written mostly in capitals", () => {
    const decoded = decodeScriptBytes(fixture("ru-cp1251.fountain"));
    expect(decoded).toMatchObject({ ok: true, encoding: "windows-1251", confidence: "likely" });
    expect(decoded.ok && decoded.text.includes("РАДИСТ (ВПЗ)\r\nНикак нет.")).toBe(true);
    // «Связь есть?» in KOI8-R.
    const koi8 = new Uint8Array([0xf3, 0xd7, 0xd1, 0xda, 0xd8, 0x20, 0xc5, 0xd3, 0xd4, 0xd8, 0x3f]);
    expect(decodeScriptBytes(koi8)).toMatchObject({ ok: true, text: "Связь есть?", encoding: "koi8-r" });
  });

  it("refuses empty and binary files with a stable code", () => {
    expect(decodeScriptBytes(new Uint8Array())).toEqual({ ok: false, error: { code: "EMPTY_FILE" } });
    const sqlite = bytesOf("SQLite format 3\u0000\u0010\u0000");
    expect(decodeScriptBytes(sqlite)).toEqual({ ok: false, error: { code: "BINARY_FILE", offset: 15 } });
  });
});
