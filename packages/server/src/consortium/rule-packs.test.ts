import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { findBuiltinRulePack, readRulePack } from "@kinomost/core";
import { queryRows } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

interface PackView {
  id: string;
  name: string;
  builtin: boolean;
  selected: boolean;
  parties: string[];
  ruleCount: number;
}

const kzKg = {
  id: "kz-kg-illustration",
  name: "Kazakhstan–Kyrgyzstan (illustration)",
  names: { ru: "Казахстан — Кыргызстан (пример)" },
  version: "1",
  kind: "treaty",
  source: { title: "An illustration written for the test", urls: [] },
  validFrom: "2020-01-01",
  parties: ["KZ", "KG"],
  rules: [
    { id: "parties", kind: "parties-present", minimum: 2, countries: ["KZ", "KG"] },
    { id: "languages", kind: "language-versions", languages: ["kk", "ky", "uz"] },
  ],
};

const badYaml = [
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
].join("\n");

describe.each(backends)("rule packs on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let accountant: TestClient;
  let projectId: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const upload = (client: TestClient, name: string, text: string | Uint8Array<ArrayBuffer>) => {
    const data = new FormData();
    data.append("file", new File([text], name));
    return client.request("POST", api("/rule-packs"), data);
  };
  const packs = async (language: "ru" | "en" = "ru") =>
    (await producer.get(api(`/rule-packs?language=${language}`))).body.packs as PackView[];
  const count = async (table: string) =>
    (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
  const selectPacks = async (ids: string[]) => {
    const { version } = (await producer.get(api("/consortium"))).body;
    return producer.patch(api("/consortium"), { version, rulePacks: ids });
  };

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    accountant = t.client();
    await accountant.login("accountant@belarusfilm.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
  });
  afterAll(() => t.close());

  it("lists the built-in packs and the demo's own CIS pack, selected, named in the asked language", async () => {
    const russian = await packs("ru");
    const cis = russian.find((pack) => pack.id === "cis-2008");
    expect(cis).toMatchObject({ builtin: false, selected: true });
    expect(cis!.name).toMatch(/СНГ/);
    expect(russian.find((pack) => pack.id === "european-convention-2017")).toMatchObject({
      builtin: true,
      selected: false,
    });
    expect(russian.find((pack) => pack.id === "european-convention-2017")!.name).toMatch(/[А-Яа-я]/);
    const english = await packs("en");
    expect(english.find((pack) => pack.id === "european-convention-2017")!.name).toMatch(/European/);
    const qualification = await producer.get(api("/qualification?language=ru"));
    expect(qualification.body.packs.map((pack: { id: string }) => pack.id)).toEqual([
      "cis-2008",
      "european-convention-1992",
      "russia-national-film",
    ]);
  });

  it("refuses a pack that breaks the format, naming the line, and stores nothing", async () => {
    const [stored, audited] = [await count("rule_packs"), await count("audit_entries")];
    const broken = await upload(producer, "broken.yaml", badYaml);
    expect(broken.status).toBe(400);
    const field = broken.body.error.fields.find((f: { path: string }) => f.path.includes("bilateral"));
    expect(field).toBeDefined();
    expect(field.params.line).toBe(11);
    expect(field.message).toMatch(/^line 11: /);

    const syntax = await upload(producer, "syntax.yaml", "id: x\nrules: [\n");
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.fields[0].params.line).toEqual(expect.any(Number));

    const builtinId = await upload(
      producer,
      "mine.json",
      JSON.stringify({ ...kzKg, id: "european-convention-2017" }),
    );
    expect(builtinId.status).toBe(400);
    expect(builtinId.body.error.fields).toEqual([
      expect.objectContaining({ path: "id", code: "builtin_pack" }),
    ]);

    const wrongKind = await upload(producer, "pack.txt", JSON.stringify(kzKg));
    expect(wrongKind.status).toBe(400);
    expect(wrongKind.body.error.fields[0].code).toBe("rule_pack_format");

    const large = await upload(producer, "large.json", new Uint8Array(1024 * 1024 + 1));
    expect(large.status).toBe(413);

    expect([await count("rule_packs"), await count("audit_entries")]).toEqual([stored, audited]);
  });

  it("adds a project's own pack, selects it and checks the project against it in Russian and English", async () => {
    const added = await upload(producer, "kz-kg.json", JSON.stringify(kzKg, null, 2));
    expect(added.status).toBe(201);
    expect(added.body.pack).toMatchObject({ id: "kz-kg-illustration", builtin: false, ruleCount: 2 });
    expect((await selectPacks(["kz-kg-illustration", "cis-2008"])).status).toBe(204);

    const russian = (await producer.get(api("/qualification?language=ru"))).body.packs[0];
    expect(russian).toMatchObject({ id: "kz-kg-illustration", name: "Казахстан — Кыргызстан (пример)" });
    const english = (await producer.get(api("/qualification?language=en"))).body.packs[0];
    expect(english.name).toBe("Kazakhstan–Kyrgyzstan (illustration)");
    const languagesRu = russian.rules.find((rule: { id: string }) => rule.id === "languages");
    const languagesEn = english.rules.find((rule: { id: string }) => rule.id === "languages");
    // Iskra plans ru, be, kk, tg, ky and en versions: the Uzbek one is missing.
    expect(languagesRu.pass).toBe(false);
    expect(languagesEn.pass).toBe(false);
    expect(languagesRu.message).toMatch(/[А-Яа-я]/);
    expect(languagesEn.message).toMatch(/uz/);
    expect(languagesRu.message).not.toBe(languagesEn.message);
    expect(russian.rules.find((rule: { id: string }) => rule.id === "parties").pass).toBe(true);

    const log = (await producer.get(api("/audit"))).body;
    expect(log.entries.at(-2)).toMatchObject({
      action: "consortium.rule-pack",
      data: { id: "kz-kg-illustration" },
    });
    expect(log.verification.ok).toBe(true);
  });

  it("gives a pack back as a file: the project's own as uploaded, a built-in one as YAML that reads back", async () => {
    const own = await producer.get(api("/rule-packs/kz-kg-illustration/source"));
    expect(own.status).toBe(200);
    expect(own.headers.get("content-type")).toMatch(/application\/json/);
    expect(new TextDecoder().decode(own.bytes)).toBe(JSON.stringify(kzKg, null, 2));

    const builtin = await producer.get(api("/rule-packs/european-convention-2017/source"));
    expect(builtin.headers.get("content-disposition")).toBe(
      'attachment; filename="european-convention-2017.yaml"',
    );
    const read = readRulePack(new TextDecoder().decode(builtin.bytes), "yaml");
    expect(read.ok && read.pack).toEqual(findBuiltinRulePack("european-convention-2017"));
  });

  it("refuses to select a pack the project does not have, and keeps the selection", async () => {
    const before = (await producer.get(api("/consortium"))).body.rulePacks;
    const unknown = await selectPacks(["cis-2008", "no-such-pack"]);
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual([
      expect.objectContaining({ path: "rulePacks.1", code: "rule_pack" }),
    ]);
    expect((await producer.get(api("/consortium"))).body.rulePacks).toEqual(before);
  });

  it("lets only producers change packs; removing one drops it from the selection; strangers see nothing", async () => {
    expect((await upload(accountant, "kz-kg.json", JSON.stringify(kzKg))).status).toBe(403);
    expect((await accountant.delete(api("/rule-packs/kz-kg-illustration"))).status).toBe(403);
    expect((await accountant.get(api("/rule-packs"))).status).toBe(200);

    expect((await producer.delete(api("/rule-packs/european-convention-2017"))).status).toBe(404);
    expect((await producer.delete(api("/rule-packs/kz-kg-illustration"))).status).toBe(204);
    expect((await producer.get(api("/consortium"))).body.rulePacks).toEqual(["cis-2008"]);
    expect((await packs()).some((pack) => pack.id === "kz-kg-illustration")).toBe(false);

    const stranger = await t.newUser("Посторонний");
    for (const path of ["/rule-packs", "/rule-packs/cis-2008/source"]) {
      expect((await stranger.get(api(path))).status).toBe(404);
    }
  });

  it("publishes the pack format's JSON Schema without signing in", async () => {
    const response = await t.client().get("/api/v1/rule-pack.schema.json");
    expect(response.status).toBe(200);
    expect(response.body.properties.rules).toBeDefined();
  });
});
