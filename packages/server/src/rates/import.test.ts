import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { queryRows, schema } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { readAuditChain } from "../audit/log.ts";
import { createRouter } from "../http/router.ts";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";
import { registerRateRoutes } from "./routes.ts";

const fixtures = new URL("../../../core/src/rates/fixtures/", import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, fixtures)));
const form = (name: string, bytes: Uint8Array<ArrayBuffer> | string, replace?: boolean) => {
  const body = new FormData();
  body.append("file", new File([bytes], name));
  if (replace !== undefined) body.append("replace", String(replace));
  return body;
};
const cbrFile = (rows: string) =>
  new TextEncoder().encode(
    `<?xml version="1.0" encoding="windows-1251"?><ValCurs Date="02.04.2025" name="x">${rows}</ValCurs>`,
  );
const valute = (code: string, value: string) =>
  `<Valute ID="R1"><CharCode>${code}</CharCode><Nominal>1</Nominal><Value>${value}</Value></Valute>`;

describe("the rate tables API document", () => {
  it("documents every route under Rates, the import as a multipart upload", () => {
    const api = createRouter();
    registerRateRoutes(api);
    const document = api.getOpenAPI31Document({
      openapi: "3.1.0",
      info: { title: "Kinomost", version: "1" },
    });
    const paths = document.paths ?? {};
    expect(Object.keys(paths).sort()).toEqual(
      [
        "/rate-tables",
        "/rate-tables/fetch",
        "/rate-tables/import",
        "/rate-tables/{tableId}",
        "/rates/convert",
      ].map((path) => `/projects/{projectId}${path}`),
    );
    const importRoute = paths["/projects/{projectId}/rate-tables/import"]!.post!;
    expect(importRoute.tags).toEqual(["Rates"]);
    expect(importRoute.requestBody).toMatchObject({ content: { "multipart/form-data": expect.any(Object) } });
  });
});

