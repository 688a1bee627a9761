import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../testing/run-cli.ts";

const fixtures = fileURLToPath(new URL("../../../core/src/rates/fixtures/", import.meta.url));

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "kinomost-rates-")), name);
  writeFileSync(path, content);
  return path;
}

describe("kinomost rates parse", () => {
  it("prints the contract JSON for the Bank of Russia's windows-1251 file", async () => {
    const result = await runCli(["rates", "parse", `${fixtures}cbr-2025-04-01.xml`, "--json"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out);
    expect(Object.keys(parsed)).toEqual(["source", "date", "base", "rates"]);
    expect(parsed).toMatchObject({ source: "cbr", date: "2025-04-01", base: "RUB" });
    expect(parsed.rates[1]).toEqual({ currency: "KZT", nominal: 100, value: "16.9831", perUnit: "0.169831" });
    expect(result.err).toBe("");
  });

  it("prints a table for people", async () => {
    const result = await runCli(["rates", "parse", `${fixtures}nbkr-2026-09-18.xml`]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^National Bank of the Kyrgyz Republic \(nbkr\), 2026-09-18: 2 rates in KGS/);
    expect(result.out).toMatch(/^JPY\s+10\s+5\.6749\s+0\.56749$/m);
  });

  it("prints warnings on standard error and still succeeds", async () => {
    const file = tempFile(
      "cbr.xml",
      `<ValCurs Date="01.04.2025"><Valute ID="R1"><CharCode>XYZ</CharCode><Nominal>1</Nominal><Value>1,5</Value></Valute>` +
        `<Valute ID="R2"><CharCode>USD</CharCode><Nominal>1</Nominal><Value>84,5</Value></Valute></ValCurs>`,
    );
    const result = await runCli(["rates", "parse", file, "--json"]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.out).rates).toHaveLength(1);
    expect(result.err).toMatch(/warning: Valute 1: "XYZ" is not an ISO 4217 currency code/);
  });

  it("fails with one line naming the bad element", async () => {
    const file = tempFile(
      "bad.xml",
      `<ValCurs Date="01.04.2025"><Valute ID="R1"><CharCode>USD</CharCode><Nominal>1</Nominal><Value>12,5.0</Value></Valute></ValCurs>`,
    );
    const result = await runCli(["rates", "parse", file]);
    expect(result).toMatchObject({
      code: 1,
      err: `kinomost: ${file}: Valute 1 (USD), Value: "12,5.0" is not a decimal number [ValCurs/Valute[1]/Value]`,
    });
  });

  it("fails plainly on a file that is not there", async () => {
    const result = await runCli(["rates", "parse", "/nonexistent/rates.xml"]);
    expect(result).toMatchObject({ code: 1, err: "kinomost: cannot read /nonexistent/rates.xml (ENOENT)" });
  });
});
