// The day out of days of the demo «Искра» through the real app on both databases: the published board by default,
// a hand-checked actor on the optimized board, agreement with the board's own day counts, and the CSV, XLSX and
// PDF read back the way a person's programs read them.
import { execFile } from "node:child_process";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { backends } from "@kinomost/db/testing";
import { demoBoardNames } from "../../demo/iskra-schedule.ts";
import { createTestApp, type TestApp, type TestClient } from "../../testing/test-app.ts";

const run = promisify(execFile);

interface Dood {
  schedule: { id: string; name: string; status: string };
  columns: string;
  days: { date: string; dayNumber: number | null; units: { name: string }[]; dayOff: boolean }[];
  elements: {
    id: string;
    boardNumber: string | null;
    name: string;
    codes: Record<string, string>;
    totals: Record<string, number>;
    firstWorkDate: string | null;
    lastWorkDate: string | null;
    dailyRate: { currency: string; minor: string; amount: string } | null;
    cost: { currency: string; minor: string; amount: string } | null;
  }[];
}

/** Splits a CSV whose cells need no quoting (the demo's names have no comma or quote). */
const csvRows = (text: string) =>
  text
    .replace(/^\uFEFF/u, "")
    .split("\r\n")
    .filter(Boolean)
    .map((line) => {
      expect(line).not.toContain('"');
      return line.split(",");
    });

