// `kinomost coproduction check FILE.json --rules PACK[,PACK] [--json]`: runs the qualification engine on a consortium
// described in the documented JSON (packages/core/src/coproduction/FORMAT.md) against rule packs, built-in or the
// user's own YAML or JSON files (RULE-PACKS.md); `kinomost coproduction validate-pack FILE` checks such a file.
// The judging and the reading of packs are the core's; this file only reads files, picks packs, prints, and exits 1
// when a pack fails.
import { readFile } from "node:fs/promises";
import { extname } from "node:path";
import type { Command } from "commander";
import {
  builtinRulePacks,
  evaluateQualification,
  findBuiltinRulePack,
  readRulePack,
  toQualificationContract,
  validateConsortium,
  type RulePack,
  type RulePackFormat,
} from "@kinomost/core";
import { UsageError } from "../environment.ts";

const packFormats: Readonly<Record<string, RulePackFormat>> = {
  ".json": "json",
  ".yaml": "yaml",
  ".yml": "yaml",
};

/** A `--rules` entry names a file when it has a pack file's extension or a path separator. */
function isPackFile(entry: string): boolean {
  return extname(entry).toLowerCase() in packFormats || /[/\\]/.test(entry);
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read ${file} (${reason})`);
  }
}

/**
 * Reads a pack file, YAML or JSON by its extension (guessed from the text otherwise). A bad pack prints one line
 * per problem, `kinomost: FILE:LINE: path: message`, the last as the command's failure.
 */
async function readPackFile(file: string): Promise<RulePack> {
  const read = readRulePack(await readText(file), packFormats[extname(file).toLowerCase()]);
  if (read.ok) return read.pack;
  const lines = read.errors.map((error) => {
    const where = error.line === null ? file : `${file}:${error.line}`;
    return error.path === "" ? `${where}: ${error.message}` : `${where}: ${error.path}: ${error.message}`;
  });
  for (const line of lines.slice(0, -1)) console.error(`kinomost: ${line}`);
  throw new UsageError(lines.at(-1) ?? `${file}: not a rule pack`);
}

async function pickPacks(list: string): Promise<RulePack[]> {
  const entries = list
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  if (entries.length === 0) throw new UsageError("--rules needs at least one rule pack id or pack file");
  const packs: RulePack[] = [];
  for (const entry of entries) {
    const pack = isPackFile(entry) ? await readPackFile(entry) : findBuiltinRulePack(entry);
    if (!pack) {
      throw new UsageError(
        `unknown rule pack "${entry}" (known: ${builtinRulePacks.map((known) => known.id).join(", ")}; ` +
          "or give a .json, .yaml or .yml pack file)",
      );
    }
    // Results are keyed by pack id: two packs under one id could not be told apart.
    if (packs.some((picked) => picked.id === pack.id)) {
      throw new UsageError(`two rule packs have the id "${pack.id}" (${entry} is the second)`);
    }
    packs.push(pack);
  }
  return packs;
}

async function readJson(file: string): Promise<unknown> {
  const text = await readText(file);
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (error) {
    throw new UsageError(`${file} is not JSON: ${(error as Error).message}`);
  }
}

export function registerCoproductionCommands(program: Command) {
  const coproduction = program.command("coproduction").description("co-production consortia and treaties");
  coproduction
    .command("check")
    .description("check a consortium against treaty and national-film rule packs (exit 1 when a pack fails)")
    .argument("<file>", "the consortium as JSON (kinomost.consortium/1)")
    .requiredOption(
      "--rules <packs>",
      `comma-separated rule packs: ${builtinRulePacks.map((pack) => pack.id).join(", ")}, ` +
        "or paths to pack files (.json, .yaml, .yml)",
    )
    .option("--json", "print the result as JSON")
    .option("--language <code>", "messages in ru or en", "en")
    .action(async (file: string, options: { rules: string; json?: boolean; language: string }) => {
      if (options.language !== "ru" && options.language !== "en") {
        throw new UsageError(`--language must be ru or en, not "${options.language}"`);
      }
      const packs = await pickPacks(options.rules);
      const consortium = validateConsortium(await readJson(file));
      if (!consortium.ok) {
        for (const problem of consortium.errors.slice(1)) console.error(`${file}: ${problem.message}`);
        const [first] = consortium.errors;
        const more = consortium.errors.length > 1 ? ` (and ${consortium.errors.length - 1} more above)` : "";
        throw new UsageError(`${file}: ${first?.message ?? "not a consortium"}${more}`);
      }
      const result = evaluateQualification(consortium.value, packs, { locale: options.language });
      if (options.json) {
        console.log(JSON.stringify(toQualificationContract(result), null, 2));
      } else {
        const passed = result.packs.filter((pack) => pack.pass).length;
        console.log(`${consortium.value.title}: ${passed} of ${result.packs.length} rule packs pass`);
        for (const pack of result.packs) {
          const points = pack.points === null ? "" : `, points ${pack.points} (${pack.required} required)`;
          console.log(`${pack.pass ? "PASS" : "FAIL"}  ${pack.id} — ${pack.name}${points}`);
          for (const rule of pack.rules)
            console.log(`  ${rule.pass ? "ok  " : "FAIL"}  ${rule.id}: ${rule.message}`);
        }
      }
      if (result.packs.some((pack) => !pack.pass)) process.exitCode = 1;
    });
  coproduction
    .command("validate-pack")
    .description("check a rule pack file (YAML or JSON) against the format; print its problems by line")
    .argument("<file>", "the rule pack (.yaml, .yml or .json)")
    .action(async (file: string) => {
      const pack = await readPackFile(file);
      const rules = `${pack.rules.length} rule${pack.rules.length === 1 ? "" : "s"}`;
      console.log(`${file}: ${pack.id} — ${pack.name}, version ${pack.version}, ${rules}`);
    });
}
