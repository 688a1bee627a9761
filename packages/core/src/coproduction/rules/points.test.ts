import { describe, expect, it } from "vitest";
import type { CountryCode } from "../../geography/countries.ts";
import type { Consortium, Person } from "../consortium.ts";
import { evaluatePack } from "../engine.ts";
import type { RulePack } from "../rule-pack.ts";
import { rankLeads } from "./points.ts";

function actor(name: string, weight: { daysWorked?: number; scenes?: number }, country = "RU"): Person {
  return { name, role: "actor", citizenship: [country as CountryCode], ...weight };
}

function consortium(people: readonly Person[]): Consortium {
  return {
    title: "Test",
    kind: "fiction",
    currency: "RUB" as Consortium["currency"],
    rates: [],
    partners: [],
    people,
    places: [],
    financing: [],
    companies: [],
    languageVersions: [],
  };
}

/** A points table of three lead roles only, to read who ranks where. */
const leadsPack: RulePack = {
  id: "leads",
  name: "Leads",
  version: "1",
  kind: "treaty",
  source: { title: "test", urls: ["https://example.org"] },
  validFrom: "2020-01-01",
  parties: ["RU"],
  rules: [
    {
      id: "points",
      kind: "points",
      residenceCounts: false,
      tables: {
        fiction: {
          required: 6,
          elements: [
            { id: "first-role", label: "first role", labels: { ru: "первая роль" }, points: 3, leadRank: 1 },
            { id: "second-role", label: "second role", points: 2, leadRank: 2 },
            { id: "third-role", label: "third role", points: 1, leadRank: 3 },
          ],
        },
      },
    },
  ],
};

describe("rankLeads", () => {
  it("ranks actors by days worked, then those without days by scenes, ties in list order", () => {
    const people: Person[] = [
      actor("scenes 12", { scenes: 12 }),
      { name: "Director", role: "director", citizenship: ["RU" as CountryCode], daysWorked: 90 },
      actor("days 10", { daysWorked: 10 }),
      actor("nothing", {}),
      actor("scenes 30", { scenes: 30 }),
      actor("days 40, scenes 1", { daysWorked: 40, scenes: 1 }),
      actor("days 10 again", { daysWorked: 10, scenes: 99 }),
      actor("scenes 12 again", { scenes: 12 }),
      actor("days 0", { daysWorked: 0 }),
    ];
    expect(rankLeads(people).map((person) => person.name)).toEqual([
      "days 40, scenes 1",
      "days 10",
      "days 10 again",
      "days 0",
      "scenes 30",
      "scenes 12",
      "scenes 12 again",
      "nothing",
    ]);
  });

  it("keeps the list order when nobody has days or scenes", () => {
    const people = [actor("a", {}), actor("b", {}), actor("c", {})];
    expect(rankLeads(people).map((person) => person.name)).toEqual(["a", "b", "c"]);
  });
});

describe("leads in messages", () => {
  const cast = consortium([
    actor("Kate Lee", { daysWorked: 1 }, "US"),
    actor("Иван Светлов", { scenes: 40 }),
    actor("Lukas Berger", { scenes: 21 }, "US"),
  ]);

  it("cites days when they are known, else scenes", () => {
    expect(evaluatePack(cast, leadsPack).rules[0]?.message).toBe(
      "points 2 of 6: the first role (Kate Lee, US, 1 day) is not from a party country (3 points); " +
        "the third role (Lukas Berger, US, 21 scenes) is not from a party country; 6 required",
    );
  });

  it("says «в N сценах» in Russian, and names an element the pack gives no Russian label", () => {
    expect(evaluatePack(cast, leadsPack, { locale: "ru" }).rules[0]?.message).toBe(
      "баллы: 2 из 6 — первая роль (Kate Lee, US, 1 съёмочный день) не из страны-участницы (3 балла); " +
        "третья роль (Lukas Berger, US, в 21 сцене) не из страны-участницы; требуется 6",
    );
    const fewer = consortium([actor("Lukas Berger", { scenes: 12 }, "US")]);
    expect(evaluatePack(fewer, leadsPack, { locale: "ru" }).rules[0]?.message).toBe(
      "баллы: 0 из 6 — первая роль (Lukas Berger, US, в 12 сценах) не из страны-участницы (3 балла); " +
        "не указано: вторая роль (актёры ранжируются по съёмочным дням, затем по числу сцен) (2 балла); " +
        "не указано: третья роль (актёры ранжируются по съёмочным дням, затем по числу сцен); требуется 6",
    );
  });
});
