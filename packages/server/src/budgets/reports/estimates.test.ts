// The accountant's estimate to complete over the real app and database: entered per account of a budget version
// (new, then changed naming its version, then cleared), taken by the cost report instead of the rest of the budget —
// estimate at completion = actual + ETC, variance = budget − that — in JSON and in the workbook, refused when bad,
// kept from people who may not keep the books, taken by a locked version too, and written to the audit log.
import { eq } from "drizzle-orm";
import ExcelJS from "exceljs";
import { schema } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { clearProjectMoney, insertBudget, openDemoMoney, smallBudget, type DemoMoney } from "./testing.ts";
import type { CostReportJson } from "./views.ts";

const rub = (amount: string) => ({
  currency: "RUB",
  minor: BigInt(amount.replace(".", "")).toString(),
  amount,
});

describe.each(backends)("estimates to complete on %s", (backend) => {
  let t: TestApp;
  let demo: DemoMoney;
  let budgetId = "";
  const path = (rest: string) => `/api/v1/projects/${demo.projectId}/budgets/${budgetId}${rest}`;
  const report = async () =>
    (await demo.clients.producer.get(path("/cost-report?currency=RUB"))).body as CostReportJson;
  const account = (body: CostReportJson, code: string) => body.accounts.find((row) => row.code === code)!;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    demo = await openDemoMoney(t);
    const db = t.database.db;
    await clearProjectMoney(db, demo.projectId);
    budgetId = await insertBudget(db, demo.projectId, "Прогноз", smallBudget(demo.organizations));
    // 200 000 KZT spent in Kazakhstan: 34 000 RUB at the budget's 0.17.
    await db.insert(schema.actuals).values({
      projectId: demo.projectId,
      partnerId: demo.organizations.KZ!,
      date: "2026-10-05",
      vendor: "Степь",
      accountCode: "2100",
      currency: "KZT",
      amountMinor: 20_000_000n,
      country: "KZ",
    });
    // Kazakhstan's books are open to the lead producer, who reads the report here.
    await db.insert(schema.actualSharing).values({
      projectId: demo.projectId,
      ownerId: demo.organizations.KZ!,
      viewerId: demo.organizations.RU!,
    });
  });
  afterAll(() => t.close());

  it("takes the rest of the budget until the accountant enters an estimate", async () => {
    const body = await report();
    expect(account(body, "2100")).toMatchObject({
      estimate: null,
      budget: rub("85000.00"),
      actual: rub("34000.00"),
      estimateToComplete: rub("51000.00"),
      estimateAtCompletion: rub("85000.00"),
      variance: rub("0.00"),
    });
  });

  it("reports an entered estimate: EAC is the actual plus it, the variance is against the budget", async () => {
    const set = await demo.clients.kinoliga.put(path("/estimates/2100"), {
      amount: "100000.00",
      currency: "RUB",
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.estimate).toMatchObject({
      account: "2100",
      amount: rub("100000.00"),
      version: 1,
      updatedBy: { name: expect.any(String) },
    });
    const body = await report();
    expect(account(body, "2100")).toMatchObject({
      estimate: { amount: rub("100000.00"), counted: true, version: 1 },
      estimateToComplete: rub("100000.00"),
      estimateAtCompletion: rub("134000.00"),
      variance: rub("-49000.00"),
    });
    // Only the Kazakh partner pays 2100: its row carries the whole estimate; the total adds the other accounts'.
    expect(body.partners.find((row) => row.id === demo.organizations.KZ)!.estimateToComplete).toEqual(
      rub("100000.00"),
    );
    expect(body.total).toMatchObject({
      estimateToComplete: rub("254000.00"),
      estimateAtCompletion: rub("288000.00"),
      variance: rub("-49000.00"),
    });

    // The same figures and a note of whose estimate it is in the workbook.
    const xlsx = await demo.clients.producer.get(path("/cost-report.xlsx?lang=ru&currency=RUB"));
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(xlsx.bytes) as unknown as ExcelJS.Buffer);
    const texts: string[] = [];
    let row2100: ExcelJS.Row | undefined;
    workbook.worksheets[0]!.eachRow((row) => {
      texts.push(String(row.getCell(1).value ?? ""));
      if (!row2100 && row.getCell(1).value === "2100") row2100 = row;
    });
    expect(row2100!.getCell(5).value).toBe(100000);
    expect(row2100!.getCell(6).value).toBe(134000);
    expect(row2100!.getCell(7).value).toBe(-49000);
    expect(texts).toContain(
      "Прогноз до завершения введён бухгалтером по статьям: 2100. По остальным — остаток сметы, не меньше нуля.",
    );
  });

  it("changes an estimate naming its version, in another currency of the budget's rates", async () => {
    const stale = await demo.clients.producer.put(path("/estimates/2100"), {
      amount: "1.00",
      currency: "RUB",
    });
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.estimate).toMatchObject({ version: 1, amount: rub("100000.00") });
    const tenge = await demo.clients.producer.put(path("/estimates/2100"), {
      amount: "500000",
      currency: "KZT",
      version: 1,
    });
    expect(tenge.status).toBe(200);
    expect(tenge.body.estimate).toMatchObject({
      version: 2,
      amount: { currency: "KZT", amount: "500000.00" },
    });
    // 500 000 KZT at 0.17 = 85 000 RUB.
    expect(account(await report(), "2100")).toMatchObject({
      estimateToComplete: rub("85000.00"),
      estimateAtCompletion: rub("119000.00"),
      variance: rub("-34000.00"),
    });
  });

  it("refuses a bad estimate by its field and keeps it from people who do not keep the books", async () => {
    const put = (body: Record<string, unknown>, code = "1100") =>
      demo.clients.producer.put(path(`/estimates/${code}`), body);
    const negative = await put({ amount: "-5", currency: "RUB" });
    expect(negative.status).toBe(400);
    expect(negative.body.error.fields).toEqual([expect.objectContaining({ path: "amount" })]);
    const kopecks = await put({ amount: "1.005", currency: "RUB" });
    expect(kopecks.status).toBe(400);
    expect(kopecks.body.error.fields).toEqual([expect.objectContaining({ path: "amount" })]);
    const dollars = await put({ amount: "10", currency: "USD" });
    expect(dollars.status).toBe(400);
    expect(dollars.body.error.fields).toEqual([
      expect.objectContaining({ path: "currency", code: "no_rate" }),
    ]);
    expect((await put({ amount: "10", currency: "RUB" }, "9999")).status).toBe(404);
    expect(
      (await demo.clients.costume.put(path("/estimates/1100"), { amount: "10", currency: "RUB" })).status,
    ).toBe(403);
    const stranger = await t.newUser();
    expect((await stranger.put(path("/estimates/1100"), { amount: "10", currency: "RUB" })).status).toBe(404);
    const rows = await t.database.db
      .select()
      .from(schema.budgetEstimates)
      .where(eq(schema.budgetEstimates.budgetId, budgetId));
    expect(rows.map((row) => row.accountCode)).toEqual(["2100"]);
  });

  it("takes estimates on a locked version, and clears one back to the rest of the budget", async () => {
    await t.database.db
      .update(schema.budgets)
      .set({ status: "locked", lockedAt: new Date() })
      .where(eq(schema.budgets.id, budgetId));
    const locked = await demo.clients.producer.put(path("/estimates/1100"), { amount: "0", currency: "RUB" });
    expect(locked.status).toBe(200);
    expect(account(await report(), "1100")).toMatchObject({
      estimateToComplete: rub("0.00"),
      variance: rub("100000.00"),
    });

    expect((await demo.clients.producer.delete(path("/estimates/2100?version=1"))).status).toBe(409);
    expect((await demo.clients.producer.delete(path("/estimates/2100?version=2"))).status).toBe(204);
    expect((await demo.clients.producer.delete(path("/estimates/2100?version=2"))).status).toBe(404);
    expect(account(await report(), "2100")).toMatchObject({
      estimate: null,
      estimateToComplete: rub("51000.00"),
    });

    const audit = (await demo.clients.producer.get(`/api/v1/projects/${demo.projectId}/audit`)).body as {
      entries: { action: string; subject: string; data: Record<string, unknown> }[];
    };
    const ours = audit.entries.filter((entry) => entry.subject === `budget:${budgetId}`);
    expect(ours.map((entry) => entry.action)).toEqual([
      "budget.estimate",
      "budget.estimate",
      "budget.estimate",
      "budget.estimate.cleared",
    ]);
    expect(ours[1]!.data).toMatchObject({ account: "2100", amount: "500000.00", currency: "KZT" });
  });
});
