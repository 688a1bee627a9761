import { readFileSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, sql } from "drizzle-orm";
import { queryRows, schema } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { readAuditChain } from "../audit/log.ts";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";
import { bankFileUrl, defaultRateFetchConfig } from "./banks.ts";

const fixtures = new URL("../../../core/src/rates/fixtures/", import.meta.url);
const fixture = (name: string) => readFileSync(new URL(name, fixtures));

/** Stands in for the six banks: each path answers as the bank would, or fails as banks do. */
function fakeBanks(requests: string[]): Server {
  return createServer((request, response) => {
    const url = new URL(request.url ?? "/", "http://bank.test");
    requests.push(`${url.pathname}${url.search}`);
    const send = (body: Buffer | string, type: string, status = 200) => {
      response.writeHead(status, { "content-type": type });
      response.end(body);
    };
    const cbrDay = url.pathname === "/cbr/XML_daily.asp" ? url.searchParams.get("date_req") : null;
    if (cbrDay === "01/04/2025" || cbrDay === "05/04/2025") {
      // Asked for a Saturday, the bank answers with the rates still in force: the file of 1 April here.
      send(fixture("cbr-2025-04-01.xml"), "application/xml; charset=windows-1251");
    } else if (cbrDay === "02/04/2025") send("Service Unavailable", "text/plain", 503);
    else if (cbrDay === "03/04/2025") send("<ValCurs>" + "x".repeat(100_000), "application/xml");
    else if (cbrDay === "04/04/2025")
      send("<!DOCTYPE html><html><body>Доступ ограничен</body></html>", "text/html");
    else if (url.pathname === "/nbrb/rates" && url.searchParams.get("ondate") === "2022-02-19")
      send(fixture("nbrb-2022-02-19.json"), "application/json; charset=utf-8");
    else if (url.pathname === "/nbk/get_rates.cfm") send(fixture("nbk-no-data.xml"), "application/xml");
    else if (url.pathname === "/nbkr/daily.xml") send(fixture("nbkr-2026-09-18.xml"), "application/xml");
    else if (url.pathname.startsWith("/nbt/")) {
      // Accepts the connection and never answers.
    } else send("Not Found", "text/plain", 404);
  });
}

const listen = (server: Server) =>
  new Promise<number>((resolve) =>
    server.listen(0, "127.0.0.1", () => resolve((server.address() as AddressInfo).port)),
  );

describe("bank addresses", () => {
  it("builds each bank's documented address for a day", () => {
    const url = (source: Parameters<typeof bankFileUrl>[1]) =>
      bankFileUrl(defaultRateFetchConfig, source, "2025-04-01");
    expect(url("cbr")).toBe("https://www.cbr.ru/scripts/XML_daily.asp?date_req=01/04/2025");
    expect(url("nbrb")).toBe("https://api.nbrb.by/exrates/rates?ondate=2025-04-01&periodicity=0");
    expect(url("nbk")).toBe("https://nationalbank.kz/rss/get_rates.cfm?fdate=01.04.2025");
    expect(url("cbu")).toBe("https://cbu.uz/ru/arkhiv-kursov-valyut/json/all/2025-04-01/");
    expect(url("nbkr")).toBe("https://www.nbkr.kg/XML/daily.xml");
    expect(url("nbt")).toBe("https://nbt.tj/ru/kurs/export_xml.php?date=2025-04-01&export=xmlout");
    const local = { ...defaultRateFetchConfig, bankUrls: { cbr: "http://127.0.0.1:9/cbr" } };
    expect(bankFileUrl(local, "cbr", "2025-04-01")).toBe(
      "http://127.0.0.1:9/cbr/XML_daily.asp?date_req=01/04/2025",
    );
  });
});

