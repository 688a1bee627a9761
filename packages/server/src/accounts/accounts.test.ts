import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

describe.each(backends)("accounts on %s", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  it("makes the first account the instance administrator, and no later one", async () => {
    const first = await t.client().post("/api/v1/auth/signup", {
      email: "Admin@Example.test",
      password: "a long passphrase",
      name: "Админ",
    });
    expect(first.status).toBe(201);
    expect(first.body.user).toMatchObject({
      email: "admin@example.test",
      isInstanceAdmin: true,
      locale: "ru",
    });
    const second = await t.client().post("/api/v1/auth/signup", {
      email: "second@example.test",
      password: "a long passphrase",
      name: "Второй",
    });
    expect(second.body.user.isInstanceAdmin).toBe(false);
  });

  it("refuses a second account with the same e-mail, in any case", async () => {
    const again = await t.client().post("/api/v1/auth/signup", {
      email: "ADMIN@example.test",
      password: "another passphrase",
      name: "X",
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("EMAIL_TAKEN");
  });

  it("sets an HttpOnly, SameSite=Lax session cookie and answers /me with it", async () => {
    const client = t.client();
    const login = await client.login("admin@example.test", "a long passphrase");
    expect(login.status).toBe(200);
    const cookie = login.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^kinomost_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await client.get("/api/v1/auth/me");
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe("admin@example.test");
    expect(me.body.csrfToken).toBe(login.body.csrfToken);
  });

  it("marks the cookie Secure behind an HTTPS proxy it trusts", async () => {
    const proxied = await createTestApp(backend, { config: { trustProxy: true } });
    try {
      await proxied
        .client()
        .post("/api/v1/auth/signup", { email: "p@example.test", password: "a long passphrase", name: "P" });
      const login = await proxied
        .client()
        .request(
          "POST",
          "/api/v1/auth/login",
          { email: "p@example.test", password: "a long passphrase" },
          { "x-forwarded-proto": "https" },
        );
      expect(login.headers.get("set-cookie")).toMatch(/Secure/);
    } finally {
      await proxied.close();
    }
  });

  it("rejects a wrong password with 401 and the same message as an unknown e-mail", async () => {
    const wrong = await t.client().login("admin@example.test", "not the passphrase");
    const unknown = await t.client().login("nobody@example.test", "not the passphrase");
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it("refuses cookie-authenticated writes without the CSRF token", async () => {
    const client = t.client();
    await client.login("admin@example.test", "a long passphrase");
    const withoutToken = await client.request(
      "POST",
      "/api/v1/auth/tokens",
      { name: "CI" },
      { "x-csrf-token": "" },
    );
    expect(withoutToken.status).toBe(403);
    expect(withoutToken.body.error.code).toBe("CSRF_TOKEN_MISSING");
    expect((await client.post("/api/v1/auth/tokens", { name: "CI" })).status).toBe(201);
  });

  it("accepts login and sign-up only as JSON", async () => {
    const form = await t
      .client()
      .request("POST", "/api/v1/auth/login", "email=admin%40example.test&password=x", {
        "content-type": "application/x-www-form-urlencoded",
      });
    expect(form.status).toBe(415);
    expect(form.body.error.code).toBe("UNSUPPORTED_MEDIA_TYPE");
  });

  it("issues personal API tokens that work as Bearer, are shown once and can be revoked", async () => {
    const client = t.client();
    await client.login("admin@example.test", "a long passphrase");
    const created = await client.post("/api/v1/auth/tokens", { name: "Kinomost CLI" });
    expect(created.body.token).toMatch(/^kmt_/);
    const list = await client.get("/api/v1/auth/tokens");
    expect(JSON.stringify(list.body)).not.toContain(created.body.token);
    const bearer = t.client();
    const me = await bearer.request("GET", "/api/v1/auth/me", undefined, {
      authorization: `Bearer ${created.body.token}`,
    });
    expect(me.body.user.email).toBe("admin@example.test");
    // A token is not a cookie: no CSRF token is needed for its writes.
    const write = await bearer.request(
      "POST",
      "/api/v1/auth/tokens",
      { name: "second" },
      { authorization: `Bearer ${created.body.token}` },
    );
    expect(write.status).toBe(201);
    expect((await client.delete(`/api/v1/auth/tokens/${created.body.id}`)).status).toBe(204);
    const revoked = await bearer.request("GET", "/api/v1/auth/me", undefined, {
      authorization: `Bearer ${created.body.token}`,
    });
    expect(revoked.status).toBe(401);
  });

  it("signs out this session on logout", async () => {
    const client = t.client();
    await client.login("admin@example.test", "a long passphrase");
    expect((await client.post("/api/v1/auth/logout")).status).toBe(204);
    expect((await client.get("/api/v1/auth/me")).status).toBe(401);
  });

  it("signs out every session at once, and only the caller's", async () => {
    const laptop = t.client();
    const phone = t.client();
    const colleague = t.client();
    await laptop.login("admin@example.test", "a long passphrase");
    await phone.login("admin@example.test", "a long passphrase");
    await colleague.post("/api/v1/auth/signup", {
      email: "colleague@example.test",
      password: "a long passphrase",
      name: "C",
    });
    expect((await phone.post("/api/v1/auth/logout-everywhere")).status).toBe(204);
    expect((await laptop.get("/api/v1/auth/me")).status).toBe(401);
    expect((await phone.get("/api/v1/auth/me")).status).toBe(401);
    expect((await colleague.get("/api/v1/auth/me")).status).toBe(200);
  });

  it("expires sessions after 30 days", async () => {
    const client = t.client();
    await client.login("second@example.test", "a long passphrase");
    t.clock.advance(31 * 24 * 60 * 60 * 1000);
    expect((await client.get("/api/v1/auth/me")).status).toBe(401);
  });

  it("changes the password and signs out every other session", async () => {
    const laptop = t.client();
    const phone = t.client();
    await laptop.login("second@example.test", "a long passphrase");
    await phone.login("second@example.test", "a long passphrase");
    const wrong = await laptop.post("/api/v1/auth/password", {
      currentPassword: "nope",
      newPassword: "a new long passphrase",
    });
    expect(wrong.status).toBe(403);
    const short = await laptop.post("/api/v1/auth/password", {
      currentPassword: "a long passphrase",
      newPassword: "short",
    });
    expect(short.status).toBe(400);
    expect(short.body.error.fields[0].path).toBe("newPassword");
    const changed = await laptop.post("/api/v1/auth/password", {
      currentPassword: "a long passphrase",
      newPassword: "a new long passphrase",
    });
    expect(changed.status).toBe(204);
    expect((await laptop.get("/api/v1/auth/me")).status).toBe(200);
    expect((await phone.get("/api/v1/auth/me")).status).toBe(401);
    expect((await t.client().login("second@example.test", "a new long passphrase")).status).toBe(200);
  });

  it("limits failed logins per e-mail, then lets them in after the window", async () => {
    const client = t.client();
    await client.post("/api/v1/auth/signup", {
      email: "victim@example.test",
      password: "a long passphrase",
      name: "V",
    });
    for (let attempt = 0; attempt < 10; attempt += 1) {
      expect((await client.login("victim@example.test", `guess ${attempt}`)).status).toBe(401);
    }
    const blocked = await client.login("victim@example.test", "a long passphrase");
    expect(blocked.status).toBe(429);
    expect(blocked.headers.get("retry-after")).toBe("900");
    t.clock.advance(16 * 60 * 1000);
    expect((await client.login("victim@example.test", "a long passphrase")).status).toBe(200);
  });

  it("saves the interface language", async () => {
    const client = t.client();
    await client.login("admin@example.test", "a long passphrase");
    expect((await client.patch("/api/v1/auth/me", { locale: "en" })).body.user.locale).toBe("en");
    expect((await client.get("/api/v1/auth/me")).body.user.locale).toBe("en");
    expect((await client.patch("/api/v1/auth/me", { locale: "fr" })).status).toBe(400);
  });

  it("closes sign-up when configured", async () => {
    const closed = await createTestApp(backend, { config: { signupOpen: false } });
    try {
      const response = await closed
        .client()
        .post("/api/v1/auth/signup", { email: "x@example.test", password: "a long passphrase", name: "X" });
      expect(response.status).toBe(403);
      expect(response.body.error.code).toBe("SIGNUP_CLOSED");
    } finally {
      await closed.close();
    }
  });
});
