import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { readAuditChain } from "../audit/log.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { budgetPeople, createFromTemplate, documentLines, uniqueName, type BudgetPeople } from "./testing.ts";

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

describe.each(backends)("budget versions on %s", (backend) => {
  let t: TestApp;
  let people: BudgetPeople;
  let api: BudgetPeople["api"];

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    people = await budgetPeople(t);
    api = people.api;
  });
  afterAll(() => t.close());

  const organizationOf = async (name: string) => {
    const read = await createFromTemplate(people);
    return (read.document.partners as { id: string; name: string }[]).find((p) => p.name === name)!.id;
  };

  it.each([
    ["feature", "ru"],
    ["feature", "en"],
    ["series", "ru"],
    ["series", "en"],
  ] as const)(
    "starts a %s budget in %s from the template, computed, with ids on every line",
    async (kind, language) => {
      const read = await createFromTemplate(people, { kind, language });
      expect(read.problems).toEqual([]);
      expect(read.budget).toMatchObject({
        status: "draft",
        version: 1,
        baseCurrency: "RUB",
        displayCurrency: "RUB",
      });
      expect(read.budget.total.currency).toBe("RUB");
      expect(BigInt(read.budget.total.minor)).toBeGreaterThan(0n);
      expect(read.budget.total).toEqual(read.totals.total.base);
      expect(read.document.partners.map((p: { name: string }) => p.name)).toContain("1-2-3 Продакшн");
      const producerOrg = read.document.partners.find(
        (p: { name: string }) => p.name === "1-2-3 Продакшн",
      ).id;
      expect(read.document.categories[0]).toMatchObject({
        code: "1100",
        partner: producerOrg,
        country: "RU",
      });
      expect(read.document.categories[0].name).toBe(
        language === "ru" ? "Сценарий и права" : "Story & rights",
      );
      expect(read.document.rates).toEqual({ base: "RUB", date: "2026-11-27", source: "manual", perUnit: {} });
      const lines = documentLines(read);
      expect(lines.every(({ line }) => uuid.test(line.id))).toBe(true);
      expect(new Set(lines.map(({ line }) => line.id)).size).toBe(lines.length);
      expect(read.document.globals.EPISODES !== undefined).toBe(kind === "series");
      // Totals nest categories → accounts → lines, and each level adds up.
      const camera = read.totals.categories.find((c: { code: string }) => c.code === "2100");
      const sum = camera.accounts.reduce(
        (n: bigint, a: { total: { base: { minor: string } } }) => n + BigInt(a.total.base.minor),
        0n,
      );
      expect(sum.toString()).toBe(camera.total.base.minor);
      expect(camera.accounts[0].lines[0]).toMatchObject({
        id: expect.stringMatching(uuid),
        partner: producerOrg,
        country: "RU",
      });
      expect(read.totals.aboveTheLine.base.amount).toMatch(/^\d+\.\d{2}$/);
    },
  );

  it("starts an empty budget, one in tenge with no rates, from a chart, and as a copy", async () => {
    const empty = await people.producer.post(api("/budgets"), {
      name: uniqueName("Пустая"),
      baseCurrency: "KZT",
    });
    expect(empty.status).toBe(201);
    expect(empty.body).toMatchObject({ problems: [], document: { categories: [], baseCurrency: "KZT" } });
    expect(empty.body.budget.total).toEqual({ currency: "KZT", minor: "0", amount: "0.00" });

    const tenge = await createFromTemplate(people, { kind: "series", language: "ru" }, "KZT");
    expect(tenge.problems).toEqual([]);
    expect(tenge.budget.total.minor).toBe("0");

    const source = await createFromTemplate(people);
    const chart = await people.producer.get(api(`/budgets/${source.budget.id}/chart.json`));
    expect(chart.status).toBe(200);
    expect(chart.body).toMatchObject({ format: "kinomost-chart", version: 1 });
    const fromChart = await people.producer.post(api("/budgets"), {
      name: uniqueName("По плану счетов"),
      baseCurrency: "RUB",
      chart: chart.body,
    });
    expect(fromChart.status).toBe(201);
    expect(fromChart.body.document.categories.map((c: { code: string }) => c.code)).toEqual(
      source.document.categories.map((c: { code: string }) => c.code),
    );
    expect(documentLines(fromChart.body)).toEqual([]);

    const badChart = await people.producer.post(api("/budgets"), {
      name: uniqueName("Плохой план"),
      baseCurrency: "RUB",
      chart: { ...chart.body, categories: [{ ...chart.body.categories[0], side: "middle" }] },
    });
    expect(badChart.status).toBe(400);
    expect(badChart.body.error.fields).toEqual([
      expect.objectContaining({ path: "chart.categories[0].side" }),
    ]);

    const copy = await people.producer.post(api("/budgets"), {
      name: uniqueName("Копия"),
      baseCurrency: "RUB",
      copyOf: source.budget.id,
    });
    expect(copy.status).toBe(201);
    expect(copy.body.budget).toMatchObject({ basedOn: source.budget.id, originalId: null });
    expect(copy.body.budget.total).toEqual(source.budget.total);
    const both = await people.producer.post(api("/budgets"), {
      name: uniqueName("Оба"),
      baseCurrency: "RUB",
      copyOf: source.budget.id,
      template: { kind: "feature", language: "ru" },
    });
    expect(both.status).toBe(400);
    const otherBase = await people.producer.post(api("/budgets"), {
      name: uniqueName("Другая валюта"),
      baseCurrency: "KZT",
      copyOf: source.budget.id,
    });
    expect(otherBase.status).toBe(400);
    expect(otherBase.body.error.fields[0].path).toBe("baseCurrency");
    const taken = await people.producer.post(api("/budgets"), {
      name: source.budget.name,
      baseCurrency: "RUB",
    });
    expect(taken.status).toBe(409);

    const list = await people.producer.get(api("/budgets"));
    expect(list.status).toBe(200);
    const listed = list.body.budgets.find((b: { id: string }) => b.id === source.budget.id);
    expect(listed).toEqual(source.budget);
  });

  it("answers 404 to strangers, 403 to a department head, and keeps a private version to its partner", async () => {
    expect((await people.stranger.get(api("/budgets"))).status).toBe(404);
    expect((await people.costume.get(api("/budgets"))).status).toBe(403);
    expect((await people.costume.post(api("/budgets"), { name: "Смета", baseCurrency: "RUB" })).status).toBe(
      403,
    );
    const shared = await createFromTemplate(people);
    expect((await people.stranger.get(api(`/budgets/${shared.budget.id}`))).status).toBe(404);
    expect((await people.costume.get(api(`/budgets/${shared.budget.id}`))).status).toBe(403);
    expect((await people.accountant.get(api(`/budgets/${shared.budget.id}`))).status).toBe(200);

    const producerOrg = await organizationOf("1-2-3 Продакшн");
    const belarusfilm = await organizationOf("Беларусьфильм");
    const foreign = await people.producer.post(api("/budgets"), {
      name: uniqueName("Чужая"),
      baseCurrency: "RUB",
      privateTo: belarusfilm,
    });
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields[0].path).toBe("privateTo");
    const own = await people.producer.post(api("/budgets"), {
      name: uniqueName("Своя"),
      baseCurrency: "RUB",
      privateTo: producerOrg,
      template: { kind: "feature", language: "ru" },
    });
    expect(own.status).toBe(201);
    expect(own.body.budget.privateTo).toBe(producerOrg);
    const id = own.body.budget.id;
    const ids = async (client: typeof people.producer) =>
      (await client.get(api("/budgets"))).body.budgets.map((b: { id: string }) => b.id);
    expect(await ids(people.producer)).toContain(id);
    expect(await ids(people.accountant)).not.toContain(id);
    for (const path of [`/budgets/${id}`, `/budgets/${id}/export.json`, `/budgets/${id}/chart.json`])
      expect((await people.accountant.get(api(path))).status).toBe(404);
    const edit = await people.accountant.patch(api(`/budgets/${id}`), { version: 1, name: "Взлом" });
    expect(edit.status).toBe(404);
    const copy = await people.accountant.post(api(`/budgets/${id}/versions`), {
      name: uniqueName("Копия чужой"),
    });
    expect(copy.status).toBe(404);
    const ownCopy = await people.producer.post(api(`/budgets/${id}/versions`), {
      name: uniqueName("Копия своей"),
    });
    expect(ownCopy.body.budget.privateTo).toBe(producerOrg);
  });

  it("locks an original, refuses changes to it, and shows a new version's variance against it", async () => {
    const draft = await createFromTemplate(people);
    const id = draft.budget.id;
    expect((await people.accountant.post(api(`/budgets/${id}/lock`), { version: 1 })).status).toBe(403);
    expect((await people.producer.post(api(`/budgets/${id}/lock`), { version: 7 })).status).toBe(409);
    const locked = await people.producer.post(api(`/budgets/${id}/lock`), { version: 1 });
    expect(locked.status).toBe(200);
    expect(locked.body.budget).toMatchObject({
      status: "locked",
      version: 2,
      lockedAt: "2026-11-27T09:00:00.000Z",
    });
    expect(locked.body.budget.lockedBy).toMatch(uuid);

    const change = await people.producer.patch(api(`/budgets/${id}`), { version: 2, name: "Другое имя" });
    expect(change.status).toBe(409);
    expect(change.body.error.code).toBe("BUDGET_LOCKED");
    expect((await people.producer.post(api(`/budgets/${id}/lock`), { version: 2 })).body.error.code).toBe(
      "BUDGET_LOCKED",
    );
    expect((await people.producer.delete(api(`/budgets/${id}?version=2`))).status).toBe(409);

    const next = await people.producer.post(api(`/budgets/${id}/versions`), { name: uniqueName("Рабочая") });
    expect(next.status).toBe(201);
    expect(next.body.budget).toMatchObject({ status: "draft", basedOn: id, originalId: id, version: 1 });
    expect(next.body.document.original).toMatchObject({
      lockedOn: "2026-11-27",
      total: draft.budget.total.amount,
    });
    expect(next.body.totals.variance.total.variance).toEqual({ currency: "RUB", minor: "0", amount: "0.00" });

    const director = documentLines(next.body).find(({ account }) => account === "1301")!;
    const raised = await people.producer.patch(
      api(`/budgets/${next.body.budget.id}/lines/${director.line.id}`),
      {
        version: 1,
        rate: "4500000",
      },
    );
    expect(raised.status).toBe(200);
    const variance = raised.body.totals.variance;
    const account = variance.accounts.find((row: { code: string }) => row.code === "1301");
    // 500 000 more; the fee is already past the insurance contributions' cutoff, so only the 5 % contingency adds.
    expect(account.variance.amount).toBe("500000.00");
    expect(variance.total.variance.amount).toBe("525000.00");
    expect(BigInt(variance.total.current.minor) - BigInt(variance.total.original.minor)).toBe(52500000n);

    const { entries } = await readAuditChain(t.database.db, people.projectId);
    expect(entries.filter((entry) => entry.subject === `budget:${id}`).map((entry) => entry.action)).toEqual([
      "budget.created",
      "budget.locked",
    ]);
  });

  it("removes a draft at its version only", async () => {
    const draft = await createFromTemplate(people);
    const path = api(`/budgets/${draft.budget.id}`);
    expect((await people.costume.delete(`${path}?version=1`)).status).toBe(403);
    const stale = await people.producer.delete(`${path}?version=3`);
    expect(stale.status).toBe(409);
    expect(stale.body.error.current.budget.version).toBe(1);
    expect((await people.producer.delete(`${path}?version=1`)).status).toBe(204);
    expect((await people.producer.get(path)).status).toBe(404);
    const { entries } = await readAuditChain(t.database.db, people.projectId);
    expect(entries.at(-1)).toMatchObject({ action: "budget.deleted", subject: `budget:${draft.budget.id}` });
  });
});
