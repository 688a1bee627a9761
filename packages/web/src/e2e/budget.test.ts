// The budget in a real browser against the demo «Искра»: the producer opens the working version, reads the top
// sheet's grand total and its variance against the approved original, changes a cast line's rate in the detail grid
// (a formula the server refuses is explained beside the cell), sees the totals follow, and finds the change still
// there after a reload; a change made meanwhile by someone else is reported, not overwritten. Tajikfilm's assistant
// director, who has no budget access, is told why. The producer moves a line to another статья, sets who pays for a
// статья, is told why a раздел holding money stays, and keeps the version's units and rebate facts in its settings.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProducer, openIskraTab, shoot, startHarness, type Harness } from "./browser.ts";

const demoAssistantDirector = { email: "ad@tajikfilm.demo", password: "iskra-demo" };
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** Text with the locale's group separators (no-break spaces) as plain spaces. */
const plain = (text: string) => text.replace(/\s+/gu, " ").trim();

async function grandTotal(page: Page): Promise<string> {
  return plain(await page.getByTestId("topsheet-total").innerText());
}

async function openWorkingVersion(page: Page): Promise<void> {
  await openIskraTab(page, demoProducer, "Бюджет");
  await page.getByTestId("topsheet").waitFor();
  await page.getByRole("button", { name: /Рабочая версия/, pressed: true }).waitFor();
}

function castLine(page: Page) {
  return page.getByTestId("budget-line").filter({ hasText: "Искра — исполнительница главной роли" });
}