describe.each(backends)("rate tables from bank files on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let accountant: TestClient;
  let costume: TestClient;
  let projectId: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const count = async (table: string) =>
    (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
  const counts = async () => [
    await count("rate_tables"),
    await count("rate_quotes"),
    await count("audit_entries"),
  ];
  const upload = (
    client: TestClient,
    name: string,
    bytes: Uint8Array<ArrayBuffer> | string,
    replace?: boolean,
  ) => client.request("POST", api("/rate-tables/import"), form(name, bytes, replace));

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    accountant = t.client();
    await accountant.login("accountant@belarusfilm.demo", "iskra-demo");
    costume = t.client();
    await costume.login("costume@kyrgyzfilm.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
    // The demo comes with rate tables of its own; these tests import the same days from the banks' files.
    await t.database.db.delete(schema.rateTables).where(eq(schema.rateTables.projectId, projectId));
  });
  afterAll(() => t.close());

  it("stores the Bank of Russia's windows-1251 file with exact quotes, by the date it states", async () => {
    const response = await upload(accountant, "XML_daily.asp", fixture("cbr-2025-04-01.xml"));
    expect(response.status).toBe(201);
    expect(response.body.warnings).toEqual([]);
    expect(response.body.table).toMatchObject({
      source: "cbr",
      date: "2025-04-01",
      base: "RUB",
      origin: "XML_daily.asp",
      quoteCount: 3,
      createdBy: { name: "Ольга Ковальчук" },
      version: 1,
    });
    expect(response.body.table.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(response.body.table.quotes).toEqual([
      { currency: "BYN", nominal: 1, value: "27.2959", perUnit: "27.2959" },
      { currency: "KZT", nominal: 100, value: "16.9831", perUnit: "0.169831" },
      { currency: "UZS", nominal: 10000, value: "66.2085", perUnit: "0.00662085" },
    ]);
    const read = await producer.get(api(`/rate-tables/${response.body.table.id}`));
    expect(read.status).toBe(200);
    expect(read.body.table).toEqual(response.body.table);
  });

  it.each([
    ["nbrb-2022-02-19.json", "nbrb", "2022-02-19", "BYN", [["RUB", 100, "3.3874", "0.033874"]]],
    [
      "nbk-2024-01-10.xml",
      "nbk",
      "2024-01-10",
      "KZT",
      [
        ["RUB", 1, "5.02", "5.02"],
        ["USD", 1, "453.19", "453.19"],
      ],
    ],
    ["cbu-2023-08-01.json", "cbu", "2023-08-01", "UZS", [["USD", 1, "11618.15", "11618.15"]]],
    [
      "nbkr-2026-09-18.xml",
      "nbkr",
      "2026-09-18",
      "KGS",
      [
        ["JPY", 10, "5.6749", "0.56749"],
        ["USD", 1, "87.4500", "87.45"],
      ],
    ],
    ["nbt-2026-05-20.xml", "nbt", "2026-05-20", "TJS", [["USD", 1, "9.3288", "9.3288"]]],
  ] as const)("stores %s as the %s table of %s in %s", async (name, source, date, base, quotes) => {
    const response = await upload(producer, name, fixture(name));
    expect(response.status).toBe(201);
    expect(response.body.table).toMatchObject({
      source,
      date,
      base,
      origin: name,
      quoteCount: quotes.length,
    });
    expect(response.body.table.quotes).toEqual(
      quotes.map(([currency, nominal, value, perUnit]) => ({ currency, nominal, value, perUnit })),
    );
  });

  it("returns the file's warnings beside the table (BYR restated in BYN)", async () => {
    const response = await upload(producer, "XmlExRates.aspx", fixture("nbrb-2011-01-31.xml"));
    expect(response.status).toBe(201);
    expect(response.body.table).toMatchObject({ source: "nbrb", date: "2011-01-31", base: "BYN" });
    expect(response.body.warnings.map((warning: { code: string }) => warning.code)).toEqual(["BYR_RESTATED"]);
  });

  it("refuses a second file of a stored day with 409 naming it, and replaces it only when asked", async () => {
    const before = await counts();
    const again = await upload(producer, "again.xml", fixture("cbr-2025-04-01.xml"));
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("ALREADY_EXISTS");
    expect(again.body.error.message).toContain("cbr rates of 2025-04-01 in RUB");
    const stored = again.body.error.current;
    expect(stored).toMatchObject({ source: "cbr", date: "2025-04-01", origin: "XML_daily.asp", version: 1 });
    expect(again.body.error.message).toContain(stored.id);
    expect(await counts()).toEqual(before);

    const replaced = await upload(producer, "again.xml", fixture("cbr-2025-04-01.xml"), true);
    expect(replaced.status).toBe(201);
    expect(replaced.body.table).toMatchObject({
      id: stored.id,
      origin: "again.xml",
      version: 2,
      quoteCount: 3,
    });
    expect(replaced.body.table.createdBy.name).toBe("Анна Воронцова");
    expect(await counts()).toEqual([before[0], before[1], before[2]! + 1]);
  });

  it.each([
    ["an empty file", new Uint8Array(0), "file", "not_a_rate_file"],
    ["an HTML page", "<!DOCTYPE html><html><body><h1>503</h1></body></html>", "file", "not_a_rate_file"],
    ["broken XML", '<?xml version="1.0"?><ValCurs Date="01.04.2025"><Valute>', "file", "malformed"],
    [
      "a value of 12,5.0",
      cbrFile(valute("USD", "80,1") + valute("EUR", "12,5.0")),
      "file:ValCurs/Valute[2]/Value",
      "bad_value",
    ],
    ["a JSON list of something else", '[{"name":"x"}]', "file", "not_a_rate_file"],
  ])("refuses %s with 400 naming the place, and stores nothing", async (_, bytes, path, code) => {
    const before = await counts();
    const response = await upload(producer, "bad.xml", bytes);
    expect(response.status).toBe(400);
    expect(response.body.error.code).toBe("VALIDATION_FAILED");
    expect(response.body.error.fields).toEqual([expect.objectContaining({ path, code })]);
    expect(await counts()).toEqual(before);
  });

  it("names the element of a bad value in the message", async () => {
    const response = await upload(
      producer,
      "bad.xml",
      cbrFile(valute("USD", "80,1") + valute("EUR", "12,5.0")),
    );
    expect(response.body.error.fields[0].message).toBe(
      'Valute 2 (EUR), Value: "12,5.0" is not a decimal number',
    );
  });

  it("refuses a request without a file, and a file that is too large", async () => {
    const empty = await producer.request("POST", api("/rate-tables/import"), new FormData());
    expect(empty.status).toBe(400);
    expect(empty.body.error.fields).toEqual([expect.objectContaining({ path: "file" })]);
    const huge = await upload(producer, "huge.xml", new Uint8Array(2 * 1024 * 1024 + 1));
    expect(huge.status).toBe(413);
  });

  it("lists tables newest first with their counts and filters by source and dates", async () => {
    const all = (await producer.get(api("/rate-tables"))).body.tables as { source: string; date: string }[];
    expect(all.map((table) => `${table.source} ${table.date}`)).toEqual([
      "nbkr 2026-09-18",
      "nbt 2026-05-20",
      "cbr 2025-04-01",
      "nbk 2024-01-10",
      "cbu 2023-08-01",
      "nbrb 2022-02-19",
      "nbrb 2011-01-31",
    ]);
    const nbrb = await producer.get(api("/rate-tables?source=nbrb&from=2020-01-01"));
    expect(nbrb.body.tables).toEqual([
      expect.objectContaining({
        source: "nbrb",
        date: "2022-02-19",
        quoteCount: 1,
        createdBy: expect.any(Object),
      }),
    ]);
    const range = await producer.get(api("/rate-tables?from=2024-01-10&to=2025-04-01"));
    expect(range.body.tables.map((table: { date: string }) => table.date)).toEqual([
      "2025-04-01",
      "2024-01-10",
    ]);
    const bad = await producer.get(api("/rate-tables?source=ecb&to=2025-02-30"));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      "source",
      "to",
    ]);
  });

  it("removes a table at its version: a stale version is 409, then the table and its quotes are gone", async () => {
    const [table] = (await producer.get(api("/rate-tables?source=nbt"))).body.tables;
    const stale = await producer.delete(api(`/rate-tables/${table.id}?version=7`));
    expect(stale.status).toBe(409);
    expect(stale.body.error.current).toMatchObject({
      id: table.id,
      version: 1,
      quotes: [expect.any(Object)],
    });
    expect((await producer.delete(api(`/rate-tables/${table.id}`))).status).toBe(400);
    const quotes = await count("rate_quotes");
    expect((await accountant.delete(api(`/rate-tables/${table.id}?version=1`))).status).toBe(204);
    expect(await count("rate_quotes")).toBe(quotes - 1);
    expect((await producer.get(api(`/rate-tables/${table.id}`))).status).toBe(404);
    expect((await producer.delete(api(`/rate-tables/${table.id}?version=1`))).status).toBe(404);
  });

  it("records imports, replacements and removals in the audit log", async () => {
    const { entries, verification } = await readAuditChain(t.database.db, projectId);
    expect(verification.ok).toBe(true);
    const rates = entries.filter((entry) => entry.action.startsWith("rate-table."));
    expect(rates.map((entry) => entry.action)).toEqual([
      ...Array<string>(7).fill("rate-table.imported"),
      "rate-table.imported",
      "rate-table.removed",
    ]);
    expect(rates[0]!.data).toMatchObject({
      source: "cbr",
      date: "2025-04-01",
      base: "RUB",
      quotes: 3,
      replaced: false,
    });
    expect(rates[7]!.data).toMatchObject({ source: "cbr", origin: "again.xml", replaced: true });
    expect(rates[8]!.data).toMatchObject({ source: "nbt", date: "2026-05-20" });
  });

  it("lets a department head neither import nor read rates, and hides the project from a stranger", async () => {
    const before = await counts();
    const headImport = await upload(costume, "XML_daily.asp", fixture("nbt-2026-05-20.xml"));
    expect(headImport.status).toBe(403);
    expect((await costume.get(api("/rate-tables"))).status).toBe(403);
    const stranger = await t.newUser("Посторонний");
    expect((await stranger.get(api("/rate-tables"))).status).toBe(404);
    expect((await upload(stranger, "XML_daily.asp", fixture("nbt-2026-05-20.xml"))).status).toBe(404);
    expect(await counts()).toEqual(before);
  });

  it("answers 404 for a table of another project", async () => {
    const other = await t.newUser("Другой продюсер");
    const created = await other.post("/api/v1/projects", {
      titles: { ru: "Другой фильм" },
      kind: "feature",
      languages: ["ru"],
      leadOrganizationId: other.organizationId,
    });
    expect(created.status).toBe(201);
    const otherId = created.body.project.id;
    const body = form("cbr.xml", fixture("cbr-2025-04-01.xml"));
    const own = await other.request("POST", `/api/v1/projects/${otherId}/rate-tables/import`, body);
    expect(own.status).toBe(201);
    const foreign = own.body.table.id;
    expect((await producer.get(api(`/rate-tables/${foreign}`))).status).toBe(404);
    expect((await producer.delete(api(`/rate-tables/${foreign}?version=1`))).status).toBe(404);
  });
});
