// `kinomost script parse FILE`: reads a screenplay and prints its scenes, characters and warnings.
// Fountain, Final Draft, PDF, KIT Scenarist and Story Architect files, the format guessed from the content.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import {
  buildScriptParseResult,
  describeReadScriptError,
  formatEighths,
  formatScreenplayWarning,
  scriptFormats,
  type ScriptFormat,
} from "@kinomost/core";
import { readScriptFile } from "@kinomost/server";
import { UsageError } from "../environment.ts";

export function registerScriptCommands(program: Command) {
  const script = program.command("script").description("screenplays");
  script
    .command("parse")
    .description("read a screenplay and list its scenes, characters and warnings")
    .argument("<file>", "the screenplay file")
    .option("--format <format>", `one of ${scriptFormats.join(", ")} (guessed from the content when omitted)`)
    .option("--json", "print the result as JSON")
    .action(async (file: string, options: { format?: string; json?: boolean }) => {
      if (options.format !== undefined && !(scriptFormats as readonly string[]).includes(options.format)) {
        throw new UsageError(`--format must be one of ${scriptFormats.join(", ")}, not "${options.format}"`);
      }
      const bytes = new Uint8Array(await readFile(file));
      const read = await readScriptFile(bytes, {
        fileName: file,
        ...(options.format ? { format: options.format as ScriptFormat } : {}),
      });
      if (!read.ok) throw new UsageError(describeReadScriptError(file, read.error));
      const result = buildScriptParseResult(read.script);
      if (options.json) {
        console.log(JSON.stringify(result, null, 2));
        return;
      }
      console.log(
        `${result.title ?? file} — ${result.scenes.length} scenes, ${result.characters.length} characters`,
      );
      for (const scene of result.scenes) {
        console.log(
          `${(scene.number ?? "").padStart(4)}  ${formatEighths(scene.eighths).padStart(6)}  ${scene.heading}`,
        );
      }
      for (const warning of result.warnings) console.error(formatScreenplayWarning(warning));
    });
}
