// The consortium in a real browser against the demo «Искра»: the producer reads the shares against what was
// delivered and the treaty verdicts, and changes the shares (only a sum of exactly 100 can be saved); the
// Belarusian accountant records a delivery and sees it counted.
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

async function openConsortium(page: Page, user: { email: string; password: string }): Promise<void> {
  await openIskraTab(page, user, "Консорциум");
  await page.getByTestId("share-chart").waitFor();
}

describe("consortium", () => {
  it("shows shares against deliveries and the treaty verdicts, and saves shares only when they make 100", async () => {
    const page = await harness.newPage();
    await openConsortium(page, demoProducer);
    expect(await page.getByTestId("share-chart").innerText()).toContain("40 %");
    await page.getByTestId("qualification").locator("section").first().waitFor();
    expect(await page.getByTestId("qualification").innerText()).toContain("European Convention");
    await shoot(page, "consortium-01-overview");

    await page.locator("#shares").getByRole("button", { name: "Изменить" }).click();
    const inputs = page.locator(".shares-form input");
    await inputs.nth(0).fill("45");
    await page.getByTestId("shares-sum").getByText("Сумма долей: 105 %").waitFor();
    expect(await page.locator(".shares-form").getByRole("button", { name: "Сохранить" }).isDisabled()).toBe(
      true,
    );
    await inputs.nth(1).fill("15");
    await page.getByTestId("shares-sum").getByText("Сумма долей: 100 %").waitFor();
    await page.locator(".shares-form").getByRole("button", { name: "Сохранить" }).click();
    await page.getByTestId("share-chart").getByText("45 %").waitFor();
    await shoot(page, "consortium-02-shares");
  });

  it("lets a partner's accountant record a delivery", async () => {
    const page = await harness.newPage();
    await openConsortium(page, demoAccountant);
    const row = page
      .getByTestId("contributions")
      .locator("tbody tr", { hasText: "Беларусьфильм" })
      .filter({ hasText: "просрочено" })
      .first();
    await row.getByRole("button", { name: "Отметить внесение" }).click();
    await row.getByLabel("Внесено").fill("2000000");
    await row.getByLabel("Дата внесения").fill("2025-06-20");
    await row.getByRole("button", { name: "Сохранить" }).click();
    await page
      .getByTestId("contributions")
      .locator("tbody tr", { hasText: "Беларусьфильм" })
      .filter({ hasText: "внесено с опозданием" })
      .first()
      .waitFor();
    await shoot(page, "consortium-03-delivery");
  });
});
