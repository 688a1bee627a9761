import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { evaluateSchedule, publicHolidays } from "@kinomost/core";
import { schema } from "@kinomost/db";
import { backends } from "@kinomost/db/testing";
import { demoBoardNames } from "../demo/iskra-schedule.ts";
import { createTestApp, type TestApp } from "../testing/test-app.ts";
import { assembleProductionInstance, pickAgreedRate, sceneTime } from "./instance.ts";

describe.each(backends)("the scheduler's instance of a board on %s", (backend) => {
  let t: TestApp;
  let projectId: string;
  let draftId: string;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    const db = t.database.db;
    const [project] = await db.select({ id: schema.projects.id }).from(schema.projects);
    projectId = project!.id;
    const [board] = await db
      .select({ id: schema.schedules.id })
      .from(schema.schedules)
      .where(and(eq(schema.schedules.projectId, projectId), eq(schema.schedules.name, demoBoardNames.draft)));
    draftId = board!.id;
  });
  afterAll(() => t.close());

  it("gives the demo's draft board as an instance the core evaluates without violations", async () => {
    const assembled = await assembleProductionInstance(t.database.db, projectId, draftId);
    if (!assembled.ok) throw new Error(assembled.problems.map((problem) => problem.message).join("; "));
    const { instance, schedule, scenes } = assembled;
    expect(instance.scenes.length).toBeGreaterThanOrEqual(42 + 3 * 10);
    expect([...scenes.keys()].sort()).toEqual(instance.scenes.map((scene) => scene.id).sort());
    expect(instance.units.map((unit) => unit.name)).toEqual(["Основная группа", "Вторая группа"]);
    expect(instance.reportingCurrency).toBe("RUB");
    expect(instance.rates).toEqual({ BYN: "25", KZT: "0.2", TJS: "8", KGS: "1" });
    expect(Object.keys(instance.calendar.holidays ?? {}).sort()).toEqual(["BY", "KG", "KZ", "RU", "TJ"]);
    expect(instance.calendar.holidays?.KZ).toContain("2027-03-22");
    const mishka = instance.cast.find((person) => person.name.endsWith("МИШКА"))!;
    expect(mishka).toMatchObject({ allowHold: false, allowDropPickup: true, minDropGapDays: 10 });
    expect(
      instance.locations
        .filter((location) => location.stage)
        .map((location) => location.country)
        .sort(),
    ).toEqual(["BY", "RU"]);
    const evaluation = evaluateSchedule(instance, schedule);
    if (!evaluation.ok) throw new Error(evaluation.problems[0]?.detail);
    expect(evaluation.violations).toEqual([]);
    expect(evaluation.cost.total).toBeGreaterThan(0);
  });

  it("locks a locked strip and every strip of a locked day to its date and unit", async () => {
    const db = t.database.db;
    const days = await db
      .select()
      .from(schema.scheduleDays)
      .where(eq(schema.scheduleDays.scheduleId, draftId))
      .orderBy(schema.scheduleDays.date);
    const [first, second] = days;
    const strips = await db
      .select()
      .from(schema.scheduleStrips)
      .where(eq(schema.scheduleStrips.scheduleId, draftId));
    const onFirst = strips.filter((strip) => strip.dayId === first!.id);
    const onSecond = strips.filter((strip) => strip.dayId === second!.id);
    await db.update(schema.scheduleDays).set({ locked: true }).where(eq(schema.scheduleDays.id, first!.id));
    await db
      .update(schema.scheduleStrips)
      .set({ locked: true })
      .where(
        and(
          eq(schema.scheduleStrips.scheduleId, draftId),
          eq(schema.scheduleStrips.lineageId, onSecond[0]!.lineageId),
        ),
      );
    const assembled = await assembleProductionInstance(db, projectId, draftId);
    if (!assembled.ok) throw new Error("the demo board should assemble");
    const locked = assembled.instance.scenes.filter((scene) => scene.lockedDate !== undefined);
    expect(locked.map((scene) => scene.id).sort()).toEqual(
      [...onFirst.map((strip) => strip.lineageId), onSecond[0]!.lineageId].sort(),
    );
    expect(locked.find((scene) => scene.id === onSecond[0]!.lineageId)).toMatchObject({
      lockedDate: second!.date,
      lockedUnit: second!.unitId,
    });
  });

  it("names a board the project does not have", async () => {
    const result = await assembleProductionInstance(
      t.database.db,
      projectId,
      "00000000-0000-4000-8000-000000000000",
    );
    expect(result).toEqual({ ok: false, problems: [expect.objectContaining({ code: "BOARD_NOT_FOUND" })] });
  });
});

describe("pieces of the instance", () => {
  it("picks a currency's undated rate, else the latest dated on or before the shoot, else the earliest", () => {
    const rates = [
      { currency: "KZT", perUnit: "0.19", date: "2027-01-10" },
      { currency: "KZT", perUnit: "0.2", date: "2027-02-10" },
      { currency: "KZT", perUnit: "0.21", date: "2027-04-10" },
      { currency: "BYN", perUnit: "25", date: null },
      { currency: "BYN", perUnit: "26", date: "2027-02-01" },
    ];
    expect(pickAgreedRate(rates, "KZT", "2027-03-01")).toBe("0.2");
    expect(pickAgreedRate(rates, "KZT", "2026-12-01")).toBe("0.19");
    expect(pickAgreedRate(rates, "BYN", "2027-03-01")).toBe("25");
    expect(pickAgreedRate(rates, "TJS", "2027-03-01")).toBeNull();
  });

  it("reads «РЕЖИМ» as either twilight and keeps the script's own times", () => {
    expect(sceneTime({ time: null, timeText: "РЕЖИМ" })).toBe("REGIME");
    expect(sceneTime({ time: "NIGHT", timeText: "НОЧЬ" })).toBe("NIGHT");
    expect(sceneTime({ time: null, timeText: null })).toBeNull();
    expect(publicHolidays("TJ", 2027, 2027).some((holiday) => holiday.date === "2027-03-21")).toBe(true);
  });
});
