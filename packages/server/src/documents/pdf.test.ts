// Reads the PDF back with poppler's pdftotext and pdfinfo, so the test sees what a reader sees: the terms in
// Russian (or English), and a signature page with each party's signatory, signing instant and hash.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { demoTerms, nameDemoSignatories, openDemoConsortium, type DemoConsortium } from "./testing.ts";

const run = promisify(execFile);

describe.each(backends)("the PDF of a document version on %s", (backend) => {
  let t: TestApp;
  let consortium: DemoConsortium;
  let dir = "";
  let documentId = "";
  let termsHash = "";
  const api = (path: string) => `/api/v1/projects/${consortium.projectId}${path}`;

  async function readBack(bytes: Uint8Array, name: string) {
    const file = join(dir, `${name}.pdf`);
    await writeFile(file, bytes);
    const text = (await run("pdftotext", ["-layout", file, "-"])).stdout;
    const info = (await run("pdfinfo", [file])).stdout;
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    const pageTexts = text.split("\f");
    return { text, pages, pageTexts, info };
  }

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "kinomost-document-pdf-"));
    t = await createTestApp(backend, { demo: true });
    consortium = await openDemoConsortium(t);
    await nameDemoSignatories(consortium);
    const created = await consortium.producer.post(api("/documents"), {
      kind: "memorandum",
      title: "Меморандум о совместном производстве «Искра»",
      terms: demoTerms(consortium.studios, { governingTreaty: "russia-uzbekistan" }),
    });
    ({ documentId, termsHash } = created.body.version);
    for (const country of ["RU", "KZ"]) {
      t.clock.advance(90_000);
      const signed = await consortium
        .byCountry(country)
        .client.post(api(`/documents/${documentId}/versions/1/sign`), { password: "iskra-demo" });
      expect(signed.status).toBe(201);
    }
  });
  afterAll(async () => {
    await t.close();
    await rm(dir, { recursive: true, force: true });
  });

  it("lays out the terms in Russian and ends with the signature page", async () => {
    const response = await consortium
      .byCountry("TJ")
      .client.get(api(`/documents/${documentId}/versions/1.pdf`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const { text, pages, pageTexts, info } = await readBack(response.bytes, "ru");
    expect(info).toMatch(/^Title:\s+Меморандум о совместном производстве «Искра» — 1$/m);
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain("Меморандум о совместном производстве «Искра»");
    expect(text).toMatch(
      /1\.1\.\s+1-2-3 Продакшн — ООО «1-2-3 Продакшн», Российская Федерация, ведущий продюсер, доля 40 %/,
    );
    expect(text).toMatch(/150 000 000,00 RUB, срок 01\.03\.2027/);
    expect(text).toMatch(/Начало съёмок — 01\.06\.2027/);
    expect(text).toContain("Russia–Uzbekistan agreement on film co-production (2024)");
    expect(text).toMatch(/русский, казахский/);
    expect(text).toContain("Подписан 2 из 5 сторон");

    const signaturePage = pageTexts.slice(pages - 1).join("\n");
    expect(signaturePage).toContain("Подписи сторон");
    expect(signaturePage).toContain(termsHash);
    expect(signaturePage).toMatch(/Подписал\(а\): Анна Воронцова/);
    expect(signaturePage).toMatch(/Дата и время подписи: 2026-11-27 09:01:30 UTC/);
    expect(signaturePage).toMatch(/Дата и время подписи: 2026-11-27 09:03:00 UTC/);
    expect(signaturePage.match(/Ожидает подписи/g)).toHaveLength(3);
    expect(signaturePage).toMatch(/Подписант: Ольга Ковальчук/);
    expect(signaturePage.match(new RegExp(`Хеш подписанных условий: ${termsHash}`, "g"))).toHaveLength(2);
    expect(text).toMatch(new RegExp(`Страница ${pages} из ${pages}`));
  });

  it("speaks English on request and refuses an unknown version or language", async () => {
    const response = await consortium.producer.get(
      api(`/documents/${documentId}/versions/1.pdf?language=en`),
    );
    expect(response.status).toBe(200);
    const { text } = await readBack(response.bytes, "en");
    expect(text).toContain("Signatures of the parties");
    expect(text).toMatch(
      /1-2-3 Production — ООО «1-2-3 Продакшн», Russian Federation, lead producer, share 40%/,
    );
    expect(text).toMatch(/150,000,000\.00 RUB, due 2027-03-01/);
    expect(text.match(/Awaiting signature/g)).toHaveLength(3);
    expect((await consortium.producer.get(api(`/documents/${documentId}/versions/9.pdf`))).status).toBe(404);
    const bad = await consortium.producer.get(api(`/documents/${documentId}/versions/1.pdf?language=de`));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields[0].path).toBe("language");
  });
});
