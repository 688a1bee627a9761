// Russia's national-film pack in Russian: money in Russian notation, citizens declined, rates named.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateConsortium, type Consortium } from "./consortium.ts";
import { evaluateQualification, type PackQualification } from "./engine.ts";
import { findBuiltinRulePack } from "./packs/builtin.ts";
import type { RulePack } from "./rule-pack.ts";

// Tests edit fixtures as loose JSON before validating them.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits read it freely
type LooseJson = Record<string, any>;

/** "~" stands for the no-break space Russian puts before "%" and between thousands. */
const nb = (text: string) => text.replaceAll("~", "\u00a0");

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
  const result = evaluateQualification(load(name, change), [pack(packId)], { locale: "ru" }).packs[0];
  if (!result) throw new Error("no result");
  return result;
}

function message(result: PackQualification, ruleId: string): string {
  return result.rules.find((rule) => rule.id === ruleId)?.message ?? "";
}

describe("Russia: national film, in Russian", () => {
  it("passes, with money in Russian notation", () => {
    const result = run("russia-national-film-pass.json", "russia-national-film");
    expect(result.rules.map((rule) => [rule.id, rule.pass, rule.message])).toEqual([
      ["russian-producer", true, "продюсер из России: 1-2-3 Production"],
      [
        "key-creatives",
        true,
        "2 из 3 ключевых творческих работников (режиссёр-постановщик, автор сценария, композитор) — граждане " +
          "России; требуется больше половины",
      ],
      [
        "foreign-creative-crew",
        true,
        nb("иностранцев в творческой группе 2 из 12 (16,67~%); допускается не более 30~%"),
      ],
      [
        "russian-companies-work",
        true,
        nb(
          "работы компаний, зарегистрированных в России, — 60~% (60~000~000,00~RUB из 100~000~000,00~RUB); " +
            "требуется не менее 50~%",
        ),
      ],
      [
        "foreign-investment",
        true,
        nb(
          "иностранные инвестиции — 30~% (30~000~000,00~RUB из 100~000~000,00~RUB); допускается не более 50~%",
        ),
      ],
      [
        "state-funding",
        true,
        nb(
          "государственное финансирование России — 30~% (30~000~000,00~RUB из 100~000~000,00~RUB); " +
            "допускается не более 70~%",
        ),
      ],
    ]);
  });

  it("fails «Искра» on the foreign crew, the Russian companies' work and the foreign money", () => {
    const result = run("iskra.json", "russia-national-film");
    expect(message(result, "foreign-creative-crew")).toBe(
      nb(
        "иностранцев в творческой группе 8 из 13 (61,54~%); допускается не более 30~% — " +
          "5 из них должны быть гражданами России",
      ),
    );
    expect(message(result, "russian-companies-work")).toBe(
      nb(
        "работы компаний, зарегистрированных в России, — 40~% (200~000~000,00~RUB из 500~000~000,00~RUB); " +
          "требуется не менее 50~% — передайте компаниям, зарегистрированным в России, работы на сумму " +
          "50~000~000,00~RUB",
      ),
    );
    expect(message(result, "foreign-investment")).toBe(
      nb(
        "иностранные инвестиции — 60~% (300~000~000,00~RUB из 500~000~000,00~RUB); допускается не более 50~% — " +
          "замените иностранные средства на сумму 50~000~000,00~RUB средствами из России",
      ),
    );
  });

  it("fails on state money above 70 %, mostly foreign key creatives and no Russian producer", () => {
    const result = run("russia-national-film-pass.json", "russia-national-film", (json) => {
      json.financing[1].amount = "300000000.00";
      json.people[0].citizenship = ["BY"];
      json.people[1].citizenship = ["KZ"];
      json.partners[0].country = "BY";
    });
    expect(message(result, "state-funding")).toBe(
      nb(
        "государственное финансирование России — 81,08~% (300~000~000,00~RUB из 370~000~000,00~RUB); " +
          "допускается не более 70~% — замените государственные средства на сумму 41~000~000,00~RUB частными",
      ),
    );
    expect(message(result, "key-creatives")).toBe(
      "0 из 3 ключевых творческих работников (режиссёр-постановщик, автор сценария, композитор) — граждане " +
        "России; требуется больше половины — не хватает 2 граждан России; не граждане России: " +
        "Алексей Громов (режиссёр-постановщик, BY), Мария Лебедева (автор сценария, KZ), Янка Лысенко (композитор, BY)",
    );
    expect(message(result, "russian-producer")).toBe(
      "в России не зарегистрирован ни один партнёр с ролью «мажоритарный сопродюсер» или " +
        "«миноритарный сопродюсер»; нужен хотя бы один",
    );
  });

  it("names the missing rate with a Russian date", () => {
    const result = run("russia-national-film-pass.json", "russia-national-film", (json) => {
      json.rates = [
        { currency: "BYN", perUnit: "25", date: "2025-03-03" },
        { currency: "BYN", perUnit: "26", date: "2025-03-04" },
      ];
    });
    expect(message(result, "foreign-investment")).toBe(
      "невозможно оценить финансирование: задано несколько курсов BYN→RUB, а дата пересчёта не указана",
    );
  });
});
