// The day out of days in a real browser against the demo «Искра»: the producer opens a variant of the КПП, switches
// to its day out of days, finds an actor starting work (SW) in a coloured cell and the row's totals, keeps only the
// shooting days, sees the files offered for download, and the view survives a reload.
import { afterAll, beforeAll, expect, it } from "vitest";
import { demoProducer, openIskraTab, shoot, startHarness, type Harness } from "./browser.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

it("shows the demo board's day out of days with a cast row starting work", async () => {
  const page = await harness.newPage();
  await openIskraTab(page, demoProducer, "КПП");
  await page.getByRole("radio", { name: "График занятости (DOOD)" }).click();
  const grid = page.getByTestId("dood-grid");
  await grid.waitFor();
  await expect.poll(() => page.url()).toContain("view=dood");

  const vera = grid.getByTestId("dood-row").filter({ has: page.getByRole("rowheader", { name: /ВЕРА/ }) });
  const start = vera.locator("td.dood-code--sw");
  await expect.poll(() => start.count()).toBe(1);
  expect(await start.textContent()).toBe("SW");
  const green = await start.evaluate((cell) => getComputedStyle(cell).backgroundColor);
  expect(green).toBe("rgb(200, 230, 201)");
  expect(await grid.getByRole("columnheader", { name: "Ожидание" }).count()).toBe(1);
  await shoot(page, "dood-calendar");

  const everyDay = await grid.locator("thead tr").nth(1).locator("th").count();
  await page.getByRole("radio", { name: "Съёмочные дни" }).click();
  await expect.poll(() => grid.locator("thead tr").nth(1).locator("th").count()).toBeLessThan(everyDay);
  expect(await vera.locator("td.dood-code--sw").count()).toBe(1);

  const csv = page.getByRole("link", { name: "CSV" });
  expect(await csv.getAttribute("href")).toMatch(
    /\/dood\.csv\?schedule=[0-9a-f-]+&category=cast&days=shooting&lang=ru$/,
  );
  await shoot(page, "dood-shooting");

  await page.reload();
  await page.getByTestId("dood-grid").waitFor();
});
