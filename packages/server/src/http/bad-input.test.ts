// Bad input of every kind gets a 4xx in the one error shape and writes nothing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { backends } from "@kinomost/db/testing";
import { queryRows } from "@kinomost/db";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

describe.each(backends)("bad input on %s", (backend) => {
  let t: TestApp;
  let user: TestClient & { organizationId: string };

  beforeAll(async () => {
    t = await createTestApp(backend);
    user = await t.newUser();
  });
  afterAll(() => t.close());

  async function rowCounts() {
    const [row] = await queryRows<Record<string, number>>(
      t.database.db,
      sql`select (select count(*)::int from users) as users, (select count(*)::int from organizations) as organizations,
                 (select count(*)::int from projects) as projects, (select count(*)::int from api_tokens) as tokens`,
    );
    return row;
  }

  function expectErrorShape(body: { error: { code: string; message: string } }) {
    expect(typeof body.error.code).toBe("string");
    expect(typeof body.error.message).toBe("string");
  }

  const organization = { names: { ru: "Узбеккино" }, country: "UZ", currency: "UZS" };
  const project = () => ({
    titles: { ru: "Тест" },
    kind: "feature",
    languages: ["ru"],
    leadOrganizationId: user.organizationId,
  });

  const cases: [string, string, () => unknown, string[]][] = [
    ["unknown field", "/api/v1/organizations", () => ({ ...organization, owner: "me" }), ["owner"]],
    ["wrong type", "/api/v1/organizations", () => ({ ...organization, country: 7 }), ["country"]],
    ["unknown country", "/api/v1/organizations", () => ({ ...organization, country: "SU" }), ["country"]],
    ["unknown currency", "/api/v1/organizations", () => ({ ...organization, currency: "RUR" }), ["currency"]],
    ["empty names", "/api/v1/organizations", () => ({ ...organization, names: {} }), ["names"]],
    [
      "HTML in a name",
      "/api/v1/organizations",
      () => ({ ...organization, names: { ru: "<script>alert(1)</script>" } }),
      ["names.ru"],
    ],
    ["string for a number", "/api/v1/projects", () => ({ ...project(), episodes: "12" }), ["episodes"]],
    ["negative number", "/api/v1/projects", () => ({ ...project(), episodes: -1 }), ["episodes"]],
    ["fraction", "/api/v1/projects", () => ({ ...project(), episodes: 1.5 }), ["episodes"]],
    ["unknown kind", "/api/v1/projects", () => ({ ...project(), kind: "opera" }), ["kind"]],
    [
      "several bad fields at once",
      "/api/v1/projects",
      () => ({ titles: { ru: "" }, kind: 1, languages: ["русский"], leadOrganizationId: "x" }),
      ["titles.ru", "kind", "languages.0", "leadOrganizationId"],
    ],
    ["control characters", "/api/v1/auth/tokens", () => ({ name: "CLI\u0000" }), ["name"]],
    ["array for an object", "/api/v1/auth/tokens", () => [{ name: "x" }], ["(body)"]],
  ];

  it.each(cases)("%s: 400 naming the fields, nothing written", async (_, path, body, fields) => {
    const before = await rowCounts();
    const response = await user.post(path, body());
    expect(response.status).toBe(400);
    expectErrorShape(response.body);
    expect(response.body.error.code).toBe("VALIDATION_FAILED");
    expect(response.body.error.fields.map((field: { path: string }) => field.path)).toEqual(
      expect.arrayContaining(fields),
    );
    expect(await rowCounts()).toEqual(before);
  });

  it("gives every bad field a stable code and the numbers an interface needs to translate it", async () => {
    const response = await user.post("/api/v1/projects", {
      titles: { ru: "<b>Тест</b>" },
      kind: "feature",
      episodes: 900,
      languages: ["ru"],
      leadOrganizationId: user.organizationId,
      owner: "me",
    });
    expect(response.body.error.fields).toEqual(
      expect.arrayContaining([
        { path: "titles.ru", message: "must not contain markup (<…>)", code: "markup" },
        expect.objectContaining({ path: "episodes", code: "too_big_number", params: { maximum: 500 } }),
        { path: "owner", message: "unknown field", code: "unknown_field" },
      ]),
    );
    const missing = await user.post("/api/v1/organizations", { names: { ru: "Студия" }, country: "XX" });
    expect(missing.body.error.fields).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ path: "country", code: "country" }),
        expect.objectContaining({ path: "currency", code: "required" }),
      ]),
    );
  });

  it("broken JSON: 400 in the error shape", async () => {
    const before = await rowCounts();
    const response = await user.request("POST", "/api/v1/organizations", '{"names": {"ru": "Без скобки"', {
      "content-type": "application/json",
    });
    expect(response.status).toBe(400);
    expectErrorShape(response.body);
    expect(await rowCounts()).toEqual(before);
  });

  it("a 10 MB body: 413 in the error shape", async () => {
    const before = await rowCounts();
    const huge = JSON.stringify({ ...organization, registration: { address: "а".repeat(10 * 1024 * 1024) } });
    const response = await user.request("POST", "/api/v1/organizations", huge, {
      "content-type": "application/json",
      "content-length": String(Buffer.byteLength(huge)),
    });
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe("PAYLOAD_TOO_LARGE");
    expect(await rowCounts()).toEqual(before);
  });

  it("a body that is not JSON: 415", async () => {
    const response = await user.request("POST", "/api/v1/organizations", "<organization/>", {
      "content-type": "application/xml",
    });
    expect(response.status).toBe(415);
    expectErrorShape(response.body);
  });

  it("SQL in a text field is stored as the words written and breaks nothing", async () => {
    const name = "Robert'); DROP TABLE organizations; --";
    const created = await user.post("/api/v1/organizations", { ...organization, names: { ru: name } });
    expect(created.status).toBe(201);
    const read = await user.get(`/api/v1/organizations/${created.body.organization.id}`);
    expect(read.body.organization.names.ru).toBe(name);
    expect((await user.get("/api/v1/organizations")).status).toBe(200);
  });

  it("an unknown API route answers 404 in the error shape, never the web app", async () => {
    const response = await user.get("/api/v1/no-such-thing");
    expect(response.status).toBe(404);
    expect(response.body.error.code).toBe("NOT_FOUND");
  });

  it("no request so far made the server fail", () => {
    expect(t.logs.filter((line) => line.includes("failed"))).toEqual([]);
  });
});
