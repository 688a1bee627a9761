// The shooting schedule report (КПП) of the demo «Искра» through the real app on both databases: a board's PDF
// and workbook read back the way a person's programs read them, checked against the board the API serves (the
// scenes of a day under that day, its totals, the company's break as a banner, the paging, the strip colours),
// English labels, the published board's report, and who may read it.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatEighths, formatScreenTime } from "@kinomost/core";
import { backends } from "@kinomost/db/testing";
import { demoBoardNames } from "../../demo/iskra-schedule.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";

const run = promisify(execFile);

interface Board {
  schedule: { id: string; name: string; status: string; version: number };
  units: { id: string; name: string }[];
  days: { id: string; unitId: string; date: string; shift: string; strips: string[] }[];
  scenes: {
    lineageId: string;
    label: string;
    setting: string | null;
    time: string | null;
    eighths: number;
    screenSeconds: number;
    castBoardIds: string[];
    location: { name: string; country: string } | null;
  }[];
}

/** Runs of white space as one space: a wrapped cell reads as one line. */
const flat = (text: string) => text.replace(/\s+/gu, " ");

describe.each(backends)("shooting schedule report on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let projectId: string;
  let board: Board;
  let folder: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const report = (format: "pdf" | "xlsx", query = "") =>
    producer.get(api(`/schedules/${board.schedule.id}/report.${format}${query}`));

  /** The PDF's text in drawing order (`-raw`), its white space flattened, and its number of pages. */
  async function readPdf(bytes: Uint8Array, name: string) {
    const file = join(folder, `${name}-${backend}.pdf`);
    await writeFile(file, bytes);
    const text = (await run("pdftotext", ["-raw", "-enc", "UTF-8", file, "-"])).stdout;
    const info = (await run("pdfinfo", [file])).stdout;
    return { text: flat(text), pages: Number(/Pages:\s+(\d+)/u.exec(info)?.[1]), info };
  }

  async function readXlsx(bytes: Uint8Array) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
    return workbook;
  }

  /** The first shooting shift of the board and its scenes, as the board's own API gives them. */
  function firstShift() {
    const scenes = new Map(board.scenes.map((scene) => [scene.lineageId, scene]));
    const day = board.days.find((candidate) => candidate.strips.length > 0)!;
    return { day, scenes: day.strips.map((id) => scenes.get(id)!) };
  }

  const shootingDates = () =>
    new Set(board.days.filter((day) => day.strips.length > 0).map((day) => day.date));

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
    const boards = (await producer.get(api("/schedules"))).body.schedules as { id: string; name: string }[];
    const optimizedId = boards.find((entry) => entry.name === demoBoardNames.optimized)!.id;
    board = (await producer.get(api(`/schedules/${optimizedId}`))).body as Board;
    folder = await mkdtemp(join(tmpdir(), "kinomost-kpp-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await t.close();
  });

  it("prints the board day by day on landscape A4: each day's scenes under it, its totals, banners, paging", async () => {
    const response = await report("pdf");
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="kpp-.+-ru\.pdf"/u);
    const { text, pages, info } = await readPdf(response.bytes, "board-ru");
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/u);
    const dayCount = shootingDates().size;
    for (const expected of [
      "Календарно-постановочный план (КПП)",
      "Искра",
      `Вариант: ${board.schedule.name} · Черновик (не утверждён)`,
      "Группы: Основная группа, Вторая группа",
      // The test's clock, in the zone of the first location (Moscow).
      "Напечатано 27.11.2026, 12:00 GMT+3",
      `День 1 из ${dayCount} · `,
      `День ${dayCount} из ${dayCount} · `,
      `Стр. 1 из ${pages}`,
      `Стр. ${pages} из ${pages}`,
      // The demo's calendar: the company's break between the Belarusian and the Central Asian blocks.
      "ВЫХОДНОЙ ГРУППЫ (ПЕРЕРЫВ) · пн 05.04 — вт 06.04",
      "Итого по КПП",
      `Съёмочных дней ${dayCount}`,
    ])
      expect(text).toContain(expected);
    expect(pages).toBeGreaterThan(1);
    expect(text).toMatch(/Переезд группы «Основная группа»: Беларусь › Казахстан/u);
    expect(text).toMatch(/Граница: Беларусь › Казахстан/u);

    // Day 1: its shift's scenes in shooting order, their cast numbers, then the day's total.
    const { day, scenes } = firstShift();
    const section = text.slice(text.indexOf("День 1 из "), text.indexOf("День 2 из "));
    expect(section).toContain(scenes[0]!.location!.name);
    let at = 0;
    for (const scene of scenes) {
      const found = section.indexOf(`${scene.label} `, at);
      expect(found, scene.label).toBeGreaterThan(at);
      at = found;
      if (scene.castBoardIds.length > 0) expect(section).toContain(scene.castBoardIds.join(", "));
    }
    const eighths = scenes.reduce((sum, scene) => sum + scene.eighths, 0);
    const seconds = scenes.reduce((sum, scene) => sum + scene.screenSeconds, 0);
    expect(section).toMatch(
      new RegExp(
        `Итого за день 1 · сцен: ${scenes.length} · расчётно \\d+,\\d ч из 12 ч( \\(переработка \\d+,\\d ч\\))? ${formatEighths(eighths)} ${formatScreenTime(seconds)}`,
        "u",
      ),
    );
    expect(section.indexOf("Итого за день 1")).toBeGreaterThan(at);
    expect(day.date).toBe("2027-03-18");
    expect(section).toContain("День 1 из");
    expect(section).toContain("чт, 18 марта 2027 г.");
  });

  it("speaks English when asked, and prints the instant the app's clock gives", async () => {
    t.clock.advance(24 * 3600 * 1000);
    const response = await report("pdf", "?lang=en");
    expect(response.status).toBe(200);
    const { text, pages } = await readPdf(response.bytes, "board-en");
    for (const expected of [
      "Shooting schedule",
      "Board: КПП после оптимизации · Draft (not published)",
      "Printed 28/11/2026, 12:00 GMT+3",
      `Day 1 of ${shootingDates().size} · Thu, 18 March 2027`,
      "COMPANY DAY OFF · Mon 05/04 — Tue 06/04",
      `Page 1 of ${pages}`,
      "Schedule summary",
    ])
      expect(text).toContain(expected);
    expect(text).toMatch(/Day 1 total · scenes: \d+ · est\. \d+\.\d h of 12 h/u);
    expect(text).not.toContain("Стр.");
    t.clock.advance(-24 * 3600 * 1000);
  });

  it("writes one sheet with a frozen heading row, a row per strip in its colour, numbers and merged banners", async () => {
    const response = await report("xlsx");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    const workbook = await readXlsx(response.bytes);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["КПП"]);
    const sheet = workbook.getWorksheet("КПП")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: 5 });
    expect((sheet.getRow(5).values as unknown[]).slice(1)).toEqual([
      "День",
      "Дата",
      "День недели",
      "Группа",
      "Сцена",
      "ИНТ./НАТ.",
      "Режим",
      "Объект",
      "Локация",
      "Страна",
      "Содержание",
      "Актёры (№)",
      "Стр.",
      "Хрон.",
      "Часы",
    ]);
    expect(sheet.getColumn(11).width).toBeGreaterThan(sheet.getColumn(1).width!);

    const rows = sheet.getRows(6, sheet.rowCount - 5)!;
    const stripRows = new Map(
      rows
        .filter((row) => typeof row.getCell(1).value === "number" && !row.getCell(5).isMerged)
        .map((row) => [String(row.getCell(5).value), row]),
    );
    const scheduled = board.days.reduce((sum, day) => sum + day.strips.length, 0);
    expect(stripRows.size).toBe(scheduled);

    const { day, scenes } = firstShift();
    const first = stripRows.get(scenes[0]!.label)!;
    expect(first.getCell(1).value).toBe(1);
    expect(first.getCell(2).value).toEqual(new Date(`${day.date}T00:00:00Z`));
    expect(first.getCell(2).numFmt).toBe("dd.mm.yyyy");
    expect(first.getCell(4).value).toBe(board.units.find((unit) => unit.id === day.unitId)!.name);
    expect(first.getCell(9).value).toBe(scenes[0]!.location!.name);
    expect(first.getCell(13).value).toBe(scenes[0]!.eighths / 8);
    expect(first.getCell(13).numFmt).toBe("# ?/8");
    // A duration is a fraction of a day: ExcelJS reads it back as a time after Excel's day zero.
    expect(first.getCell(14).value).toEqual(
      new Date(Date.UTC(1899, 11, 30) + scenes[0]!.screenSeconds * 1000),
    );
    expect(first.getCell(14).numFmt).toBe("[mm]:ss");

    // The convention's colours: INT/NIGHT blue, EXT/DAY yellow.
    const colourOf = (row: ExcelJS.Row) =>
      (row.getCell(5).fill as { fgColor: { argb: string } }).fgColor.argb;
    const intNight = board.scenes.find((scene) => scene.setting === "INT" && scene.time === "NIGHT")!;
    const extDay = board.scenes.find((scene) => scene.setting === "EXT" && scene.time === "DAY")!;
    expect(colourOf(stripRows.get(intNight.label)!)).toBe("FFBBDEFB");
    expect(colourOf(stripRows.get(extDay.label)!)).toBe("FFFFF59D");

    const total = rows.find((row) => String(row.getCell(5).value).startsWith("Итого за день 1 · "))!;
    expect(total.getCell(13).value).toBe(scenes.reduce((sum, scene) => sum + scene.eighths, 0) / 8);
    expect(typeof total.getCell(15).value).toBe("number");

    const banner = rows.find((row) => String(row.getCell(1).value).startsWith("ВЫХОДНОЙ ГРУППЫ (ПЕРЕРЫВ)"))!;
    expect(banner.getCell(1).value).toBe("ВЫХОДНОЙ ГРУППЫ (ПЕРЕРЫВ) · пн 05.04 — вт 06.04");
    expect(banner.getCell(15).isMerged).toBe(true);
    expect(banner.getCell(15).master.address).toBe(`A${banner.number}`);

    const days = rows.find((row) => row.getCell(1).value === "Съёмочных дней")!;
    expect(days.getCell(5).value).toBe(shootingDates().size);

    const english = await readXlsx((await report("xlsx", "?lang=en")).bytes);
    const schedule = english.getWorksheet("Schedule")!;
    expect((schedule.getRow(5).values as unknown[]).slice(1, 6)).toEqual([
      "Day",
      "Date",
      "Weekday",
      "Unit",
      "Scene",
    ]);
    expect(schedule.getRow(1).getCell(1).value).toBe("Shooting schedule");
  });

  it("prints the published КПП, and says NO_PUBLISHED_BOARD where none is", async () => {
    const boards = (await producer.get(api("/schedules"))).body.schedules as {
      id: string;
      name: string;
      status: string;
      version: number;
    }[];
    let published = boards.find((entry) => entry.status === "published");
    if (!published) {
      const missing = await producer.get(api("/kpp.pdf"));
      expect(missing.status).toBe(404);
      expect(missing.body.error.code).toBe("NO_PUBLISHED_BOARD");
      const optimized = boards.find((entry) => entry.id === board.schedule.id)!;
      expect(
        (await producer.post(api(`/schedules/${optimized.id}/publish`), { version: optimized.version }))
          .status,
      ).toBe(200);
      published = optimized;
    }
    const pdf = await producer.get(api("/kpp.pdf"));
    expect(pdf.status).toBe(200);
    const { text } = await readPdf(pdf.bytes, "kpp");
    expect(text).toContain(`Вариант: ${published.name} · Утверждён `);
    expect(text).toMatch(/Утверждён \d\d\.\d\d\.\d{4}, \d\d:\d\d GMT[+-]\d+, \S/u);
    const xlsx = await producer.get(api("/kpp.xlsx?lang=en"));
    expect(xlsx.status).toBe(200);
    const sheet = (await readXlsx(xlsx.bytes)).getWorksheet("Schedule")!;
    expect(String(sheet.getRow(3).getCell(1).value)).toContain(`Board: ${published.name} · Published `);

    const stranger = await t.newUser();
    const created = await stranger.post("/api/v1/projects", {
      titles: { ru: "Короткий метр" },
      kind: "feature",
      languages: ["ru"],
      leadOrganizationId: stranger.organizationId,
    });
    expect(created.status).toBe(201);
    for (const file of ["kpp.pdf", "kpp.xlsx"]) {
      const none = await stranger.get(`/api/v1/projects/${created.body.project.id}/${file}`);
      expect(none.status, file).toBe(404);
      expect(none.body.error.code).toBe("NO_PUBLISHED_BOARD");
      expect(none.body.error.message).toMatch(/no published shooting schedule/u);
    }
  });

  it("hides the project from other organizations and names a bad language", async () => {
    const stranger = await t.newUser();
    for (const path of [
      `/schedules/${board.schedule.id}/report.pdf`,
      `/schedules/${board.schedule.id}/report.xlsx`,
      "/kpp.pdf",
      "/kpp.xlsx",
    ]) {
      const hidden = await stranger.get(api(path));
      expect(hidden.status, path).toBe(404);
      expect(hidden.body.error.code).toBe("NOT_FOUND");
    }
    const badLanguage = await report("pdf", "?lang=de");
    expect(badLanguage.status).toBe(400);
    expect(badLanguage.body.error.fields).toEqual([expect.objectContaining({ path: "lang" })]);
    expect((await producer.get(api("/kpp.xlsx?lang=kk"))).status).toBe(400);
    expect((await report("xlsx", "?format=csv")).status).toBe(400);
    const otherBoard = await producer.get(api("/schedules/00000000-0000-4000-8000-000000000000/report.pdf"));
    expect(otherBoard.status).toBe(404);
    const accountant = t.client();
    await accountant.login("accountant@belarusfilm.demo", "iskra-demo");
    expect((await accountant.get(api(`/schedules/${board.schedule.id}/report.xlsx`))).status).toBe(200);
  });
});
