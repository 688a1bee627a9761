import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateConsortium, type Consortium } from "./consortium.ts";
import { evaluateQualification, toQualificationContract, type PackQualification } from "./engine.ts";
import { builtinRulePacks, findBuiltinRulePack } from "./packs/builtin.ts";
import type { RulePack } from "./rule-pack.ts";

// Tests edit fixtures as loose JSON before validating them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- assertions and edits read it freely
type LooseJson = Record<string, any>;

function load(name: string, change?: (json: LooseJson) => void): Consortium {
  const json = JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), "utf8"));
  change?.(json);
  const result = validateConsortium(json);
  if (!result.ok) throw new Error(result.errors.map((error) => error.message).join("\n"));
  return result.value;
}

function pack(id: string): RulePack {
  const found = findBuiltinRulePack(id);
  if (!found) throw new Error(`no pack ${id}`);
  return found;
}

function run(name: string, packId: string, change?: (json: LooseJson) => void): PackQualification {
  const result = evaluateQualification(load(name, change), [pack(packId)]).packs[0];
  if (!result) throw new Error("no result");
  return result;
}

function verdicts(result: PackQualification): Record<string, boolean> {
  return Object.fromEntries(result.rules.map((rule) => [rule.id, rule.pass]));
}

function message(result: PackQualification, ruleId: string): string {
  return result.rules.find((rule) => rule.id === ruleId)?.message ?? "";
}

