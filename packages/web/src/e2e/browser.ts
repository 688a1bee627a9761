// Test harness for the browser tests: builds the web app when it has never been built, starts the
// real server with the demo on a fresh embedded database, and drives Debian's Chromium.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { build } from "vite";
import { startTestServer } from "@kinomost/server/testing";

const webPackage = fileURLToPath(new URL("../../", import.meta.url));

/** Set KINOMOST_SHOTS=/tmp/kinomost-shots to keep a screenshot of every page the tests visit. */
const shotsFolder = process.env.KINOMOST_SHOTS;

export const demoProducer = { email: "producer@iskra.demo", password: "iskra-demo" };

export async function ensureWebBuilt(): Promise<void> {
  if (existsSync(join(webPackage, "dist", "index.html"))) return;
  await build({ configFile: join(webPackage, "vite.config.ts"), logLevel: "warn" });
}

export interface Harness {
  url: string;
  browser: Browser;
  newPage(): Promise<Page>;
  close(): Promise<void>;
}

export async function startHarness(): Promise<Harness> {
  await ensureWebBuilt();
  const server = await startTestServer({ demo: true });
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    });
  } catch (error) {
    await server.close();
    throw error;
  }
  const contexts: BrowserContext[] = [];
  return {
    url: server.url,
    browser,
    async newPage() {
      // A fresh context per test: its own cookies and localStorage, as a new visitor.
      const context = await browser.newContext({
        baseURL: server.url,
        viewport: { width: 1360, height: 860 },
        locale: "ru-RU",
      });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      return page;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close().catch(() => undefined);
      await server.close();
    },
  };
}

export async function logIn(page: Page, user: { email: string; password: string }): Promise<void> {
  await page.goto("/login");
  await page.locator('input[name="email"]').fill(user.email);
  await page.locator('input[name="password"]').fill(user.password);
  await page.locator('button[type="submit"]').click();
}

/** Logs in and waits until the project list shows, so the account's saved language has been applied. */
export async function logInToProjects(page: Page, user: { email: string; password: string }): Promise<void> {
  await logIn(page, user);
  await page.getByTestId("project-list").waitFor();
}

/** Logs in, reads in Russian, and opens a tab of «Искра» ("Сценарии", "Консорциум" …). */
export async function openIskraTab(
  page: Page,
  user: { email: string; password: string },
  tab: string,
): Promise<void> {
  await logInToProjects(page, user);
  // Another test may have saved English as this user's language; these tests read Russian.
  await page.getByRole("button", { name: "RU", exact: true }).click();
  await page.getByTestId("project-list").getByRole("link", { name: /Искра/ }).click();
  await page.getByRole("navigation", { name: "Разделы проекта" }).getByRole("link", { name: tab }).click();
}

export async function shoot(page: Page, name: string): Promise<void> {
  if (!shotsFolder) return;
  await mkdir(shotsFolder, { recursive: true });
  await page.screenshot({ path: join(shotsFolder, `${name}.png`), fullPage: true });
}
