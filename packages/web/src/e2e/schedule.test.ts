// The КПП in a real browser against the demo «Искра»: the producer reads the draft board (day breaks, coloured
// strips, its cost), optimizes it with live progress, accepts the result and sees the board's cost become the
// run's; Tajikfilm's assistant director optimizes chosen strips, is told when the board changed meanwhile, and
// discards; Belarusfilm's accountant reads the board without the optimizer; the producer makes a new variant and
// publishes it. Runs are shortened to five seconds by rewriting the request the «10 с» choice sends.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProducer, openIskraTab, shoot, startHarness, type Harness } from "./browser.ts";

const demoAssistantDirector = { email: "ad@tajikfilm.demo", password: "iskra-demo" };
const demoAccountant = { email: "accountant@belarusfilm.demo", password: "iskra-demo" };
let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openSchedule(page: Page, user: { email: string; password: string }): Promise<void> {
  await openIskraTab(page, user, "КПП");
  await page.getByTestId("stripboard").getByTestId("day-break").first().waitFor();
}

/** Opens the demo's draft laid out by location: the page opens on the published first block. */
async function openDraft(page: Page): Promise<void> {
  const draft = page.getByTestId("board-picker").getByRole("button", { name: /Черновой КПП/ });
  await draft.click();
  await expect.poll(() => draft.getAttribute("aria-pressed")).toBe("true");
  await page.getByTestId("stripboard").getByTestId("day-break").first().waitFor();
}

/** Lets the page ask for runs as it likes but makes every run last five seconds; the lengths it asked for. */
async function shortenRuns(page: Page): Promise<number[]> {
  const asked: number[] = [];
  await page.route("**/optimizer-runs", async (route) => {
    const request = route.request();
    if (request.method() !== "POST") return route.continue();
    const body = request.postDataJSON() as { seconds: number };
    asked.push(body.seconds);
    await route.continue({ postData: JSON.stringify({ ...body, seconds: 5 }) });
  });
  return asked;
}

/** Waits until the progress bar has stood at two different places on the way. */
async function watchProgress(page: Page): Promise<void> {
  const bar = page.getByTestId("run-progress").getByRole("progressbar");
  await bar.waitFor();
  const seen = new Set<number>();
  await expect
    .poll(
      async () => {
        const now = Number(await bar.getAttribute("aria-valuenow", { timeout: 300 }).catch(() => "0"));
        if (now > 0) seen.add(now);
        return seen.size;
      },
      { timeout: 20_000, interval: 150 },
    )
    .toBeGreaterThanOrEqual(2);
}

/**
 * The colours of every strip on the board, scrolled through from top to bottom (only the strips in and near view
 * are in the page at a time), and the background a yellow strip is drawn with.
 */
async function stripColors(page: Page): Promise<{ colors: string[]; yellow: string | null }> {
  return page.getByTestId("stripboard").evaluate(async (box) => {
    const settle = () => new Promise((resolve) => setTimeout(resolve, 60));
    const colors = new Set<string>();
    let yellow: string | null = null;
    for (let top = 0; top < box.scrollHeight; top += box.clientHeight / 2) {
      box.scrollTop = top;
      await settle();
      for (const strip of box.querySelectorAll('[data-testid="strip"]')) {
        const color = strip.getAttribute("data-color") ?? "";
        colors.add(color);
        if (color === "yellow") yellow ??= getComputedStyle(strip).backgroundColor;
      }
    }
    box.scrollTop = 0;
    await settle();
    return { colors: [...colors], yellow };
  });
}

const digits = (text: string) => text.replace(/\D/gu, "");