describe.each(backends)("day out of days on %s", (backend) => {
  let t: TestApp;
  let producer: TestClient;
  let projectId: string;
  let optimizedId: string;
  let folder: string;
  const api = (path: string) => `/api/v1/projects/${projectId}${path}`;
  const dood = async (query: string) => {
    const response = await producer.get(api(`/dood?${query}`));
    expect(response.status, JSON.stringify(response.body)).toBe(200);
    return response.body as Dood;
  };

  beforeAll(async () => {
    t = await createTestApp(backend, { demo: true });
    producer = t.client();
    await producer.login("producer@iskra.demo", "iskra-demo");
    projectId = (await producer.get("/api/v1/projects")).body.projects[0].id;
    const boards = (await producer.get(api("/schedules"))).body.schedules as { id: string; name: string }[];
    optimizedId = boards.find((board) => board.name === demoBoardNames.optimized)!.id;
    folder = await mkdtemp(join(tmpdir(), "kinomost-dood-"));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
    await t.close();
  });

  it("reads the published КПП unless told, and says so when none is published", async () => {
    const boards = (await producer.get(api("/schedules"))).body.schedules as {
      id: string;
      status: string;
      version: number;
    }[];
    let published = boards.find((board) => board.status === "published");
    if (!published) {
      const missing = await producer.get(api("/dood"));
      expect(missing.status).toBe(404);
      expect(missing.body.error.message).toMatch(/no published board/);
      const optimized = boards.find((board) => board.id === optimizedId)!;
      const publish = await producer.post(api(`/schedules/${optimizedId}/publish`), {
        version: optimized.version,
      });
      expect(publish.status).toBe(200);
      published = optimized;
    }
    const report = await dood("category=cast");
    expect(report.schedule).toMatchObject({ id: published.id, status: "published" });
    expect(report.columns).toBe("shooting");
    expect(report.days.every((day) => day.dayNumber !== null)).toBe(true);
    expect(report.elements.length).toBeGreaterThan(0);
  });

  it("codes Кузьмич by hand: two travel days each way, a hold on a Friday, the weekend as days off", async () => {
    const report = await dood(`schedule=${optimizedId}&days=calendar`);
    const kuzmich = report.elements.find((element) => element.name === "КУЗЬМИЧ")!;
    // Home in Russia; shot by the second unit on 7 April and the first on 8 April in Belarus, on 12 April in
    // Kazakhstan; 5 and 6 April are the company's days off, 10 and 11 April a weekend.
    expect(kuzmich.boardNumber).toBe("9");
    expect(kuzmich.codes).toEqual({
      "2027-04-05": "TR",
      "2027-04-06": "TR",
      "2027-04-07": "SW",
      "2027-04-08": "W",
      "2027-04-09": "H",
      "2027-04-10": "/",
      "2027-04-11": "/",
      "2027-04-12": "WF",
      "2027-04-13": "TR",
      "2027-04-14": "TR",
    });
    expect(kuzmich.totals).toMatchObject({ worked: 3, held: 1, travel: 4, holidays: 2, idle: 0, paid: 8 });
    expect(kuzmich.dailyRate).toEqual({ currency: "RUB", minor: "4000000", amount: "40000.00" });
    expect(kuzmich.cost).toEqual({ currency: "RUB", minor: "32000000", amount: "320000.00" });
    const days = report.days.map((day) => day.date);
    expect(days).toContain("2027-04-05");
    expect(report.days.find((day) => day.date === "2027-04-05")).toMatchObject({
      dayNumber: null,
      dayOff: true,
    });
    expect(report.days.find((day) => day.date === "2027-04-07")!.units.map((unit) => unit.name)).toEqual([
      "Вторая группа",
    ]);
  });

  it("counts every actor's days as the board prices them, and costs them in their own currency", async () => {
    const board = (await producer.get(api(`/schedules/${optimizedId}`))).body as {
      cast: {
        id: string;
        dailyRate: { amount: string; currency: string } | null;
        days: { work: number; hold: number; travel: number; drops: number; firstDate: string | null } | null;
      }[];
    };
    const report = await dood(`schedule=${optimizedId}`);
    expect(report.elements.map((element) => element.id).sort()).toEqual(
      board.cast.map((person) => person.id).sort(),
    );
    for (const person of board.cast) {
      const row = report.elements.find((element) => element.id === person.id)!;
      expect(row.totals, row.name).toMatchObject({
        worked: person.days!.work,
        held: person.days!.hold,
        travel: person.days!.travel,
        drops: person.days!.drops,
      });
      expect(row.firstWorkDate).toBe(person.days!.firstDate);
      const rate = BigInt(person.dailyRate!.amount.replace(".", ""));
      expect(row.cost).toMatchObject({
        currency: person.dailyRate!.currency,
        minor: String(rate * BigInt(row.totals.paid!)),
      });
    }
    const misha = report.elements.find((element) => element.name === "МИШКА")!;
    expect(Object.values(misha.codes)).toEqual(expect.arrayContaining(["D", "PW"]));
  });

  it("reads other categories, without a cost where there is no rate", async () => {
    const report = await dood(`schedule=${optimizedId}&category=props`);
    expect(report.elements.length).toBeGreaterThan(0);
    expect(report.elements.every((element) => element.cost === null && element.totals.travel === 0)).toBe(
      true,
    );
  });

  it("writes the CSV of the contract: one row per element, one column per shooting day, codes, totals", async () => {
    const report = await dood(`schedule=${optimizedId}`);
    const response = await producer.get(api(`/dood.csv?schedule=${optimizedId}&category=cast`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toMatch(/^text\/csv/);
    expect(response.headers.get("content-disposition")).toMatch(/attachment; filename="dood-cast-.+\.csv"/);
    expect([...response.bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(response.bytes);
    const [header, ...rows] = csvRows(text);
    const dayColumns = header!.slice(2, 2 + report.days.length);
    expect(dayColumns).toEqual(report.days.map((day) => `День ${day.dayNumber} · ${day.date}`));
    expect(header!.slice(2 + report.days.length, 2 + report.days.length + 3)).toEqual([
      "Работа",
      "Ожидание",
      "Дорога",
    ]);
    expect(header!.at(-1)).toBe("Итого");
    expect(rows).toHaveLength(report.elements.length);
    const kuzmich = rows.find((row) => row[1] === "КУЗЬМИЧ")!;
    const column = (date: string) => 2 + report.days.findIndex((day) => day.date === date);
    expect([
      kuzmich[column("2027-04-07")],
      kuzmich[column("2027-04-09")],
      kuzmich[column("2027-04-12")],
    ]).toEqual(["SW", "H", "WF"]);
    expect(kuzmich.slice(-3)).toEqual(["40000.00", "RUB", "320000.00"]);

    const english = await producer.get(api(`/dood.csv?schedule=${optimizedId}&lang=en`));
    const [englishHeader] = csvRows(new TextDecoder().decode(english.bytes));
    expect(englishHeader!.slice(0, 3)).toEqual(["No.", "Cast Members", `Day 1 · ${report.days[0]!.date}`]);
  });

  it("writes an Excel workbook with coloured codes, frozen headings and the totals", async () => {
    const response = await producer.get(api(`/dood.xlsx?schedule=${optimizedId}`));
    expect(response.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(response.bytes) as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet("DOOD")!;
    expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 3 });
    expect(sheet.getRow(2).getCell(3).value).toBe("День 1");
    const kuzmich = sheet.getRows(4, sheet.rowCount - 3)!.find((row) => row.getCell(2).value === "КУЗЬМИЧ")!;
    const header = sheet.getRow(2).values as unknown[];
    const sw = (kuzmich.values as unknown[]).indexOf("SW");
    expect(sw).toBeGreaterThan(2);
    expect((kuzmich.getCell(sw).fill as { fgColor: { argb: string } }).fgColor.argb).toBe("FFC8E6C9");
    const cost = kuzmich.getCell(header.indexOf("Итого"));
    expect(cost.value).toBe(320000);
    expect(cost.numFmt).toContain("RUB");
    expect(kuzmich.getCell(header.indexOf("Дорога")).value).toBe(4);
  });

  it("prints a landscape PDF whose text has the Cyrillic names, the codes and the legend", async () => {
    const response = await producer.get(api(`/dood.pdf?schedule=${optimizedId}&days=calendar`));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const file = join(folder, `dood-${backend}.pdf`);
    await writeFile(file, response.bytes);
    const text = (await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])).stdout;
    for (const expected of [
      "График занятости (DOOD)",
      "КУЗЬМИЧ",
      "ЛЕБЕДЕВ",
      "SW",
      "WF",
      "TR",
      "Обозначения",
      "Итого",
    ])
      expect(text).toContain(expected);
    const info = (await run("pdfinfo", [file])).stdout;
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/);
  });

  it("hides the project from strangers and names a bad category or query", async () => {
    const stranger = await t.newUser();
    expect((await stranger.get(api("/dood"))).status).toBe(404);
    expect((await stranger.get(api("/dood.csv"))).status).toBe(404);
    const badCategory = await producer.get(api(`/dood?schedule=${optimizedId}&category=dragons`));
    expect(badCategory.status).toBe(400);
    expect(badCategory.body.error.fields).toEqual([expect.objectContaining({ path: "category" })]);
    const badDays = await producer.get(api(`/dood.csv?schedule=${optimizedId}&days=weekends`));
    expect(badDays.status).toBe(400);
    expect((await producer.get(api(`/dood?schedule=not-a-board`))).status).toBe(400);
    const otherBoard = await producer.get(api("/dood?schedule=00000000-0000-4000-8000-000000000000"));
    expect(otherBoard.status).toBe(404);
    const accountant = t.client();
    await accountant.login("accountant@belarusfilm.demo", "iskra-demo");
    expect((await accountant.get(api(`/dood?schedule=${optimizedId}`))).status).toBe(200);
  });
});
