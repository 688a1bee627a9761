import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  guessRulePackFormat,
  maxRulePackBytes,
  readRulePack,
  writeRulePackJson,
  writeRulePackYaml,
  type ReadRulePackResult,
  type RulePackError,
  type RulePackErrorCode,
  type RulePackFormat,
} from "./pack-reader.ts";
import { builtinRulePacks } from "./packs/builtin.ts";
import type { RulePack } from "./rule-pack.ts";

// Mutations edit packs as loose JSON before writing them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a mutation may break any field
type LoosePack = Record<string, any>;

const writers: Record<RulePackFormat, (pack: RulePack) => string> = {
  json: (pack) => writeRulePackJson(pack),
  yaml: (pack) => writeRulePackYaml(pack),
};

function errorsOf(result: ReadRulePackResult): readonly RulePackError[] {
  if (result.ok) throw new Error("the pack was accepted");
  return result.errors;
}

/** A small valid pack in YAML, one field a line, for tests that break one line of it. */
const goodYaml = [
  "id: kz-kg-test", // 1
  "name: Kazakhstan–Kyrgyzstan (test)", // 2
  'version: "1"', // 3
  "kind: treaty", // 4
  "source:", // 5
  "  title: A test pack", // 6
  "  urls: []", // 7
  "validFrom: 2020-01-01", // 8
  "parties: [KZ, KG]", // 9
  "rules:", // 10
  "  - id: parties", // 11
  "    kind: parties-present", // 12
  "    minimum: 2", // 13
  "  - id: shares", // 14
  "    kind: share-limits", // 15
  "    bilateral: { min: 20, max: 80 }", // 16
  "    multilateral:", // 17
  "      min: 10", // 18
  "      max: 70", // 19
  "    partiesOnly: true", // 20
];

/** goodYaml with 1-based line `line` replaced by `text` (several lines allowed). */
function edited(line: number, text: string): string {
  return goodYaml.map((current, index) => (index === line - 1 ? text : current)).join("\n");
}

