// The report's assembly on a small board made here: day numbers shared by the shifts of a date, strips in shooting
// order with their stripboard colours, moves and borders, the day's totals and estimated time, the dates between
// shooting days as banners (weekend, the company's break, a public holiday of the country shot in) and a travel
// banner where a unit crosses a border, and the summary by country.
import { describe, expect, it } from "vitest";
import { formatBanner, formatDayPlaces, formatEstimate } from "./labels.ts";
import {
  assembleKpp,
  sceneMinutes,
  stripColors,
  type KppDay,
  type KppInput,
  type KppSceneInput,
} from "./model.ts";

const minsk = { id: "loc-minsk", name: "Минск, вокзал", country: "BY" };
const studio = { id: "loc-studio", name: "«Беларусьфильм», павильон № 3", country: "BY" };
const almaty = { id: "loc-almaty", name: "Алматы-1", country: "KZ" };

function scene(overrides: Partial<KppSceneInput> & Pick<KppSceneInput, "id">): KppSceneInput {
  return {
    label: overrides.id,
    heading: `НАТ. ${overrides.id} - ДЕНЬ`,
    set: overrides.id,
    setting: "EXT",
    time: "DAY",
    timeText: "ДЕНЬ",
    light: "DAY",
    synopsis: null,
    eighths: 8,
    screenSeconds: 60,
    castBoardIds: [],
    location: minsk,
    ...overrides,
  };
}

function input(overrides: Partial<KppInput> = {}): KppInput {
  return {
    project: "Искра",
    board: {
      name: "Тестовый КПП",
      status: "published",
      publishedAt: "2027-02-01T09:30:00.000Z",
      publishedBy: "Анна Петрова",
      firstDate: "2027-03-01",
      lastDate: "2027-03-31",
      weeklyDaysOff: [6, 7],
      daysOff: ["2027-03-10"],
    },
    units: [
      { id: "main", name: "Основная группа", shiftHours: 12 },
      { id: "second", name: "Вторая группа", shiftHours: 10 },
    ],
    scenes: [
      scene({ id: "1", setting: "INT", location: studio, castBoardIds: ["1", "2"], synopsis: "Штаб" }),
      scene({ id: "2", setting: "EXT", time: "NIGHT", timeText: "НОЧЬ", light: "NIGHT", eighths: 11 }),
      scene({ id: "3", setting: "INT", time: "CONTINUOUS", timeText: "ПРОДОЛЖЕНИЕ", light: "CONTINUOUS" }),
      scene({ id: "4", location: almaty, screenSeconds: 150 }),
      scene({ id: "5", setting: "INT/EXT", time: null, timeText: "РЕЖИМ", light: "REGIME" }),
      scene({ id: "6", location: null }),
    ],
    shifts: [
      // Out of order on purpose: the report sorts by date, then by the units' order.
      { date: "2027-03-04", unitId: "second", shift: "day", sceneIds: ["5"] },
      { date: "2027-03-04", unitId: "main", shift: "day", sceneIds: ["1", "2"] },
      { date: "2027-03-05", unitId: "main", shift: "night", sceneIds: ["3"] },
      { date: "2027-03-09", unitId: "main", shift: "day", sceneIds: [] },
      { date: "2027-03-11", unitId: "main", shift: "day", sceneIds: ["4", "gone"] },
    ],
    holidays: {
      BY: [{ date: "2027-03-08", name: "День женщин" }],
      KZ: [{ date: "2027-03-08", name: "Халықаралық әйелдер күні" }],
      RU: [{ date: "2027-03-09", name: "не здесь" }],
    },
    boneyard: 1,
    printedAt: "2027-02-20T08:00:00.000Z",
    timeZone: "Europe/Minsk",
    ...overrides,
  };
}

const days = (report: ReturnType<typeof assembleKpp>): KppDay[] =>
  report.rows.flatMap((row) => (row.kind === "day" ? [row.day] : []));

