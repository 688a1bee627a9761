import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sql } from "drizzle-orm";
import { computeBudget, formatMoneyDecimal, readBudgetFile, readChart } from "@kinomost/core";
import { queryRows } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import {
  budgetPeople,
  documentLines,
  fixture,
  importBudget,
  uniqueName,
  type BudgetPeople,
} from "./testing.ts";

/** The fixture's totals as `kinomost budget total` computes them (the same core read and computation). */
function cliTotals(json: unknown) {
  const read = readBudgetFile(json);
  if (!read.ok) throw new Error(read.errors[0]!.message);
  const totals = computeBudget(read.value.budget, read.value.rates);
  if (!totals.ok) throw new Error(totals.errors[0]!.message);
  return totals.value;
}

describe.each(backends)("budget files on %s", (backend) => {
  let t: TestApp;
  let people: BudgetPeople;
  const count = async () =>
    (await queryRows<{ n: number }>(t.database.db, sql`select count(*)::int as n from budgets`))[0]!.n;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    people = await budgetPeople(t);
  });
  afterAll(() => t.close());

  it("imports the «Искра» fixture, its partners found by name, with the CLI's totals", async () => {
    const file = fixture();
    const response = await importBudget(people.accountant, people, file, uniqueName("Искра из файла"));
    expect(response.status, JSON.stringify(response.body)).toBe(201);
    const read = response.body;
    expect(read.problems).toEqual([]);
    const cli = cliTotals(file);
    // The figures `kinomost budget total` prints for this file (packages/cli/src/commands/budget.test.ts).
    expect(read.totals.total.base.amount).toBe("39885822.91");
    expect(read.totals.total.base.amount).toBe(formatMoneyDecimal(cli.total.base));
    expect(
      read.totals.categories.map((c: { code: string; total: { base: { amount: string } } }) => [
        c.code,
        c.total.base.amount,
      ]),
    ).toEqual(cli.categories.map((c) => [c.code, formatMoneyDecimal(c.total.base)]));
    expect(
      read.totals.countries.map((c: { country: string; total: { base: { amount: string } } }) => [
        c.country,
        c.total.base.amount,
      ]),
    ).toEqual(cli.countries.map((c) => [c.country, formatMoneyDecimal(c.total.base)]));
    expect(
      read.totals.partners
        .map((p: { name: string; total: { base: { amount: string } } }) => [p.name, p.total.base.amount])
        .sort(),
    ).toEqual(cli.partners.map((p) => [p.name, formatMoneyDecimal(p.total.base)]).sort());
    expect(
      read.totals.partners.find((p: { name: string }) => p.name === "Беларусьфильм").total.base.amount,
    ).toBe("4417033.57");
    const belarusfilm = read.document.partners.find((p: { name: string }) => p.name === "Беларусьфильм");
    expect(belarusfilm.id).toMatch(/^[0-9a-f-]{36}$/);
    const lines = documentLines(read);
    expect(lines.length).toBe(cli.lines.length);
    expect(lines.every(({ line }) => /^[0-9a-f-]{36}$/.test(line.id))).toBe(true);
    expect(lines.some(({ line }) => line.partner === belarusfilm.id)).toBe(true);
    expect(JSON.stringify(read.document)).not.toContain('"belarusfilm"');
  });

  it("refuses a bad file with the JSON path of each problem and writes nothing", async () => {
    const before = await count();
    const notJson = await importBudget(people.producer, people, null, uniqueName("Не JSON"), "{ «смета» }");
    expect(notJson.status).toBe(400);
    expect(notJson.body.error.fields[0].path).toBe("file");

    const floats = fixture();
    floats.categories[0].accounts[0].lines[1].rate = 60000.5;
    const badRate = await importBudget(people.producer, people, floats, uniqueName("Дробь"));
    expect(badRate.status).toBe(400);
    expect(badRate.body.error.fields).toEqual([
      expect.objectContaining({ path: "categories[0].accounts[0].lines[1].rate", code: "BAD_FORMAT" }),
    ]);

    const stranger = fixture();
    stranger.partners[1].name = "Мосфильм";
    const unknown = await importBudget(people.producer, people, stranger, uniqueName("Чужой партнёр"));
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toEqual([
      expect.objectContaining({ path: "partners[1]", code: "UNKNOWN_PARTNER" }),
    ]);

    const formula = fixture();
    formula.categories[1].accounts[0].lines[0].amount = "SHOOTDAYS *";
    const badFormula = await importBudget(people.producer, people, formula, uniqueName("Формула"));
    expect(badFormula.status).toBe(400);
    expect(badFormula.body.error.fields).toEqual([
      expect.objectContaining({ path: "categories[1].accounts[0].lines[0].amount", code: "BAD_FORMULA" }),
    ]);

    const reserved = fixture();
    reserved.globals.CAST_1_DAYS = "5";
    const taken = await importBudget(people.producer, people, reserved, uniqueName("Занятое имя"));
    expect(taken.status).toBe(400);
    expect(taken.body.error.fields).toEqual([expect.objectContaining({ path: "globals.CAST_1_DAYS" })]);

    expect((await importBudget(people.costume, people, fixture(), uniqueName("Костюм"))).status).toBe(403);
    expect((await importBudget(people.stranger, people, fixture(), uniqueName("Посторонний"))).status).toBe(
      404,
    );
    expect(await count()).toBe(before);
  });

  it("exports the complete file, which the CLI reads and which imports back to the same totals", async () => {
    const first = await importBudget(people.producer, people, fixture(), uniqueName("Оригинал"));
    expect(first.status).toBe(201);
    const id = first.body.budget.id;
    const exported = await people.producer.get(people.api(`/budgets/${id}/export.json`));
    expect(exported.status).toBe(200);
    expect(exported.headers.get("content-disposition")).toMatch(
      /^attachment; filename="budget-[0-9a-f]{8}\.budget\.json"/,
    );
    const file = exported.body;
    expect(file).toMatchObject({
      format: "kinomost-budget",
      version: 1,
      partners: first.body.document.partners,
    });
    expect(file).toEqual(first.body.document);
    expect(formatMoneyDecimal(cliTotals(file).total.base)).toBe("39885822.91");

    const again = await importBudget(people.producer, people, file, uniqueName("Снова"));
    expect(again.status).toBe(201);
    expect(again.body.totals).toEqual(first.body.totals);
    expect(documentLines(again.body).map(({ line }) => line.id)).toEqual(
      documentLines(first.body).map(({ line }) => line.id),
    );

    const chart = await people.producer.get(people.api(`/budgets/${id}/chart.json`));
    const read = readChart(chart.body);
    expect(read.ok && read.value.categories.map((c) => c.code)).toEqual(
      file.categories.map((c: { code: string }) => c.code),
    );
  });
});
