import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import type { Database } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import {
  demoTerms,
  nameDemoSignatories,
  openDemoConsortium,
  type DemoConsortium,
} from "../documents/testing.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { readAuditChain } from "./log.ts";

/** Thrown to roll a tampering back once its verification is read. */
class Rollback extends Error {
  constructor(readonly verification: unknown) {
    super("rollback");
  }
}

describe.each(backends)("the audit log on %s", (backend) => {
  let t: TestApp;
  let consortium: DemoConsortium;
  const api = (path: string) => `/api/v1/projects/${consortium.projectId}${path}`;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    consortium = await openDemoConsortium(t);
    await nameDemoSignatories(consortium);
    const created = await consortium.producer.post(api("/documents"), {
      kind: "memorandum",
      title: "Меморандум для журнала",
      terms: demoTerms(consortium.studios),
    });
    const sign = api(`/documents/${created.body.version.documentId}/versions/1/sign`);
    for (const country of ["RU", "BY"]) {
      t.clock.advance(1000);
      await consortium.byCountry(country).client.post(sign, { password: "iskra-demo" });
    }
  });
  afterAll(() => t.close());

  it("shows the log and its verification to producers, line producers and accountants only", async () => {
    const log = await consortium.producer.get(api("/audit"));
    expect(log.status).toBe(200);
    const { entries, verification } = log.body;
    expect(verification).toEqual({ ok: true, length: entries.length, headHash: entries.at(-1).hash });
    expect(entries.slice(-8).map((entry: { action: string }) => entry.action)).toEqual([
      ...Array(5).fill("partner.signatory"),
      "document.created",
      "document.signed",
      "document.signed",
    ]);
    expect(entries.at(-1)).toMatchObject({
      actor: consortium.byCountry("BY").userId,
      data: { organizationId: consortium.byCountry("BY").organizationId, complete: false },
    });
    expect((await consortium.byCountry("BY").client.get(api("/audit"))).status).toBe(200);
    expect((await consortium.byCountry("KZ").client.get(api("/audit"))).status).toBe(200);
    expect((await consortium.byCountry("TJ").client.get(api("/audit"))).status).toBe(403);
    expect((await consortium.byCountry("KG").client.get(api("/audit"))).status).toBe(403);
  });

  it("fails verification at the entry whenever any field of any stored entry changes (every row, every column)", async () => {
    const { db } = t.database;
    const { entries } = await readAuditChain(db, consortium.projectId);
    const changes = {
      at: sql`at = at || 'x'`,
      actor: sql`actor = 'system'`,
      action: sql`action = action || '.forged'`,
      subject: sql`subject = subject || '/x'`,
      data: sql`data = jsonb_build_object('forged', data)`,
      previous_hash: sql`previous_hash = md5(previous_hash)`,
      hash: sql`hash = md5(hash)`,
    };
    for (const entry of entries) {
      for (const [column, change] of Object.entries(changes)) {
        const tampered = db.transaction(async (tx) => {
          await tx.execute(
            sql`update audit_entries set ${change} where project_id = ${consortium.projectId} and index = ${entry.index}`,
          );
          throw new Rollback(
            (await readAuditChain(tx as unknown as Database, consortium.projectId)).verification,
          );
        });
        const verification = await tampered.catch((error: unknown) => (error as Rollback).verification);
        expect(verification, `${column} of entry ${entry.index}`).toMatchObject({
          ok: false,
          index: entry.index,
        });
      }
    }
    expect((await readAuditChain(db, consortium.projectId)).verification.ok).toBe(true);
  });

  it("reports the first broken index after a row is changed or removed with SQL", async () => {
    const { entries } = (await consortium.producer.get(api("/audit"))).body;
    const target = entries.length - 2;
    await t.database.db.execute(
      sql`update audit_entries set data = '{"organizationId": "forged"}' where project_id = ${consortium.projectId} and index = ${target}`,
    );
    const changed = (await consortium.producer.get(api("/audit"))).body;
    expect(changed.verification).toEqual({ ok: false, index: target, problem: "HASH_MISMATCH" });
    expect(changed.entries).toHaveLength(entries.length);

    await t.database.db.execute(
      sql`delete from audit_entries where project_id = ${consortium.projectId} and index = ${target - 2}`,
    );
    const removed = (await consortium.producer.get(api("/audit"))).body;
    expect(removed.verification).toEqual({ ok: false, index: target - 2, problem: "WRONG_INDEX" });
  });
});
