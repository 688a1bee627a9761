import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { schema } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { demoBoardNames } from "../demo/iskra-schedule.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { scheduleGlobals } from "./schedule-globals.ts";
import { budgetPeople, uniqueName, type BudgetPeople } from "./testing.ts";

interface Board {
  schedule: { id: string; version: number };
  days: { id: string; date: string; strips: string[] }[];
  scenes: { lineageId: string; castBoardIds: string[] }[];
}

/** What the globals should be, worked out from the board as the schedule routes show it. */
function expected(board: Board, n: string) {
  const castScenes = new Set(board.scenes.filter((s) => s.castBoardIds.includes(n)).map((s) => s.lineageId));
  const shootDates = [...new Set(board.days.filter((d) => d.strips.length > 0).map((d) => d.date))].sort();
  const work = [
    ...new Set(board.days.filter((d) => d.strips.some((s) => castScenes.has(s))).map((d) => d.date)),
  ].sort();
  const span = shootDates.filter((date) => date >= work[0]! && date <= work.at(-1)!).length;
  return { shootDates, work, span };
}

describe("schedule globals from a board", () => {
  it("counts shooting dates, each cast member's span (worked and held) and days worked", () => {
    const strips = [
      { lineageId: "a", date: "2027-03-01" },
      { lineageId: "b", date: "2027-03-02" },
      { lineageId: "c", date: "2027-03-03" },
      { lineageId: "d", date: "2027-03-05" },
      { lineageId: "e", date: "2027-03-05" },
    ];
    const cast = [
      { lineageId: "b", boardId: "1" },
      { lineageId: "d", boardId: "1" },
      { lineageId: "e", boardId: "1" },
      { lineageId: "c", boardId: "2" },
      { lineageId: null, boardId: "3" },
      { lineageId: "z", boardId: "4" },
      { lineageId: "a", boardId: "01" },
      { lineageId: "a", boardId: "Лошадь" },
    ];
    expect(scheduleGlobals(strips, cast)).toEqual({
      SCHEDULE_SHOOTDAYS: "4",
      CAST_1_DAYS: "3",
      CAST_1_WORK: "2",
      CAST_2_DAYS: "1",
      CAST_2_WORK: "1",
      CAST_3_DAYS: "0",
      CAST_3_WORK: "0",
      CAST_4_DAYS: "0",
      CAST_4_WORK: "0",
    });
    expect(scheduleGlobals([], [])).toEqual({ SCHEDULE_SHOOTDAYS: "0" });
  });
});

