// `kinomost coproduction check FILE.json --rules PACK[,PACK] [--json]`: runs the qualification engine on a consortium
// described in the documented JSON (packages/core/src/coproduction/FORMAT.md) against built-in rule packs.
// The judging is the core's; this file only reads the file, picks packs, prints, and exits 1 when a pack fails.
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import {
  builtinRulePacks,
  evaluateQualification,
  findBuiltinRulePack,
  toQualificationContract,
  validateConsortium,
  type RulePack,
} from "@kinomost/core";
import { UsageError } from "../environment.ts";

function pickPacks(list: string): RulePack[] {
  const ids = list
    .split(",")
    .map((id) => id.trim())
    .filter((id) => id !== "");
  if (ids.length === 0) throw new UsageError("--rules needs at least one rule pack id");
  return ids.map((id) => {
    const pack = findBuiltinRulePack(id);
    if (!pack) {
      throw new UsageError(
        `unknown rule pack "${id}" (known: ${builtinRulePacks.map((known) => known.id).join(", ")})`,
      );
    }
    return pack;
  });
}

async function readJson(file: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    const reason = error instanceof Error && "code" in error ? String(error.code) : String(error);
    throw new UsageError(`cannot read ${file} (${reason})`);
  }
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
      `comma-separated rule packs: ${builtinRulePacks.map((pack) => pack.id).join(", ")}`,
    )
    .option("--json", "print the result as JSON")
    .action(async (file: string, options: { rules: string; json?: boolean }) => {
      const packs = pickPacks(options.rules);
      const consortium = validateConsortium(await readJson(file));
      if (!consortium.ok) {
        for (const problem of consortium.errors.slice(1)) console.error(`${file}: ${problem.message}`);
        const [first] = consortium.errors;
        const more = consortium.errors.length > 1 ? ` (and ${consortium.errors.length - 1} more above)` : "";
        throw new UsageError(`${file}: ${first?.message ?? "not a consortium"}${more}`);
      }
      const result = evaluateQualification(consortium.value, packs);
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
}
