import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { canonicalJson } from "@kinomost/core";
import { backends } from "@kinomost/db/testing";
import { queryRows } from "@kinomost/db";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";
import { demoTerms, nameDemoSignatories, openDemoConsortium, type DemoConsortium } from "./testing.ts";

describe.each(backends)("co-production documents on %s", (backend) => {
  let t: TestApp;
  let consortium: DemoConsortium;
  let producer: TestClient;
  const api = (path: string) => `/api/v1/projects/${consortium.projectId}${path}`;
  const auditLength = async () => (await producer.get(api("/audit"))).body.entries.length as number;
  const create = (title: string, terms = demoTerms(consortium.studios)) =>
    producer.post(api("/documents"), { kind: "memorandum", title, terms, note: "Первая редакция" });

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    consortium = await openDemoConsortium(t);
    producer = consortium.producer;
    await nameDemoSignatories(consortium);
  });
  afterAll(() => t.close());

  it("creates a memorandum, amends it, diffs, signs it by every party, freezes it and amends it again", async () => {
    const created = await create("Меморандум «Искра»");
    expect(created.status).toBe(201);
    const first = created.body.version;
    expect(first).toMatchObject({ number: 1, frozen: false, fullySigned: false, kind: "memorandum" });
    expect(first.termsHash).toBe(createHash("sha256").update(canonicalJson(first.terms)!).digest("hex"));
    expect(first.parties.map((party: { share: string }) => party.share)).toEqual([
      "40",
      "20",
      "20",
      "10",
      "10",
    ]);
    expect(first.parties[1].signatory).toEqual({
      userId: consortium.byCountry("BY").userId,
      name: expect.any(String),
    });
    const documentId = first.documentId as string;
    const versionPath = (number: number) => api(`/documents/${documentId}/versions/${number}`);

    // A change before anyone signs, then a stale one.
    const edited = await producer.patch(versionPath(1), {
      version: first.documentVersion,
      note: "Уточнённая",
    });
    expect(edited.status).toBe(200);
    expect(edited.body.version).toMatchObject({
      note: "Уточнённая",
      documentVersion: first.documentVersion + 1,
    });
    const stale = await producer.patch(versionPath(1), { version: first.documentVersion, note: "Другая" });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("VERSION_CONFLICT");
    const empty = await producer.patch(versionPath(1), { version: first.documentVersion + 1 });
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields[0]).toMatchObject({ path: "terms", code: "required" });

    const [ru, by, kz, tj, kg] = consortium.studios;
    const amendedTerms = demoTerms(consortium.studios, {
      parties: demoTerms(consortium.studios).parties.map((party, index) =>
        index === 2 ? { ...party, share: "22.50" } : index === 3 ? { ...party, share: "7.5" } : party,
      ),
    });
    const second = await producer.post(api(`/documents/${documentId}/versions`), {
      version: edited.body.version.documentVersion,
      terms: amendedTerms,
      note: "Доли Казахстана и Таджикистана",
    });
    expect(second.status).toBe(201);
    expect(second.body.version).toMatchObject({ number: 2, frozen: false });
    expect(second.body.version.terms.parties[2].share).toBe("22.5");

    const diff = await producer.get(api(`/documents/${documentId}/diff?from=1&to=2`));
    expect(diff.status).toBe(200);
    expect(diff.body.changes).toEqual([
      {
        kind: "changed",
        path: `parties[organizationId=${kz!.organizationId}].share`,
        label: "parties[Лига кинематографистов Казахстана].share",
        before: "20",
        after: "22.5",
      },
      {
        kind: "changed",
        path: `parties[organizationId=${tj!.organizationId}].share`,
        label: "parties[Таджикфильм].share",
        before: "10",
        after: "7.5",
      },
    ]);
    const english = await producer.get(api(`/documents/${documentId}/diff?from=2&to=1&language=en`));
    expect(english.body.changes[0]).toMatchObject({
      label: "parties[League of Cinematographers of Kazakhstan].share",
    });

    for (const [index, studio] of [ru!, by!, kz!, tj!, kg!].entries()) {
      t.clock.advance(60_000);
      const signed = await studio.client.post(`${versionPath(2)}/sign`, { password: "iskra-demo" });
      expect(signed.status, JSON.stringify(signed.body)).toBe(201);
      const version = signed.body.version;
      expect(version.frozen).toBe(true);
      expect(
        version.parties.filter((party: { signature: unknown }) => party.signature !== null),
      ).toHaveLength(index + 1);
      const mine = version.parties.find(
        (party: { organizationId: string }) => party.organizationId === studio.organizationId,
      );
      expect(mine.signature).toMatchObject({
        userId: studio.userId,
        termsHash: second.body.version.termsHash,
        signedAt: t.clock.now.toISOString(),
      });
      if (index === 0) expect(version.frozenAt).toBe(t.clock.now.toISOString());
    }
    const signed = (await producer.get(versionPath(2))).body.version;
    expect(signed).toMatchObject({
      frozen: true,
      fullySigned: true,
      termsHash: second.body.version.termsHash,
    });

    const frozen = await producer.patch(versionPath(2), { version: signed.documentVersion, note: "Поздно" });
    expect(frozen.status).toBe(409);
    expect(frozen.body.error.code).toBe("ALREADY_SIGNED");
    expect(frozen.body.error.message).toMatch(/version 2 of "Меморандум «Искра»" was signed on .* is frozen/);
    const twice = await ru!.client.post(`${versionPath(2)}/sign`, { password: "iskra-demo" });
    expect(twice.status).toBe(409);
    expect(twice.body.error.code).toBe("ALREADY_SIGNED");
    const upload = new FormData();
    upload.append("file", new File(["скан"], "scan.pdf", { type: "application/pdf" }));
    const attach = await producer.request("POST", `${versionPath(2)}/files`, upload);
    expect(attach.status).toBe(409);
    expect(attach.body.error.code).toBe("ALREADY_SIGNED");
    const remove = await producer.delete(`${versionPath(2)}/files/${consortium.projectId}`);
    expect(remove.status).toBe(409);
    expect(remove.body.error.code).toBe("ALREADY_SIGNED");

    const third = await producer.post(api(`/documents/${documentId}/versions`), {
      version: signed.documentVersion,
      terms: demoTerms(consortium.studios, { notes: "Дополнение № 1" }),
      note: "Дополнение",
    });
    expect(third.status).toBe(201);
    expect(third.body.version).toMatchObject({ number: 3, frozen: false, fullySigned: false });
    expect(
      third.body.version.parties.every((party: { signature: unknown }) => party.signature === null),
    ).toBe(true);
    expect((await producer.get(versionPath(2))).body.version).toMatchObject({
      frozen: true,
      fullySigned: true,
    });

    const listed = (await producer.get(api("/documents"))).body.documents.find(
      (document: { id: string }) => document.id === documentId,
    );
    expect(
      listed.versions.map((version: { number: number; fullySigned: boolean }) => [
        version.number,
        version.fullySigned,
      ]),
    ).toEqual([
      [1, false],
      [2, true],
      [3, false],
    ]);

    const log = (await producer.get(api("/audit"))).body;
    expect(log.verification.ok).toBe(true);
    const mine = log.entries.filter((entry: { subject: string }) => entry.subject.includes(documentId));
    expect(mine.map((entry: { action: string }) => entry.action)).toEqual([
      "document.created",
      "document.version",
      "document.version",
      ...Array(5).fill("document.signed"),
      "document.version",
    ]);
    expect(mine.at(-2).data).toMatchObject({ complete: true, termsHash: second.body.version.termsHash });
  });

  it("refuses a signer who is not the party's named signatory, with a clear code", async () => {
    const { documentId } = (await create("Меморандум о подписантах")).body.version;
    const sign = (client: TestClient, body: object) =>
      client.post(api(`/documents/${documentId}/versions/1/sign`), { password: "iskra-demo", ...body });
    const tj = consortium.byCountry("TJ");
    const kz = consortium.byCountry("KZ");

    const forOther = await sign(tj.client, { organizationId: kz.organizationId });
    expect(forOther.status).toBe(403);
    expect(forOther.body.error).toMatchObject({ code: "NOT_SIGNATORY" });
    expect(forOther.body.error.message).toContain("Лига кинематографистов Казахстана");

    // The producer takes the signature away from Tajikfilm's user: now they sign for nobody.
    expect(
      (await producer.put(api(`/partners/${tj.organizationId}/signatory`), { userId: null })).status,
    ).toBe(200);
    const nobody = await sign(tj.client, {});
    expect(nobody.status).toBe(403);
    expect(nobody.body.error.code).toBe("NOT_SIGNATORY");
    expect(nobody.body.error.message).toMatch(/not the named signatory of any party/);
    expect((await producer.get(api(`/documents/${documentId}/versions/1`))).body.version.frozen).toBe(false);
    expect(
      (await tj.client.put(api(`/partners/${tj.organizationId}/signatory`), { userId: tj.userId })).status,
    ).toBe(200);
  });

  it("refuses a wrong password, counts it as a failed login and writes nothing", async () => {
    const { documentId, termsHash } = (await create("Меморандум о паролях")).body.version;
    const by = consortium.byCountry("BY");
    const before = await auditLength();
    const failures = async () =>
      (
        await queryRows<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from login_attempts where email = 'accountant@belarusfilm.demo' and not succeeded`,
        )
      )[0]!.n;
    const failed = await failures();
    const wrong = await by.client.post(api(`/documents/${documentId}/versions/1/sign`), {
      password: "not-my-password",
    });
    expect(wrong.status).toBe(403);
    expect(wrong.body.error).toMatchObject({
      code: "INVALID_CREDENTIALS",
      fields: [{ path: "password", code: "wrong_password" }],
    });
    expect(await failures()).toBe(failed + 1);
    const version = (await producer.get(api(`/documents/${documentId}/versions/1`))).body.version;
    expect(version).toMatchObject({ frozen: false, frozenAt: null, termsHash });
    expect(version.parties.every((party: { signature: unknown }) => party.signature === null)).toBe(true);
    expect(await auditLength()).toBe(before);

    const changed = await by.client.post(api(`/documents/${documentId}/versions/1/sign`), {
      password: "iskra-demo",
      termsHash: "0".repeat(64),
    });
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe("VERSION_CONFLICT");
  });

  it("stops signing, like logging in, after too many wrong passwords, until the window has passed", async () => {
    const { documentId } = (await create("Меморандум о попытках")).body.version;
    const tj = consortium.byCountry("TJ");
    const sign = (password: string) =>
      tj.client.post(api(`/documents/${documentId}/versions/1/sign`), { password });
    for (let attempt = 0; attempt < 10; attempt++) expect((await sign("wrong password")).status).toBe(403);
    const blocked = await sign("iskra-demo");
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe("TOO_MANY_ATTEMPTS");
    expect((await t.client().login("ad@tajikfilm.demo", "iskra-demo")).status).toBe(429);
    t.clock.advance(16 * 60 * 1000);
    expect((await sign("iskra-demo")).status).toBe(201);
  });

  it("names every bad term by its path and writes nothing", async () => {
    const { studios } = consortium;
    const before = (await producer.get(api("/documents"))).body.documents.length;
    const fieldsOf = async (terms: object) => {
      const response = await producer.post(api("/documents"), {
        kind: "agreement",
        title: "Соглашение",
        terms,
      });
      expect(response.status).toBe(400);
      expect(response.body.error.code).toBe("VALIDATION_FAILED");
      return response.body.error.fields as { path: string; code: string; message: string }[];
    };
    const base = demoTerms(studios);

    const ninety = await fieldsOf({
      ...base,
      parties: base.parties.map((p, i) => (i === 0 ? { ...p, share: "30" } : p)),
    });
    expect(ninety).toEqual([
      { path: "terms.parties", code: "shares_not_100", message: "the agreed shares sum to 90 %, not 100 %" },
    ]);
    const contribution = base.contributions![0]!;
    const money = await fieldsOf({
      ...base,
      contributions: [
        { ...contribution, currency: "XYZ" },
        { ...contribution, amount: "-5.00" },
        { ...contribution, amount: "12.345" },
        { ...contribution, amount: "1,5" },
      ],
    });
    expect(money.map(({ path, code }) => ({ path, code }))).toEqual([
      { path: "terms.contributions.0.currency", code: "currency" },
      { path: "terms.contributions.1.amount", code: "negative" },
      { path: "terms.contributions.2.amount", code: "too_many_decimals" },
      { path: "terms.contributions.3.amount", code: "decimal" },
    ]);
    const shapes = await fieldsOf({
      ...base,
      parties: [...base.parties, { ...base.parties[0]!, share: "abc" }],
      territories: [{ organizationId: studios[0]!.organizationId, countries: ["XX"] }],
      deadlines: [{ what: "Съёмки", date: "2027-02-30" }],
      colour: "red",
    });
    expect(shapes.map(({ path }) => path).sort()).toEqual([
      "terms.colour",
      "terms.deadlines.0.date",
      "terms.parties.5.organizationId", // the same party twice
      "terms.parties.5.share",
      "terms.territories.0.countries.0",
    ]);
    const { organizationId } = await t.newUser();
    const stranger = await fieldsOf({
      ...base,
      parties: [...base.parties.slice(1), { organizationId, role: "co_producer", share: "40" }],
      territories: [],
      contributions: [],
    });
    expect(stranger).toEqual([
      {
        path: "terms.parties.4.organizationId",
        code: "not_a_partner",
        message: "is not an accepted partner of the project",
      },
    ]);
    expect((await producer.get(api("/documents"))).body.documents.length).toBe(before);
  });

  it("lets producers write documents and lets only a studio's admin or a producer name its signatory", async () => {
    const by = consortium.byCountry("BY");
    const kg = consortium.byCountry("KG");
    const kz = consortium.byCountry("KZ");
    expect((await by.client.get(api("/documents"))).status).toBe(200);
    const refused = await by.client.post(api("/documents"), {
      kind: "memorandum",
      title: "Свой меморандум",
      terms: demoTerms(consortium.studios),
    });
    expect(refused.status).toBe(403);
    const foreign = await kg.client.put(api(`/partners/${kz.organizationId}/signatory`), {
      userId: kg.userId,
    });
    expect(foreign.status).toBe(403);
    const notMember = await kg.client.put(api(`/partners/${kg.organizationId}/signatory`), {
      userId: kz.userId,
    });
    expect(notMember.status).toBe(400);
    expect(notMember.body.error.fields).toEqual([
      { path: "userId", message: "not a project member for this organization", code: "not_a_member" },
    ]);
    const named = await producer.put(api(`/partners/${kz.organizationId}/signatory`), { userId: kz.userId });
    expect(named.body).toEqual({
      partner: { organizationId: kz.organizationId, signatory: { userId: kz.userId, name: kz.name } },
    });
    const outsider = await t.newUser();
    expect(
      (await producer.put(api(`/partners/${outsider.organizationId}/signatory`), { userId: null })).status,
    ).toBe(404);
  });

  it("answers 404 to a stranger on every documents route", async () => {
    const { documentId } = (await create("Меморандум для чужих")).body.version;
    const stranger = await t.newUser();
    const version = `/documents/${documentId}/versions/1`;
    const form = new FormData();
    form.append("file", new File(["x"], "x.txt", { type: "text/plain" }));
    const requests: [string, string, unknown?][] = [
      ["GET", "/documents"],
      ["POST", "/documents", { kind: "memorandum", title: "X", terms: demoTerms(consortium.studios) }],
      ["GET", version],
      ["PATCH", version, { version: 1, note: "x" }],
      ["POST", `/documents/${documentId}/versions`, { version: 1, terms: demoTerms(consortium.studios) }],
      ["GET", `/documents/${documentId}/diff?from=1&to=1`],
      ["POST", `${version}/sign`, { password: "correct horse battery" }],
      ["GET", `/documents/${documentId}/versions/1.pdf`],
      ["POST", `${version}/files`, form],
      ["GET", `${version}/files/${documentId}`],
      ["PUT", `/partners/${stranger.organizationId}/signatory`, { userId: stranger.userId }],
      ["GET", "/audit"],
    ];
    for (const [method, path, body] of requests) {
      const response = await stranger.request(method, api(path), body);
      expect(response.status, `${method} ${path}`).toBe(404);
      expect(response.body.error.code).toBe("NOT_FOUND");
    }
  });
});
