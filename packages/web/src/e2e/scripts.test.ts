// Scripts in a real browser against the demo «Искра»: the producer imports an episode and reads it;
// an accountant of a partner studio reads the scripts but has no way to import.
import { fileURLToPath } from "node:url";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProducer, logIn, shoot, startHarness, type Harness } from "./browser.ts";

const episodeFile = fileURLToPath(
  new URL("../../../core/src/screenplay/fixtures/ru-episode.fountain", import.meta.url),
);
const demoAccountant = { email: "accountant@belarusfilm.demo", password: "iskra-demo" };

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

/** From the project list to «Искра»'s scripts page, through the link on the project page. */
async function openScripts(page: Page): Promise<void> {
  await page
    .getByTestId("project-list")
    .getByRole("link", { name: /Искра|Iskra/ })
    .click();
  await page.getByTestId("project-title").waitFor();
  await page.locator("#episodes").getByRole("link").first().waitFor();
  await shoot(page, "scripts-01-project");
  await page
    .locator("#episodes")
    .getByRole("link", { name: /Сценарии|Scripts/ })
    .click();
  await page.getByTestId("scripts").waitFor();
}

describe("scripts", () => {
  it("lets the producer import an episode, see its warnings, and read its scenes and text", async () => {
    const page = await harness.newPage();
    await logIn(page, demoProducer);
    await page.getByTestId("project-list").waitFor();
    // Another test may have saved English as the producer's language; these checks read Russian.
    await page.getByRole("button", { name: "RU", exact: true }).click();
    await openScripts(page);

    // A file the server cannot read: its own words, under the file field.
    const form = page.locator("#import");
    // Episode 7: the demo comes with scripts of episodes 1 to 4.
    await form.locator('select[name="episode"]').selectOption("7");
    await form.locator('input[name="file"]').setInputFiles({
      name: "пустой.fountain",
      mimeType: "text/plain",
      buffer: Buffer.alloc(0),
    });
    await form.locator('button[type="submit"]').click();
    await form.locator(".field__error", { hasText: "пустой.fountain" }).waitFor();
    await shoot(page, "scripts-02-file-error");

    await form.locator('input[name="file"]').setInputFiles(episodeFile);
    await form.locator('button[type="submit"]').click();
    await form.locator('[data-testid="import-progress"][data-state="done"]').waitFor();
    const result = page.getByTestId("import-result");
    expect(await result.textContent()).toContain("16 сцен");
    // Line numbers of the file: a Latin «HAT.» and a heading without a time of day.
    const warnings = await result.getByTestId("warnings").textContent();
    expect(warnings).toContain("строка 141");
    expect(warnings).toContain("строка 164");
    // Said in Russian by the warning's code, with the server's own words after it.
    expect(warnings).toContain("в заголовке сцены нет времени суток");
    const row = page.locator('[data-testid="scripts"] tr[data-episode="7"]');
    await row.getByText("16 сцен").waitFor();
    expect(await row.textContent()).toContain("стр.");
    await row.getByText(/^\d+:\d\d$/).waitFor();

    // The same file again is the next draft, on the next revision colour; the first becomes earlier.
    await form.locator('select[name="color"] option[value=""]', { hasText: "голубая" }).waitFor({
      state: "attached",
    });
    await form.locator('input[name="file"]').setInputFiles(episodeFile);
    await form.locator('button[type="submit"]').click();
    await result.getByText(/Драфт 2 \(голубая\)/).waitFor();
    await row.getByText("ещё 1 драфт").click();
    await row.getByRole("link", { name: /Драфт 1/ }).waitFor();
    await shoot(page, "scripts-03-imported");

    await result.getByRole("link", { name: /Открыть драфт/ }).click();
    const scenes = page.getByTestId("scene-list");
    await scenes.waitFor();
    expect(await scenes.textContent()).toContain("НАТ. ВОКЗАЛ ГОРОДА N");
    expect(await page.getByTestId("screenplay").textContent()).toContain("НАТ. ВОКЗАЛ ГОРОДА N");
    expect(await scenes.locator("tbody tr").count()).toBe(16);
    await shoot(page, "scripts-04-draft");
    await scenes.getByRole("button", { name: /ЗАРЕЧЬЕ/ }).click();
    await page.locator(".sp-heading.is-selected", { hasText: "ЗАРЕЧЬЕ" }).waitFor();

    await page.getByRole("button", { name: "EN", exact: true }).click();
    await scenes.getByText("EXT. ВОКЗАЛ ГОРОДА N").waitFor();
    await page.waitForTimeout(400); // the smooth scroll, for the screenshot
    await shoot(page, "scripts-05-draft-en");
    await page.getByRole("button", { name: "RU", exact: true }).click();
  });

  it("shows a partner studio's accountant the scripts, without the import form", async () => {
    const page = await harness.newPage();
    await logIn(page, demoAccountant);
    await page.getByTestId("project-list").waitFor();
    await openScripts(page);
    expect(await page.getByTestId("scripts").locator("tbody tr").count()).toBe(12);
    expect(await page.locator("#import").count()).toBe(0);
    expect(await page.locator('input[type="file"]').count()).toBe(0);
    await shoot(page, "scripts-06-accountant");
  });
});
