import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { runCli } from "../testing/run-cli.ts";

const fixtures = fileURLToPath(new URL("../../../core/src/coproduction/fixtures/", import.meta.url));

function tempFile(name: string, content: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "kinomost-coproduction-")), name);
  writeFileSync(path, content);
  return path;
}

describe("kinomost coproduction check", () => {
  it("prints the qualification contract as JSON and exits 0 when every pack passes", async () => {
    const result = await runCli([
      "coproduction",
      "check",
      `${fixtures}european-2017-pass.json`,
      "--rules",
      "european-convention-2017",
      "--json",
    ]);
    expect(result.code).toBe(0);
    const parsed = JSON.parse(result.out);
    expect(parsed.packs).toHaveLength(1);
    expect(parsed.packs[0]).toMatchObject({
      id: "european-convention-2017",
      pass: true,
      points: 16,
      required: 16,
    });
    expect(Object.keys(parsed.packs[0].rules[0])).toEqual(["id", "pass", "message"]);
  });

  it("prints each rule for people and exits 1 when a pack fails", async () => {
    const result = await runCli([
      "coproduction",
      "check",
      `${fixtures}iskra.json`,
      "--rules",
      "russia-national-film, european-convention-2017",
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/^Искра: 0 of 2 rule packs pass$/m);
    expect(result.out).toMatch(/^FAIL {2}european-convention-2017 — .*, points 0 \(16 required\)$/m);
    expect(result.out).toMatch(
      /^ {2}FAIL {2}foreign-investment: foreign investment 60 % \(RUB 300000000\.00 of RUB 500000000\.00\); at most 50 % allowed/m,
    );
    expect(result.out).toMatch(/^ {2}ok {4}russian-producer: RU producer: 1-2-3 Production$/m);
    expect(result.err).toBe("");
  });

  it("refuses an unknown rule pack, naming the known ones", async () => {
    const result = await runCli(["coproduction", "check", `${fixtures}iskra.json`, "--rules", "eurimages"]);
    expect(result.code).toBe(1);
    expect(result.err).toMatch(
      /^kinomost: unknown rule pack "eurimages" \(known: european-convention-2017, /,
    );
  });

  it("names the JSON path of a bad consortium", async () => {
    const file = tempFile(
      "bad.json",
      JSON.stringify({
        title: "X",
        kind: "fiction",
        currency: "RUB",
        partners: [{ id: "ru", name: "A", country: "RU", role: "majority", share: "60" }],
      }),
    );
    const result = await runCli(["coproduction", "check", file, "--rules", "russia-national-film"]);
    expect(result).toMatchObject({
      code: 1,
      err: `kinomost: ${file}: partners: the agreed shares sum to 60 %, not 100 %`,
    });
  });

  it("fails plainly on a file that is not JSON or not there", async () => {
    const notJson = tempFile("not.json", "{ nope");
    expect((await runCli(["coproduction", "check", notJson, "--rules", "russia-china"])).err).toMatch(
      new RegExp(`^kinomost: ${notJson} is not JSON: `),
    );
    expect(
      await runCli(["coproduction", "check", "/nonexistent/c.json", "--rules", "russia-china"]),
    ).toMatchObject({
      code: 1,
      err: "kinomost: cannot read /nonexistent/c.json (ENOENT)",
    });
  });
});

const examples = fileURLToPath(new URL("../../../core/src/coproduction/examples/", import.meta.url));

const brokenPack = [
  "id: broken-pack",
  "name: Broken",
  'version: "1"',
  "kind: treaty",
  "source: { title: Nothing, urls: [] }",
  'validFrom: "2020-01-01"',
  "parties: [RU, KZ]",
  "rules:",
  "  - id: shares",
  "    kind: share-limits",
  "    bilateral: { min: 30, max: 20 }",
  "    multilateral: { min: 5, max: 80 }",
  "    partiesOnly: true",
  "    colour: red",
].join("\n");

describe("kinomost coproduction check with the user's own rule packs", () => {
  it("takes pack files (YAML, JSON) beside built-in ids in --rules", async () => {
    const result = await runCli([
      "coproduction",
      "check",
      `${fixtures}iskra.json`,
      "--rules",
      `${examples}cis-2008.yaml,russia-national-film,${examples}bilateral-example.json`,
      "--json",
    ]);
    expect(result.code).toBe(1);
    const packs = JSON.parse(result.out).packs;
    expect(packs.map((pack: { id: string }) => pack.id)).toEqual([
      "cis-2008",
      "russia-national-film",
      "kazakhstan-kyrgyzstan-illustration",
    ]);
    expect(packs[0]).toMatchObject({ pass: true, points: 7, required: 5 });
  });

  it("exits 0 when the user's pack passes, and prints its rules", async () => {
    const result = await runCli([
      "coproduction",
      "check",
      `${fixtures}iskra.json`,
      "--rules",
      `${examples}cis-2008.yaml`,
    ]);
    expect(result).toMatchObject({ code: 0, err: "" });
    expect(result.out).toMatch(
      /^PASS {2}cis-2008 — CIS Agreement on Joint Film Production \(2008\), points 7 \(5 required\)$/m,
    );
    expect(result.out).toMatch(/^ {2}ok {4}russian-version: /m);
  });

  it("prints each problem of a bad pack file with its line and path, and exits 1", async () => {
    const file = tempFile("broken.yaml", brokenPack);
    const result = await runCli([
      "coproduction",
      "check",
      `${fixtures}iskra.json`,
      "--rules",
      `russia-china,${file}`,
    ]);
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err.split("\n")).toEqual([
      `kinomost: ${file}:11: rules[0].bilateral.max: max 20 is below min 30`,
      `kinomost: ${file}:14: rules[0].colour: unknown field (expected one of id, note, kind, bilateral, multilateral, partiesOnly)`,
    ]);
  });

  it("names the line of a JSON syntax error, and a pack file that is not there", async () => {
    const file = tempFile("pack.json", '{\n  "id": "x",\n  "name": "y",\n}\n');
    expect(await runCli(["coproduction", "check", `${fixtures}iskra.json`, "--rules", file])).toMatchObject({
      code: 1,
      err: `kinomost: ${file}:4: not valid JSON: a "," before "}" (JSON allows no trailing comma)`,
    });
    expect(
      await runCli(["coproduction", "check", `${fixtures}iskra.json`, "--rules", "/nonexistent/pack.yaml"]),
    ).toMatchObject({ code: 1, err: "kinomost: cannot read /nonexistent/pack.yaml (ENOENT)" });
  });

  it("refuses two packs with one id", async () => {
    const copy = tempFile("copy.yaml", readFileSync(`${examples}cis-2008.yaml`, "utf8"));
    const result = await runCli([
      "coproduction",
      "check",
      `${fixtures}iskra.json`,
      "--rules",
      `${examples}cis-2008.yaml,${copy}`,
    ]);
    expect(result).toMatchObject({
      code: 1,
      err: `kinomost: two rule packs have the id "cis-2008" (${copy} is the second)`,
    });
  });
});

describe("kinomost coproduction validate-pack", () => {
  it("prints the pack's id, name, version and rule count", async () => {
    for (const [name, line] of [
      ["cis-2008.yaml", "cis-2008 — CIS Agreement on Joint Film Production (2008), version 1, 4 rules"],
      [
        "bilateral-example.json",
        "kazakhstan-kyrgyzstan-illustration — Kazakhstan–Kyrgyzstan film co-production (a hypothetical illustration), version 0.1, 6 rules",
      ],
    ]) {
      expect(await runCli(["coproduction", "validate-pack", `${examples}${name}`])).toEqual({
        code: 0,
        out: `${examples}${name}: ${line}`,
        err: "",
      });
    }
  });

  it("reads a .yml file, and a file without a known extension by its first character", async () => {
    const yml = tempFile("pack.yml", readFileSync(`${examples}cis-2008.yaml`, "utf8"));
    expect((await runCli(["coproduction", "validate-pack", yml])).code).toBe(0);
    const noExtension = tempFile("pack", readFileSync(`${examples}bilateral-example.json`, "utf8"));
    expect((await runCli(["coproduction", "validate-pack", noExtension])).code).toBe(0);
  });

  it("prints every problem with its line and exits 1", async () => {
    const file = tempFile("broken.yaml", brokenPack);
    const result = await runCli(["coproduction", "validate-pack", file]);
    expect(result.code).toBe(1);
    expect(result.out).toBe("");
    expect(result.err).toBe(
      [
        `kinomost: ${file}:11: rules[0].bilateral.max: max 20 is below min 30`,
        `kinomost: ${file}:14: rules[0].colour: unknown field (expected one of id, note, kind, bilateral, multilateral, partiesOnly)`,
      ].join("\n"),
    );
  });

  it("names a YAML syntax error and an alias bomb by line", async () => {
    const syntax = tempFile("syntax.yaml", "id: x\nrules: [\n");
    expect((await runCli(["coproduction", "validate-pack", syntax])).err).toMatch(
      new RegExp(`^kinomost: ${syntax}:\\d+: `),
    );
    const bomb = tempFile(
      "bomb.yaml",
      [
        "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]",
        "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
        "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
        "d: [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
      ].join("\n"),
    );
    expect(await runCli(["coproduction", "validate-pack", bomb])).toMatchObject({
      code: 1,
      err: expect.stringMatching(new RegExp(`^kinomost: ${bomb}:2: aliases .*alias bomb$`)),
    });
  });
});
