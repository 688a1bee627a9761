// `kinomost script parse FILE`: reads a screenplay and prints its scenes, characters and warnings.
// Fountain and Final Draft are read today; PDF and KIT Scenarist/Starc answer with a clear refusal.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import {
  buildScriptParseResult,
  decodeScriptBytes,
  formatScreenplayWarning,
  formatEighths,
  parseFdx,
  parseFountain,
  type DecodeScriptError,
} from "@kinomost/core";
import { UsageError } from "../environment.ts";

const formats = ["fountain", "fdx", "pdf", "kitsp", "starc"] as const;
type Format = (typeof formats)[number];

function describeDecodeError(file: string, error: DecodeScriptError): string {
  switch (error.code) {
    case "EMPTY_FILE":
      return `${file} is empty`;
    case "BINARY_FILE":
      return `${file} is not a text file (binary data at byte ${error.offset})`;
    case "UNSUPPORTED_ENCODING":
      return `${file} is in ${error.encoding}, which this system cannot decode`;
  }
}

/** The format from the option, else from the file's first bytes and name. */
function guessFormat(file: string, bytes: Uint8Array): Format {
  const head = new TextDecoder().decode(bytes.subarray(0, 512));
  if (head.startsWith("%PDF")) return "pdf";
  if (head.startsWith("SQLite format 3")) return file.toLowerCase().endsWith(".starc") ? "starc" : "kitsp";
  if (/<FinalDraft[\s>]/.test(head)) return "fdx";
  return "fountain";
}

export function registerScriptCommands(program: Command) {
  const script = program.command("script").description("screenplays");
  script
    .command("parse")
    .description("read a screenplay and list its scenes, characters and warnings")
    .argument("<file>", "the screenplay file")
    .option("--format <format>", `one of ${formats.join(", ")} (guessed from the content when omitted)`)
    .option("--json", "print the result as JSON")
    .action(async (file: string, options: { format?: string; json?: boolean }) => {
      if (options.format !== undefined && !(formats as readonly string[]).includes(options.format)) {
        throw new UsageError(`--format must be one of ${formats.join(", ")}, not "${options.format}"`);
      }
      const bytes = new Uint8Array(await readFile(file));
      const format = (options.format as Format | undefined) ?? guessFormat(file, bytes);
      if (format !== "fountain" && format !== "fdx") {
        throw new UsageError(`reading ${format} files is not available yet; Fountain and FDX are`);
      }
      const decoded = decodeScriptBytes(bytes);
      if (!decoded.ok) throw new UsageError(describeDecodeError(file, decoded.error));
      const script = format === "fdx" ? parseFdx(decoded.text) : parseFountain(decoded.text);
      const unreadable = script.warnings.find((w) => w.code === "MALFORMED_XML" || w.code === "NOT_FDX");
      if (unreadable) throw new UsageError(`${file}: ${formatScreenplayWarning(unreadable)}`);
      const result = buildScriptParseResult(script);
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
