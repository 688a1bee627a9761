// Call sheets in a real browser against the demo «Искра»: with the КПП published, the producer opens «Вызывные
// листы», goes to day 1, fills in the crew call and the weather, sends the sheet, and downloads its PDF, which
// poppler's pdftotext reads back as a Russian вызывной лист; a calendar address is made, shown once, and revoked.
import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { demoProducer, openIskraTab, shoot, startHarness, type Harness } from "./browser.ts";

const run = promisify(execFile);
let harness: Harness;
let folder = "";

beforeAll(async () => {
  harness = await startHarness();
  folder = await mkdtemp(join(tmpdir(), "kinomost-e2e-call-sheet-"));
});

afterAll(async () => {
  await harness?.close();
  await rm(folder, { recursive: true, force: true });
});

/** Publishes a board as the КПП through the API with the page's session, unless the demo has one published. */
async function ensurePublishedBoard(page: Page): Promise<void> {
  const status = await page.evaluate(async () => {
    const me = await (await fetch("/api/v1/auth/me")).json();
    const projects = (await (await fetch("/api/v1/projects")).json()).projects as { id: string }[];
    const base = `/api/v1/projects/${projects[0]!.id}`;
    const boards = (await (await fetch(`${base}/schedules`)).json()).schedules as {
      id: string;
      status: string;
      version: number;
    }[];
    if (boards.some((board) => board.status === "published")) return 200;
    const board = boards.at(-1)!;
    const answer = await fetch(`${base}/schedules/${board.id}/publish`, {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrfToken },
      body: JSON.stringify({ version: board.version }),
    });
    return answer.status;
  });
  expect(status).toBe(200);
}

it("finds the demo's first days sent, then fills in day 3's sheet, sends it and downloads its PDF", async () => {
  const page = await harness.newPage();
  await openIskraTab(page, demoProducer, "Обзор");
  await ensurePublishedBoard(page);
  await page
    .getByRole("navigation", { name: "Разделы проекта" })
    .getByRole("link", { name: "Вызывные листы" })
    .click();
  const days = page.getByTestId("call-sheet-days");
  await days.waitFor();
  expect(await days.getByTestId("call-sheet-day").count()).toBeGreaterThan(5);
  // The demo's first block: day 1 went out a week ahead, day 3 is written and waits to be sent.
  expect(await days.getByTestId("call-sheet-day").first().innerText()).toContain("разослан");
  await shoot(page, "call-sheets-01-days");

  await days.getByRole("link", { name: "Смена 3", exact: true }).click();
  const sheet = page.getByTestId("call-sheet");
  await sheet.waitFor();
  expect(await sheet.innerText()).toContain("ОБЩИЙ СБОР");
  expect(await page.locator(".call-sheet-toolbar").innerText()).toMatch(/Смена 3 из \d+/u);
  expect(await page.locator("#call-sheet-scenes").innerText()).toMatch(/\d+\.\d+/u);

  await page.getByRole("button", { name: "Заполнить лист" }).click();
  const form = page.getByTestId("call-sheet-form");
  await form.getByLabel("Общий сбор").fill("06:45");
  await form.getByLabel("Погода").fill("−3 °C, пасмурно");
  await form.getByRole("button", { name: "Добавить контакт" }).click();
  // Added below the producer, the line producer and the second director the demo's sheet already names.
  await form.getByPlaceholder("Должность").last().fill("Второй режиссёр второй группы");
  await form.getByPlaceholder("Имя").last().fill("Ҷамшед Ҳоҷиев");
  await shoot(page, "call-sheets-02-form");
  await form.getByRole("button", { name: "Сохранить" }).click();
  await form.waitFor({ state: "detached" });
  await expect.poll(() => sheet.locator(".call-sheet-calls").innerText()).toContain("06:45");
  expect(await sheet.innerText()).toContain("−3 °C, пасмурно");
  expect(await sheet.innerText()).toContain("Ҷамшед Ҳоҷиев");

  await page
    .locator("#call-sheet-recipients")
    .getByRole("button", { name: "Разослать", exact: true })
    .click();
  await page
    .locator("#call-sheet-recipients")
    .getByText(/Лист отправлен|получател/u)
    .first()
    .waitFor();
  await expect.poll(() => page.locator(".call-sheet-toolbar").innerText()).toContain("разослан");
  await shoot(page, "call-sheets-03-sheet");

  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "PDF по-русски" }).click();
  const file = join(folder, "day-3.pdf");
  await (await download).saveAs(file);
  const text = (await run("pdftotext", ["-layout", "-enc", "UTF-8", file, "-"])).stdout.replace(/\s+/gu, " ");
  expect(text).toContain("ВЫЗЫВНОЙ ЛИСТ");
  expect(text).toMatch(/Смена 3 из \d+/u);
  expect(text).toContain("06:45");
  expect(text).toContain("Ҷамшед Ҳоҷиев");

  await page.getByRole("link", { name: "Все вызывные листы" }).click();
  await page.getByRole("button", { name: "Календарь всех смен" }).click();
  const address = page.getByTestId("calendar-feed-url");
  await address.waitFor();
  expect(await address.inputValue()).toMatch(/\/api\/v1\/calendar\/kmc_[\w-]{43}\.ics$/u);
  const feeds = page.getByTestId("calendar-feeds");
  await feeds.getByText("действует").waitFor();
  await shoot(page, "call-sheets-04-feeds");
  page.once("dialog", (dialog) => void dialog.accept());
  await feeds.getByRole("button", { name: "Отозвать" }).click();
  await feeds.getByText("отозван").waitFor();
}, 90_000);
