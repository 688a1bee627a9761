// The co-production documents in a real browser against the demo «Искра»: the producer sees the memorandum
// signed by all five studios and the agreement awaiting signatures, reads what changed between the agreement's
// two versions, signs it for the Russian studio (a wrong password first, then the right one), and finds the
// signature in an audit log whose chain verifies.
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProducer, openIskraTab, shoot, startHarness, type Harness } from "./browser.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

async function openDocuments(page: Page, user: { email: string; password: string }): Promise<void> {
  await openIskraTab(page, user, "Консорциум");
  await page.getByTestId("documents").locator("article").first().waitFor();
}

describe("documents", () => {
  it("shows the signed memorandum and the agreement draft, its changes, a signature and the audit log", async () => {
    const page = await harness.newPage();
    await openDocuments(page, demoProducer);
    const memorandum = page.getByTestId("documents").locator('article[data-kind="memorandum"]');
    const agreement = page.getByTestId("documents").locator('article[data-kind="agreement"]');

    // The memorandum: one frozen version signed by all five studios.
    expect(await memorandum.locator(".document__meta").innerText()).toContain("подписан всеми сторонами");
    const memorandumParties = memorandum.locator(".doc-parties tbody tr");
    expect(await memorandumParties.count()).toBe(5);
    expect(await memorandum.locator(".doc-parties").getByText("подписано", { exact: false }).count()).toBe(5);
    expect(await memorandum.getByText("заморожена").count()).toBe(1);

    // The agreement: two draft versions, nobody has signed the current one.
    expect(await agreement.locator(".document__meta").innerText()).toContain("ожидает подписей");
    expect(await agreement.locator(".doc-version").count()).toBe(2);
    expect(await agreement.getByText("черновик").count()).toBe(2);
    expect(await agreement.locator(".doc-parties").getByText("ожидает подписи").count()).toBe(5);
    await shoot(page, "documents-01-list");

    // What changed from version 1 to version 2: shares, a territory, an amount.
    await agreement.getByRole("button", { name: "Сравнить с предыдущей" }).click();
    const diff = agreement.getByTestId("diff");
    await diff.locator("tbody tr").first().waitFor();
    expect(await diff.locator("tbody tr").count()).toBe(4);
    const shareRow = diff.locator("tbody tr", { hasText: "Таджикфильм" }).filter({ hasText: "доля" });
    expect(await shareRow.locator(".doc-diff__before").innerText()).toBe("10 %");
    expect(await shareRow.locator(".doc-diff__after").innerText()).toBe("7.5 %");
    expect(await diff.innerText()).toContain("Узбекистан");
    await shoot(page, "documents-02-diff");

    // Signing for the Russian studio: a wrong password is refused, the right one records the signature.
    const current = agreement.locator(".doc-version--latest");
    await current.getByRole("button", { name: "Подписать" }).click();
    const dialog = page.getByRole("dialog");
    await dialog.getByLabel("Пароль").fill("not-the-password");
    await dialog.getByRole("button", { name: "Подписать" }).click();
    await dialog.getByText("Неверный пароль. Ничего не подписано.").waitFor();
    await shoot(page, "documents-03-wrong-password");
    await dialog.getByLabel("Пароль").fill(demoProducer.password);
    await dialog.getByRole("button", { name: "Подписать" }).click();
    await dialog.waitFor({ state: "detached" });
    await current.getByText(/Подписано от имени/).waitFor();
    const russianRow = current.locator(".doc-parties tbody tr").first();
    await russianRow.getByText("подписано").waitFor();
    expect(await russianRow.innerText()).toContain("Анна Воронцова");
    expect(await current.getByText("заморожена").count()).toBe(1);
    expect(await current.getByRole("button", { name: "Подписать" }).count()).toBe(0);
    expect(await current.locator(".doc-parties").getByText("ожидает подписи").count()).toBe(4);

    // The audit log records the signature, and its chain verifies.
    const audit = page.locator("#audit");
    await audit
      .getByTestId("audit-verdict")
      .getByText(/Цепочка цела/)
      .waitFor();
    const newest = audit.getByTestId("audit").locator("tbody tr").first();
    await newest.getByText(/Подписано от имени/).waitFor();
    expect(await newest.innerText()).toContain("Анна Воронцова");
    expect(await newest.innerText()).toContain("редакция 2");
    await audit.scrollIntoViewIfNeeded();
    await shoot(page, "documents-04-signed-and-audit");
  });

  it("lets the producer start a new version with other shares, to be signed afresh", async () => {
    const page = await harness.newPage();
    await openDocuments(page, demoProducer);
    const agreement = page.getByTestId("documents").locator('article[data-kind="agreement"]');
    await agreement.getByRole("button", { name: "Новая редакция" }).click();
    const form = agreement.locator(".doc-new-version__form");
    const shares = form.locator(".shares-form__row input");
    await shares.nth(2).fill("20");
    await form.getByTestId("version-sum").getByText("Сумма долей: 97.5 %").waitFor();
    expect(await form.getByRole("button", { name: "Создать редакцию" }).isDisabled()).toBe(true);
    await shares.nth(3).fill("10");
    await form.getByTestId("version-sum").getByText("Сумма долей: 100 %").waitFor();
    await form.getByLabel("Что меняет эта редакция").fill("Доли Казахстана и Таджикистана как в меморандуме");
    await shoot(page, "documents-05-new-version-form");
    await form.getByRole("button", { name: "Создать редакцию" }).click();
    await agreement.getByText("Редакция 3 создана. Её ещё никто не подписал.").waitFor();
    const third = agreement.locator(".doc-version--latest");
    expect(await third.innerText()).toContain("Редакция 3");
    expect(await third.getByText("черновик").count()).toBe(1);
    expect(await third.locator(".doc-parties").getByText("ожидает подписи").count()).toBe(5);
    await third.getByRole("button", { name: "Сравнить с предыдущей" }).click();
    await third.getByTestId("diff").locator("tbody tr").first().waitFor();
    expect(await third.getByTestId("diff").locator("tbody tr").count()).toBe(2);
    await shoot(page, "documents-06-new-version");
  });
});
