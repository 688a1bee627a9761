import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

const run = promisify(execFile);

function upload(name: string, text: string, fields: Record<string, string> = {}) {
  const form = new FormData();
  form.set("file", new File([text], name));
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  return form;
}

interface SceneSummary {
  id: string;
  number: string | null;
  lineageId: string;
  characters: string[];
}
interface Tagged {
  elementId: string;
  category: string;
  name: string;
  boardId: string | null;
  source: string;
  status: string;
  broughtBy: string | null;
}

const episodeTwo = (extra = "") => `Title: Серия 2

ИНТ. ДЕПО - НОЧЬ #1#

Механик осматривает танк. Рядом стоят два танка и ящик со снарядами.

МЕХАНИК
Этим танком займёмся утром.

ДЕВОЧКА (ЗК)
Дядя, а он поедет?

НАТ. ПОЛЕ - ДЕНЬ #2#

Колонна танков идёт через поле.${extra}

КОМАНДИР
Вперёд!
`;

describe.each(backends)("breakdown on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let costume: TestClient;
  let projectId: string;
  let scenes: SceneSummary[];
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    costume = t.client();
    await costume.login("costume@kyrgyzfilm.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
    const imported = await producer.post(
      api("/scripts/import"),
      upload("s2.fountain", episodeTwo(), { episode: "2" }),
    );
    expect(imported.status).toBe(201);
    scenes = (await producer.get(api(`/scripts/drafts/${imported.body.draft.id}`))).body.scenes;
  });
  afterAll(() => t.close());

  const breakdownOf = async (sceneId: string) => {
    const response = await producer.get(api(`/scenes/${sceneId}/breakdown`));
    expect(response.status).toBe(200);
    return response.body as {
      elements: Tagged[];
      suggestions: { entryId: string; elementName: string; text: string }[];
      set: { name: string; location: { name: string } | null } | null;
    };
  };

  it("makes the cast from the character cues, numbered for the board, and tags them in their scenes", async () => {
    const first = await breakdownOf(scenes[0]!.id);
    const cast = first.elements.filter((element) => element.category === "cast");
    expect(cast.map((element) => element.name)).toEqual(["ДЕВОЧКА", "МЕХАНИК"].sort());
    for (const element of cast) {
      expect(element).toMatchObject({
        source: "cast",
        status: "confirmed",
        boardId: expect.stringMatching(/^\d+$/),
      });
    }
    const { elements } = (await producer.get(api("/breakdown/elements"))).body;
    const boardIds = elements
      .filter((element: { category: string }) => element.category === "cast")
      .map((element: { boardId: string }) => Number(element.boardId));
    expect(new Set(boardIds).size).toBe(boardIds.length);
  });

  it("suggests dictionary elements in any grammatical form, and forgets a suggestion turned down", async () => {
    const added = await producer.post(api("/breakdown/dictionary"), {
      category: "militaryVehicles",
      term: "танк",
      elementName: "Танк Т-34-85",
    });
    expect(added.status).toBe(201);
    const first = await breakdownOf(scenes[0]!.id);
    const tank = first.suggestions.find((suggestion) => suggestion.elementName === "Танк Т-34-85");
    expect(tank?.text.toLowerCase()).toBe("танк");
    const second = await breakdownOf(scenes[1]!.id);
    expect(second.suggestions.map((suggestion) => suggestion.text)).toContain("танков");

    const dismissed = await producer.post(api(`/scenes/${scenes[1]!.id}/breakdown/dismissed`), {
      entryId: tank!.entryId,
    });
    expect(dismissed.status).toBe(204);
    expect((await breakdownOf(scenes[1]!.id)).suggestions).toEqual([]);

    const confirmed = await producer.post(api(`/scenes/${scenes[0]!.id}/breakdown`), {
      category: "militaryVehicles",
      name: "Танк Т-34-85",
      quote: "танк",
      entryId: tank!.entryId,
    });
    expect(confirmed.status).toBe(201);
    const after = await breakdownOf(scenes[0]!.id);
    expect(after.suggestions.map((suggestion) => suggestion.elementName)).not.toContain("Танк Т-34-85");
    expect(after.elements).toContainEqual(
      expect.objectContaining({ name: "Танк Т-34-85", source: "dictionary", status: "confirmed" }),
    );
  });

  it("tags selected words, brings linked elements along, and untags", async () => {
    const tagged = await producer.post(api(`/scenes/${scenes[0]!.id}/breakdown`), {
      category: "props",
      name: "Ящик со снарядами",
      quote: "ящик со снарядами",
    });
    expect(tagged.status).toBe(201);
    const { elements } = (await producer.get(api("/breakdown/elements"))).body as {
      elements: { id: string; name: string; version: number; sceneCount: number }[];
    };
    const girl = elements.find((element) => element.name === "ДЕВОЧКА")!;
    const tutor = await producer.post(api("/breakdown/elements"), {
      category: "additionalLabor",
      name: "Педагог",
    });
    expect(tutor.status).toBe(201);
    const linked = await producer.patch(api(`/breakdown/elements/${girl.id}`), {
      version: girl.version,
      links: [tutor.body.element.id],
      allowHold: false,
    });
    expect(linked.status).toBe(200);
    expect(linked.body.element).toMatchObject({
      links: [tutor.body.element.id],
      allowHold: false,
      sceneCount: 1,
    });

    const scene = await breakdownOf(scenes[0]!.id);
    expect(scene.elements).toContainEqual(
      expect.objectContaining({ name: "Педагог", source: "link", broughtBy: "ДЕВОЧКА" }),
    );
    const box = scene.elements.find((element) => element.name === "Ящик со снарядами")!;
    expect(box).toMatchObject({ source: "tag", status: "confirmed" });
    expect((await producer.delete(api(`/scenes/${scenes[0]!.id}/breakdown/${box.elementId}`))).status).toBe(
      204,
    );
    expect((await breakdownOf(scenes[0]!.id)).elements.map((element) => element.name)).not.toContain(
      "Ящик со снарядами",
    );
  });

  it("refuses links that go round a circle, naming the field, and changes nothing", async () => {
    const { elements } = (await producer.get(api("/breakdown/elements"))).body as {
      elements: { id: string; name: string; version: number; links: string[] }[];
    };
    const tutor = elements.find((element) => element.name === "Педагог")!;
    const girl = elements.find((element) => element.name === "ДЕВОЧКА")!;
    const circle = await producer.patch(api(`/breakdown/elements/${tutor.id}`), {
      version: tutor.version,
      links: [girl.id],
    });
    expect(circle.status).toBe(400);
    expect(circle.body.error.fields[0]).toMatchObject({ path: "links", code: "invalid_links" });
    const self = await producer.patch(api(`/breakdown/elements/${tutor.id}`), {
      version: tutor.version,
      links: [tutor.id],
    });
    expect(self.status).toBe(400);
    const after = (await producer.get(api("/breakdown/elements"))).body.elements.find(
      (element: { id: string }) => element.id === tutor.id,
    );
    expect(after).toMatchObject({ links: [], version: tutor.version });
  });

  it("keeps a scene's breakdown when a new draft revises it, and untags cast the writer removed", async () => {
    const revised = episodeTwo("\n\nСнова танки.").replace("ДЕВОЧКА (ЗК)\nДядя, а он поедет?\n", "");
    const imported = await producer.post(
      api("/scripts/import"),
      upload("s2-v2.fountain", revised, { episode: "2" }),
    );
    expect(imported.status).toBe(201);
    const next = (await producer.get(api(`/scripts/drafts/${imported.body.draft.id}`))).body
      .scenes as SceneSummary[];
    expect(next[0]!.lineageId).toBe(scenes[0]!.lineageId);
    const kept = await breakdownOf(next[0]!.id);
    const names = kept.elements.map((element) => element.name);
    expect(names).toContain("Танк Т-34-85");
    expect(names).toContain("МЕХАНИК");
    expect(names).not.toContain("ДЕВОЧКА");
  });

  it("lets a person set a scene's length and screen time, and re-estimates the rest when the factor changes", async () => {
    const scene = (await producer.get(api(`/scenes/${scenes[1]!.id}/breakdown`))).body.scene;
    const edited = await producer.patch(api(`/scenes/${scene.id}`), { version: scene.version, eighths: 12 });
    expect(edited.status).toBe(200);
    expect(edited.body.scene).toMatchObject({ eighths: 12, screenSeconds: 90, lengthEdited: true });
    const stale = await producer.patch(api(`/scenes/${scene.id}`), { version: scene.version, eighths: 3 });
    expect(stale.status).toBe(409);
    const bad = await producer.patch(api(`/scenes/${scene.id}`), { version: scene.version + 1, eighths: 0 });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe("eighths");

    const project = (await producer.get(api(""))).body.project;
    const faster = await producer.patch(api(""), { version: project.version, secondsPerPage: 30 });
    expect(faster.status).toBe(200);
    expect(faster.body.project.secondsPerPage).toBe(30);
    const other = (await producer.get(api(`/scenes/${scenes[0]!.id}/breakdown`))).body.scene;
    expect(other.screenSeconds).toBe(Math.round((other.eighths * 30) / 8));
    expect((await producer.get(api(`/scenes/${scene.id}/breakdown`))).body.scene.screenSeconds).toBe(90);
  });

  it("prints breakdown sheets as CSV and as a PDF with a page per scene", async () => {
    const scripts = (await producer.get(api("/scripts"))).body.scripts;
    const pilot = scripts.find((script: { episodeNumber: number }) => script.episodeNumber === 1).drafts[0];
    const csv = await producer.get(api(`/scripts/drafts/${pilot.id}/breakdown.csv?language=ru`));
    expect(csv.status).toBe(200);
    expect(csv.headers.get("content-type")).toContain("text/csv");
    const text = csv.body as string;
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text).toContain("Паровоз серии Эу");
    expect(text).toContain("«Беларусьфильм», павильон № 3");

    const sceneId = (await producer.get(api(`/scripts/drafts/${pilot.id}`))).body.scenes[3].id;
    const pdf = await producer.get(api(`/scripts/drafts/${pilot.id}/breakdown.pdf?scene=${sceneId}`));
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get("content-type")).toBe("application/pdf");
    const folder = await mkdtemp(join(tmpdir(), "kinomost-sheet-"));
    try {
      const file = join(folder, "sheet.pdf");
      await writeFile(file, pdf.bytes);
      const { stdout: info } = await run("pdfinfo", [file]);
      expect(info).toMatch(/Pages:\s+1\n/);
      const { stdout: words } = await run("pdftotext", ["-layout", file, "-"]);
      expect(words).toContain("СТАНЦИЯ МИНСК-ТОВАРНЫЙ");
      expect(words).toContain("Актёры");
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
    const missing = await producer.get(api(`/scripts/drafts/${pilot.id}/breakdown.pdf?scene=${projectId}`));
    expect(missing.status).toBe(404);
  });

  it("lets department heads tag but not change scene lengths; a stranger sees 404", async () => {
    const scene = (await producer.get(api(`/scenes/${scenes[1]!.id}/breakdown`))).body.scene;
    const tag = await costume.post(api(`/scenes/${scene.id}/breakdown`), {
      category: "wardrobe",
      name: "Комбинезон",
    });
    expect(tag.status).toBe(201);
    const length = await costume.patch(api(`/scenes/${scene.id}`), { version: scene.version, eighths: 4 });
    expect(length.status).toBe(403);

    const stranger = await t.newUser("Посторонний");
    for (const path of [`/scenes/${scene.id}/breakdown`, "/breakdown/elements", "/locations"]) {
      expect((await stranger.get(api(path))).status).toBe(404);
    }
  });

  it("refuses a tag in an unknown category and writes nothing", async () => {
    const [before] = await queryRows<{ count: number }>(
      t.database.db,
      sql`select count(*)::int as count from breakdown_elements`,
    );
    const response = await producer.post(api(`/scenes/${scenes[0]!.id}/breakdown`), {
      category: "dragons",
      name: "Змей Горыныч",
    });
    expect(response.status).toBe(400);
    expect(response.body.error.fields[0]).toMatchObject({ path: "category", code: "no_such_category" });
    const [after] = await queryRows<{ count: number }>(
      t.database.db,
      sql`select count(*)::int as count from breakdown_elements`,
    );
    expect(after!.count).toBe(before!.count);
  });
});
