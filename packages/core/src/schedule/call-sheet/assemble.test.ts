import { describe, expect, it } from "vitest";
import { assembleCallSheet, mapLink } from "./assemble.ts";
import { castDayStatus } from "./dood-status.ts";
import type { CallSheetInput, CallSheetPlace, CallSheetSceneInput } from "./model.ts";
import { callSheetLanguage, departmentName, fillPhrase, formatCallSheetDate } from "./phrases.ts";

const place = (overrides: Partial<CallSheetPlace> = {}): CallSheetPlace => ({
  id: "p-steppe",
  name: "Степь под Капчагаем",
  address: "Алматинская обл., Капшагай",
  country: "KZ",
  timeZone: "Asia/Almaty",
  latitude: 43.8833,
  longitude: 77.0667,
  hospital: { name: "Городская больница Конаева", phone: "+7 72772 4-03-03" },
  ...overrides,
});

const scene = (overrides: Partial<CallSheetSceneInput> = {}): CallSheetSceneInput => ({
  id: "s1",
  label: "2.3",
  number: "3",
  heading: "НАТ. БЕРЕГ РЕКИ ИЛИ - ДЕНЬ",
  setting: "EXT",
  time: "DAY",
  timeText: "ДЕНЬ",
  set: "БЕРЕГ РЕКИ ИЛИ",
  eighths: 11,
  screenSeconds: 150,
  synopsis: "Сауле ведёт к старой переправе.",
  placeId: "p-steppe",
  castIds: ["c-saule", "c-lebedev"],
  elements: [],
  ...overrides,
});

const input = (overrides: Partial<CallSheetInput> = {}): CallSheetInput => ({
  project: "Искра",
  day: {
    number: 12,
    count: 40,
    date: "2027-04-12",
    shift: "day",
    unit: "Основная группа",
    defaultCall: "08:00",
    shiftHours: 12,
  },
  scenes: [scene()],
  places: [place()],
  cast: [
    {
      id: "c-lebedev",
      boardId: "1",
      name: "ЛЕБЕДЕВ",
      actor: "Иван Светлов",
      workDates: ["2027-03-01", "2027-04-12", "2027-05-01"],
    },
    { id: "c-saule", boardId: "12", name: "САУЛЕ", actor: "Сауле Қасымова", workDates: ["2027-04-12"] },
    { id: "c-vera", boardId: "2", name: "ВЕРА", actor: null, workDates: ["2027-03-01"] },
  ],
  crew: [
    { name: "Павел Мороз", department: "camera", phone: "+375 29 111-11-11" },
    { name: "Сергей Ковалёв", department: "sound", phone: null },
    { name: "Елена Орлова", department: null, phone: null },
  ],
  details: {},
  advance: [],
  ...overrides,
});

