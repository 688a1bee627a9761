// The app in a real browser against the real server and the demo «Искра».
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { demoProducer, logIn, logInToProjects, shoot, startHarness, type Harness } from "./browser.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

describe("web app", () => {
  it("shows a wrong password as an inline error", async () => {
    const page = await harness.newPage();
    await logIn(page, { email: demoProducer.email, password: "not-the-password" });
    const error = page.getByTestId("login-error");
    await error.waitFor();
    expect(await error.textContent()).toContain("Неверная электронная почта или пароль");
    expect(new URL(page.url()).pathname).toBe("/login");
    await shoot(page, "01-login-error");
  });

  it("lets the demo producer open «Искра», see its five partners and switch to English", async () => {
    const page = await harness.newPage();
    await logIn(page, demoProducer);
    const list = page.getByTestId("project-list");
    await list.waitFor();
    expect(await list.textContent()).toContain("12 серий");
    await shoot(page, "02-projects-ru");

    await list.getByRole("link", { name: /Искра/ }).click();
    const title = page.getByTestId("project-title");
    await title.waitFor();
    expect(await title.textContent()).toBe("Искра");
    const partners = page.getByTestId("partners").locator("tbody tr");
    await partners.nth(4).waitFor();
    expect(await partners.count()).toBe(5);
    const partnerText = await page.getByTestId("partners").textContent();
    for (const code of ["RU", "BY", "KZ", "TJ", "KG"]) expect(partnerText).toContain(code);
    expect(partnerText).toContain("Беларусьфильм");
    expect(partnerText).toContain("Ведущий продюсер");
    await shoot(page, "03-project-ru");

    await page.getByRole("button", { name: "EN", exact: true }).click();
    await page.getByRole("heading", { name: /Partners/ }).waitFor();
    expect(await title.textContent()).toBe("Iskra");
    expect(await page.getByTestId("partners").textContent()).toContain("Belarusfilm");
    await shoot(page, "04-project-en");

    // The choice is saved in the account: a reload stays in English.
    await page.reload();
    await page.getByRole("heading", { name: /Partners/ }).waitFor();
    expect(await page.getByTestId("project-title").textContent()).toBe("Iskra");
  });

  it("opens the organization and account pages of the demo producer", async () => {
    const page = await harness.newPage();
    await logIn(page, demoProducer);
    await page.getByTestId("project-list").waitFor();
    await page
      .getByRole("link", { name: /Организация|Organization/ })
      .first()
      .click();
    await page.locator("#members").waitFor();
    await shoot(page, "05-organization");
    await page.getByRole("link", { name: /Аккаунт|Account/ }).click();
    await page.locator("#tokens").waitFor();
    await shoot(page, "06-account");
  });

  it("tells the producer when someone else saved the project first, and loads their version", async () => {
    const page = await harness.newPage();
    await logIn(page, demoProducer);
    await page
      .getByTestId("project-list")
      .getByRole("link", { name: /Искра|Iskra/ })
      .click();
    await page.getByTestId("project-title").waitFor();
    await page.getByRole("button", { name: /Изменить|Edit/ }).click();
    await page.locator('input[name="genre"]').fill("драма");

    // Another producer saves while this form is open.
    await page.evaluate(async () => {
      const me = await (await fetch("/api/v1/auth/me")).json();
      const projectId = location.pathname.split("/").pop();
      const { project } = await (await fetch(`/api/v1/projects/${projectId}`)).json();
      const response = await fetch(`/api/v1/projects/${projectId}`, {
        method: "PATCH",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrfToken },
        body: JSON.stringify({ version: project.version, genre: "военная драма, мини-сериал" }),
      });
      if (!response.ok) throw new Error(`PATCH answered ${response.status}`);
    });

    await page.locator('form button[type="submit"]').click();
    await page.getByText(/изменил кто-то другой|Someone else changed this project/).waitFor();
    await page.waitForFunction(
      () =>
        (document.querySelector('input[name="genre"]') as HTMLInputElement | null)?.value ===
        "военная драма, мини-сериал",
    );
    await shoot(page, "09-project-conflict");
  });

  it("shows a freshly signed-up user no projects, and no access to «Искра»", async () => {
    const page = await harness.newPage();
    await logIn(page, demoProducer);
    await page
      .getByTestId("project-list")
      .getByRole("link", { name: /Искра|Iskra/ })
      .click();
    await page.getByTestId("project-title").waitFor();
    const projectPath = new URL(page.url()).pathname;
    await page.context().clearCookies();

    await page.goto("/signup");
    await page.locator('input[name="name"]').fill("Айгерим Сапарова");
    await page.locator('input[name="email"]').fill(`newcomer-${Date.now()}@example.test`);
    await page.locator('input[name="password"]').fill("a-long-enough-password");
    await shoot(page, "07-signup");
    await page.locator('button[type="submit"]').click();
    await page.getByText("Проектов пока нет").waitFor();
    await shoot(page, "08-projects-empty");

    await page.goto(projectPath);
    await page.getByText("Проект не найден").waitFor();
  });

  it("lets the producer add a person of a partner studio to the team", async () => {
    // Belarusfilm's administrator brings a new colleague into the studio, through the API.
    const colleague = await harness.newPage();
    await colleague.goto("/login");
    const email = `operator-${Date.now()}@belarusfilm.test`;
    await colleague.evaluate(async (email) => {
      const post = (path: string, body: unknown, csrf?: string) =>
        fetch(`/api/v1${path}`, {
          method: "POST",
          headers: { "Content-Type": "application/json", ...(csrf ? { "X-CSRF-Token": csrf } : {}) },
          body: JSON.stringify(body),
        });
      await post("/auth/signup", { email, password: "a-long-enough-password", name: "Игорь Лешко" });
    }, email);
    const studio = await harness.newPage();
    await logIn(studio, { email: "accountant@belarusfilm.demo", password: "iskra-demo" });
    await studio.getByTestId("project-list").waitFor();
    await studio.evaluate(async (email) => {
      const me = await (await fetch("/api/v1/auth/me")).json();
      const response = await fetch(`/api/v1/organizations/${me.organizations[0].id}/invitations`, {
        method: "POST",
        headers: { "Content-Type": "application/json", "X-CSRF-Token": me.csrfToken },
        body: JSON.stringify({ email, role: "member" }),
      });
      if (!response.ok) throw new Error(`invitation answered ${response.status}`);
    }, email);
    await colleague.evaluate(async () => {
      const me = await (await fetch("/api/v1/auth/me")).json();
      const { invitations } = await (await fetch("/api/v1/invitations")).json();
      await fetch(`/api/v1/invitations/${invitations[0].id}/accept`, {
        method: "POST",
        headers: { "X-CSRF-Token": me.csrfToken },
      });
    });

    const page = await harness.newPage();
    await logInToProjects(page, demoProducer);
    // An earlier test saved English as the producer's language; this one reads the Russian labels.
    await page.getByRole("button", { name: "RU", exact: true }).click();
    await page.getByRole("heading", { name: "Мои проекты" }).waitFor();
    await page.getByTestId("project-list").getByRole("link", { name: /Искра/ }).click();
    await page.getByTestId("project-title").waitFor();
    const team = page.locator("#members");
    await team.locator('select[name="userId"]').selectOption({ label: "Игорь Лешко · Беларусьфильм" });
    await team.locator('select[name="role"]').selectOption("department_head");
    await team.getByRole("button", { name: "Добавить в команду" }).click();
    await team.locator("tbody tr", { hasText: "Игорь Лешко" }).waitFor();
    expect(await team.locator("tbody tr").count()).toBe(6);
    await team.getByText("Все сотрудники студий-партнёров уже в команде.").waitFor();
    await shoot(page, "10-project-member-added");
  });

  it("signs a user out on every device from the account page", async () => {
    const user = { email: `traveller-${Date.now()}@example.test`, password: "a-long-enough-password" };
    const laptop = await harness.newPage();
    await laptop.goto("/signup");
    await laptop.locator('input[name="name"]').fill("Нурлан Беков");
    await laptop.locator('input[name="email"]').fill(user.email);
    await laptop.locator('input[name="password"]').fill(user.password);
    await laptop.locator('button[type="submit"]').click();
    await laptop.getByText("Проектов пока нет").waitFor();
    const phone = await harness.newPage();
    await logIn(phone, user);
    await phone.getByText("Проектов пока нет").waitFor();

    await laptop.getByRole("link", { name: "Аккаунт" }).click();
    laptop.once("dialog", (dialog) => void dialog.accept());
    await laptop.getByRole("button", { name: "Выйти на всех устройствах" }).click();
    await laptop.waitForURL(/\/login/);
    await phone.reload();
    await phone.waitForURL(/\/login/);
  });
});
