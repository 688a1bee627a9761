import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

function upload(name: string, text: string, language: string) {
  const form = new FormData();
  form.set("file", new File([text], name));
  form.set("language", language);
  return form;
}

describe.each(backends)("script translations on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let projectId: string;
  let draftId: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
    draftId = (await producer.get(api("/scripts"))).body.scripts[0].drafts[0].id;
  });
  afterAll(() => t.close());

  it("shows the demo pilot's English translation of its first scenes, aligned by scene", async () => {
    const response = await producer.get(api(`/scripts/drafts/${draftId}/translations`));
    expect(response.status).toBe(200);
    expect(response.body.languages).toEqual(["en"]);
    const draft = (await producer.get(api(`/scripts/drafts/${draftId}`))).body;
    const first = response.body.scenes[0];
    expect(first.lineageId).toBe(draft.scenes[0].lineageId);
    expect(first.heading).toBe("INT. REGIMENT HEADQUARTERS - NIGHT, DAY 1");
    expect(response.body.scenes.length).toBeGreaterThanOrEqual(5);
  });

  it("aligns a Kazakh translation by scene number, with the project's own heading words", async () => {
    const project = (await producer.get(api(""))).body.project;
    const words = await producer.patch(api(""), {
      version: project.version,
      headingWords: {
        prefixes: [
          { text: "ІШКІ.", setting: "INT" },
          { text: "СЫРТҚЫ.", setting: "EXT" },
        ],
        times: [
          { text: "ТҮН", time: "NIGHT" },
          { text: "ТАҢ", time: "DAWN" },
          { text: "КҮН", time: "DAY" },
        ],
      },
    });
    expect(words.status).toBe(200);
    const lowercase = await producer.patch(api(""), {
      version: words.body.project.version,
      headingWords: { prefixes: [{ text: "ішкі.", setting: "INT" }] },
    });
    expect(lowercase.status).toBe(400);
    expect(lowercase.body.error.fields[0]).toMatchObject({
      path: "headingWords.prefixes.0.text",
      code: "capitals",
    });
    const kazakh = `ІШКІ. ПОЛК ШТАБЫ - ТҮН #1#

Штаб.

СЫРТҚЫ. ЗАУЫТ АУЛАСЫ - ТАҢ #2#

Аула.

СЫРТҚЫ. БЕЛГІСІЗ - КҮН #99#

Артық сахна.
`;
    const response = await producer.post(
      api(`/scripts/drafts/${draftId}/translations`),
      upload("eshelon.kk.fountain", kazakh, "kk"),
    );
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ language: "kk", by: "number", aligned: 2 });
    expect(response.body.unmatched).toEqual([{ number: "99", heading: expect.any(String) }]);
    const languages = (await producer.get(api(`/scripts/drafts/${draftId}/translations`))).body.languages;
    expect(languages).toEqual(["en", "kk"]);
  });

  it("takes a translation larger than a JSON request may be, as an upload", async () => {
    const long = `INT. REGIMENT HEADQUARTERS - NIGHT #1#\n\n${"The night is long. ".repeat(80_000)}\n`;
    expect(long.length).toBeGreaterThan(1024 * 1024);
    const response = await producer.post(
      api(`/scripts/drafts/${draftId}/translations`),
      upload("long.en.fountain", long, "en"),
    );
    expect(response.status).toBe(201);
    expect(response.body.aligned).toBe(1);
  });

  it("refuses an unreadable file or a bad language tag and writes nothing", async () => {
    const count = async () =>
      (
        await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from scene_translations`)
      )[0]!.n;
    const before = await count();
    const empty = await producer.post(
      api(`/scripts/drafts/${draftId}/translations`),
      upload("empty.fountain", "", "en"),
    );
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0]).toMatchObject({ path: "file" });
    const noScenes = await producer.post(
      api(`/scripts/drafts/${draftId}/translations`),
      upload("notes.fountain", "Just a note without scenes.\n", "en"),
    );
    expect(noScenes.status).toBe(400);
    const badLanguage = await producer.post(
      api(`/scripts/drafts/${draftId}/translations`),
      upload("x.fountain", "INT. ROOM - DAY\n\nText.\n", "English"),
    );
    expect(badLanguage.status).toBe(400);
    expect(badLanguage.body.error.fields[0].path).toBe("language");
    expect(await count()).toBe(before);
    const otherDraft = await producer.get(api(`/scripts/drafts/${projectId}/translations`));
    expect(otherDraft.status).toBe(404);
  });
});
