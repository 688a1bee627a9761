// The shooting calendar of the demo «Искра» through the real app on both databases: the optimized board's first
// shooting day and its travel day into Belarus, the partners' public holidays (8 March, 9 May, Nauryz in
// Kazakhstan where no unit is), the company's days off, agreement with the board and with the call sheets' and the
// day out of days' numbering, the range checks, and who may read it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { demoBoardNames } from "../../demo/iskra-schedule.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";

interface Cell {
  date: string;
  kind: string;
  country: string | null;
  shooting: {
    dayNumber: number;
    unitDayNumber: number;
    shifts: string[];
    locations: { id: string; name: string; country: string }[];
    sceneCount: number;
    eighths: number;
  } | null;
  travel: { from: string; to: string } | null;
  holiday: { country: string; names: { ru: string; en: string } } | null;
  dayOff: string | null;
}

interface Calendar {
  schedule: { id: string; name: string; firstDate: string; lastDate: string };
  from: string;
  to: string;
  dayCount: number;
  units: { id: string; name: string; days: Cell[] }[];
  countries: {
    country: string;
    partner: boolean;
    shooting: boolean;
    known: boolean;
    holidays: { date: string; names: { ru: string; en: string } }[];
  }[];
}

describe.each(backends)("shooting calendar on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let projectId: string;
  let boardId: string;
  let spring: Calendar;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const calendarPath = (query: string) => api(`/schedules/${boardId}/calendar?${query}`);
  const cell = (calendar: Calendar, unit: string, date: string) =>
    calendar.units.find((entry) => entry.name === unit)!.days.find((day) => day.date === date)!;

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
    const boards = (await producer.get(api("/schedules"))).body.schedules as { id: string; name: string }[];
    boardId = boards.find((board) => board.name === demoBoardNames.optimized)!.id;
    const response = await producer.get(calendarPath("from=2027-02-22&to=2027-07-04"));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    spring = response.body as Calendar;
  });
  afterAll(() => t.close());

  it("lays both units on every date of the range", () => {
    expect(spring.schedule).toMatchObject({ id: boardId, firstDate: "2027-03-01", lastDate: "2027-06-30" });
    expect(spring.units.map((unit) => unit.name)).toEqual(["Основная группа", "Вторая группа"]);
    for (const unit of spring.units) {
      expect(unit.days).toHaveLength(133);
      expect(unit.days[0]!.date).toBe("2027-02-22");
      expect(unit.days.at(-1)!.date).toBe("2027-07-04");
    }
    expect(cell(spring, "Основная группа", "2027-02-26")).toMatchObject({ kind: "outside", country: null });
    expect(cell(spring, "Основная группа", "2027-07-01")).toMatchObject({ kind: "outside" });
  });

  it("starts the main unit in Moscow on 18 March as day 1, and travels to Belarus on the 20th", () => {
    expect(spring.dayCount).toBe(24);
    const first = cell(spring, "Основная группа", "2027-03-18");
    expect(first).toMatchObject({
      kind: "shoot",
      country: "RU",
      travel: null,
      holiday: null,
      shooting: { dayNumber: 1, unitDayNumber: 1, shifts: ["day"] },
    });
    expect(first.shooting!.locations.map((location) => location.country)).toEqual(["RU"]);
    expect(first.shooting!.sceneCount).toBeGreaterThan(0);
    expect(cell(spring, "Основная группа", "2027-03-17")).toMatchObject({ kind: "free", country: "RU" });
    expect(cell(spring, "Основная группа", "2027-03-20")).toMatchObject({
      kind: "travel",
      country: "BY",
      travel: { from: "RU", to: "BY" },
      dayOff: "weekly",
    });
    expect(cell(spring, "Основная группа", "2027-03-22")).toMatchObject({
      kind: "shoot",
      country: "BY",
      shooting: { dayNumber: 3, unitDayNumber: 3 },
    });
    // The second unit starts in Minsk on the date of the board's day 2, while the main unit is still in Moscow.
    expect(cell(spring, "Вторая группа", "2027-03-19")).toMatchObject({
      kind: "shoot",
      country: "BY",
      shooting: { dayNumber: 2, unitDayNumber: 1 },
    });
    expect(cell(spring, "Основная группа", "2027-03-19")).toMatchObject({
      country: "RU",
      shooting: { dayNumber: 2, unitDayNumber: 2 },
    });
  });

  it("agrees with the board's days: scenes and pages of each shooting day", async () => {
    const board = (await producer.get(api(`/schedules/${boardId}`))).body as {
      units: { id: string }[];
      days: { unitId: string; date: string; strips: string[] }[];
      scenes: { lineageId: string; eighths: number }[];
    };
    const eighths = new Map(board.scenes.map((scene) => [scene.lineageId, scene.eighths]));
    const shooting = spring.units.flatMap((unit) =>
      unit.days.filter((day) => day.shooting).map((day) => ({ unit, day })),
    );
    const boardDays = board.days.filter((day) => day.strips.length > 0);
    expect(shooting).toHaveLength(boardDays.length);
    for (const { unit, day } of shooting) {
      const own = boardDays.filter((entry) => entry.unitId === unit.id && entry.date === day.date);
      const strips = own.flatMap((entry) => entry.strips);
      expect(day.shooting!.sceneCount).toBe(strips.length);
      expect(day.shooting!.eighths).toBe(strips.reduce((sum, id) => sum + (eighths.get(id) ?? 0), 0));
    }
  });

  it("numbers shooting days as the day out of days does", async () => {
    const dood = await producer.get(api(`/dood?schedule=${boardId}&days=shooting`));
    expect(dood.status).toBe(200);
    const numbers = new Map(
      (dood.body.days as { date: string; dayNumber: number }[]).map((day) => [day.date, day.dayNumber]),
    );
    for (const day of spring.units.flatMap((unit) => unit.days))
      if (day.shooting) expect(day.shooting.dayNumber).toBe(numbers.get(day.date));
  });

  it("gives each unit the holidays of the country it is in", () => {
    expect(cell(spring, "Основная группа", "2027-03-08")).toMatchObject({
      kind: "holiday",
      country: "RU",
      holiday: {
        country: "RU",
        names: { ru: "Международный женский день", en: "International Women's Day" },
      },
    });
    // 9 May: the main unit is in Tajikistan, the second in Belarus.
    expect(cell(spring, "Основная группа", "2027-05-09")).toMatchObject({
      kind: "holiday",
      country: "TJ",
      holiday: { country: "TJ", names: { ru: "День Победы", en: "Victory Day" } },
    });
    expect(cell(spring, "Вторая группа", "2027-05-09")).toMatchObject({
      kind: "holiday",
      holiday: { country: "BY", names: { ru: "День Победы" } },
    });
    expect(cell(spring, "Вторая группа", "2027-05-11")).toMatchObject({
      kind: "holiday",
      holiday: { country: "BY", names: { ru: "Радуница" } },
    });
  });

  it("lists every partner country's holidays even where no unit is, Nauryz in Kazakhstan included", () => {
    expect(spring.countries.map((country) => country.country)).toEqual(["BY", "KG", "KZ", "RU", "TJ"]);
    expect(spring.countries.every((country) => country.partner && country.known)).toBe(true);
    const kz = spring.countries.find((country) => country.country === "KZ")!;
    expect(kz.holidays.filter((holiday) => holiday.names.en.startsWith("Nauryz")).map((h) => h.date)).toEqual(
      ["2027-03-21", "2027-03-22", "2027-03-23"],
    );
    // Nobody shoots in Kazakhstan in March: no unit's cell has Nauryz.
    for (const unit of spring.units)
      expect(cell(spring, unit.name, "2027-03-22").holiday?.country).not.toBe("KZ");
    const ru = spring.countries.find((country) => country.country === "RU")!;
    expect(ru.holidays).toContainEqual({
      date: "2027-05-09",
      names: { ru: "День Победы", en: "Victory Day" },
    });
    expect(ru.holidays).toContainEqual({
      date: "2027-06-12",
      names: { ru: "День России", en: "Russia Day" },
    });
  });

  it("greys the weekends and the company's days off", () => {
    expect(cell(spring, "Вторая группа", "2027-03-13")).toMatchObject({ kind: "dayOff", dayOff: "weekly" });
    for (const date of ["2027-04-05", "2027-04-06"]) {
      expect(cell(spring, "Основная группа", date)).toMatchObject({ kind: "dayOff", dayOff: "company" });
      expect(cell(spring, "Вторая группа", date)).toMatchObject({ kind: "dayOff", dayOff: "company" });
    }
  });

  it("answers one month alike, with that month's holidays only", async () => {
    const march = (await producer.get(calendarPath("from=2027-03-01&to=2027-03-31"))).body as Calendar;
    expect(march.units[0]!.days).toEqual(
      spring.units[0]!.days.filter((day) => day.date >= "2027-03-01" && day.date <= "2027-03-31"),
    );
    expect(march.dayCount).toBe(24);
    const ru = march.countries.find((country) => country.country === "RU")!;
    expect(ru.holidays.map((holiday) => holiday.date)).toEqual(["2027-03-08"]);
  });

  it("refuses a range that is not one, naming the field", async () => {
    const refused = async (query: string, path: string, code: string) => {
      const response = await producer.get(calendarPath(query));
      expect(response.status, query).toBe(400);
      expect(response.body.error.code).toBe("VALIDATION_FAILED");
      expect(response.body.error.fields, query).toContainEqual(expect.objectContaining({ path, code }));
    };
    await refused("from=2027-03-01", "to", "required");
    await refused("from=2027-02-30&to=2027-03-31", "from", "invalid");
    await refused("from=01.03.2027&to=2027-03-31", "from", "invalid_format");
    await refused("from=2027-03-31&to=2027-03-01", "to", "date_order");
    await refused("from=2027-01-01&to=2028-02-05", "to", "range_too_long");
    await refused("from=2027-03-01&to=2027-03-31&lang=ru", "lang", "unknown_field");
    // 400 days is the longest range.
    expect((await producer.get(calendarPath("from=2027-01-01&to=2028-02-04"))).status).toBe(200);
  });

  it("is read as the board is: 404 to an outsider and for another board, open to every partner's member", async () => {
    const stranger = await t.newUser();
    const outsider = await stranger.get(calendarPath("from=2027-03-01&to=2027-03-31"));
    expect(outsider.status).toBe(404);
    expect(outsider.body.error.code).toBe("NOT_FOUND");
    const missing = await producer.get(
      api("/schedules/00000000-0000-4000-8000-000000000000/calendar?from=2027-03-01&to=2027-03-31"),
    );
    expect(missing.status).toBe(404);
    expect(missing.body.error.message).toMatch(/board/);

    for (const email of ["costume@kyrgyzfilm.demo", "accountant@belarusfilm.demo"]) {
      const member = t.client();
      await member.login(email, "iskra-demo");
      const board = await member.get(api(`/schedules/${boardId}`));
      const calendar = await member.get(calendarPath("from=2027-03-01&to=2027-03-31"));
      expect(calendar.status, email).toBe(board.status);
    }
  });
});
