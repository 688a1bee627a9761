// The qualification in Russian: pack names, the same verdicts as in English, and each treaty pack's key messages.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { validateConsortium, type Consortium } from "./consortium.ts";
import { evaluateQualification, pickPackName, type PackQualification } from "./engine.ts";
import { builtinRulePacks, findBuiltinRulePack } from "./packs/builtin.ts";
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

describe("pack names", () => {
  it("every built-in pack has a Russian name, given for locale ru and its regional tags", () => {
    for (const builtin of builtinRulePacks) {
      expect(builtin.names?.ru).toMatch(/[а-яё]/);
      expect(pickPackName(builtin, "ru-RU")).toBe(builtin.names?.ru);
      expect(pickPackName(builtin, "kk")).toBe(builtin.name);
    }
    expect(run("russia-uzbekistan-pass.json", "russia-uzbekistan").name).toBe(
      "Соглашение России и Узбекистана о совместном производстве фильмов (2024)",
    );
  });

  it("every built-in points element has a Russian label", () => {
    for (const builtin of builtinRulePacks) {
      for (const rule of builtin.rules) {
        if (rule.kind !== "points") continue;
        for (const table of Object.values(rule.tables)) {
          for (const element of table?.elements ?? []) expect(element.labels?.ru).toMatch(/[а-яё]/);
        }
      }
    }
  });
});

describe("the same verdicts in both languages", () => {
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
  ])("%s", (name) => {
    const consortium = load(name);
    const verdicts = (locale: string) =>
      evaluateQualification(consortium, builtinRulePacks, { locale }).packs.map((result) => [
        result.id,
        result.pass,
        result.points,
        result.rules.map((rule) => rule.pass),
      ]);
    expect(verdicts("ru")).toEqual(verdicts("en"));
  });
});

describe("European Convention, revised 2017, in Russian", () => {
  it("passes «Grenzland»: the shares and the points", () => {
    const result = run("european-2017-pass.json", "european-convention-2017");
    expect(message(result, "share-limits")).toBe(
      nb("многосторонняя копродукция: доли сопродюсеров 50~%, 30~%, 20~% в пределах от 5 до 80~%"),
    );
    expect(message(result, "co-producers")).toBe(
      "3 сопродюсера из стран-участниц (Австрия, Чехия, Словакия)",
    );
  });

  it("fails on the points, a share below the minimum and a non-party producer", () => {
    const result = run("european-2017-fail.json", "european-convention-2017");
    expect(message(result, "points")).toBe(
      nb(
        "баллы: 15 из 21 — режиссёр-постановщик (John Miller, US) не из страны-участницы (4 балла); " +
          "композитор (Mark Stone, US) не из страны-участницы; " +
          "место работ VFX/CGI в основном вне стран-участниц (в них 33~% дней); требуется 16",
      ),
    );
    expect(message(result, "share-limits")).toBe(
      nb(
        "доля Bratislava Film (SK) 4~% ниже минимума 5~% для многосторонней копродукции " +
          "(3 сопродюсера из стран-участниц; доля каждого — от 5 до 80~%)",
      ),
    );
    expect(message(result, "non-party-share")).toBe(
      nb(
        "сопродюсерам не из стран-участниц (Hudson Pictures (US) 35~%) принадлежит 35~%; допускается не более 30~% — " +
          "передайте 5 процентных пунктов сопродюсерам из стран-участниц",
      ),
    );
  });

  it("checks a financial-only partner, with the decimal comma", () => {
    const result = run("european-2017-pass.json", "european-convention-2017", (json) => {
      json.partners = [
        { id: "at", name: "Wien Film", country: "AT", role: "majority", share: "50", contributions: [] },
        { id: "cz", name: "Praha Film", country: "CZ", role: "minority", share: "42.5", contributions: [] },
        {
          id: "fund",
          name: "Alpine Fund",
          country: "CH",
          role: "financial",
          share: "7.5",
          contributions: [],
        },
      ];
    });
    expect(message(result, "financial-share")).toBe(
      nb(
        "доля финансового сопродюсера должна быть от 10 до 25~%: доля Alpine Fund (CH) 7,5~% вне пределов от 10 до 25~%",
      ),
    );
    expect(result.rules.find((rule) => rule.id === "financial-share")?.params.offenders).toEqual([
      nb("доля Alpine Fund (CH) 7,5~% вне пределов от 10 до 25~%"),
    ]);
  });

  it("cites a lead with the days worked, in the right plural form", () => {
    const byDays = run("european-2017-pass.json", "european-convention-2017", (json) => {
      json.people[6].daysWorked = 31; // the US actor becomes the second role: −2
    });
    expect(message(byDays, "points")).toContain(
      "вторая роль (Lukas Berger, US, 31 съёмочный день) не из страны-участницы (2 балла)",
    );
    const alone = run("european-2017-pass.json", "european-convention-2017", (json) => {
      json.people = json.people.filter((person: LooseJson) => person.role !== "actor");
      json.people.push({ name: "Lukas Berger", role: "actor", citizenship: ["US"], daysWorked: 5 });
    });
    expect(message(alone, "points")).toContain(
      "первая роль (Lukas Berger, US, 5 съёмочных дней) не из страны-участницы (3 балла); " +
        "не указано: вторая роль (актёры ранжируются по съёмочным дням, затем по числу сцен) (2 балла)",
    );
  });

  it("says in Russian that a kind of work has no table, and that a rate is missing", () => {
    const animation = run("european-2017-pass.json", "european-convention-2017", (json) => {
      json.kind = "animation";
    });
    expect(message(animation, "points")).toBe(
      "в этом пакете нет таблицы баллов для анимационного фильма; добавьте её в пакет",
    );
    const noRate = run("european-2017-pass.json", "european-convention-2017", (json) => {
      json.places[4] = { kind: "vfx", country: "US", spend: "100000", currency: "USD" };
      json.places[3] = { kind: "vfx", country: "CZ", spend: "100000", currency: "EUR" };
    });
    expect(message(noRate, "points")).toContain(
      "место работ VFX/CGI: невозможно оценить — нет курса USD→EUR",
    );
  });
});

