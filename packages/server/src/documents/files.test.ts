import { createHash } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { demoTerms, openDemoConsortium, type DemoConsortium } from "./testing.ts";

describe.each(backends)("files attached to document versions on %s", (backend) => {
  let t: TestApp;
  let consortium: DemoConsortium;
  let versionPath = "";
  const api = (path: string) => `/api/v1/projects/${consortium.projectId}${path}`;
  const form = (file: File) => {
    const data = new FormData();
    data.append("file", file);
    return data;
  };

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    consortium = await openDemoConsortium(t);
    const created = await consortium.producer.post(api("/documents"), {
      kind: "agreement",
      title: "Соглашение с приложениями",
      terms: demoTerms(consortium.studios),
    });
    versionPath = api(`/documents/${created.body.version.documentId}/versions/1`);
  });
  afterAll(() => t.close());

  it("stores a file with its hash, lists it with the version and gives back the same bytes as a download", async () => {
    const bytes = new Uint8Array(70_000).map((_, index) => (index * 31) % 256);
    const uploaded = await consortium.producer.request(
      "POST",
      `${versionPath}/files`,
      form(new File([bytes], "Смета «Искра».xlsx", { type: "application/vnd.ms-excel" })),
    );
    expect(uploaded.status).toBe(201);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    expect(uploaded.body.file).toMatchObject({
      name: "Смета «Искра».xlsx",
      mediaType: "application/vnd.ms-excel",
      size: 70_000,
      sha256,
    });
    const version = (await consortium.producer.get(versionPath)).body.version;
    expect(version.files).toEqual([uploaded.body.file]);

    // Any partner's member may read it; it always comes as a download.
    const download = await consortium
      .byCountry("KG")
      .client.get(`${versionPath}/files/${uploaded.body.file.id}`);
    expect(download.status).toBe(200);
    expect(download.bytes).toEqual(bytes);
    expect(download.headers.get("content-type")).toBe("application/vnd.ms-excel");
    expect(download.headers.get("x-content-sha256")).toBe(sha256);
    expect(download.headers.get("content-disposition")).toBe(
      `attachment; filename="_____ _______.xlsx"; filename*=UTF-8''${encodeURIComponent("Смета «Искра».xlsx")}`,
    );

    const log = (await consortium.producer.get(api("/audit"))).body;
    expect(log.entries.at(-1)).toMatchObject({
      action: "document.file",
      data: { fileId: uploaded.body.file.id, sha256, size: 70_000 },
    });
    expect(log.verification.ok).toBe(true);
  });

  it("removes a file attached by mistake to an unsigned version, for producers only, with an audit entry", async () => {
    const uploaded = await consortium.producer.request(
      "POST",
      `${versionPath}/files`,
      form(new File(["не тот файл"], "черновик.txt", { type: "text/plain" })),
    );
    expect(uploaded.status).toBe(201);
    const filePath = `${versionPath}/files/${uploaded.body.file.id}`;
    expect((await consortium.byCountry("BY").client.delete(filePath)).status).toBe(403);
    expect((await consortium.producer.delete(filePath)).status).toBe(204);
    expect((await consortium.producer.get(filePath)).status).toBe(404);
    expect((await consortium.producer.delete(filePath)).status).toBe(404);
    const names = (await consortium.producer.get(versionPath)).body.version.files.map(
      (file: { name: string }) => file.name,
    );
    expect(names).not.toContain("черновик.txt");
    const log = (await consortium.producer.get(api("/audit"))).body;
    expect(log.entries.at(-1)).toMatchObject({
      action: "document.file.remove",
      data: { fileId: uploaded.body.file.id, name: "черновик.txt", sha256: uploaded.body.file.sha256 },
    });
    expect(log.verification.ok).toBe(true);
  });

  it("refuses an empty file, one above 20 MB, a stranger's file id and a non-producer", async () => {
    const empty = await consortium.producer.request(
      "POST",
      `${versionPath}/files`,
      form(new File([], "пусто.txt")),
    );
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual([{ path: "file", message: "is empty", code: "empty_file" }]);
    const large = await consortium.producer.request(
      "POST",
      `${versionPath}/files`,
      form(new File([new Uint8Array(20 * 1024 * 1024 + 1)], "большой.bin")),
    );
    expect(large.status).toBe(413);
    expect(large.body.error.code).toBe("PAYLOAD_TOO_LARGE");
    const accountant = await consortium
      .byCountry("BY")
      .client.request("POST", `${versionPath}/files`, form(new File(["x"], "x.txt")));
    expect(accountant.status).toBe(403);
    const missing = await consortium.producer.get(`${versionPath}/files/${consortium.projectId}`);
    expect(missing.status).toBe(404);
    const names = (await consortium.producer.get(versionPath)).body.version.files.map(
      (file: { name: string }) => file.name,
    );
    expect(names).toEqual(["Смета «Искра».xlsx"]);
  });
});
