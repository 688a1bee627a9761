import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp } from "../testing/test-app.ts";

describe.each(backends)("organizations on %s", (backend) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await createTestApp(backend);
  });
  afterAll(() => t.close());

  it("creates a studio with names in several languages and makes its creator the administrator", async () => {
    const user = await t.newUser();
    const created = await user.post("/api/v1/organizations", {
      names: { ru: "Узбеккино", en: "Uzbekkino", "uz-Cyrl": "Ўзбеккино" },
      country: "UZ",
      currency: "UZS",
      registration: { legalName: "АО «Узбеккино»", address: "Ташкент" },
    });
    expect(created.status).toBe(201);
    expect(created.body.organization).toMatchObject({
      country: "UZ",
      currency: "UZS",
      role: "admin",
      version: 1,
    });
    const me = await user.get("/api/v1/auth/me");
    expect(me.body.organizations.map((o: { names: { en?: string } }) => o.names.en)).toContain("Uzbekkino");
  });

  it("lets members read and only administrators change, with optimistic versions", async () => {
    const admin = await t.newUser();
    const invited = await t.newUser("Приглашённый");
    const inviteeEmail = (await invited.get("/api/v1/auth/me")).body.user.email;
    const invitation = await admin.post(`/api/v1/organizations/${admin.organizationId}/invitations`, {
      email: inviteeEmail,
      role: "member",
    });
    expect(invitation.status).toBe(201);
    expect((await invited.get(`/api/v1/organizations/${admin.organizationId}`)).status).toBe(404);

    const mine = await invited.get("/api/v1/invitations");
    expect(mine.body.invitations).toHaveLength(1);
    expect((await invited.post(`/api/v1/invitations/${mine.body.invitations[0].id}/accept`)).status).toBe(
      200,
    );

    const read = await invited.get(`/api/v1/organizations/${admin.organizationId}`);
    expect(read.body.organization.role).toBe("member");
    const refused = await invited.patch(`/api/v1/organizations/${admin.organizationId}`, {
      version: 1,
      currency: "EUR",
    });
    expect(refused.status).toBe(403);

    const changed = await admin.patch(`/api/v1/organizations/${admin.organizationId}`, {
      version: 1,
      currency: "USD",
    });
    expect(changed.body.organization).toMatchObject({ currency: "USD", version: 2 });
    const stale = await admin.patch(`/api/v1/organizations/${admin.organizationId}`, {
      version: 1,
      currency: "EUR",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({ currency: "USD", version: 2 });

    const members = await admin.get(`/api/v1/organizations/${admin.organizationId}/members`);
    expect(members.body.members.map((m: { role: string }) => m.role).sort()).toEqual(["admin", "member"]);
  });

  it("keeps at least one administrator", async () => {
    const admin = await t.newUser();
    const leaving = await admin.delete(
      `/api/v1/organizations/${admin.organizationId}/members/${admin.userId}`,
    );
    expect(leaving.status).toBe(409);
    expect(leaving.body.error.code).toBe("LAST_ADMIN");
    const demoting = await admin.patch(
      `/api/v1/organizations/${admin.organizationId}/members/${admin.userId}`,
      { role: "member" },
    );
    expect(demoting.status).toBe(409);
  });

  it("does not show an organization to people outside it", async () => {
    const owner = await t.newUser();
    const outsider = await t.newUser();
    for (const path of ["", "/members", "/partnerships"]) {
      expect((await outsider.get(`/api/v1/organizations/${owner.organizationId}${path}`)).status).toBe(404);
    }
    expect(
      (await outsider.patch(`/api/v1/organizations/${owner.organizationId}`, { version: 1, currency: "EUR" }))
        .status,
    ).toBe(404);
  });

  it("answers 401 to anyone not signed in", async () => {
    const anonymous = t.client();
    for (const path of [
      "/api/v1/organizations",
      "/api/v1/projects",
      "/api/v1/auth/me",
      "/api/v1/invitations",
    ]) {
      const response = await anonymous.get(path);
      expect(response.status).toBe(401);
      expect(response.body.error.code).toBe("UNAUTHENTICATED");
    }
  });
});
