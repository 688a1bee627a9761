// Cost accounting in a real browser against the demo «Искра»: Belarusfilm's accountant imports a ledger export with
// a bad amount — the preview names the row and the column, marks the cell and keeps the import shut, and nothing
// reaches the journal — then imports the corrected file and finds its costs in the journal; the producer opens the
// cost report and reads spend by partner against the agreed shares. The accountant sees by name whose books are open
// to her, has a cost on an account the budget lacks refused, and enters an account's estimate to complete in the
// cost report: the estimate at completion and the variance follow, and clearing it brings back the rest of the budget.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProducer, openIskraTab, shoot, startHarness, type Harness } from "./browser.ts";

const demoAccountant = { email: "accountant@belarusfilm.demo", password: "iskra-demo" };
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const header = "Дата;Контрагент;Статья;Описание;Валюта;Сумма;Страна;Документ";
const goodRow = "12.11.2026;ОАО «Минсктранс»;2510;Автобус для группы, ноябрь;BYN;1 250,00;BY;Счёт № 77";
const ledgerFile = (amount: string) => ({
  name: "belarusfilm-ledger.csv",
  mimeType: "text/csv",
  buffer: Buffer.from(
    [header, goodRow, `13.11.2026;ИП Козлов А. В.;2620;Кейтеринг на площадке;BYN;${amount};BY;Акт № 5`].join(
      "\r\n",
    ),
  ),
});

async function openMoney(page: Page, user: { email: string; password: string }): Promise<void> {
  await openIskraTab(page, user, "Учёт затрат");
  await page.getByTestId("ledger").waitFor();
}

async function readFile(page: Page, file: ReturnType<typeof ledgerFile>): Promise<void> {
  await page.getByTestId("actuals-file").setInputFiles(file);
  await page.getByRole("button", { name: "Прочитать файл" }).click();
  await page.getByTestId("column-mapping").waitFor();
  await page.getByRole("button", { name: "Далее: предпросмотр" }).click();
  await page.getByTestId("import-preview").waitFor();
}