describe("rule packs", () => {
  it("every built-in pack has a source, a version, a start date and unique rule ids", () => {
    for (const builtin of builtinRulePacks) {
      expect(builtin.source.urls.length).toBeGreaterThan(0);
      expect(builtin.version).not.toBe("");
      expect(builtin.validFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      const ids = builtin.rules.map((rule) => rule.id);
      expect(new Set(ids).size).toBe(ids.length);
    }
  });

  it("the revised convention's fiction table adds up to 21 points, 16 required", () => {
    const points = pack("european-convention-2017").rules.find((rule) => rule.kind === "points");
    const table = points?.kind === "points" ? points.tables.fiction : undefined;
    expect(table?.elements.reduce((sum, element) => sum + element.points, 0)).toBe(21);
    expect(table?.required).toBe(16);
  });
});

describe("European Convention, revised 2017", () => {
  it("passes AT 50 / CZ 30 / SK 20 with 16 of 21 points (director 4 and composer 1 from the US)", () => {
    const result = run("european-2017-pass.json", "european-convention-2017");
    expect(result).toMatchObject({ pass: true, points: 16, required: 16 });
    expect(message(result, "share-limits")).toBe(
      "multilateral: co-producers' shares 50 %, 30 %, 20 % are within 5–80 %",
    );
  });

  it("counts a sound recordist who lives in a party country", () => {
    const result = run("european-2017-pass.json", "european-convention-2017", (json) => {
      json.people[8].residence = "US";
    });
    expect(result).toMatchObject({ pass: false, points: 15 });
  });

  it("fails on VFX mostly in the US (15 of 21), a US co-producer of 35 % and SK at 4 %", () => {
    const result = run("european-2017-fail.json", "european-convention-2017");
    expect(result).toMatchObject({ pass: false, points: 15, required: 16 });
    expect(verdicts(result)).toEqual({
      "co-producers": true,
      "share-limits": false,
      "non-party-share": false,
      "financial-share": true,
      points: false,
    });
    expect(message(result, "points")).toBe(
      "points 15 of 21: the director (John Miller, US) is not from a party country (4 points); " +
        "the composer (Mark Stone, US) is not from a party country; " +
        "the VFX/CGI location is mostly outside party countries (33 % of days in them); 16 required",
    );
    expect(message(result, "share-limits")).toBe(
      "multilateral (3 co-producers from party countries), each must hold 5–80 %: Bratislava Film (SK) 4 % is below the 5 % minimum",
    );
    expect(message(result, "non-party-share")).toBe(
      "co-producers outside the parties (Hudson Pictures (US) 35 %) hold 35 %; at most 30 % allowed — move 5 points to producers from party countries",
    );
  });

  it("uses the bilateral limits of 10–90 % for two co-producers and checks a financial-only partner", () => {
    const result = run("european-2017-pass.json", "european-convention-2017", (json) => {
      json.partners = [
        { id: "at", name: "Wien Film", country: "AT", role: "majority", share: "91", contributions: [] },
        { id: "cz", name: "Praha Film", country: "CZ", role: "minority", share: "4", contributions: [] },
        { id: "fund", name: "Alpine Fund", country: "CH", role: "financial", share: "5", contributions: [] },
      ];
    });
    expect(message(result, "share-limits")).toBe(
      "bilateral (2 co-producers from party countries), each must hold 10–90 %: Wien Film (AT) 91 % is above the 90 % maximum; Praha Film (CZ) 4 % is below the 10 % minimum",
    );
    expect(message(result, "financial-share")).toBe(
      "a financial-only co-producer must hold 10–25 %: Alpine Fund (CH) 5 % is outside 10–25 %",
    );
  });

  it("has no table for animation, and says so instead of guessing", () => {
    const result = run("european-2017-pass.json", "european-convention-2017", (json) => {
      json.kind = "animation";
    });
    expect(result).toMatchObject({ pass: false, points: null, required: null });
    expect(message(result, "points")).toBe(
      "this pack has no points table for animation; add one to the pack",
    );
  });

  it("ranks lead roles by days worked, whatever the order of the list", () => {
    const result = run("european-2017-pass.json", "european-convention-2017", (json) => {
      json.people[6].daysWorked = 45; // the US actor becomes the first role: −3
    });
    expect(result.points).toBe(13);
    expect(message(result, "points")).toContain(
      "the first role (Lukas Berger, US, 45 days) is not from a party country (3 points)",
    );
  });

  it("weighs places by spend when no days are given, converting with the rates", () => {
    const result = run("european-2017-pass.json", "european-convention-2017", (json) => {
      json.rates = [{ currency: "USD", perUnit: "0.9" }];
      json.places[3] = { kind: "vfx", country: "CZ", spend: "100000", currency: "EUR" };
      json.places[4] = { kind: "vfx", country: "US", spend: "100000", currency: "USD" };
    });
    expect(result.points).toBe(16); // 100 000 EUR against 90 000 EUR: more than half in CZ
  });

  it("fails «Искра»: none of its five countries is a party", () => {
    const result = run("iskra.json", "european-convention-2017");
    expect(result).toMatchObject({ pass: false, points: 0, required: 16 });
    expect(message(result, "co-producers")).toBe("0 co-producers from party countries, at least 2 required");
  });
});

describe("European Convention, 1992", () => {
  it("passes FR 60 / DE 25 / AT 15 with 18 of 19 points", () => {
    const result = run("european-1992-pass.json", "european-convention-1992");
    expect(result).toMatchObject({ pass: true, points: 18, required: 15 });
  });

  it("fails FR 75 / DE 20 / AT 5 with 12 of 19 points", () => {
    const result = run("european-1992-fail.json", "european-convention-1992");
    expect(result).toMatchObject({ pass: false, points: 12, required: 15 });
    expect(message(result, "share-limits")).toBe(
      "multilateral (3 co-producers from party countries), each must hold 10–70 %: Paris Films (FR) 75 % is above the 70 % maximum; Wien Film (AT) 5 % is below the 10 % minimum",
    );
  });
});

describe("Russia–Uzbekistan", () => {
  it("passes RU 50 / UZ 40 / KZ 10 with both versions and people in proportion to the money", () => {
    const result = run("russia-uzbekistan-pass.json", "russia-uzbekistan");
    expect(verdicts(result)).toEqual({
      parties: true,
      "share-limits": true,
      "third-country": true,
      "language-versions": true,
      "proportional-contribution": true,
    });
    expect(result).toMatchObject({ pass: true, points: null, required: null });
  });

  it("fails RU 60 / UZ 35 / KZ 5 without an Uzbek version and with 8 of 10 key people Russian", () => {
    const result = run("russia-uzbekistan-fail.json", "russia-uzbekistan");
    expect(verdicts(result)).toEqual({
      parties: true,
      "share-limits": true,
      "third-country": false,
      "language-versions": false,
      "proportional-contribution": false,
    });
    expect(message(result, "third-country")).toBe(
      "a third-country co-producer must hold at least 10 %: Kazakhfilm (KZ) 5 % is below 10 %",
    );
    expect(message(result, "language-versions")).toBe(
      "versions in ru and uz are required; add the uz version",
    );
    expect(message(result, "proportional-contribution")).toBe(
      "creative and technical contribution must follow the money within 15 points: " +
        "RU 80 % of the key people against 60 % of the money; UZ 10 % of the key people against 35 % of the money" +
        " — change who holds the key roles or the shares",
    );
  });

  it("keeps a third-country producer at or below either party's share", () => {
    const result = run("russia-uzbekistan-pass.json", "russia-uzbekistan", (json) => {
      json.partners[0].share = "55";
      json.partners[1].share = "20";
      json.partners[2].share = "25";
    });
    expect(message(result, "third-country")).toBe(
      "a third-country co-producer must hold at least 10 %: Kazakhfilm (KZ) 25 % is above UZ's 20 %; a third-country share may not exceed either party's",
    );
  });

  it("needs a co-producer from each party", () => {
    const result = run("iskra.json", "russia-uzbekistan");
    expect(message(result, "parties")).toBe(
      "1 co-producer from party countries, at least 2 required; no co-producer from UZ",
    );
  });
});

describe("Russia–China", () => {
  it("passes RU 45 / CN 35 / KZ 20", () => {
    expect(run("russia-china-pass.json", "russia-china").pass).toBe(true);
  });

  it("fails KZ 35 % above the 30 % third-country ceiling and CN 15 % below 20 %", () => {
    const result = run("russia-china-fail.json", "russia-china");
    expect(verdicts(result)).toEqual({ parties: true, "share-limits": false, "third-country": false });
    expect(message(result, "share-limits")).toBe(
      "bilateral (2 co-producers from party countries), each must hold 20–80 %: China Film (CN) 15 % is below the 20 % minimum",
    );
  });
});

describe("Russia: national film", () => {
  it("passes RU 70 / BY 30 with 2 of 12 creatives foreign and 30 % foreign money", () => {
    const result = run("russia-national-film-pass.json", "russia-national-film");
    expect(result.rules.map((rule) => [rule.id, rule.pass, rule.message])).toEqual([
      ["russian-producer", true, "RU producer: 1-2-3 Production"],
      [
        "key-creatives",
        true,
        "2 of 3 key creatives (director, screenwriter, composer) are RU citizens; more than half required",
      ],
      ["foreign-creative-crew", true, "foreign creative crew 2 of 12 (16.67 %); at most 30 % allowed"],
      [
        "russian-companies-work",
        true,
        "work by RU-registered companies 60 % (RUB 60000000.00 of RUB 100000000.00); at least 50 % required",
      ],
      [
        "foreign-investment",
        true,
        "foreign investment 30 % (RUB 30000000.00 of RUB 100000000.00); at most 50 % allowed",
      ],
      [
        "state-funding",
        true,
        "RU state funding 30 % (RUB 30000000.00 of RUB 100000000.00); at most 70 % allowed",
      ],
    ]);
  });

  it("fails «Искра»: 8 of 13 creatives foreign, 40 % of the work and 40 % of the money Russian", () => {
    const result = run("iskra.json", "russia-national-film");
    expect(verdicts(result)).toEqual({
      "russian-producer": true,
      "key-creatives": true,
      "foreign-creative-crew": false,
      "russian-companies-work": false,
      "foreign-investment": false,
      "state-funding": true,
    });
    expect(message(result, "foreign-creative-crew")).toBe(
      "foreign creative crew 8 of 13 (61.54 %); at most 30 % allowed — 5 of them would have to be RU citizens",
    );
    expect(message(result, "foreign-investment")).toBe(
      "foreign investment 60 % (RUB 300000000.00 of RUB 500000000.00); at most 50 % allowed — replace RUB 50000000.00 of foreign money with RU money",
    );
  });

  it("fails when state money passes 70 % and key creatives are mostly foreign", () => {
    const result = run("russia-national-film-pass.json", "russia-national-film", (json) => {
      json.financing[1].amount = "60000000.00";
      json.people[1].citizenship = ["KZ"];
    });
    expect(message(result, "state-funding")).toBe(
      "RU state funding 46.15 % (RUB 60000000.00 of RUB 130000000.00); at most 70 % allowed",
    );
    expect(message(result, "key-creatives")).toBe(
      "1 of 3 key creatives (director, screenwriter, composer) are RU citizens; more than half required — 1 more needed among Мария Лебедева (screenwriter, KZ), Янка Лысенко (composer, BY)",
    );
  });
});

describe("evaluateQualification", () => {
  it("returns the contract's shape, pack by pack in the order asked", () => {
    const consortium = load("iskra.json");
    const contract = toQualificationContract(
      evaluateQualification(consortium, [pack("russia-national-film"), pack("european-convention-2017")]),
    );
    expect(contract.packs.map((result) => Object.keys(result))).toEqual([
      ["id", "name", "pass", "points", "required", "rules"],
      ["id", "name", "pass", "points", "required", "rules"],
    ]);
    expect(contract.packs.map((result) => result.id)).toEqual([
      "russia-national-film",
      "european-convention-2017",
    ]);
    expect(Object.keys(contract.packs[0]?.rules[0] ?? {})).toEqual(["id", "pass", "message"]);
  });

  it("gives structured params beside each message for a UI that translates by rule id", () => {
    const result = run("european-2017-fail.json", "european-convention-2017");
    expect(result.rules.find((rule) => rule.id === "points")?.params).toEqual({
      points: 15,
      maximum: 21,
      required: 16,
      lost: ["director", "composer", "vfx-location"],
    });
  });
});
