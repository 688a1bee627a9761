// Benchmark of the stripboard in Chromium on a 1,500-strip board (the demo «Искра» grown to twelve episodes, laid out
// by location by the core over a long calendar). Prints, as the median of several runs:
// - time to interactive: from navigation to the board drawn with its strips draggable (a warm browser cache);
// - a drag's commit: from the drop to the board redrawn from the server's answer, with the optimistic redraw and
//   the server's own time for the move beside it;
// - the peer: what the browser takes to lay out and paint every row of the board at once (as a list without
//   windowing would) against the rows the window mounts, the same markup cloned from the page.
// Prints figures; asserts nothing. The goals: interactive within 1 s, a drag committed within 100 ms.
//
//   npm run bench:board                           # 1,500 scenes, 5 loads, 9 drags
//   npm run bench:board -- --scenes 3000 --loads 3 --drags 5
//   npm run bench:board -- --cache /tmp/board-bench.tar    # seed once, then start from the saved database
//   npm run bench:board -- --no-build                       # the web app as last built
//
// The figures are wall-clock times of a real browser: on a loaded machine they grow, so the load average is printed.
import { fileURLToPath } from "node:url";
import { existsSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { build } from "vite";
import { startBenchServer } from "./board-seed.ts";

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(name);
  const value = index >= 0 ? Number(process.argv[index + 1]) : NaN;
  return Number.isFinite(value) ? value : fallback;
}

const sceneCount = option("--scenes", 1500);
const loads = option("--loads", 5);
const drags = option("--drags", 9);
const cacheIndex = process.argv.indexOf("--cache");
const cache = cacheIndex >= 0 ? (process.argv[cacheIndex + 1] ?? null) : null;
const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};
const ms = (value: number) => `${Math.round(value)} ms`;
const spread = (values: readonly number[]) =>
  `median ${ms(median(values))} (min ${ms(Math.min(...values))}, max ${ms(Math.max(...values))}, n=${values.length})`;

// The web app is built into a folder of the benchmark's own, so another build of packages/web/dist meanwhile
// cannot swap the files under the page.
const webPackage = fileURLToPath(new URL("../", import.meta.url));
const webRoot = join(tmpdir(), "kinomost-board-bench-web");
if (!process.argv.includes("--no-build") || !existsSync(join(webRoot, "index.html"))) {
  console.log("building the web app …");
  await build({
    configFile: join(webPackage, "vite.config.ts"),
    logLevel: "silent",
    build: { outDir: webRoot, emptyOutDir: true },
  });
}

const seeding = performance.now();
const server = await startBenchServer(sceneCount, cache, webRoot);
console.log(
  `board: ${server.scenes} strips, ${server.scenes - server.boneyard} on ${server.days} shooting days and ${server.boneyard} in the boneyard (seeded in ${((performance.now() - seeding) / 1000).toFixed(1)} s)`,
);
console.log(
  `load average ${loadavg()
    .map((value) => value.toFixed(1))
    .join(" ")} on ${cpus().length} CPUs`,
);
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"],
});
const boardSelector = '[data-testid="stripboard"][data-editable="true"]';

/** Loads the board page and answers when its strips are drawn and draggable (ms since navigation). */
async function loadBoard(
  page: Page,
): Promise<{ interactive: number; boardRequest: number; boardBytes: number }> {
  await page.goto(`/projects/${server.projectId}/schedule?board=${server.boardId}`, { waitUntil: "commit" });
  const interactive = await page.waitForFunction(
    (selector) => (document.querySelector(`${selector} [data-testid="strip"]`) ? performance.now() : null),
    boardSelector,
    { polling: "raf", timeout: 30_000 },
  );
  const resource = await page.evaluate((boardId) => {
    const entry = performance
      .getEntriesByType("resource")
      .find((candidate) => candidate.name.endsWith(`/schedules/${boardId}`)) as
      PerformanceResourceTiming | undefined;
    return entry ? { duration: entry.responseEnd - entry.startTime, bytes: entry.encodedBodySize } : null;
  }, server.boardId);
  return {
    interactive: (await interactive.jsonValue()) as number,
    boardRequest: resource?.duration ?? NaN,
    boardBytes: resource?.bytes ?? NaN,
  };
}