describe("European Convention, 1992, in Russian", () => {
  it("fails FR 75 / DE 20 / AT 5 on both limits", () => {
    const result = run("european-1992-fail.json", "european-convention-1992");
    expect(message(result, "share-limits")).toBe(
      nb(
        "доля Paris Films (FR) 75~% выше максимума 70~% для многосторонней копродукции; " +
          "доля Wien Film (AT) 5~% ниже минимума 10~% для многосторонней копродукции " +
          "(3 сопродюсера из стран-участниц; доля каждого — от 10 до 70~%)",
      ),
    );
  });
});

describe("Russia–Uzbekistan, in Russian", () => {
  it("passes with both versions and people in proportion to the money", () => {
    const result = run("russia-uzbekistan-pass.json", "russia-uzbekistan");
    expect(result.pass).toBe(true);
    expect(message(result, "language-versions")).toBe("запланированы версии на русском и узбекском языках");
    expect(message(result, "third-country")).toBe(
      nb("сопродюсеры из третьих стран: Kazakhfilm (KZ) 10~%; требуется не менее 10~%"),
    );
  });

  it("fails on the third-country share, the Uzbek version and the proportion", () => {
    const result = run("russia-uzbekistan-fail.json", "russia-uzbekistan");
    expect(message(result, "third-country")).toBe(
      nb("доля сопродюсера из третьей страны должна быть не менее 10~%: доля Kazakhfilm (KZ) 5~% ниже 10~%"),
    );
    expect(message(result, "language-versions")).toBe(
      "требуются версии на русском и узбекском языках; добавьте версию на узбекском языке",
    );
    expect(message(result, "proportional-contribution")).toBe(
      nb(
        "творческий и технический вклад должен соответствовать финансовым долям в пределах 15 процентных пунктов: " +
          "Россия — 80~% ключевых работников при финансовой доле 60~%; " +
          "Узбекистан — 10~% ключевых работников при финансовой доле 35~% — " +
          "перераспределите ключевые позиции или доли",
      ),
    );
  });

  it("keeps a third-country producer at or below either party's share", () => {
    const result = run("russia-uzbekistan-pass.json", "russia-uzbekistan", (json) => {
      json.partners[0].share = "55";
      json.partners[1].share = "20";
      json.partners[2].share = "25";
    });
    expect(message(result, "third-country")).toBe(
      nb(
        "доля сопродюсера из третьей страны должна быть не менее 10~%: доля Kazakhfilm (KZ) 25~% выше доли " +
          "Узбекистана (20~%); доля третьей страны не может превышать долю ни одной из сторон",
      ),
    );
  });

  it("needs a co-producer from each party", () => {
    expect(message(run("iskra.json", "russia-uzbekistan"), "parties")).toBe(
      "1 сопродюсер из стран-участниц, требуется не менее 2; нет сопродюсера из Узбекистана",
    );
  });
});

describe("Russia–China, in Russian", () => {
  it("passes RU 45 / CN 35 / KZ 20", () => {
    const result = run("russia-china-pass.json", "russia-china");
    expect(result.rules.map((rule) => [rule.id, rule.pass, rule.message])).toEqual([
      ["parties", true, "2 сопродюсера из стран-участниц (Россия, Китай)"],
      [
        "share-limits",
        true,
        nb("двусторонняя копродукция: доли сопродюсеров 45~%, 35~% в пределах от 20 до 80~%"),
      ],
      [
        "third-country",
        true,
        nb("сопродюсеры из третьих стран: Kazakhfilm (KZ) 20~%; требуется не более 30~%"),
      ],
    ]);
  });

  it("fails CN 15 % below 20 % and KZ 35 % above the 30 % ceiling", () => {
    const result = run("russia-china-fail.json", "russia-china");
    expect(message(result, "share-limits")).toBe(
      nb(
        "доля China Film (CN) 15~% ниже минимума 20~% для двусторонней копродукции " +
          "(2 сопродюсера из стран-участниц; доля каждого — от 20 до 80~%)",
      ),
    );
    expect(message(result, "third-country")).toBe(
      nb("доля сопродюсера из третьей страны должна быть не более 30~%: доля Kazakhfilm (KZ) 35~% выше 30~%"),
    );
  });
});
