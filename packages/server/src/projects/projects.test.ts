import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

describe.each(backends)("projects on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let iskraId: string;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    expect((await producer.login("producer@iskra.demo", "iskra-demo")).status).toBe(200);
    const list = await producer.get("/api/v1/projects");
    iskraId = list.body.projects[0].id;
  });
  afterAll(() => t.close());

  it("lists «Искра» for the demo producer with its five partner organizations", async () => {
    const { status, body } = await producer.get("/api/v1/projects");
    expect(status).toBe(200);
    expect(body.projects).toHaveLength(1);
    const [iskra] = body.projects;
    expect(iskra.titles).toEqual({ ru: "Искра", en: "Iskra" });
    expect(iskra.kind).toBe("series");
    expect(iskra.episodeCount).toBe(12);
    expect(iskra.role).toBe("producer");
    expect(iskra.partners.map((partner: { country: string }) => partner.country)).toEqual([
      "RU",
      "BY",
      "KZ",
      "TJ",
      "KG",
    ]);
    expect(iskra.partners[0]).toMatchObject({
      names: { en: "1-2-3 Production" },
      role: "lead_producer",
      status: "accepted",
    });
    expect(iskra.partners.slice(1).every((partner: { role: string }) => partner.role === "co_producer")).toBe(
      true,
    );
  });

  it("shows the overview with episodes, members and the caller's permissions", async () => {
    const { status, body } = await producer.get(`/api/v1/projects/${iskraId}`);
    expect(status).toBe(200);
    expect(body.episodes).toHaveLength(12);
    expect(body.episodes[0]).toMatchObject({ number: 1, titles: { ru: "Эшелон" } });
    expect(body.members).toHaveLength(5);
    expect(body.permissions).toContain("project.partners.invite");
  });

  it("has the pilot «Эшелон» imported as episode 1's first draft, and the outlines of episodes 2–4", async () => {
    const { body } = await producer.get(`/api/v1/projects/${iskraId}/scripts`);
    expect(body.scripts.map((script: { episodeNumber: number }) => script.episodeNumber)).toEqual([
      1, 2, 3, 4,
    ]);
    expect(body.scripts[0]).toEqual(
      expect.objectContaining({
        episodeNumber: 1,
        drafts: [expect.objectContaining({ number: 1, color: "white", sceneCount: 42, warningCount: 0 })],
      }),
    );
  });

  it("gives each demo partner's user their own role", async () => {
    const accountant = t.client();
    await accountant.login("accountant@belarusfilm.demo", "iskra-demo");
    const { body } = await accountant.get(`/api/v1/projects/${iskraId}`);
    expect(body.role).toBe("production_accountant");
    expect(body.permissions).toEqual([
      "project.read",
      "project.members.read",
      "schedule.read",
      "consortium.read",
      "contributions.edit",
      "documents.sign",
      "audit.read",
      "budget.read",
      "budget.edit",
      "rates.edit",
      "actuals.read",
      "actuals.edit",
    ]);
    const change = await accountant.patch(`/api/v1/projects/${iskraId}`, {
      version: body.project.version,
      genre: "комедия",
    });
    expect(change.status).toBe(403);
    expect(change.body.error.code).toBe("FORBIDDEN");
  });

  it("answers 404 on every project route to a user of a non-partner organization", async () => {
    const stranger = await t.newUser();
    // Every route the API documents under /projects/{projectId}, so a new route is covered at once.
    const document = (await stranger.get("/api/v1/openapi.json")).body as {
      paths: Record<string, Record<string, unknown>>;
    };
    const routes = Object.entries(document.paths)
      .filter(([path]) => path.startsWith("/projects/{projectId}"))
      .flatMap(([path, operations]) =>
        Object.keys(operations).map((method) => [method.toUpperCase(), path] as const),
      );
    expect(routes.length).toBeGreaterThanOrEqual(5);
    const body = { version: 1, organizationId: stranger.organizationId, role: "co_producer" };
    for (const [method, template] of [...routes, ["GET", "/projects/{projectId}/not-a-route"] as const]) {
      const path = `/api/v1${template.replace("{projectId}", iskraId).replace("{userId}", stranger.userId)}`;
      const response = await stranger.request(
        method,
        path,
        method === "GET" || method === "DELETE" ? undefined : body,
      );
      expect([method, template, response.status]).toEqual([method, template, 404]);
      expect(response.body.error.code).toBe("NOT_FOUND");
    }
    expect((await stranger.get("/api/v1/projects")).body.projects).toEqual([]);
  });

  it("answers 404 for ids that do not exist or are not ids at all", async () => {
    expect((await producer.get("/api/v1/projects/00000000-0000-4000-8000-000000000000")).status).toBe(404);
    expect((await producer.get("/api/v1/projects/not-an-id")).status).toBe(404);
  });

  it("refuses a stale version with 409 and the current state", async () => {
    const { body } = await producer.get(`/api/v1/projects/${iskraId}`);
    const version = body.project.version;
    const first = await producer.patch(`/api/v1/projects/${iskraId}`, {
      version,
      genre: "военная драма, мини-сериал",
    });
    expect(first.status).toBe(200);
    expect(first.body.project.version).toBe(version + 1);
    const stale = await producer.patch(`/api/v1/projects/${iskraId}`, { version, genre: "комедия" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("VERSION_CONFLICT");
    expect(stale.body.error.current).toMatchObject({
      genre: "военная драма, мини-сериал",
      version: version + 1,
    });
  });

  it("lets a new studio join as a partner once its administrator accepts, then see the project", async () => {
    const studio = await t.newUser("Шерзод Каримов");
    t.clock.advance(60 * 60 * 1000);
    const invite = await producer.post(`/api/v1/projects/${iskraId}/partners`, {
      organizationId: studio.organizationId,
      role: "co_producer",
    });
    expect(invite.status).toBe(201);
    expect((await studio.get(`/api/v1/projects/${iskraId}`)).status).toBe(404);

    const pending = await studio.get(`/api/v1/organizations/${studio.organizationId}/partnerships`);
    expect(pending.body.partnerships).toEqual([
      expect.objectContaining({
        projectId: iskraId,
        status: "invited",
        titles: { ru: "Искра", en: "Iskra" },
      }),
    ]);
    const accepted = await studio.post(
      `/api/v1/organizations/${studio.organizationId}/partnerships/${iskraId}`,
      {
        decision: "accept",
      },
    );
    expect(accepted.body).toEqual({ status: "accepted" });

    const overview = await studio.get(`/api/v1/projects/${iskraId}`);
    expect(overview.status).toBe(200);
    expect(overview.body.role).toBe("viewer");
    expect(overview.body.partners.map((p: { country: string }) => p.country)).toEqual([
      "RU",
      "BY",
      "KZ",
      "TJ",
      "KG",
      "UZ",
    ]);

    const candidates = await producer.get(`/api/v1/projects/${iskraId}/candidates`);
    expect(candidates.body.candidates).toEqual([
      expect.objectContaining({
        userId: studio.userId,
        name: "Шерзод Каримов",
        organizationId: studio.organizationId,
      }),
    ]);
    const assigned = await producer.put(`/api/v1/projects/${iskraId}/members/${studio.userId}`, {
      organizationId: studio.organizationId,
      role: "line_producer",
    });
    expect(assigned.status).toBe(200);
    expect((await studio.get(`/api/v1/projects/${iskraId}`)).body.role).toBe("line_producer");
    expect((await producer.get(`/api/v1/projects/${iskraId}/candidates`)).body.candidates).toEqual([]);
    expect((await studio.get(`/api/v1/projects/${iskraId}/candidates`)).status).toBe(403);
  });

  it("lets only a producer of the lead organization invite partners", async () => {
    const studio = await t.newUser();
    const lineProducer = t.client();
    await lineProducer.login("lineproducer@kinoliga.demo", "iskra-demo");
    const response = await lineProducer.post(`/api/v1/projects/${iskraId}/partners`, {
      organizationId: studio.organizationId,
      role: "co_producer",
    });
    expect(response.status).toBe(403);
  });

  it("creates a project led by the caller's organization", async () => {
    const studio = await t.newUser();
    const created = await studio.post("/api/v1/projects", {
      titles: { ru: "Шёлковый путь", en: "The Silk Road" },
      kind: "feature",
      languages: ["ru", "uz-Cyrl"],
      leadOrganizationId: studio.organizationId,
    });
    expect(created.status).toBe(201);
    const list = await studio.get("/api/v1/projects");
    expect(list.body.projects).toEqual([
      expect.objectContaining({
        titles: { ru: "Шёлковый путь", en: "The Silk Road" },
        role: "producer",
        episodeCount: 0,
      }),
    ]);
    const foreign = await studio.post("/api/v1/projects", {
      titles: { ru: "Чужой" },
      kind: "feature",
      languages: ["ru"],
      leadOrganizationId: studio.organizationId.replace(/.$/, (c) => (c === "0" ? "1" : "0")),
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields).toEqual([
      { path: "leadOrganizationId", message: "not an organization of yours" },
    ]);
  });
});
