// The КПП's USS file in a real browser against the demo «Искра»: the producer downloads the chosen variant as a
// .uss file, imports it back as a new variant (the page says what it found before anything is made, and that the
// name is taken), and is shown a broken file's problems each at its place in the file.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProducer, openIskraTab, shoot, startHarness, type Harness } from "./browser.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe("USS export and import", () => {
  it("downloads the variant as .uss and imports it back as a new variant", async () => {
    const page = await harness.newPage();
    await openIskraTab(page, demoProducer, "КПП");
    await page.getByTestId("stripboard").getByTestId("day-break").first().waitFor();
    const controls = page.getByTestId("uss-controls");
    const exportLink = controls.getByRole("link", { name: "Экспорт в USS" });
    const href = (await exportLink.getAttribute("href"))!;
    expect(href).toMatch(/\/schedules\/[0-9a-f-]+\/export\.uss$/);
    const download = await page.request.get(href);
    expect(download.status()).toBe(200);
    expect(download.headers()["content-disposition"]).toContain(".uss");
    const file = await download.text();
    const sceneCount = (
      JSON.parse(file) as { universalScheduleStandard: { breakdowns: { type: string }[] } }
    ).universalScheduleStandard.breakdowns.filter((breakdown) => breakdown.type === "scene").length;

    await controls.getByRole("button", { name: "Импорт из USS" }).click();
    const form = page.getByTestId("uss-import");
    await form
      .locator('input[type="file"]')
      .setInputFiles({ name: "kpp.uss", mimeType: "application/json", buffer: Buffer.from(file) });
    const summary = form.getByTestId("uss-summary");
    await summary.waitFor();
    expect(await summary.innerText()).toContain(`Сцены: найдено ${sceneCount} из ${sceneCount}`);
    await form.getByText(/Вариант «.+» уже есть/).waitFor();
    await shoot(page, "uss-01-preview");
    await form.getByLabel("Название варианта").fill("КПП из файла USS");
    await form.getByRole("button", { name: "Создать вариант" }).click();
    await page
      .getByTestId("board-picker")
      .getByRole("button", { name: /КПП из файла USS/, pressed: true })
      .waitFor();
    await page.getByTestId("stripboard").getByTestId("day-break").first().waitFor();
  });

  it("lists a broken file's problems at their places in the file", async () => {
    const page = await harness.newPage();
    await openIskraTab(page, demoProducer, "КПП");
    const controls = page.getByTestId("uss-controls");
    await controls.getByRole("button", { name: "Импорт из USS" }).click();
    const broken = {
      universalScheduleStandard: {
        id: "x",
        breakdowns: [],
        categories: [],
        elements: [],
        stripboards: [
          { id: "s", boards: [{ name: "stripboard", breakdownIds: [] }], calendar: null, name: "Ломаный" },
        ],
      },
    };
    await page
      .getByTestId("uss-import")
      .locator('input[type="file"]')
      .setInputFiles({
        name: "broken.uss",
        mimeType: "application/json",
        buffer: Buffer.from(JSON.stringify(broken)),
      });
    const problems = page.getByTestId("uss-problems");
    await problems.waitFor();
    expect(await problems.innerText()).toContain("stripboards[0].boards[0].id — нет обязательного поля");
    await shoot(page, "uss-02-refused");
  });
});