describe("budget", () => {
  it("shows the top sheet with its variance, saves a rate typed in the grid and keeps it after a reload", async () => {
    const page = await harness.newPage();
    await openWorkingVersion(page);
    expect(await grandTotal(page)).toContain("182 031 862,13");
    expect(await grandTotal(page)).toContain("177 224 989,46");
    const variance = page.getByTestId("topsheet-total").getByTestId("variance");
    expect(plain(await variance.innerText())).toBe("+4 806 872,67");
    expect(await variance.getAttribute("data-sign")).toBe("over");
    await page.getByRole("columnheader", { name: "Отклонение" }).waitFor();
    expect(await page.getByTestId("partner-bars").innerText()).toContain("Беларусьфильм");
    await shoot(page, "budget-01-top-sheet");

    await page.getByTestId("topsheet").getByRole("link", { name: "Актёры" }).click();
    const line = castLine(page);
    expect(plain(await line.getByTestId("line-total").innerText())).toBe("6 887 700,00");
    const rate = line.getByRole("button", { name: "Ставка" });
    expect(plain(await rate.innerText())).toBe("120 000");

    // A formula over an unknown global is refused; the reason stands beside the cell, and Esc gives up.
    await rate.click();
    await line.getByRole("textbox", { name: "Ставка" }).fill("СТАВКА_КОМБАТА");
    await line.getByRole("textbox", { name: "Ставка" }).press("Enter");
    await line.getByRole("alert").getByText("Нет глобальной переменной СТАВКА_КОМБАТА").waitFor();
    await line.getByRole("textbox", { name: "Ставка" }).press("Escape");
    expect(plain(await line.getByRole("button", { name: "Ставка" }).innerText())).toBe("120 000");

    // Typed the Russian way: the cell sends the exact decimal 130000.
    await line.getByRole("button", { name: "Ставка" }).focus();
    await page.keyboard.press("Enter");
    await line.getByRole("textbox", { name: "Ставка" }).fill("130 000");
    await page.keyboard.press("Enter");
    // 50 shifts × 130 000 + 30 % of the pay up to 2 759 000 + set insurance capped at 60 000.
    await expect
      .poll(async () => plain(await line.getByTestId("line-total").innerText()))
      .toBe("7 387 700,00");
    expect(plain(await line.getByRole("button", { name: "Ставка" }).innerText())).toBe("130 000");
    await shoot(page, "budget-02-detail");

    await page.getByRole("link", { name: "Сводная смета" }).first().click();
    await page.getByTestId("topsheet").waitFor();
    await expect.poll(() => grandTotal(page)).toContain("182 531 862,13");

    await page.reload();
    await page.getByTestId("topsheet").waitFor();
    expect(await grandTotal(page)).toContain("182 531 862,13");
    await page.getByTestId("topsheet").getByRole("link", { name: "Актёры" }).click();
    expect(plain(await castLine(page).getByRole("button", { name: "Ставка" }).innerText())).toBe("130 000");
  });

  it("tells the producer when someone else changed the version meanwhile and shows the current one", async () => {
    const page = await harness.newPage();
    await openWorkingVersion(page);
    await page.getByTestId("topsheet").getByRole("link", { name: "Актёры" }).click();
    const line = castLine(page);
    await line.getByRole("button", { name: "Ставка" }).waitFor();

    // Another member changes the same line through the API while this page still shows the older version.
    const lineId = await line.getAttribute("data-line-id");
    const budgetId = new URL(page.url()).searchParams.get("version");
    const projectId = /projects\/([^/]+)\/budget/.exec(page.url())?.[1];
    const changed = await page.evaluate(
      async ({ projectId, budgetId, lineId }) => {
        const me = (await (await fetch("/api/v1/auth/me")).json()) as { csrfToken: string };
        const path = `/api/v1/projects/${projectId}/budgets/${budgetId}`;
        const read = (await (await fetch(path)).json()) as { budget: { version: number } };
        const response = await fetch(`${path}/lines/${lineId}`, {
          method: "PATCH",
          headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrfToken },
          body: JSON.stringify({
            version: read.budget.version,
            description: "Искра — главная роль (изменено)",
          }),
        });
        return response.status;
      },
      { projectId, budgetId, lineId },
    );
    expect(changed).toBe(200);

    await line.getByRole("button", { name: "Ставка" }).click();
    await page.getByRole("textbox", { name: "Ставка" }).fill("140000");
    await page.keyboard.press("Enter");
    await page.getByTestId("budget-conflict").waitFor();
    expect(await page.getByTestId("budget-conflict").innerText()).toContain("изменил кто-то другой");
    await page
      .getByTestId("budget-line")
      .filter({ hasText: "Искра — главная роль (изменено)" })
      .getByRole("button", { name: "Ставка" })
      .waitFor();
    await shoot(page, "budget-03-conflict");
  });

  it("explains to the assistant director why the budget is closed", async () => {
    const page = await harness.newPage();
    await openIskraTab(page, demoAssistantDirector, "Бюджет");
    const explanation = page.getByTestId("budget-no-access");
    await explanation.waitFor();
    const text = await explanation.innerText();
    expect(text).toContain("Бюджет проекта вам не виден");
    expect(text).toContain("1-й помощник режиссёра");
    expect(await page.getByTestId("topsheet").count()).toBe(0);
    await shoot(page, "budget-04-no-access");
  });

  it("moves a line to another account, sets an account's payer, keeps a category with money, saves settings", async () => {
    const page = await harness.newPage();
    await openWorkingVersion(page);
    await page.getByTestId("topsheet").getByRole("link", { name: "Актёры" }).click();
    const mishka = () => page.getByTestId("budget-line").filter({ hasText: "Мишка — исполнитель роли" });
    await mishka().hover();
    await mishka()
      .getByRole("button", { name: /^Перенести строку/ })
      .click();
    const dialog = page.getByTestId("move-line");
    await dialog.getByLabel("В статью").selectOption("1420");
    await shoot(page, "budget-05-move-line");
    await dialog.getByRole("button", { name: "Перенести" }).click();
    await page.locator("#account-1420").getByText("Мишка — исполнитель роли").waitFor();
    expect(await page.locator("#account-1410").getByText("Мишка — исполнитель роли").count()).toBe(0);
    // The last of its new account, with its own payer kept.
    expect(await page.locator("#account-1420").getByTestId("budget-line").last().innerText()).toContain(
      "Мишка",
    );

    const casting = page.locator("#account-1430").getByTestId("account-attribution");
    await casting.getByRole("button", { name: /^Платит/ }).click();
    await casting.getByRole("combobox").selectOption({ label: "Беларусьфильм" });
    await casting
      .getByRole("button", { name: /^Платит/ })
      .getByText("Беларусьфильм")
      .waitFor();
    await casting.getByRole("button", { name: /^Страна затрат/ }).click();
    await casting.getByRole("combobox").selectOption("BY");
    await casting
      .getByRole("button", { name: /^Страна затрат/ })
      .getByText("BY · Беларусь")
      .waitFor();

    await page.getByRole("button", { name: "Удалить раздел" }).click();
    const refusal = page.getByTestId("category-not-empty");
    await refusal.waitFor();
    const refusalText = plain(await refusal.innerText());
    expect(refusalText).toContain("Раздел 1400 не удалён: в 3 статьях ещё есть суммы");
    expect(refusalText).toContain("1410 Главные роли");
    await shoot(page, "budget-06-category-kept");

    await page.reload();
    await page.locator("#account-1420").getByText("Мишка — исполнитель роли").waitFor();
    const kept = page.locator("#account-1430").getByTestId("account-attribution");
    expect(plain(await kept.innerText())).toContain("Беларусьфильм");
    expect(plain(await kept.innerText())).toContain("BY · Беларусь");

    await page.getByRole("link", { name: "Настройки" }).click();
    await page.getByTestId("budget-settings").waitFor();
    expect(await page.getByLabel("Тип проекта").inputValue()).toBe("series");
    const units = page.locator("#budget-units");
    await units.getByRole("button", { name: "+ Единица" }).click();
    await units.getByRole("textbox", { name: "Код" }).fill("week5");
    await units.getByRole("textbox", { name: "Название единицы week5" }).fill("Неделя (5 смен)");
    await units.getByRole("textbox", { name: "Множитель единицы week5" }).fill("5");
    await units.getByRole("button", { name: "Сохранить" }).click();
    await units.getByText("Сохранено").waitFor();
    const facts = page.locator("#budget-rebate-facts");
    await facts.getByRole("textbox", { name: "Съёмочных дней: BY" }).fill("16");
    await facts.getByRole("textbox", { name: "Доля местной группы, %: BY" }).fill("72,5");
    await facts.getByRole("button", { name: "Сохранить" }).click();
    await facts.getByText("Сохранено").waitFor();
    await shoot(page, "budget-07-settings");

    await page.reload();
    await page.getByTestId("budget-settings").waitFor();
    expect(
      await page
        .locator("#budget-units")
        .getByRole("textbox", { name: "Название единицы week5" })
        .inputValue(),
    ).toBe("Неделя (5 смен)");
    const savedFacts = page.locator("#budget-rebate-facts");
    expect(await savedFacts.getByRole("textbox", { name: "Съёмочных дней: BY" }).inputValue()).toBe("16");
    expect(await savedFacts.getByRole("textbox", { name: "Доля местной группы, %: BY" }).inputValue()).toBe(
      "72.5",
    );
  });
});