describe("schedule", () => {
  it("shows the producer the draft board, optimizes it live, and accepts the cheaper schedule", async () => {
    const page = await harness.newPage();
    await openSchedule(page, demoProducer);
    const picker = page.getByTestId("board-picker");
    expect(
      await picker.getByRole("button", { name: /Первый блок/ }).getAttribute("aria-pressed"),
      "the published КПП opens first",
    ).toBe("true");
    await openDraft(page);

    const board = page.getByTestId("stripboard");
    // textContent: the day break sets its number in capitals by style only.
    const firstDay = ((await board.getByTestId("day-break").first().textContent()) ?? "").replace(
      /\s+/gu,
      " ",
    );
    expect(firstDay).toContain("Смена 1");
    expect(firstDay).toContain("пн, 1 мар.");
    expect(firstDay).toContain("Основная группа");
    expect(firstDay).toMatch(/\d+ сцен.* стр\./u);
    const { colors, yellow } = await stripColors(page);
    expect(new Set(colors)).toEqual(new Set(["white", "yellow", "blue", "green"]));
    expect(yellow).not.toBe("rgb(255, 255, 255)");
    const total = page.getByTestId("board-total");
    const before = await total.innerText();
    expect(before).toMatch(/^[\d\s]+₽$/u);
    expect(await page.locator("#schedule-cost").innerText()).toContain("Простой актёров");
    expect(await page.getByTestId("cast-table").innerText()).toContain("ЛЕБЕДЕВ");
    await shoot(page, "schedule-01-board");

    const asked = await shortenRuns(page);
    const optimizer = page.getByTestId("optimizer");
    await optimizer.getByRole("radio", { name: "10 с" }).click();
    await optimizer.getByRole("button", { name: "Оптимизировать", exact: true }).click();
    await watchProgress(page);
    expect(asked).toEqual([10]);
    expect(await optimizer.getByTestId("run-progress").textContent()).toContain("Нижняя граница");
    await shoot(page, "schedule-02-running");

    const comparison = optimizer.getByTestId("run-comparison");
    await comparison.waitFor({ timeout: 30_000 });
    expect(await comparison.innerText()).toContain("Экономия");
    const after = await comparison.getByTestId("run-after-total").innerText();
    expect(digits(after)).not.toBe(digits(before));
    await shoot(page, "schedule-03-finished");

    await comparison.getByRole("button", { name: "Принять" }).click();
    await expect.poll(async () => digits(await total.innerText()), { timeout: 10_000 }).toBe(digits(after));
    await optimizer.getByText("Результат принят").waitFor();
    expect(await optimizer.getByTestId("run-history").innerText()).toContain("принят");
  }, 120_000);

  it("lets Tajikfilm's assistant director optimize chosen strips, and explains a board changed meanwhile", async () => {
    const page = await harness.newPage();
    await openSchedule(page, demoAssistantDirector);
    await openDraft(page);
    await shortenRuns(page);
    const strips = page.getByTestId("stripboard").getByTestId("strip");
    await strips.nth(0).getByRole("checkbox").check();
    await strips.nth(1).getByRole("checkbox").check();
    const optimizer = page.getByTestId("optimizer");
    await optimizer.getByRole("radio", { name: "10 с" }).click();
    await optimizer.getByRole("button", { name: "Оптимизировать выбранные (2 сцены)" }).click();
    await optimizer.getByTestId("run-progress").getByText("2 сцены").waitFor();
    const comparison = optimizer.getByTestId("run-comparison");
    await comparison.waitFor({ timeout: 30_000 });

    // Someone moved a strip while the run searched: the server refuses the result with a version conflict.
    await page.route("**/accept", (route) =>
      route.fulfill({
        status: 409,
        contentType: "application/json",
        body: JSON.stringify({ error: { code: "VERSION_CONFLICT", message: "the board changed" } }),
      }),
    );
    await comparison.getByRole("button", { name: "Принять" }).click();
    await comparison.getByText("КПП изменился, пока шла оптимизация: запустите её снова.").waitFor();
    await page.unroute("**/accept");

    await comparison.getByRole("button", { name: "Отклонить" }).click();
    await optimizer.getByTestId("run-history").getByText("отклонён").waitFor();
    expect(await optimizer.getByTestId("run-comparison").count()).toBe(0);
  }, 120_000);

  it("shows Belarusfilm's accountant the board and its cost without the optimizer", async () => {
    const page = await harness.newPage();
    await openSchedule(page, demoAccountant);
    await page.getByTestId("board-total").waitFor();
    expect(await page.getByTestId("stripboard").getByTestId("strip").count()).toBeGreaterThan(10);
    expect(await page.getByTestId("optimizer").count()).toBe(0);
    expect(await page.getByTestId("stripboard").getByRole("checkbox").count()).toBe(0);
    expect(await page.getByRole("button", { name: "Новый вариант" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: "Утвердить КПП" }).count()).toBe(0);
  });

  it("lets the producer lay out a new variant by location and publish it as the КПП", async () => {
    const page = await harness.newPage();
    await openSchedule(page, demoProducer);
    await page.getByRole("button", { name: "Новый вариант" }).click();
    const form = page.getByRole("form", { name: "Новый вариант КПП" });
    await form.getByLabel("Название варианта").fill("КПП — весенний блок");
    expect(await form.getByLabel("Первый съёмочный день").inputValue()).toBe("2027-03-01");
    await form.getByRole("button", { name: "Создать вариант" }).click();
    const picker = page.getByTestId("board-picker");
    const created = picker.getByRole("button", { name: /КПП — весенний блок/ });
    await expect.poll(() => created.getAttribute("aria-pressed")).toBe("true");
    await page.getByTestId("stripboard").getByTestId("day-break").first().waitFor();

    await page.getByRole("button", { name: "Утвердить КПП" }).click();
    const question = page.getByRole("alertdialog");
    expect(await question.innerText()).toContain("«КПП — весенний блок»");
    await question.getByRole("button", { name: "Утвердить", exact: true }).click();
    await created.getByText("утверждён").waitFor();
    await page.getByTestId("optimizer").getByText("Утверждённый КПП не меняется").waitFor();
    expect(await page.getByRole("button", { name: "Утвердить КПП" }).count()).toBe(0);
  });
});