describe("the КПП report's assembly", () => {
  it("numbers shooting dates, keeps the units' order and the strips' shooting order", () => {
    const report = assembleKpp(input());
    const list = days(report);
    expect(list.map((day) => [day.number, day.count, day.date, day.unit, day.shift])).toEqual([
      [1, 3, "2027-03-04", "Основная группа", "day"],
      [1, 3, "2027-03-04", "Вторая группа", "day"],
      [2, 3, "2027-03-05", "Основная группа", "night"],
      [3, 3, "2027-03-11", "Основная группа", "day"],
    ]);
    expect(list[0]!.strips.map((strip) => strip.id)).toEqual(["1", "2"]);
    // A strip of a scene no longer in the scripts drops out.
    expect(list[3]!.strips.map((strip) => strip.id)).toEqual(["4"]);
  });

  it("colours strips by the convention, continuing the light of the scene before in script order", () => {
    expect(stripColors(input().scenes)).toEqual(["white", "green", "blue", "yellow", "green", "yellow"]);
    expect(
      stripColors([
        { setting: "INT", light: "CONTINUOUS" },
        { setting: null, light: "DAY" },
      ]),
    ).toEqual([null, null]);
  });

  it("totals a day, estimates its time by the scheduler's rule with a move's hour, and names moves", () => {
    const [first, second, third, fourth] = days(assembleKpp(input()));
    expect(first!.totals).toEqual({
      scenes: 2,
      eighths: 19,
      screenSeconds: 120,
      // Two minutes of screen at 120 shooting minutes a minute, and one company move of 60 minutes.
      minutes: 2 * sceneMinutes(60) + 60,
      shiftMinutes: 720,
    });
    expect(first!.moves).toEqual([{ from: studio.name, to: minsk.name }]);
    expect(first!.places).toEqual([
      { name: studio.name, country: "BY" },
      { name: minsk.name, country: "BY" },
    ]);
    expect(second!.totals.shiftMinutes).toBe(600);
    expect(third!.arrival).toBeNull();
    expect(fourth!.border).toEqual({ from: "BY", to: "KZ" });
    expect(fourth!.arrival).toEqual({ from: minsk.name, to: almaty.name });
    expect(formatEstimate(first!, "ru")).toBe("расчётно 5,0 ч из 12 ч");
    expect(formatEstimate(fourth!, "en")).toBe("est. 5.0 h of 12 h");
    expect(formatDayPlaces(first!, "ru")).toBe(
      "Беларусь: «Беларусьфильм», павильон № 3, Минск, вокзал · Переезды в смене: «Беларусьфильм», павильон № 3 › Минск, вокзал",
    );
    expect(formatDayPlaces(fourth!, "en")).toContain("Border crossing: Belarus › Kazakhstan");
  });

  it("says overtime when the estimate runs past the shift", () => {
    const long = input({
      scenes: [scene({ id: "1", screenSeconds: 7 * 60 })],
      shifts: [{ date: "2027-03-04", unitId: "main", shift: "day", sceneIds: ["1"] }],
    });
    const [day] = days(assembleKpp(long));
    expect(formatEstimate(day!, "ru")).toBe("расчётно 14,0 ч из 12 ч (переработка 2,0 ч)");
  });

  it("puts days off, the company's break, holidays where the company is and travel between the days", () => {
    const report = assembleKpp(input());
    const kinds = report.rows.map((row) =>
      row.kind === "day" ? `day ${row.day.number} ${row.day.unit}` : formatBanner(row.banner, "ru"),
    );
    expect(kinds).toEqual([
      "day 1 Основная группа",
      "day 1 Вторая группа",
      "day 2 Основная группа",
      "ВЫХОДНОЙ · сб 06.03 — вс 07.03",
      // 8 March is a holiday in Belarus and Kazakhstan: the unit is in Belarus before and in Kazakhstan after.
      "ПРАЗДНИК · пн 08.03 · День женщин (BY); Халықаралық әйелдер күні (KZ)",
      // 9 March has an empty shift only; Russia's holiday is not where the company is.
      "БЕЗ СЪЁМОК · вт 09.03",
      "ВЫХОДНОЙ ГРУППЫ (ПЕРЕРЫВ) · ср 10.03",
      "Переезд группы «Основная группа»: Беларусь › Казахстан",
      "day 3 Основная группа",
    ]);
    const english = report.rows.flatMap((row) =>
      row.kind === "banner" ? [formatBanner(row.banner, "en")] : [],
    );
    expect(english).toContain("COMPANY DAY OFF · Wed 10/03");
    expect(english).toContain("Travel of Основная группа: Belarus › Kazakhstan");
  });

  it("sums the board and each country in the order the shoot reaches them", () => {
    const { summary } = assembleKpp(input());
    expect(summary).toMatchObject({
      firstDate: "2027-03-04",
      lastDate: "2027-03-11",
      days: 3,
      shifts: 4,
      scenes: 5,
      eighths: 8 + 11 + 8 + 8 + 8,
      boneyard: 1,
    });
    expect(summary.countries).toEqual([
      { country: "BY", days: 2, shifts: 3, scenes: 4, eighths: 35, screenSeconds: 240 },
      { country: "KZ", days: 1, shifts: 1, scenes: 1, eighths: 8, screenSeconds: 150 },
    ]);
  });

  it("has no rows for a board with no shooting day", () => {
    const report = assembleKpp(input({ shifts: [] }));
    expect(report.rows).toEqual([]);
    expect(report.summary).toMatchObject({ days: 0, firstDate: null, countries: [] });
  });
});
