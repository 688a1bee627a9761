import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { findRate, type CurrencyCode } from "@kinomost/core";
import { schema } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp, type TestClient } from "../testing/test-app.ts";
import { projectRateTables } from "./tables.ts";

const fixtures = new URL("../../../core/src/rates/fixtures/", import.meta.url);
const cbrFile = () => {
  const body = new FormData();
  body.append("file", new File([readFileSync(new URL("cbr-2025-04-01.xml", fixtures))], "XML_daily.asp"));
  return body;
};

describe.each(backends)("manual rates and conversion on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let costume: TestClient;
  let projectId: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const convert = (query: string) => producer.get(api(`/rates/convert?${query}`));

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    costume = t.client();
    await costume.login("costume@kyrgyzfilm.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
    await t.database.db.delete(schema.rateTables).where(eq(schema.rateTables.projectId, projectId));
    expect((await producer.request("POST", api("/rate-tables/import"), cbrFile())).status).toBe(201);
  });
  afterAll(() => t.close());

  it("stores a manual table with exact per-unit rates", async () => {
    const response = await producer.post(api("/rate-tables"), {
      source: "manual",
      date: "2025-04-15",
      base: "RUB",
      quotes: [
        { currency: "KZT", nominal: 100, value: "17.5000" },
        { currency: "USD", value: "4" },
        { currency: "UZS", nominal: 8, value: "0.05" },
      ],
    });
    expect(response.status).toBe(201);
    expect(response.body.table).toMatchObject({
      source: "manual",
      date: "2025-04-15",
      base: "RUB",
      origin: null,
    });
    expect(response.body.table.quotes).toEqual([
      { currency: "KZT", nominal: 100, value: "17.5000", perUnit: "0.175" },
      { currency: "USD", nominal: 1, value: "4", perUnit: "4" },
      { currency: "UZS", nominal: 8, value: "0.05", perUnit: "0.00625" },
    ]);
    const again = await producer.post(api("/rate-tables"), {
      date: "2025-04-15",
      base: "RUB",
      quotes: [{ currency: "KZT", value: "1" }],
    });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe("ALREADY_EXISTS");
  });

  it("names every bad field of a manual table and stores nothing", async () => {
    const before = (await producer.get(api("/rate-tables"))).body.tables.length;
    const response = await producer.post(api("/rate-tables"), {
      source: "manual",
      date: "2025-02-29",
      base: "RUR",
      quotes: [
        { currency: "KZT", value: "12,5" },
        { currency: "KZT", value: "0" },
        { currency: "usd", value: "1e3" },
        { currency: "EUR", value: 95.5 },
        { currency: "BYN", nominal: 3, value: "1" },
        { currency: "CNY", nominal: 0, value: "11" },
        { currency: "GBP", value: "-110" },
      ],
    });
    expect(response.status).toBe(400);
    const fields = response.body.error.fields as { path: string; code: string }[];
    expect(fields.map((field) => field.path).sort()).toEqual(["date", "quotes.3.value", "quotes.5.nominal"]);
    expect(fields.find((field) => field.path === "quotes.5.nominal")?.code).toBe("too_small_number");
    const valid = await producer.post(api("/rate-tables"), {
      date: "2025-03-01",
      base: "RUR",
      quotes: [
        { currency: "KZT", value: "12,5" },
        { currency: "KZT", value: "0" },
        { currency: "usd", value: "1e3" },
        { currency: "BYN", nominal: 3, value: "1" },
        { currency: "GBP", value: "-110" },
      ],
    });
    expect(valid.status).toBe(400);
    expect(
      valid.body.error.fields.map((field: { path: string; code: string }) => `${field.path} ${field.code}`),
    ).toEqual([
      "base currency",
      "quotes.0.value decimal",
      "quotes.1.currency duplicate",
      "quotes.1.value not_positive",
      "quotes.2.currency currency",
      "quotes.2.value decimal",
      "quotes.3.nominal inexact_nominal",
      "quotes.4.value decimal",
    ]);
    const own = await producer.post(api("/rate-tables"), {
      date: "2025-03-01",
      base: "RUB",
      quotes: [{ currency: "RUB", value: "1" }],
      extra: true,
    });
    expect(own.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      "extra",
      "quotes.0.currency",
    ]);
    expect((await producer.get(api("/rate-tables"))).body.tables.length).toBe(before);
  });

  it("converts KZT to BYN exactly across the rouble, naming the table", async () => {
    const response = await convert("from=KZT&to=BYN&date=2025-04-10&amount=1000.00&source=cbr");
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({
      amount: { value: "1000.00", minor: "100000", currency: "KZT" },
      // 1000 × 0.169831 ÷ 27.2959 = 6.22185… BYN
      converted: { value: "6.22", minor: "622", currency: "BYN" },
      rate: { numerator: "169831", denominator: "27295900", via: "RUB" },
      table: { source: "cbr", date: "2025-04-01", base: "RUB" },
    });
    expect(response.body.rate.decimal).toBe("0.006221850168");
    const back = await convert("from=BYN&to=UZS&date=2025-04-01&amount=1.00");
    // 27.2959 ÷ 0.00662085 = 4122.72… UZS per BYN
    expect(back.body).toMatchObject({
      converted: { value: "4122.72", currency: "UZS" },
      table: { source: "cbr" },
    });
  });

  it("uses the latest table on or before the date that quotes both currencies", async () => {
    const manual = await convert("from=KZT&to=RUB&date=2025-04-20&amount=1000.00");
    expect(manual.body).toMatchObject({
      converted: { value: "175.00", currency: "RUB" },
      rate: { numerator: "7", denominator: "40", via: null },
      table: { source: "manual", date: "2025-04-15" },
    });
    // The manual table has no BYN: the Bank of Russia's file before it is used.
    const byn = await convert("from=BYN&to=RUB&date=2025-04-20&amount=2.00");
    expect(byn.body).toMatchObject({
      converted: { value: "54.59" },
      table: { source: "cbr", date: "2025-04-01" },
    });
    const before = await convert("from=KZT&to=RUB&date=2025-04-14&amount=1000.00");
    expect(before.body.table).toMatchObject({ source: "cbr", date: "2025-04-01" });
    expect(before.body.converted.value).toBe("169.83");
  });

  it("rounds half to even at the target's minor unit", async () => {
    // 0.10 RUB at 4 RUB per dollar is 2.5 cents → 2; 0.30 RUB is 7.5 cents → 8.
    expect((await convert("from=RUB&to=USD&date=2025-04-15&amount=0.10")).body.converted.value).toBe("0.02");
    expect((await convert("from=RUB&to=USD&date=2025-04-15&amount=0.30")).body.converted.value).toBe("0.08");
    expect((await convert("from=RUB&to=USD&date=2025-04-15&amount=-0.10")).body.converted.value).toBe(
      "-0.02",
    );
  });

  it("answers 404 NO_RATE when no table prices the pair, and 400 for a bad amount", async () => {
    const early = await convert("from=KZT&to=RUB&date=2025-03-31&amount=1.00");
    expect(early.status).toBe(404);
    expect(early.body.error).toMatchObject({
      code: "NO_RATE",
      message: expect.stringContaining("KZT and RUB"),
    });
    const tjs = await convert("from=TJS&to=RUB&date=2025-04-20&amount=1.00");
    expect(tjs.status).toBe(404);
    expect((await convert("from=KZT&to=BYN&date=2025-04-20&amount=1.00&source=nbk")).status).toBe(404);
    const decimals = await convert("from=KZT&to=RUB&date=2025-04-20&amount=1.005");
    expect(decimals.status).toBe(400);
    expect(decimals.body.error.fields).toEqual([expect.objectContaining({ path: "amount" })]);
    const bad = await convert("from=XXY&to=RUB&date=2025-04-20&amount=1e3");
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      "amount",
      "from",
    ]);
    const same = await convert("from=RUB&to=RUB&date=2000-01-01&amount=5.00");
    expect(same.body).toMatchObject({ converted: { value: "5.00" }, table: null });
  });

  it("keeps rates from department heads and strangers", async () => {
    expect(
      (await costume.get(api("/rates/convert?from=KZT&to=RUB&date=2025-04-20&amount=1.00"))).status,
    ).toBe(403);
    const manual = { date: "2025-05-01", base: "RUB", quotes: [{ currency: "KZT", value: "1" }] };
    expect((await costume.post(api("/rate-tables"), manual)).status).toBe(403);
    const stranger = await t.newUser();
    expect(
      (await stranger.get(api("/rates/convert?from=KZT&to=RUB&date=2025-04-20&amount=1.00"))).status,
    ).toBe(404);
  });

  it("gives the cost report the project's tables as core RateTables, oldest first", async () => {
    const tables = await projectRateTables(t.database.db, projectId);
    expect(tables.map((table) => `${table.source} ${table.date}`)).toEqual([
      "cbr 2025-04-01",
      "manual 2025-04-15",
    ]);
    const rate = findRate(tables[0]!, "KZT" as CurrencyCode, "BYN" as CurrencyCode);
    expect(rate.ok && rate.value.rate.n * 27295900n === rate.value.rate.d * 169831n).toBe(true);
    expect(await projectRateTables(t.database.db, projectId, { source: "manual" })).toHaveLength(1);
    expect(await projectRateTables(t.database.db, projectId, { until: "2025-04-14" })).toHaveLength(1);
  });
});
