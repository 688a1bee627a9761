import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { seedIskraDocuments } from "../demo/documents-demo.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { openDemoConsortium, type DemoConsortium } from "./testing.ts";

describe.each(backends)("the demo's documents on %s", (backend) => {
  let t: TestApp;
  let consortium: DemoConsortium;
  let seeded: { memorandumId: string; agreementId: string };
  const api = (path: string) => `/api/v1/projects/${consortium.projectId}${path}`;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    consortium = await openDemoConsortium(t);
    seeded = await seedIskraDocuments(t.database.db, {
      projectId: consortium.projectId,
      now: t.clock.now,
      users: consortium.studios.map(({ organizationId, userId }) => ({ organizationId, userId })),
    });
  });
  afterAll(() => t.close());

  it("has a memorandum signed by all five studios with shares 40/20/20/10/10", async () => {
    const { version } = (
      await consortium.byCountry("KG").client.get(api(`/documents/${seeded.memorandumId}/versions/1`))
    ).body;
    expect(version).toMatchObject({ kind: "memorandum", frozen: true, fullySigned: true });
    expect(version.parties.map((party: { share: string }) => party.share)).toEqual([
      "40",
      "20",
      "20",
      "10",
      "10",
    ]);
    for (const [index, studio] of consortium.studios.entries()) {
      expect(version.parties[index]).toMatchObject({
        organizationId: studio.organizationId,
        signatory: { userId: studio.userId },
        signature: { userId: studio.userId, termsHash: version.termsHash },
      });
    }
  });

  it("has an unsigned agreement in two versions whose diff shows the changed shares", async () => {
    const documents = (await consortium.producer.get(api("/documents"))).body.documents;
    const agreement = documents.find((document: { id: string }) => document.id === seeded.agreementId);
    expect(
      agreement.versions.map((version: { number: number; frozen: boolean }) => [
        version.number,
        version.frozen,
      ]),
    ).toEqual([
      [1, false],
      [2, false],
    ]);
    const diff = (await consortium.producer.get(api(`/documents/${seeded.agreementId}/diff?from=1&to=2`)))
      .body;
    expect(diff.changes.map((change: { label: string }) => change.label)).toEqual([
      "parties[Лига кинематографистов Казахстана].share",
      "parties[Таджикфильм].share",
      "territories[Лига кинематографистов Казахстана].countries",
      "contributions[2].amount",
    ]);
  });

  it("records every step in an audit log that verifies", async () => {
    const { entries, verification } = (await consortium.producer.get(api("/audit"))).body;
    expect(verification.ok).toBe(true);
    const actions = entries.map((entry: { action: string }) => entry.action);
    expect(actions.slice(-13)).toEqual([
      ...Array(5).fill("partner.signatory"),
      "document.created",
      ...Array(5).fill("document.signed"),
      "document.created",
      "document.version",
    ]);
    const pdf = await consortium.producer.get(api(`/documents/${seeded.memorandumId}/versions/1.pdf`));
    expect(pdf.status).toBe(200);
  });
});