describe.each(backends)("schedule globals in budgets on %s", (backend) => {
  let t: TestApp;
  let people: BudgetPeople;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    people = await budgetPeople(t);
  });
  afterAll(() => t.close());

  /** An empty budget with one cast line and one line by the board's shooting days. */
  async function castBudget(n: string) {
    const { producer, api } = people;
    const created = await producer.post(api("/budgets"), {
      name: uniqueName("Актёры по КПП"),
      baseCurrency: "RUB",
    });
    const id = created.body.budget.id;
    const studio = created.body.document.partners.find(
      (p: { name: string }) => p.name === "1-2-3 Продакшн",
    ).id;
    let version = 1;
    const send = async (path: string, body: Record<string, unknown>) => {
      const response = await producer.post(api(`/budgets/${id}${path}`), { version, ...body });
      expect(response.status, JSON.stringify(response.body)).toBe(200);
      version = response.body.budget.version;
      return response.body;
    };
    await send("/categories", {
      code: "1400",
      name: "Актёры",
      side: "above",
      partner: studio,
      country: "RU",
    });
    await send("/categories/1400/accounts", { code: "1401", name: "Главные роли" });
    await send("/accounts/1401/lines", {
      line: {
        description: `Исполнитель роли №${n}`,
        amount: `CAST_${n}_DAYS`,
        unit: "shift",
        rate: "100000",
        currency: "RUB",
      },
    });
    const read = await send("/accounts/1401/lines", {
      line: {
        description: "Рации",
        amount: "SCHEDULE_SHOOTDAYS",
        unit: "day",
        rate: "1000",
        currency: "RUB",
      },
    });
    return { id, read };
  }

  const board = async (id: string) =>
    (await people.producer.get(people.api(`/schedules/${id}`))).body as Board;
  const lineTotals = async (id: string) => {
    const read = (await people.producer.get(people.api(`/budgets/${id}`))).body;
    return {
      read,
      lines: read.totals?.categories[0].accounts[0].lines.map(
        (l: { total: { base: { amount: string } } }) => l.total.base.amount,
      ),
    };
  };

  it("follows the published board: a moved strip changes the cast line", async () => {
    // The demo's published first block knows its shooting days, but no cast member 99.
    const before = await castBudget("99");
    expect(before.read.totals).toBeNull();
    expect(before.read.scheduleGlobals).toMatchObject({
      SCHEDULE_SHOOTDAYS: expect.stringMatching(/^\d+$/u),
    });
    expect(before.read.scheduleGlobals).not.toHaveProperty("CAST_99_DAYS");
    expect(before.read.problems).toEqual([
      expect.objectContaining({ code: "UNKNOWN_GLOBAL", path: "categories[0].accounts[0].lines[0].amount" }),
    ]);
    const refused = await people.producer.post(people.api(`/budgets/${before.id}/lock`), {
      version: before.read.budget.version,
    });
    expect(refused.status).toBe(400);

    const boards = (await people.producer.get(people.api("/schedules"))).body.schedules as {
      id: string;
      name: string;
      version: number;
    }[];
    const draft = boards.find((entry) => entry.name === demoBoardNames.draft)!;
    const published = await people.producer.post(people.api(`/schedules/${draft.id}/publish`), {
      version: draft.version,
    });
    expect(published.status).toBe(200);

    const published1 = await board(draft.id);
    // A cast member who does not work to the last shooting date, so that a strip moved there lengthens the span.
    const numbers = [...new Set(published1.scenes.flatMap((s) => s.castBoardIds))].sort(
      (a, b) => Number(a) - Number(b),
    );
    const n = numbers.find((number) => {
      const { shootDates, work } = expected(published1, number);
      return work.length > 0 && work.at(-1)! < shootDates.at(-1)!;
    })!;
    expect(n).toBeDefined();
    const { id } = await castBudget(n);
    const was = expected(published1, n);
    const first = await lineTotals(id);
    expect(first.read.problems).toEqual([]);
    expect(first.read.scheduleGlobals).toMatchObject({
      SCHEDULE_SHOOTDAYS: String(was.shootDates.length),
      [`CAST_${n}_DAYS`]: String(was.span),
      [`CAST_${n}_WORK`]: String(was.work.length),
    });
    expect(first.lines).toEqual([`${was.span * 100000}.00`, `${was.shootDates.length * 1000}.00`]);

    // The board is published (frozen for its editors); its data moves under it, as when another board replaces it.
    const scene = published1.scenes.find((s) => s.castBoardIds.includes(n))!;
    const lastDay = published1.days
      .filter((d) => d.strips.length > 0)
      .sort((a, b) => a.date.localeCompare(b.date))
      .at(-1)!;
    await t.database.db
      .update(schema.scheduleStrips)
      .set({ dayId: lastDay.id, position: 1000 })
      .where(
        and(
          eq(schema.scheduleStrips.scheduleId, draft.id),
          eq(schema.scheduleStrips.lineageId, scene.lineageId),
        ),
      );
    const now = expected(await board(draft.id), n);
    expect(now.span).toBeGreaterThan(was.span);
    const second = await lineTotals(id);
    expect(second.lines[0]).toBe(`${now.span * 100000}.00`);
    expect(second.lines[0]).not.toBe(first.lines[0]);
    expect(second.read.scheduleGlobals[`CAST_${n}_DAYS`]).toBe(String(now.span));
  });
});
