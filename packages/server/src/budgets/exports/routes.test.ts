// The budget downloads through the real app: the workbook's totals equal what the budget API answers, the PDF
// speaks the language asked for (or the browser's), the CSV reads back line for line, and nobody downloads a
// budget they may not read.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { schema } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../testing/test-app.ts";
import { insertBudget, iskraFixtureDocument, openDemoMoney, type DemoMoney } from "../reports/testing.ts";

const run = promisify(execFile);

describe.each(backends)("budget exports on %s", (backend) => {
  let t: TestApp;
  let demo: DemoMoney;
  let budgetId = "";
  let dir = "";
  const path = (suffix: string, id = budgetId) => `/api/v1/projects/${demo.projectId}/budgets/${id}${suffix}`;
  const pdfText = async (bytes: Uint8Array, name: string) => {
    const file = join(dir, `${name}.pdf`);
    await writeFile(file, bytes);
    return (await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])).stdout.replace(
      /[\u00a0\u202f]/g,
      " ",
    );
  };

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    demo = await openDemoMoney(t);
    budgetId = await insertBudget(
      t.database.db,
      demo.projectId,
      "Искра — пример из ядра",
      iskraFixtureDocument(demo.organizations),
    );
    dir = await mkdtemp(join(tmpdir(), "kinomost-export-routes-"));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await t.close();
  });

  it("writes a workbook whose totals are the budget API's", async () => {
    const api = await demo.clients.producer.get(path(""));
    expect(api.status).toBe(200);
    const totals = api.body.totals;
    const response = await demo.clients.producer.get(path("/export.xlsx"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toMatch(
      /^attachment; filename="budget-[0-9a-f]{8}\.xlsx"/u,
    );
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(response.bytes) as unknown as ExcelJS.Buffer);
    const top = workbook.getWorksheet("Сводная смета")!;
    const value = (text: string) => {
      let found: ExcelJS.CellValue = null;
      top.eachRow((row) => {
        if (found === null && row.getCell(2).value === text) found = row.getCell(3).value;
      });
      return found;
    };
    expect(value("Итого по смете")).toBe(Number(totals.total.display.amount));
    expect(value("Итого выше линии")).toBe(Number(totals.aboveTheLine.display.amount));
    expect(value("Итого ниже линии")).toBe(Number(totals.belowTheLine.display.amount));
    expect(workbook.getWorksheet("Детальная смета")).toBeDefined();
  });

  it("prints the PDF in the language asked for, or the browser's", async () => {
    const api = (await demo.clients.producer.get(path("?currency=KZT"))).body;
    const russian = await demo.clients.producer.get(path("/export.pdf?currency=KZT"));
    expect(russian.status).toBe(200);
    expect(russian.headers.get("content-type")).toBe("application/pdf");
    const text = await pdfText(russian.bytes, `${backend}-ru`);
    const grand = api.totals.total.display.amount.replace(/\B(?=(\d{3})+(?!\d))/g, " ").replace(".", ",");
    expect(api.totals.total.display.currency).toBe("KZT");
    expect(text).toMatch(new RegExp(`Итого по смете\\s+${grand}\\s+100,00`, "u"));
    expect(text).toContain("Искра — Искра — пример из ядра");
    expect(text).toContain("Валюта: KZT");
    const english = await demo.clients.producer.request("GET", path("/export.pdf"), undefined, {
      "accept-language": "en-US,en;q=0.9,ru;q=0.5",
    });
    expect(await pdfText(english.bytes, `${backend}-en`)).toContain("Grand total");
  });

  it("writes the detail lines as CSV, one row per line", async () => {
    const api = (await demo.clients.producer.get(path(""))).body;
    const response = await demo.clients.producer.get(path("/export.csv?lang=en"));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(response.body.startsWith("\uFEFF")).toBe(true);
    const [header, ...rows] = parse(response.body.slice(1)) as string[][];
    expect(header?.[4]).toBe("Description");
    const lines = api.totals.categories.flatMap((category: { accounts: { lines: unknown[] }[] }) =>
      category.accounts.flatMap((account) => account.lines),
    );
    expect(rows).toHaveLength(lines.length);
    const sum = rows.reduce((total, row) => total + BigInt(row[12]!.replace(".", "")), 0n);
    expect(sum.toString()).toBe(api.totals.subtotal.base.minor);
  });

  it("refuses those who may not read the budget, and another partner's private version", async () => {
    expect((await demo.clients.costume.get(path("/export.pdf"))).status).toBe(403);
    expect((await (await t.newUser()).get(path("/export.csv"))).status).toBe(404);
    const [privateBudget] = await t.database.db
      .insert(schema.budgets)
      .values({
        projectId: demo.projectId,
        name: "Смета Беларусьфильма",
        document: iskraFixtureDocument(demo.organizations),
        privateTo: demo.organizations.BY,
      })
      .returning({ id: schema.budgets.id });
    expect((await demo.clients.producer.get(path("/export.xlsx", privateBudget!.id))).status).toBe(404);
    expect((await demo.clients.belarusfilm.get(path("/export.xlsx", privateBudget!.id))).status).toBe(200);
    const bad = await demo.clients.producer.get(path("/export.pdf?lang=de&currency=rub"));
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields.map((field: { path: string }) => field.path).sort()).toEqual([
      "currency",
      "lang",
    ]);
  });
});
