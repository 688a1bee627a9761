// The cost report over the real app and database, on a small budget whose every figure is computed by hand:
// actuals in KZT, BYN and RUB at budget and at actual rates, a partner's unshared books kept from another partner,
// ledger rows that cannot be placed named as problems, and the same report as a workbook and a PDF.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { eq } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import {
  clearProjectMoney,
  insertBudget,
  insertRateTable,
  openDemoMoney,
  smallBudget,
  type DemoMoney,
} from "./testing.ts";
import type { CostReportJson } from "./views.ts";

const run = promisify(execFile);

const rub = (amount: string) => ({
  currency: "RUB",
  minor: BigInt(amount.replace(".", "")).toString(),
  amount,
});

describe.each(backends)("cost report on %s", (backend) => {
  let t: TestApp;
  let demo: DemoMoney;
  let budgetId = "";
  let dir = "";
  const report = (client: keyof DemoMoney["clients"], query = "") =>
    demo.clients[client].get(`/api/v1/projects/${demo.projectId}/budgets/${budgetId}/cost-report${query}`);

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    demo = await openDemoMoney(t);
    const db = t.database.db;
    await clearProjectMoney(db, demo.projectId);
    budgetId = await insertBudget(db, demo.projectId, "Пример отчёта", smallBudget(demo.organizations));
    // Month-end actual rates: the September table for costs of October, the October one for November.
    await insertRateTable(db, demo.projectId, { date: "2026-09-30", perUnit: { KZT: "0.16", BYN: "28" } });
    await insertRateTable(db, demo.projectId, { date: "2026-10-31", perUnit: { KZT: "0.15", BYN: "29" } });
    const o = demo.organizations;
    const actual = (partner: string, date: string, account: string, currency: string, minor: bigint) => ({
      projectId: demo.projectId,
      partnerId: partner,
      date,
      vendor: "Поставщик",
      accountCode: account,
      currency,
      amountMinor: minor,
      country: partner === o.KZ ? "KZ" : partner === o.BY ? "BY" : "RU",
    });
    await db.insert(schema.actuals).values([
      actual(o.RU!, "2026-10-01", "1100", "RUB", 12_000_000n),
      actual(o.KZ!, "2026-10-05", "2100", "KZT", 20_000_000n),
      actual(o.KZ!, "2026-11-02", "2100", "KZT", 10_000_000n),
      // Before the first actual rate of KZT: counted at the budget rate, named as a problem.
      actual(o.KZ!, "2026-09-01", "2100", "KZT", 1_000_000n),
      actual(o.BY!, "2026-10-10", "2200", "BYN", 100_000n),
      actual(o.BY!, "2026-10-12", "9999", "BYN", 5_000n),
    ]);
    // Kazakhstan shares its books with the lead producer; Belarus shares with nobody.
    await db
      .insert(schema.actualSharing)
      .values({ projectId: demo.projectId, ownerId: o.KZ!, viewerId: o.RU! });
    dir = await mkdtemp(join(tmpdir(), "kinomost-cost-report-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await t.close();
  });

  it("reports at budget rates what the producer may see, to the kopeck", async () => {
    const response = await report("producer", "?currency=RUB&basis=budget");
    expect(response.status).toBe(200);
    const body = response.body as CostReportJson;
    expect(body).toMatchObject({
      currency: "RUB",
      basis: "budget",
      rates: { budget: { date: "2025-04-01" } },
    });
    expect(body.rates.actual).toEqual({ tables: 2, first: "2026-09-30", last: "2026-10-31" });
    // 2100: 310 000 KZT × 0.17 = 52 700; at actual rates 200 000 × 0.16 + 100 000 × 0.15 + 10 000 × 0.17 = 48 700.
    expect(body.accounts.map((row) => [row.code, row.category.code, row.actual.amount])).toEqual([
      ["1100", "1000", "120000.00"],
      ["2100", "2000", "52700.00"],
      ["2200", "2000", "0.00"],
    ]);
    expect(body.accounts[0]).toMatchObject({
      budget: rub("100000.00"),
      estimateToComplete: rub("0.00"),
      estimateAtCompletion: rub("120000.00"),
      variance: rub("-20000.00"),
    });
    expect(body.accounts[1]).toMatchObject({
      budget: rub("85000.00"),
      estimateToComplete: rub("32300.00"),
      estimateAtCompletion: rub("85000.00"),
      variance: rub("0.00"),
      fxVariance: rub("-4000.00"),
    });
    expect(body.total).toEqual({
      budget: rub("239000.00"),
      actual: rub("172700.00"),
      estimateToComplete: rub("86300.00"),
      estimateAtCompletion: rub("259000.00"),
      variance: rub("-20000.00"),
      fxVariance: rub("-4000.00"),
    });
    expect(body.categories.map((row) => [row.code, row.budget.amount, row.actual.amount])).toEqual([
      ["1000", "100000.00", "120000.00"],
      ["2000", "139000.00", "52700.00"],
    ]);
    const shares = await t.database.db
      .select({ id: schema.partners.organizationId, share: schema.partners.share })
      .from(schema.partners)
      .where(eq(schema.partners.projectId, demo.projectId));
    const o = demo.organizations;
    const partner = (id: string) => body.partners.find((row) => row.id === id)!;
    expect(partner(o.RU!)).toMatchObject({
      name: "1-2-3 Продакшн",
      agreedShare: shares.find((row) => row.id === o.RU)!.share,
      actualShare: "69.48",
      budgetShare: "41.84",
      included: true,
      actual: rub("120000.00"),
    });
    expect(partner(o.KZ!)).toMatchObject({ actualShare: "30.52", included: true, actual: rub("52700.00") });
    expect(partner(o.BY!)).toMatchObject({
      included: false,
      actual: rub("0.00"),
      estimateToComplete: rub("54000.00"),
    });
    expect(partner(o.RU!).agreedShare).not.toBeNull();
    expect(body.countries.map((row) => [row.country, row.budget.amount, row.actual.amount])).toEqual([
      ["RU", "100000.00", "120000.00"],
      ["KZ", "85000.00", "52700.00"],
      ["BY", "54000.00", "0.00"],
    ]);
    expect(body.coverage).toMatchObject({ complete: false, rows: 4 });
    expect(body.coverage.partners.filter((p) => p.included).map((p) => p.id)).toEqual([o.RU, o.KZ]);
    expect(body.coverage.byCurrency).toEqual([
      { currency: "KZT", rows: 3, amount: { currency: "KZT", minor: "31000000", amount: "310000.00" } },
      { currency: "RUB", rows: 1, amount: rub("120000.00") },
    ]);
    // Belarus's unshared books are not there, not even as a problem.
    expect(body.problems).toEqual([
      expect.objectContaining({
        code: "NO_ACTUAL_RATE",
        account: "2100",
        partner: { id: o.KZ, name: "Лига кинематографистов Казахстана" },
        rows: 1,
        counted: true,
        amount: { currency: "KZT", minor: "1000000", amount: "10000.00" },
        firstDate: "2026-09-01",
      }),
    ]);
  });

  it("reports at actual rates, leaving out what has no rate of its date", async () => {
    const body = (await report("producer", "?basis=actual")).body as CostReportJson;
    expect(body.currency).toBe("RUB");
    expect(body.accounts[1]).toMatchObject({
      actual: rub("47000.00"),
      estimateToComplete: rub("38000.00"),
      fxVariance: rub("-4000.00"),
    });
    expect(body.total).toMatchObject({
      actual: rub("167000.00"),
      estimateToComplete: rub("92000.00"),
      estimateAtCompletion: rub("259000.00"),
      variance: rub("-20000.00"),
    });
    expect(body.problems).toEqual([
      expect.objectContaining({ code: "MISSING_RATE", account: "2100", counted: false, rows: 1 }),
    ]);
    expect(body.coverage.byCurrency[0]).toMatchObject({ currency: "KZT", rows: 2 });
  });

  it("reports in tenge: the Kazakh budget and costs exactly as booked", async () => {
    const body = (await report("producer", "?currency=KZT")).body as CostReportJson;
    expect(body.accounts[1]).toMatchObject({
      budget: { currency: "KZT", amount: "500000.00" },
      actual: { currency: "KZT", amount: "310000.00" },
    });
  });

  it("gives Belarus its own books only, with a cost on an unknown account as a problem", async () => {
    const body = (await report("belarusfilm")).body as CostReportJson;
    const o = demo.organizations;
    expect(body.coverage.partners.filter((p) => p.included).map((p) => p.id)).toEqual([o.BY]);
    expect(body.total.actual).toEqual(rub("27000.00"));
    expect(body.accounts[2]).toMatchObject({ actual: rub("27000.00"), fxVariance: rub("1000.00") });
    expect(body.accounts[1]!.actual).toEqual(rub("0.00"));
    expect(body.problems).toEqual([
      expect.objectContaining({
        code: "UNKNOWN_ACCOUNT",
        account: "9999",
        counted: false,
        amount: { currency: "BYN", minor: "5000", amount: "50.00" },
      }),
    ]);
  });

  it("refuses what cannot be answered with a clear error", async () => {
    const euro = await report("producer", "?currency=EUR");
    expect(euro.status).toBe(400);
    expect(euro.body.error.fields).toEqual([expect.objectContaining({ path: "currency" })]);
    const bad = await report("producer", "?currency=rub&basis=later");
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      "basis",
      "currency",
    ]);
    expect((await report("costume")).status).toBe(403);
    const stranger = await t.newUser();
    const path = `/api/v1/projects/${demo.projectId}/budgets/${budgetId}/cost-report`;
    expect((await stranger.get(path)).status).toBe(404);
    const missing = `/api/v1/projects/${demo.projectId}/budgets/${crypto.randomUUID()}/cost-report`;
    expect((await demo.clients.producer.get(missing)).status).toBe(404);
  });

  it("gives the same report as a workbook and a PDF", async () => {
    const json = (await report("producer")).body as CostReportJson;
    const xlsx = await report("producer", ".xlsx?lang=ru");
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get("content-type")).toContain("spreadsheetml");
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ExcelJS.Buffer);
    const sheet = workbook.worksheets[0]!;
    let total: ExcelJS.Row | undefined;
    sheet.eachRow((row) => {
      if (!total && row.getCell(2).value === "Итого по смете") total = row;
    });
    expect(total).toBeDefined();
    const fields = [
      "budget",
      "actual",
      "estimateToComplete",
      "estimateAtCompletion",
      "variance",
      "fxVariance",
    ];
    fields.forEach((field, index) => {
      const cell = total!.getCell(3 + index);
      expect(cell.value).toBe(Number(json.total[field as keyof CostReportJson["total"]].amount));
      expect(cell.numFmt).toBe('#,##0.00 "RUB"');
    });

    const pdf = await report("producer", ".pdf?lang=ru");
    expect(pdf.status).toBe(200);
    const file = join(dir, `${backend}.pdf`);
    await writeFile(file, pdf.bytes);
    const text = (await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])).stdout.replace(
      /[\u00a0\u202f]/g,
      " ",
    );
    expect(text).toContain("Отчёт о затратах, по курсам сметы");
    expect(text).toMatch(
      /Итого по смете\s+239 000,00\s+172 700,00\s+86 300,00\s+259 000,00\s+−20 000,00\s+−4 000,00/u,
    );
    // The agreed share beside the share of spend; the column's name wraps onto two lines.
    expect(text).toMatch(/1-2-3 Продакшн\s+40\s+69,48\s+100 000,00\s+120 000,00/u);
    expect(text).toContain("соглашению, %");
    expect(text).toContain("Не раскрыты вам: Беларусьфильм");
    const english = await report("producer", ".pdf?basis=actual&lang=en");
    await writeFile(file, english.bytes);
    const englishText = (await run("pdftotext", ["-layout", file, "-"])).stdout;
    expect(englishText).toContain("Cost report, at actual rates");
    expect(englishText).toContain("Left out of the report");
  });
});
