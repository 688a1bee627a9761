// The authorization matrix: every route the app serves, taken from its own route table, asked by every project
// role of the demo «Искра», by a member of a partner studio with no role (a viewer), by a user of an organization
// that is not a partner, and by nobody signed in. A role the route's rule allows never gets 403 (nor a project it
// cannot see); a role it does not allow always gets 403, whatever it sent; the outsider always gets the same 404
// as for a project that does not exist; no answer is ever a 500. A new route without a rule fails here, and
// answers 403 to everyone until it has one. Partner-private books are checked at the end.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { canPerform, projectRoles, type ProjectAction, type ProjectRole } from "@kinomost/core";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";
import { projectRouteRules } from "./route-rules.ts";

/** Routes outside any project, and who may call them. */
const accountRoutes: Record<string, "public" | "signed-in" | "feed-token"> = {
  "POST /auth/signup": "public",
  "POST /auth/login": "public",
  "GET /openapi.json": "public",
  "GET /rule-pack.schema.json": "public",
  "GET /docs": "public",
  "GET /docs/init.js": "public",
  "GET /calendar/:file{kmc_[A-Za-z0-9_-]{43}\\.ics}": "feed-token",
  "POST /auth/logout": "signed-in",
  "POST /auth/logout-everywhere": "signed-in",
  "GET /auth/me": "signed-in",
  "PATCH /auth/me": "signed-in",
  "POST /auth/password": "signed-in",
  "GET /auth/tokens": "signed-in",
  "POST /auth/tokens": "signed-in",
  "DELETE /auth/tokens/:tokenId": "signed-in",
  "GET /organizations": "signed-in",
  "GET /organizations/directory": "signed-in",
  "POST /organizations": "signed-in",
  "GET /organizations/:organizationId": "signed-in",
  "PATCH /organizations/:organizationId": "signed-in",
  "GET /organizations/:organizationId/members": "signed-in",
  "POST /organizations/:organizationId/invitations": "signed-in",
  "DELETE /organizations/:organizationId/invitations/:invitationId": "signed-in",
  "PATCH /organizations/:organizationId/members/:userId": "signed-in",
  "DELETE /organizations/:organizationId/members/:userId": "signed-in",
  "GET /invitations": "signed-in",
  "POST /invitations/:invitationId/accept": "signed-in",
  "GET /organizations/:organizationId/partnerships": "signed-in",
  "POST /organizations/:organizationId/partnerships/:projectId": "signed-in",
  "GET /projects": "signed-in",
  "POST /projects": "signed-in",
};

const demoLogins: Record<Exclude<ProjectRole, "viewer">, string> = {
  producer: "producer@iskra.demo",
  line_producer: "lineproducer@kinoliga.demo",
  production_accountant: "accountant@belarusfilm.demo",
  assistant_director: "ad@tajikfilm.demo",
  department_head: "costume@kyrgyzfilm.demo",
};

const missingId = "0b6a3c1e-7d44-4c2a-9f35-1c6a1e2f9a10";

/** A concrete path for a route pattern: the project's id, and ids or numbers nothing in the project has. */
function concretePath(pattern: string, projectId: string): string {
  return pattern
    .replace(":projectId", projectId)
    .replace(/:file\{\[0-9\]\+\\\.pdf\}/u, "999.pdf")
    .replace(/:(dayNumber|number|position)\b/gu, "999")
    .replace(/:code\b/gu, "9999")
    .replace(/:\w+/gu, missingId);
}

const isProjectNotFound = (status: number, body: { error?: { message?: string } }) =>
  status === 404 && body.error?.message === "project not found";

