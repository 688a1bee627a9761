// The demo's money as the API shows it: the locked original, the working version measured against it, and the
// studios' books as the lead producer and a co-producer see them.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { budgetPeople, type BudgetPeople } from "../budgets/testing.ts";

describe.each(backends)("the «Искра» budget on %s", (backend) => {
  let t: TestApp;
  let people: BudgetPeople;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    people = await budgetPeople(t);
  });
  afterAll(() => t.close());

  it("has the locked original and a working version that shows its variance", async () => {
    const list = await people.producer.get(people.api("/budgets"));
    expect(list.status).toBe(200);
    const byName = Object.fromEntries(
      list.body.budgets.map((budget: { name: string }) => [budget.name, budget]),
    );
    expect(byName["Утверждённый бюджет"]).toMatchObject({ status: "locked", baseCurrency: "RUB" });
    expect(byName["Утверждённый бюджет"].total.amount).toBe("177224989.46");
    const working = byName["Рабочая версия"];
    expect(working).toMatchObject({ status: "draft", originalId: byName["Утверждённый бюджет"].id });

    const read = await people.producer.get(people.api(`/budgets/${working.id}`));
    expect(read.status).toBe(200);
    expect(read.body.problems).toEqual([]);
    expect(read.body.document.partners).toHaveLength(5);
    const variance = read.body.totals.variance;
    expect(variance.total.original.amount).toBe("177224989.46");
    // Two more days in Kazakhstan and a dearer composer: over the original.
    expect(BigInt(variance.total.variance.minor)).toBeGreaterThan(0n);
    const music = variance.accounts.find((row: { code: string }) => row.code === "3200");
    expect(music.variance.amount).toBe("600000.00");
  });

  it("refuses to change the locked original", async () => {
    const list = await people.producer.get(people.api("/budgets"));
    const locked = list.body.budgets.find((budget: { status: string }) => budget.status === "locked");
    const answer = await people.producer.patch(people.api(`/budgets/${locked.id}`), {
      version: locked.version,
      name: "Другое имя",
    });
    expect(answer.status).toBe(409);
    expect(answer.body.error.code).toBe("BUDGET_LOCKED");
  });
});
