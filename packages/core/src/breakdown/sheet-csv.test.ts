import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { standardBreakdownCategories } from "./categories.ts";
import type { BreakdownSheet, BreakdownSheetScene } from "./sheet.ts";
import { breakdownSheetsCsv } from "./sheet-csv.ts";

const scene = (overrides: Partial<BreakdownSheetScene> = {}): BreakdownSheetScene => ({
  number: "12А",
  heading: "НАТ. ОКОП - НОЧЬ",
  setting: "EXT",
  time: "NIGHT",
  timeText: "НОЧЬ",
  storyDay: "3",
  eighths: 11,
  screenSeconds: 83,
  set: "ОКОП",
  location: { name: "Полигон", address: "Алабино", country: "RU" },
  synopsis: null,
  ...overrides,
});

const sheet = (overrides: Partial<BreakdownSheet> = {}): BreakdownSheet => ({
  project: "Окоп",
  episode: null,
  draft: "Драфт 2 (голубой)",
  scene: scene(),
  elements: [],
  ...overrides,
});

describe("breakdownSheetsCsv", () => {
  const sheets = [
    sheet({
      elements: [
        { category: "props", name: 'Фляга, "трофейная"\nпомятая', boardId: null },
        { category: "cast", name: "ИВАН", boardId: "1" },
      ],
    }),
    sheet({
      scene: scene({
        number: null,
        setting: null,
        time: null,
        timeText: "РЕЖИМ",
        eighths: 3,
        location: null,
      }),
    }),
  ];

  it("writes a localized header and one row per scene and element", () => {
    const rows = parse(breakdownSheetsCsv(sheets, standardBreakdownCategories, "ru"));
    expect(rows).toEqual([
      [
        "Сцена",
        "Заголовок",
        "ИНТ./НАТ.",
        "Режим",
        "Сценарный день",
        "Страниц",
        "Хронометраж",
        "Объект",
        "Место съёмки",
        "Категория",
        "Элемент",
        "№",
      ],
      [
        "12А",
        "НАТ. ОКОП - НОЧЬ",
        "НАТ.",
        "Ночь",
        "3",
        "1 3/8",
        "01:23",
        "ОКОП",
        "Полигон, Алабино, RU",
        "Актёры",
        "ИВАН",
        "1",
      ],
      [
        "12А",
        "НАТ. ОКОП - НОЧЬ",
        "НАТ.",
        "Ночь",
        "3",
        "1 3/8",
        "01:23",
        "ОКОП",
        "Полигон, Алабино, RU",
        "Реквизит",
        'Фляга, "трофейная"\nпомятая',
        "",
      ],
      ["", "НАТ. ОКОП - НОЧЬ", "", "РЕЖИМ", "3", "3/8", "01:23", "ОКОП", "", "", "", ""],
    ]);
  });

  it("quotes as RFC 4180 says, with CRLF between records", () => {
    const csv = breakdownSheetsCsv(sheets.slice(0, 1), standardBreakdownCategories, "en");
    expect(csv.split("\r\n")[0]).toBe(
      "Scene,Heading,INT/EXT,Day/Night,Story day,Pages,Screen time,Set,Location,Category,Element,Board ID",
    );
    expect(csv).toContain(',"Полигон, Алабино, RU",');
    expect(csv).toContain('Props,"Фляга, ""трофейная""\nпомятая",\r\n');
    expect(csv.endsWith("\r\n")).toBe(true);
  });

  it("keeps a formula-looking name as text", () => {
    const csv = breakdownSheetsCsv(
      [sheet({ elements: [{ category: "props", name: "=HYPERLINK(1)", boardId: null }] })],
      standardBreakdownCategories,
      "en",
    );
    expect(parse(csv)[1]?.[10]).toBe("'=HYPERLINK(1)");
  });

  it("writes a BOM only when asked and a header alone for no sheets", () => {
    expect(breakdownSheetsCsv([], [], "ru", { bom: true }).startsWith("\uFEFFСцена,")).toBe(true);
    expect(breakdownSheetsCsv([], [], "en").split("\r\n")).toHaveLength(2);
  });
});
