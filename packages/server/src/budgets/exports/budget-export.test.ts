// The budget's files read back the way people read them: the PDF through poppler's pdftotext (Cyrillic totals
// that extract), the workbook through exceljs (numeric cells equal to the engine's totals), the CSV through a CSV
// parser (every line, the totals adding up, formulas kept as text).
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import {
  computeBudget,
  formatMoneyDecimal,
  lockOriginal,
  readBudgetFile,
  type Budget,
  type CurrencyCode,
  type RateTable,
} from "@kinomost/core";
import { parse } from "csv-parse/sync";
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  renderBudgetCsv,
  renderBudgetPdf,
  renderBudgetXlsx,
  type BudgetExportInput,
} from "./budget-export.ts";
import type { ReportHeader } from "./document.ts";
import { formatDecimal, pickReportLanguage, type ReportLanguage } from "./labels.ts";

const run = promisify(execFile);

const iskra = (() => {
  const file = readBudgetFile(
    JSON.parse(
      readFileSync(
        new URL("../../../../core/src/budget/fixtures/iskra-budget.json", import.meta.url),
        "utf8",
      ),
    ),
  );
  if (!file.ok) throw new Error(JSON.stringify(file.errors));
  return file.value;
})();

function exportInput(
  language: ReportLanguage,
  options: { budget?: Budget; rates?: RateTable; currency?: string } = {},
): BudgetExportInput {
  const budget = options.budget ?? iskra.budget;
  const rates = options.rates ?? iskra.rates;
  const computed = computeBudget(budget, rates, {
    ...(options.currency ? { currency: options.currency as CurrencyCode } : {}),
  });
  if (!computed.ok) throw new Error(JSON.stringify(computed.errors));
  const totals = computed.value;
  const header: ReportHeader = {
    project: language === "ru" ? "Искра" : "Iskra",
    budget: "Смета v2",
    version: 3,
    status: "draft",
    printedOn: "2026-11-27",
    currency: totals.displayCurrency,
    baseCurrency: totals.baseCurrency,
    rates: totals.rates,
  };
  return { budget, totals, rates, header, language };
}

let dir = "";
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "kinomost-budget-export-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

export async function pdfText(pdf: Uint8Array, name: string) {
  const file = join(dir || tmpdir(), `${name}.pdf`);
  await writeFile(file, pdf);
  const text = (await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])).stdout;
  const info = (await run("pdfinfo", ["-enc", "UTF-8", file])).stdout;
  const pages = Number(/^Pages:\s*(\d+)/mu.exec(info)?.[1]);
  const title = /^Title:\s*(.*)$/mu.exec(info)?.[1]?.trim();
  // pdftotext writes no-break spaces as they are; a reader sees spaces.
  return { text: text.replace(/[\u00a0\u202f]/g, " "), pages, title, info };
}

