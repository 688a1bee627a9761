import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { runWaterfall } from "./engine.ts";
import { readRateBook } from "./rates.ts";
import { parseReceiptsCsv } from "./receipts-csv.ts";
import { buildStatements } from "./statements.ts";
import { parseWaterfallJson } from "./validate.ts";
import { periodBounds } from "./dates.ts";

const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8");

function iskra() {
  const definition = parseWaterfallJson(fixture("iskra.waterfall.json"));
  const receipts = parseReceiptsCsv(fixture("iskra.receipts.csv"));
  const rates = readRateBook(JSON.parse(fixture("iskra.rates.json")));
  if (!definition.ok || !receipts.ok || !rates.ok) throw new Error("fixture does not load");
  const run = runWaterfall(definition.value, receipts.value, rates.value);
  if (!run.ok) throw new Error("run");
  return { definition: definition.value, run: run.value };
}

const sum = (lines: readonly { amount: bigint }[]) => lines.reduce((total, line) => total + line.amount, 0n);

describe("buildStatements", () => {
  const { definition, run } = iskra();

  it("balances every statement and chains closing into opening", () => {
    const statements = buildStatements(definition, run, "quarter");
    expect(statements).toHaveLength(definition.parties.length * 8);
    for (const statement of statements) {
      expect(sum(statement.deductions) + sum(statement.distributions) + statement.retained).toBe(
        statement.receipts,
      );
      expect(statement.closing.received).toBe(statement.opening.received + sum(statement.distributions));
    }
    const ru = statements.filter((statement) => statement.party === "ru");
    ru.slice(1).forEach((statement, index) => expect(statement.opening).toEqual(ru[index]?.closing));
    expect(ru.at(-1)?.closing.received).toBe(run.distributed.get("ru"));
  });

  it("shows an investment being recouped: what is owed falls to zero", () => {
    const kz = buildStatements(definition, run, "half-year").filter((statement) => statement.party === "kz");
    // 60,000,000.00 + 15 % premium = 69,000,000.00 owed at the start
    expect(kz[0]).toMatchObject({ period: "2025-H1", from: "2025-01-01", to: "2025-06-30" });
    expect(kz[0]?.opening).toEqual({ received: 0n, outstanding: 6_900_000_000n });
    expect(kz.at(-1)?.closing.outstanding).toBe(0n);
  });

  it("lists empty periods between receipts", () => {
    expect(periodBounds("2025-12", "month")).toEqual({
      from: "2025-12-01",
      to: "2025-12-31",
      next: "2026-01",
    });
    expect(periodBounds("2024-Q1", "quarter")).toEqual({
      from: "2024-01-01",
      to: "2024-03-31",
      next: "2024-Q2",
    });
    const months = buildStatements(definition, run, "month").filter(
      (statement) => statement.party === "fund",
    );
    expect(months).toHaveLength(23); // 2025-02 … 2026-12
    expect(months.find((statement) => statement.period === "2025-04")?.receipts).toBe(
      run.trace
        .filter((receipt) => receipt.date.startsWith("2025-04"))
        .reduce((total, r) => total + r.gross, 0n),
    );
  });
});
