import { describe, expect, it } from "vitest";
import { detectCsvDelimiter, readActualsCsv } from "./csv.ts";

/** Cyrillic text as Russian Excel saves it: windows-1251, one byte a letter. */
function windows1251(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    if (char === "ё") return 0xb8;
    if (char === "Ё") return 0xa8;
    if (char === "«") return 0xab;
    if (char === "»") return 0xbb;
    throw new Error(`no windows-1251 byte for ${char}`);
  });
}

const russian =
  'Дата;Контрагент;Сумма\r\n01.04.2026;ООО "Ромашка";12 500,50\r\n\r\n02.04.2026;"Свет; звук";7,5\r\n';

describe("readActualsCsv", () => {
  it("reads a semicolon file in UTF-8 with a BOM, keeping blank lines as blank rows", () => {
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(russian)]);
    const result = readActualsCsv(bytes);
    expect(result).toMatchObject({ ok: true, delimiter: ";", encoding: "utf-8" });
    expect(result.ok && result.rows).toEqual([
      ["Дата", "Контрагент", "Сумма"],
      ["01.04.2026", 'ООО "Ромашка"', "12 500,50"],
      [""],
      ["02.04.2026", "Свет; звук", "7,5"],
    ]);
  });

  it("reads windows-1251 as saved by Russian Excel", () => {
    const result = readActualsCsv(windows1251(russian));
    expect(result).toMatchObject({ ok: true, encoding: "windows-1251" });
    expect(result.ok && result.rows[1]).toEqual(["01.04.2026", 'ООО "Ромашка"', "12 500,50"]);
  });

  it("reads a comma file in UTF-8 without a BOM", () => {
    const text = 'Date,Vendor,Amount\n2026-04-01,"Lights, Inc.","12,500.50"\n';
    const result = readActualsCsv(new TextEncoder().encode(text));
    expect(result.ok && result.rows).toEqual([
      ["Date", "Vendor", "Amount"],
      ["2026-04-01", "Lights, Inc.", "12,500.50"],
    ]);
  });

  it("refuses empty, binary and broken files with the line", () => {
    expect(readActualsCsv(new Uint8Array())).toMatchObject({ ok: false, error: { code: "EMPTY_FILE" } });
    expect(readActualsCsv(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x00, 0x01]))).toMatchObject({
      ok: false,
      error: { code: "BINARY_FILE" },
    });
    const broken = readActualsCsv(new TextEncoder().encode('a;b\n1;"open\n2;3\n'));
    expect(broken).toMatchObject({ ok: false, error: { code: "BAD_CSV", row: expect.any(Number) } });
  });

  it("tells the delimiter from the header, not from commas inside amounts or quotes", () => {
    expect(detectCsvDelimiter("Дата;Сумма, руб.;Валюта\n1,2,3,4")).toBe(";");
    expect(detectCsvDelimiter('"a;b";c,d,e')).toBe(",");
    expect(detectCsvDelimiter("\n\nDate,Vendor")).toBe(",");
    expect(detectCsvDelimiter("a\tb\tc")).toBe("\t");
  });
});
