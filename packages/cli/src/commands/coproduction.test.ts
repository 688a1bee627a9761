import { mkdtempSync, writeFileSync } from "node:fs";
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
