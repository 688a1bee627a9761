// The КПП report's links in a real browser against the demo «Искра»: the producer opens a variant of the КПП, finds
// «КПП в PDF» and «КПП в XLSX» for the board being viewed, and the browser's session fetches both files; in English
// the links read "Schedule PDF" and "Schedule XLSX" and ask for English files.
import { afterAll, beforeAll, expect, it } from "vitest";
import { demoProducer, openIskraTab, shoot, startHarness, type Harness } from "../../e2e/browser.ts";

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
});

it("offers the viewed board's КПП as PDF and XLSX in the interface's language", async () => {
  const page = await harness.newPage();
  await openIskraTab(page, demoProducer, "КПП");
  await page.getByTestId("board-facts").waitFor();
  const boardId = new URL(page.url()).searchParams.get("board");

  const pdf = page.getByRole("link", { name: "КПП в PDF" });
  const xlsx = page.getByRole("link", { name: "КПП в XLSX" });
  const pdfHref = (await pdf.getAttribute("href"))!;
  expect(pdfHref).toMatch(/\/api\/v1\/projects\/[0-9a-f-]+\/schedules\/[0-9a-f-]+\/report\.pdf\?lang=ru$/u);
  if (boardId) expect(pdfHref).toContain(`/schedules/${boardId}/`);
  expect(await xlsx.getAttribute("href")).toBe(pdfHref.replace("report.pdf", "report.xlsx"));
  await shoot(page, "schedule-report-links");

  const file = await page.request.get(pdfHref);
  expect(file.status()).toBe(200);
  expect(file.headers()["content-type"]).toBe("application/pdf");
  expect((await file.body()).subarray(0, 5).toString("latin1")).toBe("%PDF-");
  const sheet = await page.request.get((await xlsx.getAttribute("href"))!);
  expect(sheet.status()).toBe(200);
  // An XLSX is a ZIP archive.
  expect((await sheet.body()).subarray(0, 2).toString("latin1")).toBe("PK");

  await page.getByRole("button", { name: "EN", exact: true }).click();
  const english = page.getByRole("link", { name: "Schedule PDF" });
  await english.waitFor();
  expect(await english.getAttribute("href")).toMatch(/report\.pdf\?lang=en$/u);
  expect(await page.getByRole("link", { name: "Schedule XLSX" }).count()).toBe(1);
  await page.getByRole("button", { name: "RU", exact: true }).click();
});