describe.each(backends)("authorization matrix on %s", (backend) => {
  let t: TestApp;
  let projectId: string;
  const clients = new Map<ProjectRole, TestClient>();
  let outsider: TestClient;
  let anonymous: TestClient;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    for (const [role, email] of Object.entries(demoLogins)) {
      const client = t.client();
      expect((await client.login(email, "iskra-demo")).status).toBe(200);
      clients.set(role as ProjectRole, client);
    }
    projectId = (await clients.get("producer")!.get("/api/v1/projects")).body.projects[0].id;
    // A member of Belarusfilm with no role on the project sees it as a viewer.
    const belarusfilm = clients.get("production_accountant")!;
    const organizationId = (await belarusfilm.get("/api/v1/organizations")).body.organizations[0].id;
    const viewer = await t.newUser("Зритель Беларусьфильма");
    const email = (await viewer.get("/api/v1/auth/me")).body.user.email;
    await belarusfilm.post(`/api/v1/organizations/${organizationId}/invitations`, { email, role: "member" });
    const invitation = (await viewer.get("/api/v1/invitations")).body.invitations[0];
    expect((await viewer.post(`/api/v1/invitations/${invitation.id}/accept`)).status).toBe(200);
    clients.set("viewer", viewer);
    outsider = await t.newUser("Студия не из консорциума");
    anonymous = t.client();
  });
  afterAll(() => t.close());

  const apiRoutes = () =>
    t.routes
      .filter((route) => route.path.startsWith("/api/v1/"))
      .map((route) => `${route.method} ${route.path.slice("/api/v1".length)}`);

  it("has a rule for every route the app serves, and no rule for a route it does not", () => {
    const served = apiRoutes();
    const withoutRule = served.filter((key) => !(key in projectRouteRules) && !(key in accountRoutes));
    expect(withoutRule).toEqual([]);
    const stale = [...Object.keys(projectRouteRules), ...Object.keys(accountRoutes)].filter(
      (key) => !served.includes(key),
    );
    expect(stale).toEqual([]);
    expect(served.filter((key) => key.includes("/projects/:projectId")).length).toBe(
      Object.keys(projectRouteRules).length,
    );
  });

  it("answers each project role by the route's rule, the outsider 404 and nobody signed in 401", async () => {
    const failures: string[] = [];
    for (const [key, rule] of Object.entries(projectRouteRules)) {
      const [method, pattern] = key.split(" ") as [string, string];
      const path = `/api/v1${concretePath(pattern, projectId)}`;
      const body = method === "GET" || method === "DELETE" ? undefined : {};
      const actions: readonly ProjectAction[] = typeof rule === "string" ? [rule] : rule;
      for (const role of projectRoles) {
        const response = await clients.get(role)!.request(method, path, body);
        // The lead producer's studio acts for the lead; everyone else acts for a co-producer.
        const isLead = role === "producer";
        const allowed = actions.some((action) => canPerform(role, action, isLead));
        const denied = response.status === 403 || isProjectNotFound(response.status, response.body);
        if (response.status >= 500) failures.push(`${key} as ${role}: ${response.status}`);
        else if (allowed && denied) failures.push(`${key} as ${role}: ${response.status}, expected allowed`);
        else if (!allowed && response.status !== 403)
          failures.push(`${key} as ${role}: ${response.status}, expected 403`);
      }
      const stranger = await outsider.request(method, path, body);
      if (!isProjectNotFound(stranger.status, stranger.body))
        failures.push(`${key} as an outsider: ${stranger.status}, expected the project's 404`);
      const nobody = await anonymous.request(method, path, body);
      if (nobody.status !== 401) failures.push(`${key} signed out: ${nobody.status}, expected 401`);
    }
    expect(failures).toEqual([]);
  }, 300_000);

  it("keeps account routes to signed-in callers and opens only the public ones", async () => {
    const failures: string[] = [];
    for (const [key, kind] of Object.entries(accountRoutes)) {
      const [method, pattern] = key.split(" ") as [string, string];
      const feed = pattern.replace(/:file\{kmc_.*$/u, `kmc_${"A".repeat(43)}.ics`);
      const path = `/api/v1${concretePath(feed, missingId)}`;
      const response = await anonymous.request(method, path, method === "GET" ? undefined : {});
      if (response.status >= 500) failures.push(`${key}: ${response.status}`);
      if (kind === "signed-in" && response.status !== 401)
        failures.push(`${key}: ${response.status}, expected 401`);
      if (kind !== "signed-in" && response.status === 401) failures.push(`${key}: 401, expected it open`);
    }
    expect(failures).toEqual([]);
  });

  it("shows a partner's books only to its own people and to the partners it shares them with", async () => {
    const ledger = async (client: TestClient) => {
      const response = await client.get(`/api/v1/projects/${projectId}/actuals`);
      expect(response.status).toBe(200);
      return response.body as { actuals: { partnerId: string }[]; partners: string[] };
    };
    const organizationOf = async (client: TestClient) =>
      (await client.get("/api/v1/organizations")).body.organizations[0].id as string;
    const belarusfilm = await organizationOf(clients.get("production_accountant")!);
    const kinoliga = await organizationOf(clients.get("line_producer")!);

    // Belarusfilm's accountant sees Belarusfilm's books; the lead producer sees them because they are shared.
    expect((await ledger(clients.get("production_accountant")!)).partners).toContain(belarusfilm);
    const lead = await ledger(clients.get("producer")!);
    expect(lead.partners).toContain(belarusfilm);
    expect(lead.actuals.some((entry) => entry.partnerId === belarusfilm)).toBe(true);
    // The Kazakh line producer keeps the books too, but Belarusfilm has not shared its own with Kazakhstan.
    const kazakh = await ledger(clients.get("line_producer")!);
    expect(kazakh.partners).toContain(kinoliga);
    expect(kazakh.partners).not.toContain(belarusfilm);
    expect(kazakh.actuals.every((entry) => entry.partnerId !== belarusfilm)).toBe(true);
    const asked = await clients
      .get("line_producer")!
      .get(`/api/v1/projects/${projectId}/actuals?partner=${belarusfilm}`);
    expect(asked.body.actuals).toEqual([]);
  });
});