describe.each(backends)("rate tables fetched from the banks on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let costume: TestClient;
  let projectId: string;
  let banks: Server;
  const requests: string[] = [];
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const count = async (table: string) =>
    (await queryRows<{ n: number }>(t.database.db, sql.raw(`select count(*)::int as n from ${table}`)))[0]!.n;
  const counts = async () => [
    await count("rate_tables"),
    await count("rate_quotes"),
    await count("audit_entries"),
  ];
  const fetchRates = (client: TestClient, body: unknown) => client.post(api("/rate-tables/fetch"), body);

  beforeAll(async () => {
    banks = fakeBanks(requests);
    const port = await listen(banks);
    const closed = createServer();
    const closedPort = await listen(closed);
    await new Promise((resolve) => closed.close(resolve));
    const local = `http://127.0.0.1:${port}`;
    t = await createTestApp(backend, {
      demo: true,
      config: {
        rateFetch: {
          bankUrls: {
            cbr: `${local}/cbr/`,
            nbrb: `${local}/nbrb`,
            nbk: `${local}/nbk/`,
            nbkr: `${local}/nbkr/`,
            nbt: `${local}/nbt/`,
            cbu: `http://127.0.0.1:${closedPort}/cbu/`,
          },
          timeoutMs: 400,
          maxBytes: 64 * 1024,
        },
      },
    });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    costume = t.client();
    await costume.login("costume@kyrgyzfilm.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
    await t.database.db.delete(schema.rateTables).where(eq(schema.rateTables.projectId, projectId));
  });
  afterAll(async () => {
    banks.closeAllConnections();
    await new Promise((resolve) => banks.close(resolve));
    await t.close();
  });

  it("fetches the Bank of Russia's windows-1251 file for a day from its address and stores it", async () => {
    const response = await fetchRates(producer, { source: "cbr", date: "2025-04-01" });
    expect(response.status).toBe(201);
    expect(requests.at(-1)).toBe("/cbr/XML_daily.asp?date_req=01/04/2025");
    expect(response.body.warnings).toEqual([]);
    expect(response.body.table).toMatchObject({
      source: "cbr",
      date: "2025-04-01",
      base: "RUB",
      origin: expect.stringMatching(
        /^http:\/\/127\.0\.0\.1:\d+\/cbr\/XML_daily\.asp\?date_req=01\/04\/2025$/,
      ),
      quoteCount: 3,
    });
    expect(response.body.table.quotes).toContainEqual({
      currency: "KZT",
      nominal: 100,
      value: "16.9831",
      perUnit: "0.169831",
    });
  });

  it("fetches the National Bank of Belarus's JSON for a day", async () => {
    const response = await fetchRates(producer, { source: "nbrb", date: "2022-02-19" });
    expect(response.status).toBe(201);
    expect(requests.at(-1)).toBe("/nbrb/rates?ondate=2022-02-19&periodicity=0");
    expect(response.body.table).toMatchObject({ source: "nbrb", date: "2022-02-19", base: "BYN" });
    expect(response.body.table.quotes).toEqual([
      { currency: "RUB", nominal: 100, value: "3.3874", perUnit: "0.033874" },
    ]);
  });

  it("keeps an earlier day's answer under its own date: 409 when stored, replaced with a warning when asked", async () => {
    const before = await counts();
    const duplicate = await fetchRates(producer, { source: "cbr", date: "2025-04-05" });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.code).toBe("ALREADY_EXISTS");
    expect(await counts()).toEqual(before);
    const replaced = await fetchRates(producer, { source: "cbr", date: "2025-04-05", replace: true });
    expect(replaced.status).toBe(201);
    expect(replaced.body.table).toMatchObject({ date: "2025-04-01", version: 2 });
    expect(replaced.body.warnings).toEqual([
      expect.objectContaining({ code: "EARLIER_DATE", message: expect.stringContaining("2025-04-05") }),
    ]);
  });

  it("answers 404 NO_RATE when the bank has no rates for the day, or only a later day's", async () => {
    const before = await counts();
    const nbk = await fetchRates(producer, { source: "nbk", date: "2024-01-13" });
    expect(requests.at(-1)).toBe("/nbk/get_rates.cfm?fdate=13.01.2024");
    expect(nbk.status).toBe(404);
    expect(nbk.body.error.code).toBe("NO_RATE");
    const later = await fetchRates(producer, { source: "nbkr", date: "2026-09-10" });
    expect(later.status).toBe(404);
    expect(later.body.error).toMatchObject({
      code: "NO_RATE",
      message: expect.stringContaining("2026-09-18"),
    });
    expect(await counts()).toEqual(before);
    const current = await fetchRates(producer, { source: "nbkr", date: "2026-09-20" });
    expect(current.status).toBe(201);
    expect(current.body.table).toMatchObject({ source: "nbkr", date: "2026-09-18" });
  });

  it.each([
    ["a refused connection", { source: "cbu", date: "2023-08-01" }, /ECONNREFUSED/],
    ["a bank that never answers", { source: "nbt", date: "2026-05-20" }, /did not answer within 0.4 s/],
    ["an HTTP error", { source: "cbr", date: "2025-04-02" }, /HTTP 503/],
    ["an endless answer", { source: "cbr", date: "2025-04-03" }, /larger than 65536 bytes/],
  ])("answers 502 BANK_UNREACHABLE for %s, quickly, and stores nothing", async (_, body, reason) => {
    const before = await counts();
    const started = Date.now();
    const response = await fetchRates(producer, body);
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(response.status).toBe(502);
    expect(response.body.error.code).toBe("BANK_UNREACHABLE");
    expect(response.body.error.message).toMatch(reason);
    expect(response.body.error.message).toContain("import a saved file");
    expect(await counts()).toEqual(before);
  });

  it("answers 502 BANK_BAD_ANSWER for a page that is not the bank's file", async () => {
    const response = await fetchRates(producer, { source: "cbr", date: "2025-04-04" });
    expect(response.status).toBe(502);
    expect(response.body.error.code).toBe("BANK_BAD_ANSWER");
  });

  it("checks the request before asking any bank, and lets only the money people fetch", async () => {
    const asked = requests.length;
    const bad = await fetchRates(producer, { source: "ecb", date: "2025-02-30" });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      "date",
      "source",
    ]);
    expect((await fetchRates(costume, { source: "cbr", date: "2025-04-01" })).status).toBe(403);
    const stranger = await t.newUser();
    expect((await fetchRates(stranger, { source: "cbr", date: "2025-04-01" })).status).toBe(404);
    expect(requests.length).toBe(asked);
  });

  it("records each fetch in the audit log with the address", async () => {
    const { entries } = await readAuditChain(t.database.db, projectId);
    const fetched = entries.filter((entry) => entry.action === "rate-table.fetched");
    expect(fetched.map((entry) => (entry.data as { source: string }).source)).toEqual([
      "cbr",
      "nbrb",
      "cbr",
      "nbkr",
    ]);
    expect(fetched[0]!.data).toMatchObject({
      origin: expect.stringContaining("/cbr/XML_daily.asp"),
      replaced: false,
    });
  });
});