describe("cost accounting", () => {
  it("refuses a ledger file with a bad amount by row and column, then imports the corrected file whole", async () => {
    const page = await harness.newPage();
    await openMoney(page, demoAccountant);
    await shoot(page, "money-01-ledger");

    await page.getByRole("button", { name: "Импорт из файла" }).click();
    await page.getByTestId("actuals-file").setInputFiles(ledgerFile("12,5.0"));
    await page.getByRole("button", { name: "Прочитать файл" }).click();
    const mapping = page.getByTestId("column-mapping");
    await mapping.waitFor();
    // The server recognized the columns from their Russian headers.
    expect(await mapping.getByLabel("Что в колонке F «Сумма»").inputValue()).toBe("amount");
    expect(await mapping.getByLabel("Что в колонке C «Статья»").inputValue()).toBe("account");
    await page.getByRole("button", { name: "Далее: предпросмотр" }).click();

    const errors = page.getByTestId("import-errors");
    await errors.waitFor();
    expect(await errors.innerText()).toContain("Строка 3, колонка F «Сумма»: «12,5.0» — не число");
    const badCell = page.getByTestId("import-preview").locator("td.money-cell--error");
    expect(await badCell.count()).toBe(1);
    expect(await badCell.innerText()).toBe("12,5.0");
    expect(await page.getByRole("button", { name: /^Импортировать/ }).isDisabled()).toBe(true);
    await shoot(page, "money-02-preview-errors");
    // Nothing was imported: not even the good row.
    expect(await page.getByTestId("ledger").innerText()).not.toContain("Минсктранс");

    await page.getByRole("button", { name: "← Колонки" }).click();
    await page.getByRole("button", { name: "← Другой файл" }).click();
    await readFile(page, ledgerFile("1 980,40"));
    expect(await page.getByTestId("preview-summary").innerText()).toContain("без ошибок — 2, ошибок — 0");
    await page.getByRole("button", { name: "Импортировать 2 затраты" }).click();
    await page.getByTestId("import-done").waitFor();
    expect(await page.getByTestId("import-done").innerText()).toContain("Импортировано 2 затраты");

    await page.getByRole("button", { name: "Показать в журнале" }).click();
    const ledger = page.getByTestId("ledger");
    await ledger.getByText("ОАО «Минсктранс»").waitFor();
    expect(await ledger.innerText()).toContain("ИП Козлов А. В.");
    // 1 250,00 + 1 980,40 Belarusian roubles, summed by the server.
    expect((await page.getByTestId("ledger-totals").innerText()).replace(/\s/gu, " ")).toMatch(/3 230,40/u);
    expect(await page.getByTestId("import-history").innerText()).toContain("belarusfilm-ledger.csv");
    await shoot(page, "money-03-imported");
  });

  it("shows the producer spend by partner against the agreed shares", async () => {
    const page = await harness.newPage();
    await openMoney(page, demoProducer);
    await page.getByRole("link", { name: "Отчёт о затратах" }).click();
    const chart = page.getByTestId("partner-chart");
    await chart.waitFor();
    for (const partner of ["1-2-3 Продакшн", "Беларусьфильм", "Таджикфильм"]) {
      expect(await chart.locator(`[data-partner="${partner}"]`).count()).toBe(1);
    }
    // Each partner's agreed share is marked beside its share of the spend.
    expect(await chart.locator(".money-chart__agreed").count()).toBe(5);
    expect(await chart.locator("table").textContent()).toContain("40 %");
    await page.getByTestId("report-accounts").waitFor();
    await page.getByRole("tab", { name: "По партнёрам" }).click();
    expect(await page.getByTestId("report-partners").innerText()).toContain("Беларусьфильм");
    await shoot(page, "money-04-report");
    // The same report as a workbook, through the link the page offers.
    const href = await page.getByRole("link", { name: "Скачать XLSX" }).getAttribute("href");
    const workbook = await page.request.get(href!);
    expect(workbook.status()).toBe(200);
    expect(workbook.headers()["content-type"]).toContain("spreadsheetml");
  });

  it("names the partners whose books are open, refuses an unknown account, takes an estimate to complete", async () => {
    const page = await harness.newPage();
    await openMoney(page, demoAccountant);
    expect(await page.getByTestId("shared-with-us").innerText()).toContain("1-2-3 Продакшн · Россия");
    const mine = page.getByRole("form", { name: "Кому открыта книга затрат" });
    expect(await mine.innerText()).toContain("Лига кинематографистов Казахстана");

    await page.getByRole("button", { name: "Добавить затрату" }).click();
    const form = page.getByRole("form", { name: "Новая затрата" });
    await form.getByLabel("Дата").fill("2026-11-20");
    await form.getByLabel("Контрагент").fill("ИП Новиков");
    await form.getByLabel("Статья").fill("9999");
    await form.getByLabel("Сумма").fill("100,00");
    await form.getByRole("button", { name: "Сохранить" }).click();
    await form.getByText("Такой статьи нет в смете").waitFor();
    expect(await page.getByTestId("ledger").innerText()).not.toContain("ИП Новиков");
    await form.getByRole("button", { name: "Отмена" }).click();

    await page.getByRole("link", { name: "Отчёт о затратах" }).click();
    const accounts = page.getByTestId("report-accounts");
    await accounts.waitFor();
    const row = accounts.locator("tr").filter({ has: page.getByTestId("etc-2150") });
    const cells = async () => (await row.locator("td").allInnerTexts()).map(plainNumber);
    const [, budget, actual] = await cells();
    await page
      .getByTestId("etc-2150")
      .getByRole("button", { name: /Изменить прогноз/ })
      .click();
    await page.getByRole("textbox", { name: /Прогноз до завершения по статье 2150/ }).fill("2 500 000,50");
    await page.keyboard.press("Enter");
    await page.getByTestId("etc-2150").getByText("введено").waitFor();
    const [, , , etc, eac, variance] = await cells();
    expect(etc).toBe(250000050n);
    expect(eac).toBe(actual! + 250000050n);
    expect(variance).toBe(budget! - eac!);
    await shoot(page, "money-05-estimate-to-complete");

    await page
      .getByTestId("etc-2150")
      .getByRole("button", { name: /Вернуть остаток сметы/ })
      .click();
    await expect
      .poll(async () => (await page.getByTestId("etc-2150").getAttribute("data-entered")) ?? "")
      .toBe("no");
    const [, , , rest] = await cells();
    expect(rest).toBe(budget! > actual! ? budget! - actual! : 0n);
  });
});

/** A money cell of the report ("1 250 000,50", "−4 809,42") as minor units; text cells as 0. */
function plainNumber(text: string): bigint {
  const match = /^([−-])?([\d\s\u00a0\u202f]+),(\d{2})/u.exec(text.trim());
  if (!match) return 0n;
  const minor = BigInt(`${match[2]!.replace(/\D/gu, "")}${match[3]}`);
  return match[1] ? -minor : minor;
}
