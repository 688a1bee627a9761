import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

describe("API documentation and baseline", () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp("embedded");
  });
  afterAll(() => t.close());

  it("publishes an OpenAPI 3.1 document of every route with its schemas", async () => {
    const { status, body } = await t.client().get("/api/v1/openapi.json");
    expect(status).toBe(200);
    expect(body.openapi).toBe("3.1.0");
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining([
        "/auth/login",
        "/auth/signup",
        "/projects",
        "/projects/{projectId}",
        "/organizations/{organizationId}",
      ]),
    );
    const signup = body.paths["/auth/signup"].post.requestBody.content["application/json"].schema;
    expect(signup.required).toEqual(expect.arrayContaining(["email", "password", "name"]));
    expect(signup.additionalProperties).toBe(false);
    expect(body.components.securitySchemes).toHaveProperty("token");
  });

  it("serves a readable API reference without any outside address", async () => {
    const page = await t.client().get("/api/v1/docs");
    expect(page.status).toBe(200);
    expect(page.body).toContain("/api/v1/docs/swagger-ui-bundle.js");
    expect(page.body).not.toMatch(/https?:\/\//);
    const script = await t.client().get("/api/v1/docs/swagger-ui-bundle.js");
    expect(script.status).toBe(200);
  });

  it("checks the database in /healthz", async () => {
    const response = await t.client().get("/healthz");
    expect(response).toMatchObject({ status: 200, body: { status: "ok" } });
  });

  it("sends security headers", async () => {
    const { headers } = await t.client().get("/healthz");
    expect(headers.get("content-security-policy")).toContain("frame-ancestors 'none'");
    expect(headers.get("x-content-type-options")).toBe("nosniff");
  });
});
