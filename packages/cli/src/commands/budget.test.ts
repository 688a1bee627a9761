import { describe, expect, it } from "vitest";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { runCli } from "../testing/run-cli.ts";

const iskra = fileURLToPath(new URL("../../../core/src/budget/fixtures/iskra-budget.json", import.meta.url));

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "kinomost-budget-")), name);
  writeFileSync(path, content);
  return path;
}

describe("kinomost budget total", () => {
  it("prints totals per category, partner and country", async () => {
    const result = await runCli(["budget", "total", iskra]);
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/^Искра — бюджет производства \(пример\): base RUB, rates cbr 2025-04-01/);
    expect(result.out).toMatch(/^ {2}Total\s+39 885 822\.91$/m);
    expect(result.out).toMatch(/^ {2}Беларусьфильм\s+4 417 033\.57$/m);
    expect(result.out).toMatch(/^ {2}KZ\s+2 314 700\.19$/m);
  });

  it("prints JSON in another currency, with exact decimal strings", async () => {
    const result = await runCli(["budget", "total", iskra, "--currency", "KZT", "--json"]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out);
    expect(parsed).toMatchObject({ baseCurrency: "RUB", currency: "KZT", total: { base: "39885822.91" } });
    expect(parsed.categories).toHaveLength(6);
    expect(parsed.partners.map((row: { partner: string }) => row.partner)).toEqual([
      "123",
      "belarusfilm",
      "kinoliga",
      "tajikfilm",
      "kyrgyzfilm",
    ]);
    expect(parsed.total.amount).toMatch(/^\d+\.\d{2}$/);
  });

  it("names the JSON path of a bad line", async () => {
    const file = tempFile(
      "bad.json",
      JSON.stringify({
        format: "kinomost-budget",
        version: 1,
        title: "bad",
        baseCurrency: "RUB",
        rates: { base: "RUB", date: "2025-04-01", source: "manual", perUnit: {} },
        partners: [{ id: "p", name: "P" }],
        categories: [
          {
            code: "1",
            name: "c",
            side: "below",
            partner: "p",
            country: "RU",
            accounts: [
              {
                code: "11",
                name: "a",
                lines: [{ description: "d", amount: "DAYS *", unit: "day", rate: "1", currency: "RUB" }],
              },
            ],
          },
        ],
      }),
    );
    const result = await runCli(["budget", "total", file]);
    expect(result).toMatchObject({
      code: 1,
      err: `kinomost: ${file}: categories[0].accounts[0].lines[0].amount: "DAYS *": the formula ends too early`,
    });
  });

  it("refuses a currency that is not ISO 4217 and a missing file", async () => {
    expect(await runCli(["budget", "total", iskra, "--currency", "RUR"])).toMatchObject({
      code: 1,
      err: 'kinomost: --currency must be an ISO 4217 code such as RUB, not "RUR"',
    });
    expect(await runCli(["budget", "total", "/nonexistent/budget.json"])).toMatchObject({
      code: 1,
      err: "kinomost: cannot read /nonexistent/budget.json (ENOENT)",
    });
  });

  it("fails plainly on a file that is not a budget", async () => {
    const result = await runCli(["budget", "total", tempFile("x.json", "[1, 2")]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(/not valid JSON/);
  });
});
