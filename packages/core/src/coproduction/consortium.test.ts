import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { validateConsortium } from "./consortium.ts";

// Tests edit fixtures as loose JSON before validating them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions and edits read it freely
type LooseJson = Record<string, any>;

function fixture(name: string): unknown {
  return JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
}

function iskraWith(change: (json: LooseJson) => void): unknown {
  const json = fixture("iskra.json") as LooseJson;
  change(json);
  return json;
}

describe("validateConsortium", () => {
  it.each([
    "iskra.json",
    "european-2017-pass.json",
    "european-2017-fail.json",
    "european-1992-pass.json",
    "european-1992-fail.json",
    "russia-uzbekistan-pass.json",
    "russia-uzbekistan-fail.json",
    "russia-china-pass.json",
    "russia-china-fail.json",
    "russia-national-film-pass.json",
  ])("reads %s", (name) => {
    const result = validateConsortium(fixture(name));
    expect(result.ok ? [] : result.errors).toEqual([]);
  });

  it("reads «Искра» into money and shares", () => {
    const result = validateConsortium(fixture("iskra.json"));
    if (!result.ok) throw new Error("invalid");
    expect(result.value.partners.map((partner) => [partner.country, partner.share])).toEqual([
      ["RU", "40"],
      ["BY", "20"],
      ["KZ", "20"],
      ["TJ", "10"],
      ["KG", "10"],
    ]);
    expect(result.value.partners[1]?.contributions[0]?.instalments[0]?.amount).toEqual({
      minor: 200000000n,
      currency: "BYN",
    });
  });

  it("names the path of every problem", () => {
    const result = validateConsortium(
      iskraWith((json) => {
        json.partners[2].country = "XX";
        json.partners[0].contributions[0].instalments[1].amount = "-5";
        json.partners[1].contributions[0].currency = "RUR";
        json.people[3].daysWorked = undefined;
        json.places[0].kind = "beach";
        json.colour = "red";
      }),
    );
    expect(result.ok ? [] : result.errors.map((error) => [error.code, error.path]).sort()).toEqual(
      [
        ["UNKNOWN_FIELD", "colour"],
        ["BAD_CURRENCY", "partners[1].contributions[0].currency"],
        ["BAD_COUNTRY", "partners[2].country"],
        ["BAD_AMOUNT", "partners[0].contributions[0].instalments[1].amount"],
        ["MISSING_FIELD", "people[3].daysWorked"],
        ["BAD_VALUE", "places[0].kind"],
      ].sort(),
    );
  });

  it("reads an actor's scenes, which stand in for the days worked until those are known", () => {
    const result = validateConsortium(
      iskraWith((json) => {
        delete json.people[3].daysWorked;
        json.people[3].scenes = 12;
        json.people[4].scenes = 30;
      }),
    );
    if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
    expect(result.value.people[3]).not.toHaveProperty("daysWorked");
    expect(result.value.people[3]).toMatchObject({ role: "actor", scenes: 12 });
    expect(result.value.people[4]).toMatchObject({ scenes: 30 });
    expect(result.value.people[4]?.daysWorked).toBeGreaterThan(0);
  });

  it("wants days worked or scenes for an actor, each a whole number", () => {
    const missing = validateConsortium(
      iskraWith((json) => {
        delete json.people[3].daysWorked;
      }),
    );
    expect(missing.ok ? null : missing.errors).toEqual([
      {
        code: "MISSING_FIELD",
        path: "people[3].daysWorked",
        message: "people[3].daysWorked: is required for an actor (or give scenes)",
      },
    ]);
    const bad = validateConsortium(
      iskraWith((json) => {
        delete json.people[3].daysWorked;
        json.people[3].scenes = 2.5;
        json.people[3].scene = 3;
      }),
    );
    expect(bad.ok ? null : bad.errors.map((error) => [error.code, error.path])).toEqual([
      ["UNKNOWN_FIELD", "people[3].scene"],
      ["BAD_VALUE", "people[3].scenes"],
    ]);
  });

  it("rejects financing by a partner that is not there", () => {
    const result = validateConsortium(
      iskraWith((json) => {
        json.financing[0].partner = "nobody";
      }),
    );
    expect(result.ok ? null : result.errors.map((error) => error.message)).toEqual([
      'financing[0].partner: no partner has the id "nobody"',
    ]);
  });

  it("rejects shares that do not sum to 100, naming the partner or the sum", () => {
    const result = validateConsortium(
      iskraWith((json) => {
        json.partners[4].share = "9.5";
      }),
    );
    expect(result.ok ? null : result.errors).toEqual([
      {
        code: "SHARES_NOT_100",
        path: "partners",
        message: "partners: the agreed shares sum to 99.5 %, not 100 %",
      },
    ]);
    const bad = validateConsortium(
      iskraWith((json) => {
        json.partners[3].share = "10 %";
      }),
    );
    expect(bad.ok ? null : bad.errors.map((error) => error.message)).toEqual([
      'partners[3].share: partner "tj": share "10 %" is not a decimal percentage such as "40" or "12.5"',
    ]);
  });

  it("says what a document that is not an object is", () => {
    expect(validateConsortium([])).toEqual({
      ok: false,
      errors: [{ code: "WRONG_TYPE", path: "", message: "document: expected an object, found an array" }],
    });
  });

  it("never throws on arbitrary JSON, and always answers with a result", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (json) => {
        const result = validateConsortium(json);
        return result.ok || result.errors.length > 0;
      }),
      { numRuns: 500 },
    );
  });

  it("never throws on mutations of a valid document", () => {
    const base = fixture("iskra.json") as Record<string, unknown>;
    const keys = Object.keys(base);
    fc.assert(
      fc.property(fc.constantFrom(...keys), fc.anything({ withNullPrototype: true }), (key, value) => {
        const result = validateConsortium({ ...base, [key]: value });
        return result.ok || result.errors.length > 0;
      }),
      { numRuns: 300 },
    );
  });
});