/** Drags the first strip of the board's first day onto the break of its second day, or `moved` back; the timings. */
async function dragOnce(page: Page, moved: string | null) {
  const board = page.locator(boardSelector);
  await board.evaluate((element) => {
    element.scrollTop = 0;
    element.scrollIntoView({ block: "start" });
  });
  await page.waitForTimeout(100);
  const version = Number(await board.getAttribute("data-version"));
  const strip = moved ? board.locator(`[data-lineage="${moved}"]`) : board.getByTestId("strip").first();
  const lineage = (await strip.getAttribute("data-lineage"))!;
  const target = board.getByTestId("day-break").nth(moved ? 0 : 1);
  const from = (await strip.boundingBox())!;
  const to = (await target.boundingBox())!;
  await board.evaluate((element) => {
    const marks: Record<string, number> = {};
    (window as unknown as { benchMarks: Record<string, number> }).benchMarks = marks;
    const afterPaint = (name: string) =>
      requestAnimationFrame(() => setTimeout(() => (marks[name] = performance.now())));
    window.addEventListener("pointerup", () => (marks.drop = performance.now()), {
      capture: true,
      once: true,
    });
    const observer = new MutationObserver(() => {
      const pending = element.getAttribute("data-pending");
      if (pending === "1" && marks.optimistic === undefined) {
        marks.optimistic = performance.now();
        afterPaint("optimisticPainted");
      }
      if (pending === "0" && marks.optimistic !== undefined && marks.confirmed === undefined) {
        marks.confirmed = performance.now();
        afterPaint("confirmedPainted");
        observer.disconnect();
      }
    });
    observer.observe(element, { attributes: true, attributeFilter: ["data-pending"] });
  });
  await page.mouse.move(from.x + 300, from.y + from.height / 2);
  await page.mouse.down();
  await page.mouse.move(from.x + 305, from.y + from.height / 2 + 8, { steps: 2 });
  await page.mouse.move(to.x + 300, to.y + to.height / 2, { steps: 6 });
  await page.mouse.up();
  const committed = page.waitForFunction(
    ([selector, expected]) => {
      const element = document.querySelector(selector as string);
      const marks = (window as unknown as { benchMarks: Record<string, number> }).benchMarks;
      return (
        element?.getAttribute("data-version") === String(expected) && marks.confirmedPainted !== undefined
      );
    },
    [boardSelector, version + 1],
    { timeout: 30_000 },
  );
  await committed.catch(async (error: unknown) => {
    const state = await board.evaluate((element) => ({
      version: element.getAttribute("data-version"),
      pending: element.getAttribute("data-pending"),
      notice: document.querySelector("[data-testid='board-notice']")?.textContent ?? null,
      marks: (window as unknown as { benchMarks: Record<string, number> }).benchMarks,
    }));
    throw new Error(`the drag did not commit: ${JSON.stringify({ expected: version + 1, ...state })}`, {
      cause: error,
    });
  });
  const timings = await page.evaluate(() => {
    const marks = (window as unknown as { benchMarks: Record<string, number> }).benchMarks;
    const move = performance
      .getEntriesByType("resource")
      .filter((entry) => entry.name.endsWith("/moves"))
      .at(-1) as PerformanceResourceTiming | undefined;
    return {
      optimistic: marks.optimisticPainted! - marks.drop!,
      committed: marks.confirmedPainted! - marks.drop!,
      request: move ? move.responseEnd - move.startTime : NaN,
    };
  });
  return { ...timings, lineage };
}

