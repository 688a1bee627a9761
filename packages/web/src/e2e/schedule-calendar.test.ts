// The shooting calendar in a real browser against the demo «Искра»: the producer opens the optimized variant of the
// КПП, switches to its calendar and finds March 2027 — the main unit's first shooting day on the 18th in Russia's
// colour, its travel day to Belarus, 8 March as a holiday, the weekends greyed, Nauryz among Kazakhstan's holidays
// though no unit is there — then steps to May for 9 May in Tajikistan and Belarus, and the month survives a reload.
import { afterAll, beforeAll, expect, it } from "vitest";
import { demoProducer, openIskraTab, shoot, startHarness, type Harness } from "./browser.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

it("shows the optimized board's shooting days, travel, holidays and days off on a month grid", async () => {
  const page = await harness.newPage();
  await openIskraTab(page, demoProducer, "КПП");
  await page.getByRole("button", { name: /КПП после оптимизации/ }).click();
  await page.getByRole("radio", { name: "Календарь" }).click();
  const calendar = page.getByTestId("schedule-calendar");
  await calendar.locator("table").waitFor();
  await expect.poll(() => page.url()).toContain("view=calendar");
  expect(await calendar.getByRole("heading", { name: "Март 2027", exact: true }).count()).toBe(1);
  expect(await calendar.locator("thead th").allTextContents()).toEqual([
    "Пн",
    "Вт",
    "Ср",
    "Чт",
    "Пт",
    "Сб",
    "Вс",
  ]);

  const day = (date: string) => calendar.locator(`td[data-date="${date}"]`);
  const lane = (date: string, unit: string) => day(date).locator(`[data-unit="${unit}"]`);

  const first = lane("2027-03-18", "Основная группа");
  expect(await first.getAttribute("data-kind")).toBe("shoot");
  expect(await first.locator(".shoot-lane__day").textContent()).toBe("См. 1");
  expect(await first.getAttribute("title")).toMatch(/Смена 1 из 24/);
  expect(await first.getAttribute("title")).toMatch(/Россия/);
  // Russia's colour, as the legend shows it.
  const blue = await first.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(blue).toBe("rgb(219, 228, 255)");

  const travel = lane("2027-03-20", "Основная группа");
  expect(await travel.getAttribute("data-kind")).toBe("travel");
  expect(await travel.textContent()).toContain("RU → BY");

  const womensDay = lane("2027-03-08", "Основная группа");
  expect(await womensDay.getAttribute("data-kind")).toBe("holiday");
  expect(await womensDay.getAttribute("title")).toContain("Международный женский день");
  expect(await lane("2027-03-08", "Вторая группа").getAttribute("title")).toContain("Беларусь");
  expect(await day("2027-03-08").getByTestId("partner-holiday").allTextContents()).toEqual(
    expect.arrayContaining(["RU", "BY", "KZ", "KG", "TJ"]),
  );

  const saturday = day("2027-03-13");
  expect(await saturday.getAttribute("class")).toContain("is-weekend");
  const grey = await saturday.evaluate((element) => getComputedStyle(element).backgroundColor);
  expect(grey).toBe("rgb(241, 243, 245)");

  const kazakhstan = calendar.locator('.shoot-cal-holidays__country[data-country="KZ"]');
  expect(await kazakhstan.textContent()).toContain("Наурыз мейрамы");
  await shoot(page, "schedule-calendar-march");

  await page.getByRole("button", { name: "Следующий месяц" }).click();
  await page.getByRole("button", { name: "Следующий месяц" }).click();
  await calendar.getByRole("heading", { name: "Май 2027", exact: true }).waitFor();
  await expect.poll(() => page.url()).toContain("month=2027-05");
  await day("2027-05-09").locator('[data-unit="Основная группа"]').waitFor();
  expect(await lane("2027-05-09", "Основная группа").getAttribute("title")).toMatch(
    /Таджикистан: День Победы/,
  );
  expect(await lane("2027-05-09", "Вторая группа").getAttribute("title")).toMatch(/Беларусь: День Победы/);
  const shootingInMay = calendar.locator('[data-unit="Основная группа"][data-kind="shoot"]');
  expect(await shootingInMay.count()).toBeGreaterThan(0);
  await shoot(page, "schedule-calendar-may");

  await page.reload();
  await page
    .getByTestId("schedule-calendar")
    .getByRole("heading", { name: "Май 2027", exact: true })
    .waitFor();
});
