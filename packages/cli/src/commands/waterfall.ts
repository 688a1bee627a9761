// `kinomost waterfall run WATERFALL.json RECEIPTS.csv [--json] [--rates RATES.json]`: runs receipts through a
// recoupment waterfall. The work is the core's runWaterfall; this file reads the files, prints, and turns any
// failure into one line naming the file and the row or JSON path.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import {
  emptyRateBook,
  formatMoneyDecimal,
  parseReceiptsCsv,
  parseWaterfallJson,
  readRateBook,
  runWaterfall,
  toWaterfallRunJson,
  type RateBook,
  type WaterfallDefinition,
  type WaterfallRun,
} from "@kinomost/core";
import { UsageError } from "../environment.ts";

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read ${file} (${reason})`);
  }
}

/** The first message, and how many more there are: the command fails in one line. */
function firstOf(file: string, messages: readonly string[]): UsageError {
  const more = messages.length > 1 ? ` (and ${messages.length - 1} more)` : "";
  return new UsageError(`${file}: ${messages[0] ?? "invalid"}${more}`);
}

async function readRates(file: string | undefined): Promise<RateBook> {
  if (file === undefined) return emptyRateBook;
  let json: unknown;
  try {
    json = JSON.parse((await readText(file)).replace(/^\uFEFF/, ""));
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`${file}: not JSON (${error instanceof Error ? error.message : String(error)})`);
  }
  const book = readRateBook(json);
  if (!book.ok)
    throw firstOf(
      file,
      book.errors.map((error) => error.message),
    );
  return book.value;
}

function printTable(definition: WaterfallDefinition, run: WaterfallRun) {
  const money = (minor: bigint) => formatMoneyDecimal({ minor, currency: run.currency });
  const rows: [string, string][] = [
    ["received", money(run.received)],
    ...definition.parties.map((party): [string, string] => [
      `  ${party.id}${party.name === party.id ? "" : ` (${party.name})`}`,
      money(run.distributed.get(party.id) ?? 0n),
    ]),
    ["retained", money(run.retained)],
  ];
  const labelWidth = Math.max(...rows.map(([label]) => label.length));
  const amountWidth = Math.max(...rows.map(([, amount]) => amount.length));
  const receipts = run.trace.length === 1 ? "1 receipt" : `${run.trace.length} receipts`;
  console.log(`${definition.title || "waterfall"}: ${receipts}, amounts in ${run.currency}`);
  for (const [label, amount] of rows)
    console.log(`${label.padEnd(labelWidth)}  ${amount.padStart(amountWidth)}`);
}

export function registerWaterfallCommands(program: Command) {
  const waterfall = program.command("waterfall").description("recoupment waterfalls");
  waterfall
    .command("run")
    .description("run receipts through a recoupment waterfall and show who is paid what")
    .argument("<waterfall>", "the waterfall definition (JSON, see core/src/waterfall/FORMAT.md)")
    .argument("<receipts>", "receipts CSV: date, source, territory, media, currency, amount")
    .option("--rates <file>", "exchange rates JSON, for receipts not in the waterfall's currency")
    .option("--json", "print the result, with the trace of every receipt, as JSON")
    .action(
      async (waterfallFile: string, receiptsFile: string, options: { rates?: string; json?: boolean }) => {
        const definition = parseWaterfallJson(await readText(waterfallFile));
        if (!definition.ok)
          throw firstOf(
            waterfallFile,
            definition.errors.map((error) => error.message),
          );
        const receipts = parseReceiptsCsv(await readText(receiptsFile));
        if (!receipts.ok)
          throw firstOf(
            receiptsFile,
            receipts.errors.map((error) => error.message),
          );
        const rates = await readRates(options.rates);
        const result = runWaterfall(definition.value, receipts.value, rates);
        if (!result.ok) {
          const hint = options.rates === undefined ? "; pass --rates" : "";
          throw firstOf(receiptsFile, [
            `${result.errors[0]?.message ?? ""}${hint}`,
            ...result.errors.slice(1).map((e) => e.message),
          ]);
        }
        if (options.json) console.log(JSON.stringify(toWaterfallRunJson(result.value), null, 2));
        else printTable(definition.value, result.value);
      },
    );
}