/** Layout and paint of `count` board rows cloned from the mounted ones, in a box like the board's (ms). */
async function paintRows(page: Page, count: number): Promise<number> {
  return page.locator(boardSelector).evaluate(async (board, rows) => {
    const samples = [...board.querySelectorAll<HTMLElement>(".stripboard__row")];
    const host = document.createElement("div");
    host.className = board.className;
    host.style.cssText = `position:fixed;left:0;top:0;width:${board.clientWidth}px;height:${board.clientHeight}px;overflow:auto;visibility:visible`;
    const canvas = document.createElement("div");
    canvas.style.position = "relative";
    let top = 0;
    for (let index = 0; index < rows; index++) {
      const row = samples[index % samples.length]!.cloneNode(true) as HTMLElement;
      row.style.transform = `translateY(${top}px)`;
      top += row.offsetHeight || 30;
      canvas.append(row);
    }
    canvas.style.height = `${top}px`;
    host.append(canvas);
    const painted = () =>
      new Promise<number>((resolve) =>
        requestAnimationFrame(() => setTimeout(() => resolve(performance.now()))),
      );
    await painted();
    const start = performance.now();
    document.body.append(host);
    void host.offsetHeight;
    const end = await painted();
    host.remove();
    return end - start;
  }, count);
}

try {
  const context = await browser.newContext({
    baseURL: server.url,
    viewport: { width: 1360, height: 860 },
    locale: "ru-RU",
  });
  // esbuild names the functions it compiles with a helper the page does not have.
  await context.addInitScript({ content: "window.__name = (target) => target;" });
  const page = await context.newPage();
  await page.goto("/login");
  await page.locator('input[name="email"]').fill("producer@iskra.demo");
  await page.locator('input[name="password"]').fill("iskra-demo");
  await page.locator('button[type="submit"]').click();
  await page.getByTestId("project-list").waitFor();

  const runs = [];
  for (let run = 0; run < loads + 1; run++) runs.push(await loadBoard(page));
  const [cold, ...warm] = runs;
  console.log(`\ntime to interactive (navigation → ${server.scenes} strips drawn and draggable)`);
  console.log(`  first load (cold cache): ${ms(cold!.interactive)}`);
  console.log(`  warm loads: ${spread(warm.map((entry) => entry.interactive))}   goal ≤ 1000 ms`);
  console.log(
    `  of which GET board: ${spread(warm.map((entry) => entry.boardRequest))}, ${Math.round(warm[0]!.boardBytes / 1024)} KiB`,
  );
  const mounted = await page.locator(`${boardSelector} .stripboard__row`).count();

  const commits = [];
  let moved: string | null = null;
  for (let run = 0; run < drags; run++) {
    const commit = await dragOnce(page, moved);
    moved = moved ? null : commit.lineage;
    commits.push(commit);
  }
  console.log(`\na drag's commit (drop → board redrawn from the server's answer)`);
  console.log(`  committed: ${spread(commits.map((entry) => entry.committed))}   goal ≤ 100 ms`);
  console.log(`  optimistic redraw: ${spread(commits.map((entry) => entry.optimistic))}`);
  console.log(`  POST …/moves round trip: ${spread(commits.map((entry) => entry.request))}`);

  const totalRows = Number(
    await page.locator(`${boardSelector} [aria-setsize]`).first().getAttribute("aria-setsize"),
  );
  const windowed = [];
  const everything = [];
  for (let run = 0; run < 5; run++) {
    windowed.push(await paintRows(page, mounted));
    everything.push(await paintRows(page, totalRows));
  }
  console.log(`\npeer: layout and paint of the board's rows (cloned markup, no React)`);
  console.log(`  windowed, ${mounted} rows mounted: ${spread(windowed)}`);
  console.log(`  every row, ${totalRows} rows (no windowing): ${spread(everything)}`);
  await context.close();
} finally {
  await browser.close();
  await server.close();
}
