import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { queryRows } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { readAuditChain } from "../audit/log.ts";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";

interface PartnerView {
  organizationId: string;
  country: string;
  share: string | null;
  consortiumRole: string;
  actualShare: string | null;
}

describe.each(backends)("consortium on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let accountant: TestClient;
  let projectId: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const consortium = async () =>
    (await producer.get(api("/consortium"))).body as {
      partners: PartnerView[];
      late: unknown[];
      problems: { code: string; message: string }[];
      version: number;
    };
  const count = async (table: string) =>
    (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    accountant = t.client();
    await accountant.login("accountant@belarusfilm.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
  });
  afterAll(() => t.close());

  it("shows the demo's agreed shares, the shares actually delivered (summing to 100.00) and late instalments", async () => {
    const body = await consortium();
    const byCountry = Object.fromEntries(body.partners.map((partner) => [partner.country, partner]));
    expect(byCountry.RU).toMatchObject({ share: "40", consortiumRole: "majority" });
    expect(byCountry.TJ).toMatchObject({ share: "10", consortiumRole: "minority" });
    const actual = body.partners.reduce(
      (sum, partner) => sum + Math.round(Number(partner.actualShare) * 100),
      0,
    );
    expect(actual).toBe(10000);
    expect(body.problems).toEqual([]);
    expect(body.late.length).toBeGreaterThan(0);
  });

  it("answers the qualification contract for the packs the project selected", async () => {
    const response = await producer.get(api("/qualification"));
    expect(response.status).toBe(200);
    expect(response.body.packs.map((pack: { id: string }) => pack.id)).toEqual([
      "cis-2008",
      "european-convention-1992",
      "russia-national-film",
    ]);
    for (const pack of response.body.packs) {
      expect(Object.keys(pack).sort()).toEqual(["id", "name", "pass", "points", "required", "rules"]);
      for (const rule of pack.rules) expect(Object.keys(rule).sort()).toEqual(["id", "message", "pass"]);
    }
    const convention = response.body.packs[1];
    expect(convention.points).toEqual(expect.any(Number));
    expect(convention.required).toEqual(expect.any(Number));
  });

  it("refuses shares that do not sum to 100 and changes nothing; takes ones that do, with an audit entry", async () => {
    const { partners } = await consortium();
    const entries = await count("audit_entries");
    const wrong = await producer.put(api("/consortium/shares"), {
      shares: partners.map((partner) => ({ organizationId: partner.organizationId, share: "25" })),
    });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toContainEqual(
      expect.objectContaining({ path: "shares", code: "shares_sum" }),
    );
    expect((await consortium()).partners.map((partner) => partner.share)).toEqual(
      partners.map((p) => p.share),
    );
    const missing = await producer.put(api("/consortium/shares"), {
      shares: [{ organizationId: partners[0]!.organizationId, share: "100" }],
    });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields[0].code).toBe("missing_partner");
    expect(await count("audit_entries")).toBe(entries);

    const shares = ["37.5", "22.5", "20", "10", "10"];
    const right = await producer.put(api("/consortium/shares"), {
      shares: partners.map((partner, index) => ({
        organizationId: partner.organizationId,
        share: shares[index],
      })),
    });
    expect(right.status).toBe(204);
    expect((await consortium()).partners.map((partner) => partner.share)).toEqual(shares);
    expect(await count("audit_entries")).toBe(entries + 1);
  });

  it("records a contribution and its delivery, refusing bad money by path, with a verifying audit chain", async () => {
    const { partners } = await consortium();
    const kazakh = partners.find((partner) => partner.country === "KZ")!;
    const belarusian = partners.find((partner) => partner.country === "BY")!;
    const before = await count("contributions");
    const bad = await producer.post(api("/contributions"), {
      organizationId: kazakh.organizationId,
      kind: "cash",
      currency: "XYZ",
      instalments: [{ due: "2026-31-02", amount: "-5" }],
    });
    expect(bad.status).toBe(400);
    const paths = bad.body.error.fields.map((field: { path: string }) => field.path).sort();
    expect(paths).toEqual(["currency", "instalments.0.amount", "instalments.0.due"]);
    const decimals = await producer.post(api("/contributions"), {
      organizationId: kazakh.organizationId,
      kind: "cash",
      currency: "KZT",
      instalments: [{ due: "2027-01-15", amount: "100.125" }],
    });
    expect(decimals.status).toBe(400);
    expect(decimals.body.error.fields[0]).toMatchObject({ path: "instalments.0.amount", code: "amount" });
    const inKindWithoutCategory = await producer.post(api("/contributions"), {
      organizationId: kazakh.organizationId,
      kind: "in-kind",
      currency: "KZT",
      instalments: [{ due: "2027-01-15", amount: "100" }],
    });
    expect(inKindWithoutCategory.status).toBe(400);
    expect(await count("contributions")).toBe(before);

    const created = await producer.post(api("/contributions"), {
      organizationId: kazakh.organizationId,
      kind: "in-kind",
      category: "locations",
      description: "Станция Алматы-1, 6 смен",
      currency: "KZT",
      fxDate: "2025-03-03",
      instalments: [{ due: "2027-01-15", amount: "50000000" }],
    });
    expect(created.status).toBe(201);
    expect(created.body.contribution.instalments[0]).toMatchObject({
      amount: "50000000.00",
      delivered: null,
    });
    // The Belarusian accountant may not record the Kazakh studio's delivery; the producer may.
    const notTheirs = await accountant.post(
      api(`/contributions/${created.body.contribution.id}/instalments/0/delivery`),
      { delivered: "50000000.00", deliveredOn: "2027-01-10" },
    );
    expect(notTheirs.status).toBe(403);
    const byAccountant = await producer.post(
      api(`/contributions/${created.body.contribution.id}/instalments/0/delivery`),
      { delivered: "50000000.00", deliveredOn: "2027-01-10" },
    );
    expect(byAccountant.status).toBe(200);
    const own = (await producer.get(api("/contributions"))).body.contributions.find(
      (contribution: { organizationId: string }) => contribution.organizationId === belarusian.organizationId,
    );
    const ownDelivery = await accountant.post(api(`/contributions/${own.id}/instalments/0/delivery`), {
      delivered: own.instalments[0].amount,
      deliveredOn: own.instalments[0].due,
    });
    expect(ownDelivery.status).toBe(200);
    expect(byAccountant.body.contribution.instalments[0]).toMatchObject({
      delivered: "50000000.00",
      deliveredOn: "2027-01-10",
    });
    const commitByAccountant = await accountant.post(api("/contributions"), {
      organizationId: kazakh.organizationId,
      kind: "cash",
      currency: "KZT",
      instalments: [{ due: "2027-01-15", amount: "1" }],
    });
    expect(commitByAccountant.status).toBe(403);
    const chain = await readAuditChain(t.database.db, projectId);
    expect(chain.verification).toMatchObject({ ok: true });
    expect(chain.entries.at(-1)).toMatchObject({ action: "contribution.delivered" });
  });

  it("adds people with citizenship and roles, refusing unknown countries and elements", async () => {
    const bad = await producer.post(api("/people"), {
      name: "Гульнара Сейткали",
      citizenship: ["XX"],
      roles: [{ role: "composer" }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe("citizenship.0");
    const unknownElement = await producer.post(api("/people"), {
      name: "Гульнара Сейткали",
      citizenship: ["KZ"],
      roles: [{ role: "actor", elementId: projectId, daysWorked: 3 }],
    });
    expect(unknownElement.status).toBe(400);
    expect(unknownElement.body.error.fields[0]).toMatchObject({
      path: "roles.0.elementId",
      code: "no_such_element",
    });
    const added = await producer.post(api("/people"), {
      name: "Гульнара Сейткали",
      citizenship: ["KZ"],
      residence: "KZ",
      roles: [{ role: "actor", daysWorked: 3 }],
    });
    expect(added.status).toBe(201);
    const people = (await producer.get(api("/people"))).body.people;
    expect(people.find((person: { name: string }) => person.name === "Гульнара Сейткали").roles).toEqual([
      { role: "actor", elementId: null, daysWorked: 3 },
    ]);
    const place = await producer.post(api("/places"), { kind: "vfx", country: "KZ" });
    expect(place.status).toBe(400);
  });

  it("says by code which rate keeps the actual shares from being computed, until it is agreed again", async () => {
    const before = await producer.get(api("/consortium"));
    const rates = before.body.rates as {
      currency: string;
      perUnit: string;
      date: string | null;
      source: string;
    }[];
    const withoutKzt = rates.filter((rate) => rate.currency !== "KZT");
    expect(withoutKzt.length).toBeLessThan(rates.length);
    expect((await producer.put(api("/consortium/rates"), { rates: withoutKzt })).status).toBe(204);
    const missing = (await consortium()).problems;
    expect(missing).toEqual([
      expect.objectContaining({
        code: "missing_rate",
        params: expect.objectContaining({ currency: "KZT", to: "RUB" }),
      }),
    ]);
    expect((await producer.put(api("/consortium/rates"), { rates })).status).toBe(204);
    expect((await consortium()).problems).toEqual([]);
  });

  it("hides the consortium from a stranger and from department heads", async () => {
    const stranger = await t.newUser("Посторонний");
    for (const path of ["/consortium", "/qualification", "/contributions", "/people"]) {
      expect((await stranger.get(api(path))).status).toBe(404);
    }
    const costume = t.client();
    await costume.login("costume@kyrgyzfilm.demo", "iskra-demo");
    expect((await costume.get(api("/consortium"))).status).toBe(403);
  });
});
