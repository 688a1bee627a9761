// `kinomost rates parse FILE [--json]`: recognizes which central bank's exchange-rate file it is and prints its rates.
// The reading is the core's parseRateFile; this file only reads bytes, prints, and turns failures into one line.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { parseRateFile, type RateFile } from "@kinomost/core";
import { UsageError } from "../environment.ts";

const bankNames: Record<RateFile["source"], string> = {
  cbr: "Bank of Russia",
  nbrb: "National Bank of the Republic of Belarus",
  nbk: "National Bank of Kazakhstan",
  cbu: "Central Bank of Uzbekistan",
  nbkr: "National Bank of the Kyrgyz Republic",
  nbt: "National Bank of Tajikistan",
};

async function readBytes(file: string): Promise<Uint8Array> {
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read ${file} (${reason})`);
  }
}

function printTable(rates: RateFile) {
  console.log(
    `${bankNames[rates.source]} (${rates.source}), ${rates.date}: ${rates.rates.length} rates in ${rates.base}`,
  );
  const nominalWidth = Math.max(7, ...rates.rates.map((rate) => String(rate.nominal).length));
  const valueWidth = Math.max(5, ...rates.rates.map((rate) => rate.value.length));
  console.log(`CUR  ${"nominal".padStart(nominalWidth)}  ${"value".padStart(valueWidth)}  per unit`);
  for (const rate of rates.rates) {
    console.log(
      `${rate.currency}  ${String(rate.nominal).padStart(nominalWidth)}  ${rate.value.padStart(valueWidth)}  ${rate.perUnit}`,
    );
  }
}

export function registerRatesCommands(program: Command) {
  const rates = program.command("rates").description("exchange rates");
  rates
    .command("parse")
    .description("read an official rate file of the central bank of RU, BY, KZ, UZ, KG or TJ")
    .argument("<file>", "the bank's XML or JSON file")
    .option("--json", "print the result as JSON")
    .action(async (file: string, options: { json?: boolean }) => {
      const result = parseRateFile(await readBytes(file));
      if (!result.ok) {
        const where = result.error.path === undefined ? "" : ` [${result.error.path}]`;
        throw new UsageError(`${file}: ${result.error.message}${where}`);
      }
      if (options.json) console.log(JSON.stringify(result.value, null, 2));
      else printTable(result.value);
      for (const warning of result.warnings) console.error(`${file}: warning: ${warning.message}`);
    });
}
