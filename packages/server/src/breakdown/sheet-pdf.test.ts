// Renders real PDFs and reads them back with poppler's pdftotext and pdfinfo, so the test sees what a
// reader sees: Cyrillic text that extracts, one page per scene, the document's title.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  standardBreakdownCategories,
  type BreakdownCategory,
  type BreakdownSheet,
  type BreakdownSheetScene,
} from "@kinomost/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { renderBreakdownSheetsPdf } from "./sheet-pdf.ts";

const run = promisify(execFile);

const scene = (overrides: Partial<BreakdownSheetScene> = {}): BreakdownSheetScene => ({
  number: "12А",
  heading: "НАТ. ОКОП НА ОПУШКЕ - НОЧЬ",
  setting: "EXT",
  time: "NIGHT",
  timeText: "НОЧЬ",
  storyDay: "3",
  eighths: 11,
  screenSeconds: 83,
  set: "ОКОП НА ОПУШКЕ",
  location: { name: "Полигон «Алабино»", address: "Московская обл.", country: "Россия" },
  synopsis: "Иван ждёт рассвета и чистит винтовку.",
  ...overrides,
});

const sheet = (overrides: Partial<BreakdownSheet> = {}): BreakdownSheet => ({
  project: "Окоп",
  episode: "3",
  draft: "Драфт 2 (голубой)",
  scene: scene(),
  elements: [],
  ...overrides,
});

const drones: BreakdownCategory = {
  key: "custom:drony",
  names: { ru: "Дроны", en: "Drones" },
  color: "#123456",
};
const categories = [...standardBreakdownCategories, drones];

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kinomost-sheet-pdf-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function readBack(pdf: Uint8Array, name: string) {
  const file = join(dir, `${name}.pdf`);
  await writeFile(file, pdf);
  const text = (await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])).stdout;
  const info = (await run("pdfinfo", ["-enc", "UTF-8", file])).stdout;
  const field = (key: string) => new RegExp(`^${key}:\\s*(.*)$`, "mu").exec(info)?.[1]?.trim();
  return { text, pages: Number(field("Pages")), title: field("Title"), creator: field("Creator") };
}

describe("renderBreakdownSheetsPdf", () => {
  it("renders one page per scene with Russian text that extracts", async () => {
    const pdf = await renderBreakdownSheetsPdf(
      [
        sheet({
          elements: [
            { category: "cast", name: "ИВАН", boardId: "1" },
            { category: "cast", name: "МАША", boardId: "2" },
            { category: "props", name: "Винтовка Мосина", boardId: null },
            { category: "props", name: "Фляга трофейная", boardId: null },
            { category: "background", name: "Солдаты", boardId: null, count: 20, note: "в касках" },
            { category: "custom:drony", name: "Разведывательный дрон", boardId: null },
          ],
        }),
        sheet({
          scene: scene({
            number: "13",
            heading: "ИНТ. БЛИНДАЖ - ДЕНЬ",
            setting: "INT",
            time: "DAY",
            timeText: "ДЕНЬ",
          }),
          elements: [{ category: "militaryVehicles", name: "Танк Т-34", boardId: null }],
        }),
      ],
      categories,
      "ru",
    );
    expect(new TextDecoder().decode(pdf.slice(0, 5))).toBe("%PDF-");
    const { text, pages, title, creator } = await readBack(pdf, "two-scenes");
    expect(pages).toBe(2);
    expect(title).toBe("Разработка сцены — Окоп");
    expect(creator).toBe("Kinomost");
    for (const expected of [
      "НАТ. ОКОП НА ОПУШКЕ - НОЧЬ",
      "ИНТ. БЛИНДАЖ - ДЕНЬ",
      "Реквизит",
      "Актёры",
      "Массовка",
      "Дроны",
      "Военная техника",
      "1. ИВАН",
      "2. МАША",
      "Винтовка Мосина",
      "Солдаты (20) — в касках",
      "Разведывательный дрон",
      "Танк Т-34",
      "1 3/8",
      "01:23",
      "Ночь",
      "Полигон «Алабино», Московская обл., Россия",
      "Драфт 2 (голубой)",
      "Страница 1 из 2",
      "Страница 2 из 2",
    ]) {
      expect(text).toContain(expected);
    }
    const [first, second] = text.split("\f");
    expect(first).toContain("12А");
    expect(first).not.toContain("Танк Т-34");
    expect(second).toContain("Танк Т-34");
  });

  it("continues a scene with many elements on further pages, in English", async () => {
    const elements = Array.from({ length: 160 }, (_, index) => ({
      category: index % 2 === 0 ? "props" : "wardrobe",
      name: `Element ${String(index + 1).padStart(3, "0")}`,
      boardId: null,
    }));
    const pdf = await renderBreakdownSheetsPdf([sheet({ elements })], categories, "en");
    const { text, pages } = await readBack(pdf, "long-scene");
    expect(pages).toBeGreaterThan(1);
    expect(text).toContain("Element 001");
    expect(text).toContain("Element 160");
    expect(text).toContain("(continued)");
    expect(text).toContain(`Page ${pages} of ${pages}`);
  });

  it("renders a page that says so when there are no scenes or no elements", async () => {
    const empty = await readBack(await renderBreakdownSheetsPdf([], categories, "ru"), "empty");
    expect(empty.pages).toBe(1);
    expect(empty.text).toContain("Сцен нет");
    const bare = await readBack(await renderBreakdownSheetsPdf([sheet()], categories, "en"), "bare");
    expect(bare.text).toContain("No elements");
  });
});