describe("budget exports", () => {
  it("prints the top sheet and detail in Russian with totals that extract", async () => {
    const input = exportInput("ru");
    const pdf = await renderBudgetPdf(input);
    const { text, pages, title, info } = await pdfText(pdf, "iskra-ru");
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(title).toBe("Сводная смета, детальная смета — Искра");
    // A4 landscape: 842 × 595 points.
    expect(info).toMatch(/Page size:\s+841\.89 x 595\.28/u);
    const grand = formatDecimal(formatMoneyDecimal(input.totals.total.display), "ru").replace(/\u00a0/g, " ");
    expect(text).toMatch(new RegExp(`Итого по смете\\s+${grand}\\s+100,00`, "u"));
    for (const expected of [
      "Сводная смета",
      "Детальная смета",
      // The screen's words: разделы and статьи, выше and ниже линии.
      "Раздел",
      "Выше линии",
      "Итого ниже линии",
      "в т. ч. начисления на оплату труда",
      "Резерв на непредвиденные расходы (5 %)",
      "По партнёрам",
      "Беларусьфильм",
      "Казахстан (KZ)",
      "Искра — Смета v2",
      "версия 3 (черновик)",
      "Курсы cbr на 01.04.2025",
      "Сформировано 27.11.2026",
      "Итого по статье 1100",
      "Итого по разделу 1000",
      `Страница 1 из ${pages}`,
      `Страница ${pages} из ${pages}`,
    ]) {
      expect(text).toContain(expected);
    }
    // A suppressed what-if line is printed, marked, and counts nothing.
    expect(text).toContain("не входит в итог");
  });

  it("prints in English, in another display currency", async () => {
    const input = exportInput("en", { currency: "KZT" });
    const { text } = await pdfText(await renderBudgetPdf(input), "iskra-en-kzt");
    const grand = formatDecimal(formatMoneyDecimal(input.totals.total.display), "en");
    expect(input.totals.total.display.currency).toBe("KZT");
    expect(text).toMatch(new RegExp(`Grand total\\s+${grand}\\s+100\\.00`, "u"));
    expect(text).toContain("Currency: KZT");
    expect(text).toContain("Total, RUB");
    expect(text).toContain("Total, KZT");
    expect(text).toContain("Page 1 of");
  });

  it("writes a workbook whose numeric cells equal the engine's totals", async () => {
    const input = exportInput("ru");
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as Node's older Buffer; the bytes are the same.
    await workbook.xlsx.load(Buffer.from(await renderBudgetXlsx(input)) as unknown as ExcelJS.Buffer);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Сводная смета", "Детальная смета"]);
    const [top, detail] = workbook.worksheets as [ExcelJS.Worksheet, ExcelJS.Worksheet];
    const rowOf = (sheet: ExcelJS.Worksheet, text: string) => {
      let found: ExcelJS.Row | undefined;
      sheet.eachRow((row) => {
        if (!found && row.getCell(2).value === text) found = row;
      });
      if (!found) throw new Error(`no row "${text}" in ${sheet.name}`);
      return found;
    };
    const grand = rowOf(top, "Итого по смете").getCell(3);
    expect(grand.value).toBe(Number(formatMoneyDecimal(input.totals.total.display)));
    expect(typeof grand.value).toBe("number");
    expect(grand.numFmt).toBe('#,##0.00 "RUB"');
    expect(rowOf(top, "Итого выше линии").getCell(3).value).toBe(
      Number(formatMoneyDecimal(input.totals.aboveTheLine.display)),
    );
    expect(top.views[0]).toMatchObject({ state: "frozen" });
    expect(top.getColumn(2).width).toBeGreaterThan(20);
    // Every included line's base total adds up to the total before contingency, to the kopeck.
    let sum = 0n;
    detail.eachRow((row) => {
      const total = row.getCell(10).value;
      if (row.getCell(3).value !== null && typeof total === "number") {
        sum += BigInt(Math.round(total * 100));
      }
    });
    expect(sum).toBe(input.totals.subtotal.base.minor);
    expect(rowOf(detail, "Итого выше и ниже линии").getCell(10).value).toBe(
      Number(formatMoneyDecimal(input.totals.subtotal.base)),
    );
    expect(detail.views[0]).toMatchObject({ state: "frozen" });
    const byn = input.totals.lines.find((line) => line.subtotal.currency === "BYN");
    expect(byn).toBeDefined();
    let bynFormat = "";
    detail.eachRow((row) => {
      if (row.getCell(7).value === "BYN") bynFormat = row.getCell(8).numFmt;
    });
    expect(bynFormat).toBe('#,##0.00 "BYN"');
  });

  it("writes the detail lines as CSV that reads back, with formulas kept as text", async () => {
    const [category] = iskra.budget.categories;
    const [account] = category!.accounts;
    const hostile: Budget = {
      ...iskra.budget,
      categories: [
        {
          ...category!,
          accounts: [
            {
              ...account!,
              lines: [
                ...account!.lines,
                { ...account!.lines[0]!, description: '=HYPERLINK("http://evil","x")', fringes: [] },
              ],
            },
            ...category!.accounts.slice(1),
          ],
        },
        ...iskra.budget.categories.slice(1),
      ],
    };
    const input = exportInput("ru", { budget: hostile });
    const csv = renderBudgetCsv(input);
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv).toContain("\r\n");
    const rows: string[][] = parse(csv.slice(1));
    const [header, ...lines] = rows;
    expect(header).toEqual(expect.arrayContaining(["Раздел", "Статья", "Описание"]));
    expect(lines).toHaveLength(input.totals.lines.length);
    expect(lines.some((line) => line[4] === `'=HYPERLINK("http://evil","x")`)).toBe(true);
    const total = lines.reduce((sum, line) => sum + BigInt((line[12] ?? "0").replace(".", "")), 0n);
    expect(total).toBe(input.totals.subtotal.base.minor);
    expect(lines[0]?.slice(5, 10)).toEqual(["12", "серия", "1", "350000", "RUB"]);
  });

  it("shows the variance against a locked original", async () => {
    const locked = lockOriginal(exportInput("ru").totals, "2025-05-01");
    const changed: Budget = {
      ...iskra.budget,
      globals: { ...iskra.budget.globals, SHOOTDAYS: "54" },
      original: locked,
    };
    const input = exportInput("ru", { budget: changed });
    expect(input.totals.variance).toBeDefined();
    const { text } = await pdfText(await renderBudgetPdf(input), "variance");
    expect(text).toContain("Отклонение от утверждённой сметы (утверждена 01.05.2025), RUB");
    const variance = formatDecimal(formatMoneyDecimal(input.totals.variance!.total.variance), "ru");
    expect(text).toContain(variance.replace(/\u00a0/g, " "));
  });
});

describe("pickReportLanguage", () => {
  it("takes ?lang, then the preferred of ru and en, then Russian", () => {
    expect(pickReportLanguage("en", "ru")).toBe("en");
    expect(pickReportLanguage(undefined, "en-GB,en;q=0.9,ru;q=0.8")).toBe("en");
    expect(pickReportLanguage(undefined, "kk-KZ, ru;q=0.9, en;q=0.8")).toBe("ru");
    expect(pickReportLanguage(undefined, "de, en;q=0.5")).toBe("en");
    expect(pickReportLanguage(undefined, "en;q=0, de")).toBe("ru");
    expect(pickReportLanguage(undefined, undefined)).toBe("ru");
  });
});
