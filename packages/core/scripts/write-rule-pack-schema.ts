// Writes the rule pack's JSON Schema for authors' editors, generated from the zod schema, into
// src/coproduction/rule-pack.schema.json. Run after changing pack-schema.ts:
//   npx tsx packages/core/scripts/write-rule-pack-schema.ts
// A test (pack-schema.test.ts) fails while the committed file differs from what the schema generates.
import { writeFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { format, resolveConfig } from "prettier";
import { generateRulePackJsonSchema } from "../src/coproduction/pack-schema.ts";

const target = fileURLToPath(new URL("../src/coproduction/rule-pack.schema.json", import.meta.url));
const options = { ...(await resolveConfig(target)), filepath: target };
await writeFile(target, await format(JSON.stringify(generateRulePackJsonSchema()), options));
console.log(`wrote ${target}`);
