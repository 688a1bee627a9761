import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../testing/run-cli.ts";

const fixtures = fileURLToPath(new URL("../../../core/src/waterfall/fixtures/", import.meta.url));
const waterfall = `${fixtures}iskra.waterfall.json`;
const receipts = `${fixtures}iskra.receipts.csv`;
const rates = `${fixtures}iskra.rates.json`;

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "kinomost-waterfall-")), name);
  writeFileSync(path, content);
  return path;
}

describe("kinomost waterfall run", () => {
  it("prints the contract JSON for the «Искра» example", async () => {
    const result = await runCli(["waterfall", "run", waterfall, receipts, "--rates", rates, "--json"]);
    expect(result.err).toBe("");
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out);
    expect(Object.keys(parsed)).toEqual(["currency", "received", "distributed", "retained", "trace"]);
    expect(parsed).toMatchObject({ currency: "RUB", received: "550913565.50", retained: "0.00" });
    const cents = (text: string) => BigInt(text.replace(".", ""));
    const distributed = Object.values(parsed.distributed as Record<string, string>).reduce(
      (a, b) => a + cents(b),
      0n,
    );
    expect(distributed + cents(parsed.retained)).toBe(cents(parsed.received));
    expect(parsed.trace).toHaveLength(26);
    expect(parsed.trace[1]).toMatchObject({
      row: 3,
      currency: "KZT",
      rate: { from: "KZT", to: "RUB", date: "2025-03-01", value: "0.179512" },
      gross: "37697520.00",
      pot: "home-kz",
    });
  });

  it("prints a table for people", async () => {
    const result = await runCli(["waterfall", "run", waterfall, receipts, "--rates", rates]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/26 receipts, amounts in RUB/);
    expect(result.out).toMatch(/^received\s+550913565\.50$/m);
    expect(result.out).toMatch(/^ {2}fund \(Cinema Fund \(repayable support\)\)\s+8617902\.50$/m);
  });

  it("fails in one line naming the row and column of a bad receipt", async () => {
    const bad = tempFile(
      "bad.csv",
      "date,source,territory,media,currency,amount\n31.02.2026,A,RU,svod,RUB,1\n",
    );
    const result = await runCli(["waterfall", "run", waterfall, bad, "--rates", rates]);
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toBe(
      `kinomost: ${bad}: row 2, column "date": "31.02.2026" is not a real day (YYYY-MM-DD or DD.MM.YYYY)`,
    );
  });

  it("fails naming the JSON path of a waterfall that cannot work", async () => {
    const cyclic = tempFile(
      "cycle.json",
      JSON.stringify({
        format: "kinomost.waterfall/1",
        currency: "RUB",
        parties: [{ id: "a" }],
        pots: [
          { id: "x", tiers: [{ id: "t1", kind: "expenses", party: "a", cap: "1.00" }], then: "y" },
          { id: "y", tiers: [{ id: "t2", kind: "expenses", party: "a", cap: "1.00" }], then: "x" },
        ],
      }),
    );
    const result = await runCli(["waterfall", "run", cyclic, receipts]);
    expect(result.code).toBe(1);
    expect(result.err).toBe(
      `kinomost: ${cyclic}: $.pots[0].then: the pots pass money round in a cycle: x → y → x`,
    );
  });

  it("asks for rates when receipts are in another currency", async () => {
    const result = await runCli(["waterfall", "run", waterfall, receipts]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^kinomost: .*iskra\.receipts\.csv: row 3: no KZT→RUB rate on 2025-03-03 .*; pass --rates \(and \d+ more\)$/,
    );
  });

  it("names a file it cannot read", async () => {
    const result = await runCli(["waterfall", "run", "/nonexistent/w.json", receipts]);
    expect(result.code).toBe(1);
    expect(result.err).toBe("kinomost: cannot read /nonexistent/w.json (ENOENT)");
  });
});