describe("assembleCallSheet", () => {
  it("takes the unit's call and shift when the sheet says nothing, and sun times for the location", () => {
    const sheet = assembleCallSheet(input());
    expect(sheet).toMatchObject({
      dayNumber: 12,
      dayCount: 40,
      crewCall: "08:00",
      shootingCall: null,
      estimatedWrap: "20:00",
      timeZone: "Asia/Almaty",
      totals: { scenes: 1, eighths: 11, pages: "1 3/8", screenSeconds: 150 },
    });
    expect(sheet.sunrise).toMatch(/^05:\d\d$/u);
    expect(sheet.sunset).toMatch(/^18:\d\d$/u);
    expect(sheet.locations).toEqual([
      expect.objectContaining({
        name: "Степь под Капчагаем",
        mapUrl: "https://www.openstreetmap.org/?mlat=43.8833&mlon=77.0667#map=16/43.8833/77.0667",
        hospital: { name: "Городская больница Конаева", phone: "+7 72772 4-03-03" },
        scenes: ["2.3"],
      }),
    ]);
    expect(sheet.scenes[0]).toMatchObject({
      castBoardIds: ["1", "12"],
      pages: "1 3/8",
      location: "Степь под Капчагаем",
    });
  });

  it("lists the day's cast in board order with their DOOD codes and the times the sheet gives", () => {
    const sheet = assembleCallSheet(
      input({
        details: { cast: [{ elementId: "c-saule", pickup: "05:30", makeup: "06:00", onSet: "07:30" }] },
      }),
    );
    expect(sheet.cast.map((member) => [member.boardId, member.status, member.pickup, member.onSet])).toEqual([
      ["1", "W", null, null],
      ["12", "SWF", "05:30", "07:30"],
    ]);
  });

  it("takes the code of the full day out of days when it is given (a pickup after a drop)", () => {
    const base = input();
    const sheet = assembleCallSheet({
      ...base,
      cast: base.cast.map((member) =>
        member.id === "c-lebedev" ? { ...member, status: "PW" as const } : member,
      ),
    });
    expect(sheet.cast[0]).toMatchObject({ boardId: "1", status: "PW" });
  });

  it("groups background and special elements by category with the scenes that need them", () => {
    const sheet = assembleCallSheet(
      input({
        scenes: [
          scene({
            elements: [
              { id: "e-soldiers", category: "background", name: "Солдаты" },
              { id: "e-horse", category: "animals", name: "Лошадь" },
              { id: "e-rifle", category: "weapons", name: "Винтовка Мосина" },
              { id: "e-cup", category: "props", name: "Кружка" },
            ],
          }),
          scene({
            id: "s2",
            label: "2.4",
            elements: [{ id: "e-soldiers", category: "background", name: "Солдаты" }],
          }),
        ],
        details: { requirements: [{ elementId: "e-soldiers", count: 20, call: "06:00" }] },
      }),
    );
    expect(sheet.requirements.map((group) => group.category)).toEqual(["background", "weapons", "animals"]);
    expect(sheet.requirements[0]!.items).toEqual([
      {
        elementId: "e-soldiers",
        name: "Солдаты",
        scenes: ["2.3", "2.4"],
        count: 20,
        call: "06:00",
        note: null,
      },
    ]);
  });

  it("calls departments at the crew call unless the sheet gives their own", () => {
    const sheet = assembleCallSheet(
      input({
        details: {
          crewCall: "07:00",
          crewCalls: [{ department: "Sound", call: "06:30", note: "радиомикрофоны" }],
        },
      }),
    );
    expect(sheet.crewCalls).toEqual([
      {
        department: "Sound",
        call: "06:30",
        note: "радиомикрофоны",
        people: [{ name: "Сергей Ковалёв", phone: null }],
      },
      {
        department: "camera",
        call: "07:00",
        note: null,
        people: [{ name: "Павел Мороз", phone: "+375 29 111-11-11" }],
      },
    ]);
  });

  it("leaves sun times out for a location without coordinates, and shows the next days", () => {
    const sheet = assembleCallSheet(
      input({
        places: [place({ latitude: null, longitude: null })],
        advance: [
          {
            dayNumber: 13,
            date: "2027-04-13",
            shift: "night",
            unit: "Основная группа",
            scenes: [scene({ eighths: 5 })],
          },
        ],
      }),
    );
    expect(sheet.sunrise).toBeNull();
    expect(sheet.locations[0]).toMatchObject({ mapUrl: null, sunrise: null, sunset: null, allDay: null });
    expect(sheet.advance).toEqual([
      expect.objectContaining({
        dayNumber: 13,
        shift: "night",
        locations: ["Степь под Капчагаем"],
        pages: "5/8",
      }),
    ]);
  });

  it("rounds map links to six decimals", () => {
    expect(mapLink(53.123456789, 27.5)).toBe(
      "https://www.openstreetmap.org/?mlat=53.123457&mlon=27.5#map=16/53.123457/27.5",
    );
  });
});

describe("castDayStatus", () => {
  it("marks the first, last, only and middle work days", () => {
    const dates = ["2027-03-03", "2027-03-01", "2027-03-02"];
    expect(["2027-03-01", "2027-03-02", "2027-03-03"].map((date) => castDayStatus(dates, date))).toEqual([
      "SW",
      "W",
      "WF",
    ]);
    expect(castDayStatus(["2027-03-01"], "2027-03-01")).toBe("SWF");
  });
});

describe("call sheet phrases", () => {
  it("reads a language without its own phrasebook in Russian", () => {
    expect(["ru", "en", "en-GB", "kk", "be", "tg", "uz-Latn", null].map(callSheetLanguage)).toEqual([
      "ru",
      "en",
      "en",
      "ru",
      "ru",
      "ru",
      "ru",
      "ru",
    ]);
  });

  it("fills phrases, names departments and writes dates in the language", () => {
    expect(fillPhrase("Смена {day} из {days}", { day: 3, days: 40 })).toBe("Смена 3 из 40");
    expect(departmentName("camera", "ru")).toBe("Операторский цех");
    expect(departmentName("Дрессировщики", "en")).toBe("Дрессировщики");
    expect(formatCallSheetDate("2027-03-01", "ru")).toBe("понедельник, 1 марта 2027 г.");
    expect(formatCallSheetDate("2027-03-01", "en")).toBe("Monday, 1 March 2027");
  });
});
