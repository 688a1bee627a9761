import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { generateRulePackJsonSchema, isLanguageCode, ruleKinds, rulePackSchema } from "./pack-schema.ts";
import { builtinRulePacks } from "./packs/builtin.ts";
import type { RuleKind } from "./rule-pack.ts";

describe("the rule pack schema", () => {
  it.each(builtinRulePacks.map((pack) => [pack.id, pack] as const))(
    "accepts the built-in pack %s as it is",
    (_, pack) => {
      const parsed = rulePackSchema.safeParse(pack);
      expect(parsed.error?.issues ?? []).toEqual([]);
      expect(parsed.data).toEqual(pack);
    },
  );

  it("knows every rule kind of rule-pack.ts, once", () => {
    // A Record over RuleKind fails to compile when a kind is added to the type and not listed here.
    const kinds: Record<RuleKind, true> = {
      "share-limits": true,
      "financial-share": true,
      "non-party-share": true,
      "parties-present": true,
      "third-country-share": true,
      "language-versions": true,
      "proportional-contribution": true,
      points: true,
      "producer-from": true,
      "key-creatives": true,
      "foreign-crew-max": true,
      "company-work-min": true,
      "foreign-financing-max": true,
      "state-funding-max": true,
    };
    expect([...ruleKinds].sort()).toEqual(Object.keys(kinds).sort());
  });

  it("knows ISO 639-1 codes in lower case and nothing else", () => {
    for (const code of ["ru", "kk", "ky", "uz", "tg", "be", "hy", "az", "ro", "en"])
      expect(isLanguageCode(code)).toBe(true);
    for (const code of ["RU", "rus", "xx", "bh", "", "r"]) expect(isLanguageCode(code)).toBe(false);
  });

  it("accepts an editor's $schema field and the optional localized labels of a points element", () => {
    const [pack] = builtinRulePacks;
    const withExtras = {
      ...pack,
      $schema: "https://kinomost.example/api/v1/rule-pack.schema.json",
      rules: [
        {
          id: "points",
          kind: "points",
          residenceCounts: false,
          tables: {
            fiction: {
              required: 1,
              elements: [
                {
                  id: "director",
                  label: "director",
                  labels: { ru: "режиссёр" },
                  points: 1,
                  role: "director",
                },
              ],
            },
          },
        },
      ],
    };
    expect(rulePackSchema.safeParse(withExtras).success).toBe(true);
  });
});

describe("the JSON Schema for editors", () => {
  const committed: unknown = JSON.parse(
    readFileSync(new URL("./rule-pack.schema.json", import.meta.url), "utf8"),
  );

  it("is committed exactly as the zod schema generates it", () => {
    // Compared as JSON text, key order included; only the formatting (prettier's) may differ.
    expect(
      JSON.stringify(committed),
      "rule-pack.schema.json is stale: run npx tsx packages/core/scripts/write-rule-pack-schema.ts",
    ).toBe(JSON.stringify(generateRulePackJsonSchema()));
  });

  it("is draft-07, refuses unknown fields and lists every rule kind", () => {
    const schema = generateRulePackJsonSchema() as {
      $schema: string;
      additionalProperties: boolean;
      properties: Record<string, unknown>;
      definitions: {
        rule: { oneOf: { properties: { kind: { const: string } }; additionalProperties: boolean }[] };
      };
    };
    expect(schema.$schema).toBe("http://json-schema.org/draft-07/schema#");
    expect(schema.additionalProperties).toBe(false);
    expect(Object.keys(schema.properties)).toContain("$schema");
    const options = schema.definitions.rule.oneOf;
    expect(options.map((option) => option.properties.kind.const)).toEqual(ruleKinds);
    expect(options.every((option) => option.additionalProperties === false)).toBe(true);
  });
});
