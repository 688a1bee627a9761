import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { schema } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { budgetPeople, createFromTemplate, documentLines, type BudgetPeople } from "./testing.ts";

const minor = (money: { minor: string }) => BigInt(money.minor);

describe.each(backends)("budget edits on %s", (backend) => {
  let t: TestApp;
  let people: BudgetPeople;
  let id: string;
  let version: number;
  const path = (rest = "") => people.api(`/budgets/${id}${rest}`);
  /** Sends as the producer and keeps the version the answer carries. */
  const send = async (method: string, rest: string, body?: Record<string, unknown>) => {
    const response = await people.producer.request(
      method,
      path(rest),
      body === undefined ? undefined : { version, ...body },
    );
    if (response.status === 200) version = response.body.budget.version;
    return response;
  };
  const lineOf = (read: { document: { categories: unknown[] } }, account: string, index = 0) =>
    documentLines(read as never).filter((entry) => entry.account === account)[index]!;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    people = await budgetPeople(t);
    const read = await createFromTemplate(people);
    id = read.budget.id;
    version = read.budget.version;
  });
  afterAll(() => t.close());

  it("changes settings: globals drive the lines, reserved and circular globals are refused", async () => {
    const before = (await people.producer.get(path())).body;
    const longer = await send("PATCH", "", { globals: { ...before.document.globals, SHOOTDAYS: "40" } });
    expect(longer.status).toBe(200);
    expect(longer.body.budget.version).toBe(2);
    expect(minor(longer.body.budget.total)).toBeGreaterThan(minor(before.budget.total));

    const reserved = await send("PATCH", "", { globals: { CAST_1_DAYS: "3" } });
    expect(reserved.status).toBe(400);
    expect(reserved.body.error.fields).toEqual([expect.objectContaining({ path: "globals.CAST_1_DAYS" })]);
    const circle = await send("PATCH", "", {
      globals: { ...longer.body.document.globals, SHOOTDAYS: "SHOOTWEEKS * 5" },
    });
    expect(circle.status).toBe(400);
    expect(circle.body.error.fields.map((f: { code: string }) => f.code)).toContain("GLOBAL_CYCLE");

    const renamed = await send("PATCH", "", {
      name: "Смета, вариант Б",
      title: "Новый фильм",
      contingency: null,
      projectKind: "feature",
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.budget.name).toBe("Смета, вариант Б");
    expect(renamed.body.document).toMatchObject({ title: "Новый фильм", projectKind: "feature" });
    expect(renamed.body.document.contingency).toBeUndefined();
    expect(renamed.body.totals.contingency.base.minor).toBe("0");

    const stale = await people.producer.patch(path(), { version: 1, name: "Старое" });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "VERSION_CONFLICT", current: { budget: { version } } });
    expect((await people.costume.patch(path(), { version, name: "Костюм" })).status).toBe(403);
    expect((await people.stranger.patch(path(), { version, name: "Чужой" })).status).toBe(404);
  });

  it("shows a missing rate as a problem until the rates come, from a rate table or typed in", async () => {
    const kzt = await send("PATCH", "", { displayCurrency: "KZT" });
    expect(kzt.status).toBe(200);
    expect(kzt.body.totals).toBeNull();
    expect(kzt.body.problems).toEqual([
      expect.objectContaining({ code: "MISSING_RATE", path: "displayCurrency" }),
    ]);
    expect(kzt.body.budget.total).toBeNull();

    const [table] = await t.database.db
      .insert(schema.rateTables)
      .values({ projectId: people.projectId, source: "cbr", date: "2025-04-02", base: "RUB" })
      .returning();
    await t.database.db.insert(schema.rateQuotes).values([
      { tableId: table!.id, currency: "KZT", nominal: 100, value: "16.9831", perUnit: "0.169831" },
      { tableId: table!.id, currency: "BYN", nominal: 1, value: "27.2959", perUnit: "27.2959" },
    ]);
    const copied = await send("PUT", "/rates", { rateTableId: table!.id });
    expect(copied.status).toBe(200);
    expect(copied.body.document.rates).toEqual({
      base: "RUB",
      date: "2025-04-02",
      source: "cbr",
      perUnit: { BYN: "27.2959", KZT: "0.169831" },
    });
    expect(copied.body.problems).toEqual([]);
    expect(copied.body.totals.total.display.currency).toBe("KZT");
    const inRoubles = await people.producer.get(path("?currency=RUB"));
    expect(inRoubles.body.totals.total.display).toEqual(inRoubles.body.totals.total.base);

    const missingTable = await send("PUT", "/rates", { rateTableId: "00000000-0000-4000-8000-000000000000" });
    expect(missingTable.status).toBe(404);
    const manual = await send("PUT", "/rates", {
      rates: { base: "RUB", date: "2025-04-01", source: "manual", perUnit: { KZT: "0.17", TJS: "7.7529" } },
    });
    expect(manual.status).toBe(200);
    const badRate = await send("PUT", "/rates", {
      rates: { base: "RUB", date: "2025-04-01", source: "manual", perUnit: { KZT: "0,17" } },
    });
    expect(badRate.status).toBe(400);
    expect(badRate.body.error.fields).toEqual([expect.objectContaining({ path: "rates.perUnit.KZT" })]);
  });

  it("adds, changes, moves and removes lines; refuses a bad formula, an unknown fringe or partner", async () => {
    const read = (await people.producer.get(path())).body;
    const dop = lineOf(read, "2101", 1);
    const badFormula = await send("PATCH", `/lines/${dop.line.id}`, { rate: "50000 *" });
    expect(badFormula.status).toBe(400);
    expect(badFormula.body.error.fields).toEqual([
      expect.objectContaining({ path: `${dop.path}.rate`, code: "BAD_FORMULA" }),
    ]);
    const unknownFringe = await send("PATCH", `/lines/${dop.line.id}`, { fringes: ["no-such-fringe"] });
    expect(unknownFringe.body.error.fields).toEqual([
      expect.objectContaining({ path: `${dop.path}.fringes`, code: "UNKNOWN_FRINGE" }),
    ]);
    const unknownPartner = await send("PATCH", `/lines/${dop.line.id}`, {
      partner: "00000000-0000-4000-8000-000000000000",
    });
    expect(unknownPartner.body.error.fields).toEqual([
      expect.objectContaining({ path: `${dop.path}.partner`, code: "UNKNOWN_PARTNER" }),
    ]);
    const float = await send("PATCH", `/lines/${dop.line.id}`, { rate: 50000.5 });
    expect(float.status).toBe(400);
    expect(float.body.error.fields[0].path).toBe("rate");

    const belarusfilm = read.document.partners.find((p: { name: string }) => p.name === "Беларусьфильм").id;
    const added = await send("POST", "/accounts/2101/lines", {
      line: {
        description: "Оператор-постановщик: экспедиция в Минск",
        amount: "DAYS",
        unit: "shift",
        rate: "1500",
        currency: "BYN",
        partner: belarusfilm,
        country: "BY",
      },
    });
    expect(added.status).toBe(400);
    expect(added.body.error.fields).toEqual([
      expect.objectContaining({ code: "UNKNOWN_GLOBAL", path: "categories[6].accounts[0].lines[2].amount" }),
    ]);
    const inSomoni = await send("POST", "/accounts/2101/lines", {
      line: {
        description: "Оператор-постановщик: экспедиция в Душанбе",
        amount: "5",
        unit: "shift",
        rate: "2000",
        currency: "UZS",
      },
    });
    expect(inSomoni.status).toBe(200);
    expect(inSomoni.body.problems).toEqual([
      expect.objectContaining({ code: "MISSING_RATE", path: "categories[6].accounts[0].lines[2].currency" }),
    ]);
    const fresh = lineOf(inSomoni.body, "2101", 2);
    expect(fresh.line.id).toMatch(/^[0-9a-f-]{36}$/);
    const fixed = await send("PATCH", `/lines/${fresh.line.id}`, {
      currency: "TJS",
      partner: belarusfilm,
      country: "TJ",
      fringeRange: "dop",
    });
    expect(fixed.status).toBe(200);
    expect(fixed.body.problems).toEqual([]);
    const total = fixed.body.totals.categories.find((c: { code: string }) => c.code === "2100").accounts[0]
      .lines[2];
    expect(total).toMatchObject({
      id: fresh.line.id,
      partner: belarusfilm,
      country: "TJ",
      subtotal: { currency: "TJS", amount: "10000.00" },
    });
    const cleared = await send("PATCH", `/lines/${fresh.line.id}`, { country: null, partner: null });
    expect(lineOf(cleared.body, "2101", 2).line).not.toHaveProperty("country");

    const moved = await send("POST", `/lines/${fresh.line.id}/move`, { account: "2102", index: 0 });
    expect(moved.status).toBe(200);
    expect(lineOf(moved.body, "2102", 0).line.id).toBe(fresh.line.id);
    expect(lineOf(moved.body, "2101", 2 - 1).line.id).not.toBe(fresh.line.id);
    expect((await send("POST", `/lines/${fresh.line.id}/move`, { account: "9999", index: 0 })).status).toBe(
      400,
    );
    expect((await send("POST", `/lines/${fresh.line.id}/move`, { account: "2102", index: 99 })).status).toBe(
      400,
    );

    const removed = await people.producer.delete(path(`/lines/${fresh.line.id}?version=${version}`));
    expect(removed.status).toBe(200);
    version = removed.body.budget.version;
    expect(documentLines(removed.body).some(({ line }) => line.id === fresh.line.id)).toBe(false);
    expect((await people.producer.delete(path(`/lines/${fresh.line.id}?version=${version}`))).status).toBe(
      404,
    );
  });

  it("adds, changes and removes categories and accounts in code order", async () => {
    const current = (await people.producer.get(path())).body;
    const producer = current.document.partners.find((p: { name: string }) => p.name === "1-2-3 Продакшн").id;
    const category = await send("POST", "/categories", {
      code: "2700",
      name: "Съёмочная техника второй группы",
      side: "below",
      partner: producer,
      country: "KZ",
    });
    expect(category.status).toBe(200);
    const codes = category.body.document.categories.map((c: { code: string }) => c.code);
    expect(codes.indexOf("2700")).toBe(codes.indexOf("2600") + 1);
    const duplicate = await send("POST", "/categories", { code: "1100", name: "Ещё раз", side: "above" });
    expect(duplicate.status).toBe(400);
    expect(duplicate.body.error.fields[0].code).toBe("DUPLICATE_CODE");

    const account = await send("POST", "/categories/2700/accounts", {
      code: "2701",
      name: "Камера второй группы",
    });
    expect(account.status).toBe(200);
    const line = await send("POST", "/accounts/2701/lines", {
      line: {
        description: "Камерный комплект",
        amount: "SHOOTDAYS / 2",
        unit: "shift",
        rate: "80000",
        currency: "RUB",
      },
    });
    expect(line.status).toBe(200);
    const kz = line.body.totals.countries.find((c: { country: string }) => c.country === "KZ");
    expect(kz.total.base.amount).toBe("1600000.00"); // 40 / 2 shifts × 80 000; the contingency was taken off above

    const renamed = await send("PATCH", "/categories/2700", {
      name: "Вторая группа",
      country: null,
      side: "below",
    });
    expect(renamed.status).toBe(400); // the line has no country any more
    expect(renamed.body.error.fields[0].code).toBe("NO_COUNTRY");
    const accountChange = await send("PATCH", "/accounts/2701", {
      code: "2710",
      country: "KZ",
      fringes: ["kz-social"],
    });
    expect(accountChange.status).toBe(200);
    expect((await send("PATCH", "/accounts/2701", { name: "Нет такого" })).status).toBe(404);
    expect((await send("PATCH", "/categories/2700", { country: null })).status).toBe(200);

    // A category still holding money is not removed: the refusal names the account with the money.
    const withMoney = await people.producer.delete(path(`/categories/2700?version=${version}`));
    expect(withMoney.status).toBe(400);
    expect(withMoney.body.error.fields).toEqual([
      expect.objectContaining({ path: "code", code: "category_not_empty" }),
      expect.objectContaining({
        path: `categories[${codes.indexOf("2700")}].accounts[0]`,
        code: "account_not_empty",
        message: "account 2710 holds 1600000.00 RUB",
      }),
    ]);
    const still = (await people.producer.get(path())).body;
    expect(still.budget.version).toBe(version);
    expect(still.document.categories.some((c: { code: string }) => c.code === "2700")).toBe(true);
    // Its line moved to another category's account, the category goes, with its accounts now empty.
    const camera = lineOf(still, "2710", 0);
    const movedOut = await send("POST", `/lines/${camera.line.id}/move`, { account: "2101", index: 0 });
    expect(movedOut.status).toBe(200);
    expect(lineOf(movedOut.body, "2101", 0).line.id).toBe(camera.line.id);
    const dropped = await people.producer.delete(path(`/categories/2700?version=${version}`));
    expect(dropped.status).toBe(200);
    version = dropped.body.budget.version;
    expect(dropped.body.document.categories.some((c: { code: string }) => c.code === "2700")).toBe(false);
    expect(lineOf(dropped.body, "2101", 0).line.id).toBe(camera.line.id);
    const gone = await people.producer.delete(path(`/lines/${camera.line.id}?version=${version}`));
    expect(gone.status).toBe(200);
    version = gone.body.budget.version;
    expect((await people.producer.delete(path(`/categories/2700?version=${version}`))).status).toBe(404);
  });

  it("replaces fringes and groups; a suppressed group drops out of the totals", async () => {
    const read = (await people.producer.get(path())).body;
    const fringes = read.document.fringes.filter((f: { id: string }) => f.id !== "ru-insurance");
    const stillUsed = await send("PUT", "/fringes", { fringes });
    expect(stillUsed.status).toBe(400);
    expect(stillUsed.body.error.fields[0].code).toBe("UNKNOWN_FRINGE");
    const flat = await send("PUT", "/fringes", {
      fringes: [
        ...read.document.fringes,
        { id: "meals", name: "Питание на смене", kind: "flat", value: "500", cutoff: "100000" },
      ],
    });
    expect(flat.status).toBe(200);

    const grouped = await send("PUT", "/groups", {
      groups: [{ id: "second-unit", name: "Вторая группа", included: true }],
    });
    expect(grouped.status).toBe(200);
    const crane = lineOf(grouped.body, "2153", 1);
    const tagged = await send("PATCH", `/lines/${crane.line.id}`, { groups: ["second-unit"] });
    expect(tagged.status).toBe(200);
    const whatIf = await people.producer.get(path("?suppress=second-unit"));
    expect(minor(whatIf.body.totals.total.base)).toBeLessThan(minor(tagged.body.totals.total.base));
    const unknownGroup = await send("PATCH", `/lines/${crane.line.id}`, { groups: ["night"] });
    expect(unknownGroup.body.error.fields[0]).toMatchObject({ code: "UNKNOWN_GROUP" });
  });
});
