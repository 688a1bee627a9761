import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "./testing/test-app.ts";

describe("serving the web app", () => {
  let t: TestApp;
  let webRoot: string;
  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), "kinomost-web-"));
    await writeFile(join(webRoot, "index.html"), "<!doctype html><title>Kinomost</title>");
    await writeFile(join(webRoot, "app.js"), "console.log('app')");
    t = await createTestApp("embedded", { config: { webRoot } });
  });
  afterAll(async () => {
    await t.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it("serves the app's files and its page for client-side routes", async () => {
    expect((await t.client().get("/app.js")).body).toBe("console.log('app')");
    const deepLink = await t.client().get("/projects/54ce6c74-b169-4ace-bc21-d5002185d586");
    expect(deepLink.status).toBe(200);
    expect(deepLink.body).toContain("<title>Kinomost</title>");
  });

  it("never answers an API path with the app's page", async () => {
    const signedIn = await t.newUser();
    for (const path of ["/api/v1/nothing", "/api/v2/projects", "/api"]) {
      const response = await signedIn.get(path);
      expect(response.status).toBe(404);
      expect(response.body.error.code).toBe("NOT_FOUND");
    }
    // Anonymous callers learn nothing about which API routes exist.
    expect((await t.client().get("/api/v1/nothing")).body.error.code).toBe("UNAUTHENTICATED");
  });

  it("does not serve files outside its folder", async () => {
    const response = await t.client().get("/..%2f..%2fetc%2fpasswd");
    expect(response.body).not.toContain("root:");
  });
});