describe("readRulePack", () => {
  it("reads a pack in YAML, dates unquoted, and gives the RulePack", () => {
    const result = readRulePack(goodYaml.join("\n"));
    expect(result).toEqual({
      ok: true,
      pack: expect.objectContaining({ id: "kz-kg-test", validFrom: "2020-01-01", parties: ["KZ", "KG"] }),
    });
  });

  it("takes only http(s) addresses as sources, naming the line of the one that is not", () => {
    const errors = errorsOf(
      readRulePack(edited(7, '  urls: ["https://docs.cntd.ru/document/902120300", "kinometro.ru (news)"]')),
    );
    expect(errors).toEqual([
      expect.objectContaining({ line: 7, path: "source.urls[1]", message: expect.stringMatching(/http/) }),
    ]);
    expect(errorsOf(readRulePack(edited(7, '  urls: ["ftp://example.org/treaty"]')))[0]).toMatchObject({
      path: "source.urls[0]",
    });
  });

  it("drops the editor's $schema, from a JSON field or a YAML comment", () => {
    const [builtin] = builtinRulePacks;
    if (!builtin) throw new Error("no built-in pack");
    const json = readRulePack(writeRulePackJson(builtin, { schemaUrl: "./rule-pack.schema.json" }));
    expect(json.ok && json.pack).toEqual(builtin);
    expect(json.ok && "$schema" in json.pack).toBe(false);
    const yaml = writeRulePackYaml(builtin, {
      schemaUrl: "https://kinomost.example/api/v1/rule-pack.schema.json",
    });
    expect(yaml.split("\n")[0]).toBe(
      "# yaml-language-server: $schema=https://kinomost.example/api/v1/rule-pack.schema.json",
    );
    expect(readRulePack(yaml, "yaml")).toEqual({ ok: true, pack: builtin });
  });

  it("guesses JSON from a leading brace, YAML otherwise; a byte-order mark changes nothing", () => {
    expect(guessRulePackFormat('\uFEFF  {"id": "x"}')).toBe("json");
    expect(guessRulePackFormat("# a comment\nid: x")).toBe("yaml");
    expect(readRulePack(`\uFEFF${goodYaml.join("\n")}`).ok).toBe(true);
    expect(readRulePack(`\uFEFF${JSON.stringify(readPack(goodYaml.join("\n")))}`).ok).toBe(true);
  });

  it("reads JSON text given as YAML (JSON is YAML), but not YAML text given as JSON", () => {
    const json = JSON.stringify(readPack(goodYaml.join("\n")), null, 2);
    expect(readRulePack(json, "yaml").ok).toBe(true);
    expect(errorsOf(readRulePack(goodYaml.join("\n"), "json"))).toEqual([
      expect.objectContaining({
        code: "SYNTAX",
        line: 1,
        path: "",
        message: expect.stringMatching(/^not valid JSON/),
      }),
    ]);
  });

  describe("names the code, the path and the line of each problem", () => {
    const cases: [string, string, Partial<RulePackError>[]][] = [
      [
        "an unknown field",
        edited(13, "    minimum: 2\n    minimun: 3"),
        [
          {
            code: "UNKNOWN_FIELD",
            path: "rules[0].minimun",
            line: 14,
            message: "unknown field (expected one of id, note, kind, minimum, countries)",
          },
        ],
      ],
      [
        "min above max",
        edited(18, "      min: 75"),
        [
          {
            code: "BAD_RANGE",
            path: "rules[1].multilateral.max",
            line: 19,
            message: "max 70 is below min 75",
          },
        ],
      ],
      [
        "min above max in a flow mapping",
        edited(16, "    bilateral: { min: 30, max: 20 }"),
        [{ code: "BAD_RANGE", path: "rules[1].bilateral.max", line: 16 }],
      ],
      [
        "a percentage over 100",
        edited(19, "      max: 170"),
        [
          {
            code: "BAD_VALUE",
            path: "rules[1].multilateral.max",
            line: 19,
            message: "170 is above the maximum 100",
          },
        ],
      ],
      [
        "a duplicate rule id",
        edited(14, "  - id: parties"),
        [
          {
            code: "DUPLICATE_ID",
            path: "rules[1].id",
            line: 14,
            message: '"parties" is already the id of rules[0]',
          },
        ],
      ],
      [
        "an unknown rule kind",
        edited(15, "    kind: share-limit"),
        [
          {
            code: "UNKNOWN_RULE_KIND",
            path: "rules[1].kind",
            line: 15,
            message: expect.stringMatching(/^"share-limit" is not a rule kind \(one of share-limits, /),
          },
        ],
      ],
      [
        "a rule without a kind",
        edited(12, "    note: no kind"),
        [{ code: "MISSING_FIELD", path: "rules[0].kind", line: 11 }],
      ],
      [
        "a bad country",
        edited(9, "parties: [KZ, kg]"),
        [
          {
            code: "BAD_COUNTRY",
            path: "parties[1]",
            line: 9,
            message: '"kg" is not an ISO 3166 alpha-2 country code ("KZ")',
          },
        ],
      ],
      [
        "a country listed twice",
        edited(9, "parties:\n  - KZ\n  - KG\n  - KZ"),
        [{ code: "DUPLICATE_VALUE", path: "parties[2]", line: 12, message: '"KZ" is listed twice' }],
      ],
      [
        "a day no calendar has",
        edited(8, "validFrom: 2021-02-29"),
        [
          {
            code: "BAD_DATE",
            path: "validFrom",
            line: 8,
            message: '"2021-02-29" is not a date (YYYY-MM-DD)',
          },
        ],
      ],
      [
        "validTo before validFrom",
        edited(8, "validFrom: 2020-01-01\nvalidTo: 2019-12-31"),
        [{ code: "BAD_RANGE", path: "validTo", line: 9 }],
      ],
      [
        "a version YAML reads as a number",
        edited(3, "version: 1"),
        [
          {
            code: "WRONG_TYPE",
            path: "version",
            line: 3,
            message: 'expected a string, found 1 (write it in quotes: "1")',
          },
        ],
      ],
      [
        "a missing field",
        edited(2, "# no name"),
        [{ code: "MISSING_FIELD", path: "name", line: 1, message: "is required" }],
      ],
      ["a bad id", edited(1, "id: KZ KG"), [{ code: "BAD_ID", path: "id", line: 1 }]],
      [
        "a party required to take part that is not a party",
        edited(13, "    minimum: 2\n    countries: [KZ, UZ]"),
        [{ code: "NOT_A_PARTY", path: "rules[0].countries[1]", line: 14 }],
      ],
      [
        "a YAML syntax error",
        edited(16, "    bilateral: { min: 20, max: 80"),
        [{ code: "SYNTAX", path: "", line: 17 }],
      ],
      [
        "a key given twice",
        edited(4, "kind: treaty\nkind: national-film"),
        [{ code: "DUPLICATE_KEY", path: "", line: 5 }],
      ],
      [
        "an alias bomb",
        [
          ...goodYaml,
          "notes:",
          "  - &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
          "  - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
          "  - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
          "  - &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
          "  - [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
        ].join("\n"),
        [{ code: "ALIAS_LIMIT", path: "", line: 23, message: expect.stringMatching(/alias bomb/) }],
      ],
      ["an alias to no anchor", edited(9, "parties: *parties"), [{ code: "SYNTAX", path: "", line: 9 }]],
    ];

    it.each(cases)("%s", (_, text, expected) => {
      expect(errorsOf(readRulePack(text, "yaml"))).toEqual(
        expected.map((error) => expect.objectContaining(error)),
      );
    });
  });

  it("allows a few aliases, as an author reuses a list of roles", () => {
    const text = [
      ...goodYaml,
      "  - id: majority-creatives",
      "    kind: key-creatives",
      "    country: KZ",
      "    roles: &creatives [director, screenwriter, composer]",
      "    atLeast: majority",
      "  - id: foreign-crew",
      "    kind: foreign-crew-max",
      "    country: KZ",
      "    roles: *creatives",
      "    max: 30",
    ].join("\n");
    const result = readRulePack(text);
    expect(result.ok && result.pack.rules.length).toBe(4);
  });

  it("names the line of a problem inside an anchored list where the list is written", () => {
    const text = [
      ...goodYaml,
      "  - id: majority-creatives",
      "    kind: key-creatives",
      "    country: KZ",
      "    roles: &creatives [director, screenwriter, composr]", // line 24
      "    atLeast: majority",
      "  - id: foreign-crew",
      "    kind: foreign-crew-max",
      "    country: KZ",
      "    roles: *creatives",
      "    max: 30",
    ].join("\n");
    expect(errorsOf(readRulePack(text))).toEqual([
      expect.objectContaining({ code: "BAD_VALUE", path: "rules[2].roles[2]", line: 24 }),
      expect.objectContaining({ code: "BAD_VALUE", path: "rules[3].roles[2]", line: 24 }),
    ]);
  });

  it("says which shape a points element has when it mixes or lacks role, leadRank and places", () => {
    const points = (element: string) =>
      [
        ...goodYaml,
        "  - id: points",
        "    kind: points",
        "    residenceCounts: false",
        "    tables:",
        "      fiction:",
        "        required: 1",
        "        elements:",
        `          - ${element}`, // line 28
      ].join("\n");
    expect(
      errorsOf(readRulePack(points("{ id: lead, label: lead, points: 1, leadRank: 1, role: actor }"))),
    ).toEqual([
      expect.objectContaining({
        code: "BAD_VALUE",
        path: "rules[2].tables.fiction.elements[0]",
        line: 28,
        message: "give exactly one of role, leadRank or places, beside id, label, labels and points",
      }),
    ]);
    expect(errorsOf(readRulePack(points('{ id: lead, label: lead, points: 1, leadRank: "1" }')))).toEqual([
      expect.objectContaining({
        code: "WRONG_TYPE",
        path: "rules[2].tables.fiction.elements[0].leadRank",
        line: 28,
      }),
    ]);
    expect(errorsOf(readRulePack(points("{ id: dop, label: DoP, points: 1, role: cameraman }")))).toEqual([
      expect.objectContaining({
        code: "BAD_VALUE",
        path: "rules[2].tables.fiction.elements[0].role",
        message: expect.stringMatching(/^"cameraman" is not one of "director", /),
      }),
    ]);
    expect(
      errorsOf(
        readRulePack(
          points("{ id: d, label: director, points: 1, role: director }").replace(
            "required: 1",
            "required: 2",
          ),
        ),
      ),
    ).toEqual([
      expect.objectContaining({
        code: "POINTS_UNREACHABLE",
        path: "rules[2].tables.fiction.required",
        line: 26,
        message: "2 points required, but the elements give only 1",
      }),
    ]);
  });

  it("lists every problem by line, each once", () => {
    const text = edited(1, "id: Bad Id")
      .replace("parties: [KZ, KG]", "parties: [KZ, XX]")
      .replace("min: 10", "min: -1");
    const errors = errorsOf(readRulePack(text));
    expect(errors.map((error) => [error.line, error.code])).toEqual([
      [1, "BAD_ID"],
      [9, "BAD_COUNTRY"],
      [18, "BAD_VALUE"],
    ]);
  });

  it("refuses a text over 1 MB before parsing it, counting UTF-8 bytes", () => {
    const padding = "# " + "ж".repeat(maxRulePackBytes / 2) + "\n";
    expect(errorsOf(readRulePack(padding + goodYaml.join("\n")))).toEqual([
      expect.objectContaining({ code: "TOO_LARGE", line: null, path: "" }),
    ]);
  });

  it("says where a JSON pack breaks", () => {
    const text = '{\n  "id": "x",\n  "name": "y",\n}\n';
    expect(errorsOf(readRulePack(text, "json"))).toEqual([
      expect.objectContaining({ code: "SYNTAX", line: 4, path: "" }),
    ]);
    expect(errorsOf(readRulePack("", "yaml"))).toEqual([
      expect.objectContaining({
        code: "WRONG_TYPE",
        line: 1,
        path: "",
        message: "expected a mapping of fields, found null",
      }),
    ]);
  });
});

function readPack(text: string): RulePack {
  const result = readRulePack(text);
  if (!result.ok)
    throw new Error(
      result.errors.map((error) => `${error.line}: ${error.path}: ${error.message}`).join("\n"),
    );
  return result.pack;
}

describe("round trips (properties)", () => {
  const packs = fc.constantFrom(...builtinRulePacks);
  const formats = fc.constantFrom<RulePackFormat>("json", "yaml");
  // Any text with something besides spaces: quotes, colons, `#`, newlines, leading dashes, emoji, "NO", "1".
  const text = fc
    .oneof(
      fc.string({ unit: "binary", minLength: 1, maxLength: 60 }),
      fc.constantFrom(
        "NO",
        "yes",
        "1",
        "0x1F",
        "~",
        "null",
        "2008-11-14",
        "- a",
        "a: b",
        "#x",
        "'",
        '"',
        "*a",
        "&a",
      ),
    )
    .filter((value) => /\S/.test(value));

  it("every built-in pack reads back deep-equal from YAML and from JSON", () => {
    fc.assert(
      fc.property(packs, formats, (pack, format) => {
        expect(readRulePack(writers[format](pack), format)).toEqual({ ok: true, pack });
        expect(readRulePack(writers[format](pack))).toEqual({ ok: true, pack });
      }),
    );
  });

  it("any texts and percentages a user writes read back as written", () => {
    fc.assert(
      fc.property(
        packs,
        formats,
        text,
        text,
        fc.double({ min: 0, max: 100, noNaN: true }).map((value) => (value === 0 ? 0 : value)),
        (base, format, note, name, percent) => {
          const pack: RulePack = {
            ...base,
            names: { ru: name },
            notes: [note, ...(base.notes ?? [])],
            rules: [...base.rules, { id: "extra-rule", kind: "non-party-share", max: percent, note }],
          };
          expect(readRulePack(writers[format](pack), format)).toEqual({ ok: true, pack });
        },
      ),
    );
  });
});

/** A change that breaks a valid pack, and the problem it must give: its code and its path. */
interface Mutation {
  readonly name: string;
  readonly apply: (pack: LoosePack, pick: number) => { code: RulePackErrorCode; path: string };
}

const mutations: Mutation[] = [
  {
    name: "unknown field in a rule",
    apply: (pack, pick) => {
      const index = pick % pack.rules.length;
      pack.rules[index].colour = "red";
      return { code: "UNKNOWN_FIELD", path: `rules[${index}].colour` };
    },
  },
  {
    name: "unknown top-level field",
    apply: (pack) => {
      pack.author = "me";
      return { code: "UNKNOWN_FIELD", path: "author" };
    },
  },
  {
    name: "percentage out of range",
    apply: (pack, pick) => {
      pack.rules.push({
        id: "extra",
        kind: "state-funding-max",
        country: pack.parties[0],
        max: pick % 2 ? 100.5 + pick : -1 - pick,
      });
      return { code: "BAD_VALUE", path: `rules[${pack.rules.length - 1}].max` };
    },
  },
  {
    name: "min above max",
    apply: (pack, pick) => {
      const min = 1 + (pick % 99);
      pack.rules.push({ id: "extra", kind: "financial-share", range: { min, max: min - 1 } });
      return { code: "BAD_RANGE", path: `rules[${pack.rules.length - 1}].range.max` };
    },
  },
  {
    name: "duplicate rule id",
    apply: (pack, pick) => {
      const index = pick % pack.rules.length;
      pack.rules.push(structuredClone(pack.rules[index]));
      return { code: "DUPLICATE_ID", path: `rules[${pack.rules.length - 1}].id` };
    },
  },
  {
    name: "unknown rule kind",
    apply: (pack, pick) => {
      const index = pick % pack.rules.length;
      pack.rules[index].kind = ["share-limit", "points-test", "Points", "quota"][pick % 4];
      return { code: "UNKNOWN_RULE_KIND", path: `rules[${index}].kind` };
    },
  },
  {
    name: "bad country",
    apply: (pack, pick) => {
      const index = pick % pack.parties.length;
      pack.parties[index] = ["ZZ", "XX", "RUS", "", pack.parties[index].toLowerCase()][pick % 5];
      return { code: "BAD_COUNTRY", path: `parties[${index}]` };
    },
  },
  {
    name: "missing field",
    apply: (pack, pick) => {
      const field =
        ["id", "name", "version", "kind", "source", "validFrom", "parties", "rules"][pick % 8] ?? "id";
      delete pack[field];
      return { code: "MISSING_FIELD", path: field };
    },
  },
  {
    name: "validTo before validFrom",
    apply: (pack) => {
      pack.validTo = "1000-01-01";
      return { code: "BAD_RANGE", path: "validTo" };
    },
  },
  {
    name: "unreachable points",
    apply: (pack, pick) => {
      const elements = [
        { id: "director", label: "director", points: 1 + (pick % 5), role: "director" },
        { id: "first-role", label: "first role", points: 2, leadRank: 1 },
      ];
      const sum = elements.reduce((total, element) => total + element.points, 0);
      pack.rules.push({
        id: "extra",
        kind: "points",
        residenceCounts: false,
        tables: { animation: { required: sum + 1 + (pick % 3), elements } },
      });
      return {
        code: "POINTS_UNREACHABLE",
        path: `rules[${pack.rules.length - 1}].tables.animation.required`,
      };
    },
  },
  {
    name: "bad pack id",
    apply: (pack, pick) => {
      pack.id = ["Upper-Case", "with space", "trailing-", "-leading", "double--hyphen", "under_score"][
        pick % 6
      ];
      return { code: "BAD_ID", path: "id" };
    },
  },
  {
    name: "bad date",
    apply: (pack, pick) => {
      pack.validFrom = ["14.11.2008", "2008-11-31", "2023-02-29", "2008-13-01", "2008-1-1"][pick % 5];
      return { code: "BAD_DATE", path: "validFrom" };
    },
  },
  {
    name: "bad language",
    apply: (pack, pick) => {
      pack.rules.push({
        id: "extra",
        kind: "language-versions",
        languages: ["ru", ["RU", "rus", "xx", "en-GB"][pick % 4]],
      });
      return { code: "BAD_LANGUAGE", path: `rules[${pack.rules.length - 1}].languages[1]` };
    },
  },
  {
    name: "wrong type",
    apply: (pack, pick) => {
      const index = pick % pack.rules.length;
      pack.rules[index].id = pick;
      return { code: "WRONG_TYPE", path: `rules[${index}].id` };
    },
  },
];

describe("random mutations of the built-in packs (properties)", () => {
  it("are refused in both formats, with the mutation's code and path, at a line that holds it", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...builtinRulePacks),
        fc.constantFrom(...mutations),
        fc.nat(),
        fc.constantFrom<RulePackFormat>("json", "yaml"),
        (pack, mutation, pick, format) => {
          const broken: LoosePack = structuredClone(pack);
          const expected = mutation.apply(broken, pick);
          const text = writers[format](broken as RulePack);
          const errors = errorsOf(readRulePack(text, format));
          const found = errors.find((error) => error.code === expected.code && error.path === expected.path);
          expect(found, `${mutation.name}: ${JSON.stringify(errors)}`).toBeDefined();
          expect(found?.line).toBeGreaterThanOrEqual(1);
          // The line named holds the field named (absent fields excepted: they point at their parent).
          const key = /(?:^|\.)([A-Za-z$]+)$/.exec(expected.path)?.[1];
          if (key !== undefined && expected.code !== "MISSING_FIELD") {
            expect(text.split("\n")[(found?.line ?? 0) - 1]).toMatch(
              new RegExp(`^\\s*(?:- )?"?${key.replace("$", "\\$")}"?:`),
            );
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it("never make the reader throw, whatever is cut from or pasted into a pack", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...builtinRulePacks),
        fc.constantFrom<RulePackFormat>("json", "yaml"),
        fc.nat(),
        fc.nat({ max: 40 }),
        fc.string({ unit: fc.constantFrom(..."{}[]:,-&*!|>'\"# \n\t0123456789abcXYZ"), maxLength: 12 }),
        (pack, format, at, length, insert) => {
          const text = writers[format](pack);
          const start = at % (text.length + 1);
          const result = readRulePack(text.slice(0, start) + insert + text.slice(start + length), format);
          if (!result.ok) {
            for (const error of result.errors) {
              expect(error.message).not.toBe("");
              expect(error.line === null || error.line >= 1).toBe(true);
            }
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
