// The `kinomost` command. Each command lives in commands/; this file wires them and turns every
// failure into a one-line reason and a non-zero exit.
import { Command, CommanderError } from "commander";
import { registerServe } from "./commands/serve.ts";
import { registerBudgetCommands } from "./commands/budget.ts";
import { registerCoproductionCommands } from "./commands/coproduction.ts";
import { registerDatabaseCommands } from "./commands/database.ts";
import { registerRatesCommands } from "./commands/rates.ts";
import { registerScheduleCommands } from "./commands/schedule.ts";
import { registerScriptCommands } from "./commands/script.ts";
import { registerWaterfallCommands } from "./commands/waterfall.ts";
import { registerAuditCommands } from "./commands/audit.ts";

export function buildProgram(): Command {
  const program = new Command("kinomost")
    .description("Kinomost — the platform for international film and TV co-production")
    .version("0.1.0")
    .showHelpAfterError("(run kinomost --help for the commands)")
    .exitOverride();
  registerServe(program);
  registerDatabaseCommands(program);
  registerScriptCommands(program);
  registerScheduleCommands(program);
  registerRatesCommands(program);
  registerBudgetCommands(program);
  registerCoproductionCommands(program);
  registerWaterfallCommands(program);
  registerAuditCommands(program);
  return program;
}

export async function main(argv: string[]): Promise<void> {
  try {
    await buildProgram().parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`kinomost: ${message.split("\n")[0]}`);
    process.exitCode = 1;
  }
}
