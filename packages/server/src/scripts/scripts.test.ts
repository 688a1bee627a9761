import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { backends } from "@kinomost/db/testing";
import { queryRows } from "@kinomost/db";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

const fixtures = new URL("../../../core/src/screenplay/fixtures/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, fixtures));

function upload(name: string, bytes: Uint8Array | string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new File([typeof bytes === "string" ? bytes : bytes.slice()], name));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

describe.each(backends)("scripts on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let projectId: string;
  const importPath = () => `/api/v1/projects/${projectId}/scripts/import`;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true, config: { maxUploadBytes: 2 * 1024 * 1024 } });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
  });
  afterAll(() => t.close());

  async function counts() {
    const [row] = await queryRows<{ drafts: number; scenes: number }>(
      t.database.db,
      sql`select (select count(*)::int from script_drafts) as drafts, (select count(*)::int from scenes) as scenes`,
    );
    return row;
  }

  it("imports a Russian Fountain episode as the first, white draft with its scenes", async () => {
    const response = await producer.post(
      importPath(),
      upload("seriya-7.fountain", fixture("ru-episode.fountain"), { episode: "7" }),
    );
    expect(response.status).toBe(201);
    expect(response.body.draft).toMatchObject({
      number: 1,
      color: "white",
      format: "fountain",
      sceneCount: 16,
      screenSeconds: expect.any(Number),
    });
    expect(response.body.warnings[0]).toEqual({
      line: expect.any(Number),
      code: expect.any(String),
      message: expect.any(String),
    });

    const list = await producer.get(`/api/v1/projects/${projectId}/scripts`);
    // Episode 1 holds the demo's pilot and 2–4 its outlines; this import is episode 7's first draft.
    expect(list.body.scripts.map((script: { episodeNumber: number }) => script.episodeNumber)).toEqual([
      1, 2, 3, 4, 7,
    ]);
    expect(list.body.scripts[4].drafts).toEqual([expect.objectContaining({ number: 1, sceneCount: 16 })]);
    const draft = await producer.get(
      `/api/v1/projects/${projectId}/scripts/drafts/${response.body.draft.id}`,
    );
    expect(draft.body.scenes[0]).toMatchObject({ position: 0, number: "1", setting: "EXT", time: "MORNING" });
    expect(draft.body.elements.length).toBeGreaterThan(16);
    expect(draft.body.draft.eighths).toBe(
      draft.body.scenes.reduce((sum: number, s: { eighths: number }) => sum + s.eighths, 0),
    );
  });

  it("makes a second import of the same episode its next draft, in the next revision colour", async () => {
    const response = await producer.post(
      importPath(),
      upload("seriya-7.fdx", fixture("ru-episode.fdx"), { episode: "7" }),
    );
    expect(response.status).toBe(201);
    expect(response.body.draft).toMatchObject({ number: 2, color: "blue", format: "fdx" });
    const list = await producer.get(`/api/v1/projects/${projectId}/scripts`);
    expect(list.body.scripts[4].drafts.map((d: { number: number }) => d.number)).toEqual([2, 1]);
  });

  it("follows each scene into the next draft, and lists what was changed, added and omitted", async () => {
    const first = [
      "ИНТ. ШТАБ - НОЧЬ #1#",
      "Комбат смотрит на карту.",
      "НАТ. ОКОП - ДЕНЬ #2#",
      "Дождь. Солдаты молчат.",
      "НАТ. СТЕПЬ - ДЕНЬ #3#",
      "Эшелон уходит на восток.",
    ].join("\n\n");
    const second = [
      "ИНТ. ШТАБ - НОЧЬ #1#",
      "Комбат смотрит на карту.",
      "НАТ. ОКОП - ДЕНЬ #2#",
      "Снег. Солдаты молчат.",
      "ИНТ. ТЕПЛУШКА - НОЧЬ #2А#",
      "Вера слушает эфир.",
    ].join("\n\n");
    const one = await producer.post(importPath(), upload("v1.fountain", first, { episode: "5" }));
    const two = await producer.post(importPath(), upload("v2.fountain", second, { episode: "5" }));
    expect(two.body.revisions).toEqual({ unchanged: 1, changed: 1, added: 1, omitted: 1 });

    const draftPath = (id: string) => `/api/v1/projects/${projectId}/scripts/drafts/${id}`;
    const before = (await producer.get(draftPath(one.body.draft.id))).body;
    const after = (await producer.get(draftPath(two.body.draft.id))).body;
    expect(before.scenes.map((scene: { revision: string }) => scene.revision)).toEqual([
      "first",
      "first",
      "first",
    ]);
    expect(
      after.scenes.map((scene: { number: string; revision: string }) => [scene.number, scene.revision]),
    ).toEqual([
      ["1", "unchanged"],
      ["2", "changed"],
      ["2А", "added"],
    ]);
    expect(after.scenes[0].lineageId).toBe(before.scenes[0].lineageId);
    expect(after.scenes[1].lineageId).toBe(before.scenes[1].lineageId);
    expect(after.omittedScenes).toEqual([
      { lineageId: before.scenes[2].lineageId, number: "3", heading: "НАТ. СТЕПЬ - ДЕНЬ" },
    ]);
  });

  it("refuses a file it cannot read, naming it, and writes nothing", async () => {
    const before = await counts();
    for (const [name, bytes] of [
      ["empty.fountain", ""],
      ["scan.pdf", "%PDF-1.7\n"],
      ["broken.fdx", '<?xml version="1.0"?>\n<FinalDraft><Content><Paragraph>'],
      ["renamed.kitsp", "SQLite format 3\u0000 but nothing after the header"],
    ] as const) {
      const response = await producer.post(importPath(), upload(name, bytes, { episode: "3" }));
      expect(response.status).toBe(400);
      expect(response.body.error.fields[0]).toMatchObject({ path: "file", code: "script_unreadable" });
      expect(response.body.error.message).toContain(name);
    }
    expect(await counts()).toEqual(before);
  });

  it("imports KIT Scenarist and Story Architect files, and refuses a PDF of scanned pages", async () => {
    for (const name of ["ru-episode.kitsp", "ru-episode.starc"]) {
      const response = await producer.post(importPath(), upload(name, fixture(name), { episode: "5" }));
      expect(response.status).toBe(201);
      expect(response.body.draft).toMatchObject({ format: name.split(".")[1], sceneCount: 3 });
    }
    const before = await counts();
    // A page with a drawn rectangle and no text: what a scanner gives without OCR.
    const scan = [
      "%PDF-1.4",
      "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj",
      "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj",
      "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >> endobj",
      "4 0 obj << /Length 26 >> stream\n10 10 100 100 re f\nendstream endobj",
      "trailer << /Root 1 0 R >>",
      "%%EOF",
    ].join("\n");
    const response = await producer.post(importPath(), upload("scan.pdf", scan, { episode: "6" }));
    expect(response.status).toBe(400);
    expect(response.body.error.message).toMatch(/scan\.pdf has no text layer/);
    expect(await counts()).toEqual(before);
  });

  it("refuses an episode the project does not have, a missing file, and unknown fields", async () => {
    const noEpisode = await producer.post(
      importPath(),
      upload("x.fountain", fixture("ru-episode.fountain"), { episode: "13" }),
    );
    expect(noEpisode.body.error.fields).toEqual([
      expect.objectContaining({ path: "episode", code: "no_such_episode" }),
    ]);
    const form = new FormData();
    form.set("episode", "1");
    const noFile = await producer.post(importPath(), form);
    expect(noFile.status).toBe(400);
    expect(noFile.body.error.fields.map((f: { path: string }) => f.path)).toContain("file");
    const extra = await producer.post(
      importPath(),
      upload("x.fountain", "ИНТ. ШТАБ - НОЧЬ", { owner: "me" }),
    );
    expect(extra.status).toBe(400);
  });

  it("refuses a file larger than the upload limit with 413", async () => {
    const before = await counts();
    const huge = upload("huge.fountain", "ИНТ. ШТАБ - НОЧЬ\n\n" + "а".repeat(3 * 1024 * 1024), {
      episode: "3",
    });
    const response = await producer.post(importPath(), huge);
    expect(response.status).toBe(413);
    expect(await counts()).toEqual(before);
  });

  it("lets only producers, line producers and assistant directors import; others read", async () => {
    const accountant = t.client();
    await accountant.login("accountant@belarusfilm.demo", "iskra-demo");
    const refused = await accountant.post(
      importPath(),
      upload("x.fountain", fixture("ru-episode.fountain"), { episode: "4" }),
    );
    expect(refused.status).toBe(403);
    expect((await accountant.get(`/api/v1/projects/${projectId}/scripts`)).status).toBe(200);

    const ad = t.client();
    await ad.login("ad@tajikfilm.demo", "iskra-demo");
    const allowed = await ad.post(
      importPath(),
      upload("x.fountain", fixture("en-feature.fountain"), { episode: "4" }),
    );
    expect(allowed.status).toBe(201);
  });

  it("shows nothing of the scripts to a studio that is not a partner", async () => {
    const stranger = await t.newUser();
    const list = await producer.get(`/api/v1/projects/${projectId}/scripts`);
    const draftId = list.body.scripts[0].drafts[0].id;
    expect((await stranger.get(`/api/v1/projects/${projectId}/scripts`)).status).toBe(404);
    expect((await stranger.get(`/api/v1/projects/${projectId}/scripts/drafts/${draftId}`)).status).toBe(404);
    expect((await stranger.post(importPath(), upload("x.fountain", "ИНТ. ШТАБ - НОЧЬ"))).status).toBe(404);
  });
});
