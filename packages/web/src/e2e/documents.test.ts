// The co-production documents in a real browser against the demo «Искра»: the producer sees the memorandum
// signed by all five studios and the agreement awaiting signatures, reads what changed between the agreement's
// two versions, signs it for the Russian studio (a wrong password first, then the right one), and finds the
// signature in an audit log whose chain verifies. Then a new agreement is made from the consortium's terms, a
// file is attached to it, Belarusfilm's signatory is taken away and named again, and only she can sign.
import type { Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProducer, openIskraTab, shoot, startHarness, type Harness } from "./browser.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

const demoAccountant = { email: "accountant@belarusfilm.demo", password: "iskra-demo" };

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
    // The producer is the Russian studio's signatory: that party waits for her, the other four for theirs.
    expect(await agreement.locator(".doc-parties").getByText("ожидает подписи").count()).toBe(4);
    expect(await agreement.locator(".doc-parties").getByText("ожидает вашей подписи").count()).toBe(1);
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

  it("shows the documents, and not the deal, to a signatory who may not read the consortium", async () => {
    const page = await harness.newPage();
    await openDocuments(page, { email: "ad@tajikfilm.demo", password: "iskra-demo" });
    expect(await page.getByText("Условия сделки между студиями видят продюсеры и бухгалтерия").count()).toBe(
      1,
    );
    expect(await page.locator("#shares").count()).toBe(0);
    expect(await page.getByTestId("documents").locator('article[data-kind="agreement"]').count()).toBe(1);
    await page.close();
  });

  it("lets the producer start a new version with other shares, to be signed afresh", async () => {
    const page = await harness.newPage();
    await openDocuments(page, demoProducer);
    const agreement = page.getByTestId("documents").locator('article[data-kind="agreement"]');
    await agreement.getByRole("button", { name: "Новая редакция" }).click();
    const form = agreement.locator(".doc-new-version__form");
    // Every term of version 2 is carried over and editable: five parties, five territories, five contributions.
    expect(await form.getByTestId("terms-parties").getByRole("group").count()).toBe(5);
    expect(await form.getByTestId("terms-territories").getByRole("group").count()).toBe(5);
    expect(await form.getByTestId("terms-contributions").getByRole("group").count()).toBe(5);
    await form.getByLabel("Доля, % — Лига кинематографистов Казахстана (KZ)").fill("20");
    await form.getByTestId("terms-sum").getByText("Сумма долей: 97.5 %").waitFor();
    // Sent anyway, the server refuses it and the reason shows under the sum, in Russian.
    await form.getByLabel("Что меняет эта редакция").fill("Доли Казахстана и Таджикистана как в меморандуме");
    await form.getByRole("button", { name: "Создать редакцию" }).click();
    await form.getByText("Доли сторон должны давать в сумме ровно 100 %.").waitFor();
    await form.getByLabel("Доля, % — Таджикфильм (TJ)").fill("10");
    await form.getByTestId("terms-sum").getByText("Сумма долей: 100 %").waitFor();
    await shoot(page, "documents-05-new-version-form");
    await form.getByRole("button", { name: "Создать редакцию" }).click();
    await agreement.getByText("Редакция 3 создана. Её ещё никто не подписал.").waitFor();
    const third = agreement.locator(".doc-version--latest");
    expect(await third.innerText()).toContain("Редакция 3");
    expect(await third.getByText("черновик").count()).toBe(1);
    expect(await third.locator(".doc-parties").getByText("ожидает подписи").count()).toBe(4);
    expect(await third.locator(".doc-parties").getByText("ожидает вашей подписи").count()).toBe(1);
    await third.getByRole("button", { name: "Сравнить с предыдущей" }).click();
    await third.getByTestId("diff").locator("tbody tr").first().waitFor();
    expect(await third.getByTestId("diff").locator("tbody tr").count()).toBe(2);
    await shoot(page, "documents-06-new-version");
  });

  it("makes an agreement from the consortium, attaches a file, and lets only the named signatory sign", async () => {
    const producer = await harness.newPage();
    await openDocuments(producer, demoProducer);
    const title = "Соглашение о совместном производстве «Искра» (проект для подписания)";
    await producer.locator("#documents").getByRole("button", { name: "Новый документ" }).click();
    const form = producer.locator(".doc-new-document__form");
    await form.getByLabel("Вид документа").selectOption({ label: "Соглашение о совместном производстве" });
    await form.getByLabel("Название").fill(title);

    // The terms come from the consortium: five studios at 40/20/20/10/10, their territories and contributions.
    await form.getByRole("button", { name: "Заполнить из консорциума" }).click();
    const parties = form.getByTestId("terms-parties");
    expect(await parties.getByRole("group").count()).toBe(5);
    expect(await form.getByLabel("Доля, % — Беларусьфильм (BY)").inputValue()).toBe("20");
    await form.getByTestId("terms-sum").getByText("Сумма долей: 100 %").waitFor();
    expect(await form.getByTestId("terms-territories").getByRole("group").count()).toBe(5);
    const contributions = form.getByTestId("terms-contributions").getByRole("group");
    expect(await contributions.count()).toBeGreaterThanOrEqual(5);

    // Mistakes are refused field by field, each said beside its field.
    await form.getByLabel("Доля, % — Беларусьфильм (BY)").fill("25");
    await form.getByLabel("Сумма — Вклад № 2").fill("-5");
    await form.getByLabel("Сумма — Вклад № 3").fill("100.555");
    await form.getByLabel("Валюта — Вклад № 4").fill("XYZ");
    await form.getByRole("button", { name: "Создать документ" }).click();
    await form.getByText("Доли сторон должны давать в сумме ровно 100 %.").waitFor();
    expect(await cellError(contributions.nth(1))).toBe("Сумма не может быть отрицательной");
    expect(await cellError(contributions.nth(2))).toMatch(/^В [A-Z]{3} 2 знака после запятой$/);
    expect(await cellError(contributions.nth(3))).toBe("Код валюты ISO 4217, например KZT");
    await shoot(producer, "documents-07-new-document-errors");
    await form.getByRole("button", { name: "Заполнить заново" }).click();
    await form.getByRole("button", { name: "Добавить срок" }).click();
    await form.getByLabel("Что — Срок № 1").fill("Начало съёмочного периода");
    await form.getByLabel("Дата — Срок № 1").fill("2027-06-01");
    await form.getByRole("button", { name: "Создать документ" }).click();
    await producer.getByText(`Документ «${title}» создан. Редакция 1 ожидает подписей сторон.`).waitFor();
    const created = producer
      .getByTestId("documents")
      .locator("article", { has: producer.getByRole("heading", { name: title }) });
    expect(await created.getAttribute("data-kind")).toBe("agreement");
    expect(await created.locator(".doc-parties tbody tr").count()).toBe(5);

    // A file goes up with a progress bar and is listed as a download with the same bytes.
    const annex = "Приложение 1. Смета «Искры»: 12 серий.\n".repeat(2000);
    await created.locator('input[type="file"]').setInputFiles({
      name: "смета-приложение.txt",
      mimeType: "text/plain",
      buffer: Buffer.from(annex),
    });
    await created.locator('[data-testid="file-progress"][data-state="done"]').waitFor();
    expect(await created.getByRole("progressbar").getAttribute("aria-valuenow")).toBe("100");
    const link = created.getByRole("link", { name: "смета-приложение.txt" });
    await link.waitFor();
    const download = await producer.request.get((await link.getAttribute("href"))!);
    expect(download.status()).toBe(200);
    expect(await download.text()).toBe(annex);
    await shoot(producer, "documents-08-file-attached");

    // A file attached by mistake goes again, after the producer confirms.
    await created.locator('input[type="file"]').setInputFiles({
      name: "не-тот-файл.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("черновик"),
    });
    const mistake = created.getByRole("link", { name: "не-тот-файл.txt" });
    await mistake.waitFor();
    producer.once("dialog", (dialog) => void dialog.accept());
    await created
      .locator(".doc-files__item", { hasText: "не-тот-файл.txt" })
      .getByRole("button", { name: "Удалить" })
      .click();
    await mistake.waitFor({ state: "detached" });
    expect(await created.getByRole("link", { name: "смета-приложение.txt" }).count()).toBe(1);

    // The producer takes Belarusfilm's signatory away: nobody can sign for the studio now.
    const signatories = producer.getByTestId("signatories");
    await signatories.getByRole("button", { name: "Назначить подписанта: Беларусьфильм" }).click();
    await signatories.getByLabel("Подписант: Беларусьфильм").selectOption("");
    await signatories.getByRole("button", { name: "Сохранить" }).click();
    await signatories.getByText("Беларусьфильм: подписант снят.").waitFor();
    const belarusRow = created.locator(".doc-parties tbody tr", { hasText: "Беларусьфильм" });
    await belarusRow.getByText("не назначен").waitFor();

    // Belarusfilm's accountant is no signatory: she sees the agreement but no sign button.
    const accountant = await harness.newPage();
    await openDocuments(accountant, demoAccountant);
    const seen = accountant
      .getByTestId("documents")
      .locator("article", { has: accountant.getByRole("heading", { name: title }) });
    await seen
      .locator(".doc-parties tbody tr", { hasText: "Беларусьфильм" })
      .getByText("не назначен")
      .waitFor();
    expect(await seen.getByRole("button", { name: /^Подписать/ }).count()).toBe(0);
    expect(await seen.getByTestId("not-signatory").innerText()).toContain(
      "У стороны «Беларусьфильм» не назначен подписант",
    );

    // Named again, she signs for her studio; the first signature freezes the version.
    await signatories.getByRole("button", { name: "Назначить подписанта: Беларусьфильм" }).click();
    await signatories.getByLabel("Подписант: Беларусьфильм").selectOption({ label: "Ольга Ковальчук" });
    await signatories.getByRole("button", { name: "Сохранить" }).click();
    await signatories.getByText("Беларусьфильм: подписант — Ольга Ковальчук.").waitFor();
    await accountant.reload();
    await seen.waitFor();
    await seen.getByRole("button", { name: "Подписать" }).click();
    const dialog = accountant.getByRole("dialog");
    await dialog.getByLabel("Пароль").fill(demoAccountant.password);
    await dialog.getByRole("button", { name: "Подписать" }).click();
    await dialog.waitFor({ state: "detached" });
    await seen.getByText("Подписано от имени стороны «Беларусьфильм».").waitFor();
    const signedRow = seen.locator(".doc-parties tbody tr", { hasText: "Беларусьфильм" });
    await signedRow.getByText("подписано").waitFor();
    expect(await signedRow.innerText()).toContain("Ольга Ковальчук");
    expect(await seen.getByText("заморожена").count()).toBe(1);
    expect(await seen.getByRole("button", { name: "Подписать" }).count()).toBe(0);
    // Signed versions take no more files: there is no control for it.
    expect(await seen.locator('input[type="file"]').count()).toBe(0);
    await shoot(accountant, "documents-09-signed-by-signatory");

    // The producer's page still offers the upload; the server refuses it, and the page says why.
    await created.locator('input[type="file"]').setInputFiles({
      name: "опоздавшее-приложение.txt",
      mimeType: "text/plain",
      buffer: Buffer.from("поздно"),
    });
    await created
      .getByText("Файл не приложен: редакцию 1 уже подписали, и она заморожена.", { exact: false })
      .waitFor();
    await created.locator('input[type="file"]').waitFor({ state: "detached" });
    expect(await created.getByRole("link", { name: "опоздавшее-приложение.txt" }).count()).toBe(0);
    await shoot(producer, "documents-10-late-file-refused");
  });
});

/** The error said under a row's inputs. */
async function cellError(row: Locator): Promise<string> {
  return (await row.locator(".field__error").first().innerText()).trim();
}
