// The breakdown in a real browser against the demo «Искра»: the producer opens the pilot, reviews a scene's
// breakdown, accepts a dictionary suggestion, tags words selected in the text, reads the English translation
// beside the original, and gives a set its location.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProducer, logIn, shoot, startHarness, type Harness } from "./browser.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openPilot(page: Page): Promise<void> {
  await logIn(page, demoProducer);
  await page.getByTestId("project-list").waitFor();
  await page.getByRole("button", { name: "RU", exact: true }).click();
  await page.getByTestId("project-list").getByRole("link", { name: /Искра/ }).click();
  await page
    .getByRole("navigation", { name: "Разделы проекта" })
    .getByRole("link", { name: "Сценарии" })
    .click();
  await page.getByTestId("scripts").getByRole("link").first().click();
  await page.getByTestId("scene-list").waitFor();
}

/** Chooses the scene with this number in the scene list. */
async function chooseScene(page: Page, number: string): Promise<void> {
  await page
    .getByTestId("scene-list")
    .locator("tbody tr")
    .filter({ has: page.locator(".scene-table__number", { hasText: new RegExp(`^${number}\\b`) }) })
    .click();
  await page.locator("#scene-breakdown").getByText(`Разбивка сцены ${number}`).waitFor();
}

describe("breakdown", () => {
  it("shows a scene's cast and elements, and accepts a suggestion from the dictionary", async () => {
    const page = await harness.newPage();
    await openPilot(page);
    await chooseScene(page, "26");
    const panel = page.locator("#scene-breakdown");
    await panel.getByTestId("scene-elements").waitFor();
    expect(await panel.getByTestId("scene-elements").innerText()).toContain("МИШКА");
    // Мишка is a child: his teacher comes with him.
    expect(await panel.getByTestId("scene-elements").innerText()).toContain(
      "Педагог несовершеннолетнего актёра",
    );
    const suggestion = panel.getByTestId("suggestions").locator(".suggestion", { hasText: "Верблюд" });
    await shoot(page, "breakdown-01-suggestions");
    await suggestion.getByRole("button", { name: "Принять" }).click();
    await panel.getByTestId("scene-elements").getByText("Верблюд").waitFor();
    expect(await panel.getByTestId("suggestions").innerText()).not.toContain("Верблюд");
  });

  it("tags words selected in the script as an element of their scene", async () => {
    const page = await harness.newPage();
    await openPilot(page);
    await chooseScene(page, "4");
    const words = page.locator("#screenplay .screenplay [data-line]", { hasText: "узелок" }).first();
    await words.scrollIntoViewIfNeeded();
    // Select the word «узелок» in the paragraph, as a person would with the mouse.
    await words.evaluate((node) => {
      const text = node.firstChild?.textContent ?? "";
      const start = text.indexOf("узелок");
      const range = document.createRange();
      range.setStart(node.firstChild!, start);
      range.setEnd(node.firstChild!, start + "узелок".length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      node.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    });
    const bar = page.getByRole("dialog", { name: "Отметить выделенное в разбивке" });
    await bar.waitFor();
    await bar.getByRole("combobox").selectOption({ label: "Реквизит" });
    await shoot(page, "breakdown-02-tag-selection");
    await bar.getByRole("button", { name: "Отметить" }).click();
    await page.locator("#scene-breakdown").getByTestId("scene-elements").getByText("Узелок").waitFor();
  });

  it("shows the English translation beside the Russian original", async () => {
    const page = await harness.newPage();
    await openPilot(page);
    await page.locator("#screenplay select").selectOption({ label: "английский" });
    const sideBySide = page.getByTestId("side-by-side");
    await sideBySide.waitFor();
    expect(await sideBySide.innerText()).toContain("INT. REGIMENT HEADQUARTERS");
    expect(await sideBySide.innerText()).toContain("ИНТ. ШТАБ ПОЛКА");
    await shoot(page, "breakdown-03-side-by-side");
  });

  it("lists elements by category and lets the producer move a set to another location", async () => {
    const page = await harness.newPage();
    await openPilot(page);
    const tabs = page.getByRole("navigation", { name: "Разделы проекта" });
    await tabs.getByRole("link", { name: "Разбивка" }).click();
    await page.getByTestId("elements").waitFor();
    expect(await page.getByTestId("elements").innerText()).toContain("Паровоз серии Эу");
    await page.getByRole("button", { name: /Военная техника/ }).click();
    await page
      .locator("#elements")
      .getByRole("heading", { name: /Военная техника/ })
      .waitFor();
    expect(await page.getByTestId("elements").innerText()).not.toContain("ВЕРА");
    await shoot(page, "breakdown-04-elements");

    await tabs.getByRole("link", { name: "Объекты" }).click();
    const choose = page.getByRole("combobox", { name: "Объект для «РЖАНОЕ ПОЛЕ»" });
    const saved = page.waitForResponse((response) => response.url().includes("/sets/") && response.ok());
    await choose.selectOption({ label: "Степь под Капчагаем (KZ)" });
    await saved;
    await page.reload();
    await expect
      .poll(async () => page.getByRole("combobox", { name: "Объект для «РЖАНОЕ ПОЛЕ»" }).inputValue())
      .not.toBe("");
    const selected = await page
      .getByRole("combobox", { name: "Объект для «РЖАНОЕ ПОЛЕ»" })
      .locator("option:checked")
      .innerText();
    expect(selected).toBe("Степь под Капчагаем (KZ)");
    await shoot(page, "breakdown-05-locations");
  });
});
