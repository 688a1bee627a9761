import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateConsortium } from "./consortium.ts";
import { evaluatePack } from "./engine.ts";
import { readRulePack } from "./pack-reader.ts";
import type { RulePack } from "./rule-pack.ts";

const read = (name: string) => readFileSync(new URL(`./examples/${name}`, import.meta.url), "utf8");

function example(name: string): RulePack {
  const result = readRulePack(read(name));
  if (!result.ok) {
    throw new Error(
      result.errors.map((error) => `${name}:${error.line}: ${error.path}: ${error.message}`).join("\n"),
    );
  }
  return result.pack;
}

const iskra = validateConsortium(
  JSON.parse(readFileSync(new URL("./fixtures/iskra.json", import.meta.url), "utf8")),
);

describe("the example rule packs", () => {
  it.each(["cis-2008.yaml", "bilateral-example.json"])("%s is valid and evaluates on Искра", (name) => {
    const pack = example(name);
    if (!iskra.ok) throw new Error("the Iskra fixture is invalid");
    const result = evaluatePack(iskra.value, pack);
    expect(result.id).toBe(pack.id);
    expect(result.rules.map((rule) => rule.id)).toEqual(pack.rules.map((rule) => rule.id));
  });

  it("the CIS pack names itself in Russian, marks its numbers as assumptions and passes Искра", () => {
    const pack = example("cis-2008.yaml");
    expect(pack).toMatchObject({
      id: "cis-2008",
      kind: "treaty",
      validFrom: "2008-11-14",
      names: { ru: "Соглашение СНГ о совместном фильмопроизводстве (2008)" },
      parties: ["RU", "BY", "KZ", "TJ", "KG", "UZ", "AM", "AZ", "MD"],
    });
    // Every rule carries a number the sources do not confirm, and says so.
    for (const rule of pack.rules) expect(rule.note, rule.id).toMatch(/ASSUMPTION/);
    expect(pack.notes?.join(" ")).toMatch(/UNVERIFIED/);
    expect(pack.notes?.join(" ")).toMatch(/parties is an assumption/);
    if (!iskra.ok) throw new Error("the Iskra fixture is invalid");
    expect(evaluatePack(iskra.value, pack)).toMatchObject({ pass: true, points: 7, required: 5 });
  });

  it("the bilateral example says it is an illustration", () => {
    const pack = example("bilateral-example.json");
    expect(pack.name).toMatch(/illustration/);
    expect(pack.notes?.[0]).toMatch(/^ILLUSTRATION ONLY/);
  });

  it("the CIS pack is what @kinomost/core exports for the server's demo", () => {
    const manifest = JSON.parse(readFileSync(new URL("../../package.json", import.meta.url), "utf8"));
    const target = manifest.exports["./examples/cis-2008.yaml"];
    expect(readFileSync(new URL(`../../${target}`, import.meta.url), "utf8")).toBe(read("cis-2008.yaml"));
  });
});
