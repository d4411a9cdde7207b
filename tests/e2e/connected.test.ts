// Issue 5 in headless Chromium under the base path: a province project page shows its
// cities' contributions (table and drawn chart), a topic page filters its rows by the
// reader's choices, and neither page has an axe violation or a console error.
// Screenshots go to /tmp/minsheng-connected/ for a person to look at.

import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/serve-static.ts";
import { axeViolations, launchChromium, openPage, paintedPixels } from "../search/browser.ts";
import { buildSite } from "../search/site.ts";

const BASE = "/minsheng-archive/";
/** A folder of this run's own: another run in the same checkout never clears it mid-test. */
const OUT_DIR = path.join(mkdtempSync(path.join(tmpdir(), "minsheng-connected-")), "dist");
const SCREENSHOTS = path.join(tmpdir(), "minsheng-connected");

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await buildSite({ outDir: OUT_DIR, base: BASE });
  server = await serveStatic({ root: OUT_DIR, base: BASE });
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(path.dirname(OUT_DIR), { recursive: true, force: true });
});

async function open(pathInSite: string): Promise<{ page: Page; problems: string[]; close: () => Promise<void> }> {
  const { page, context, status, problems } = await openPage(browser, `${server.url}${pathInSite}`);
  expect(status).toBe(200);
  return { page, problems, close: () => context.close() };
}

async function visibleRows(page: Page, table: string): Promise<number> {
  return page.$$eval(`${table} tbody tr`, (rows) => rows.filter((row) => !(row as HTMLElement).hidden).length);
}

describe("links between levels, in the browser", () => {
  it("河南省 2023 第 1 项 shows 南阳市's contribution beside the province total, as a table and a drawn chart", async () => {
    const { page, problems, close } = await open("henan/2023/01/");
    const table = page.locator("table.contributions");
    await expect(table.count()).resolves.toBe(1);
    const text = (await table.textContent()) ?? "";
    expect(text).toContain("南阳市");
    expect(text).toContain("58.85万人次");
    expect(text).toContain("428.7万人次");
    const childLink = table.locator('a[href="/minsheng-archive/henan/nanyang/2023/01/"]');
    await expect(childLink.count()).resolves.toBeGreaterThan(0);

    const chart = page.locator("section[aria-labelledby='children-heading'] .chart-canvas");
    await chart.locator("canvas").waitFor({ state: "visible", timeout: 10_000 });
    await expect(chart.locator("canvas").getAttribute("role")).resolves.toBe("img");
    await expect(chart.locator("canvas").getAttribute("aria-label")).resolves.toContain("河南省");
    await page.waitForFunction(
      () => ((document.querySelector("section[aria-labelledby='children-heading'] canvas") as HTMLCanvasElement | null)?.width ?? 0) > 0,
    );
    expect(await paintedPixels(page, "section[aria-labelledby='children-heading'] .chart-canvas")).toBeGreaterThan(100);

    await page.screenshot({ path: path.join(SCREENSHOTS, "project-henan-2023-01.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it("南阳市 2023 第 1 项 links to the province project it carries out", async () => {
    const { page, problems, close } = await open("henan/nanyang/2023/01/");
    const link = page.locator(".parent-link a");
    await expect(link.getAttribute("href")).resolves.toBe("/minsheng-archive/henan/2023/01/");
    await expect(page.locator(".parent-link").textContent()).resolves.toContain("落实河南省2023年");
    await expect(page.locator(".topic-chips a").first().getAttribute("href")).resolves.toBe("/minsheng-archive/topics/jiuye/");
    expect(problems).toEqual([]);
    await close();
  });
});

describe("a topic page, in the browser", () => {
  it("filters its rows by region, year and status, and shows every row again on reset", async () => {
    const { page, problems, close } = await open("topics/jiuye/");
    const table = "#topic-jiuye-projects";
    const total = await page.locator(`${table} tbody tr`).count();
    expect(total).toBeGreaterThan(3);
    await page.locator("form.row-filter").waitFor({ state: "visible" });
    expect(await visibleRows(page, table)).toBe(total);

    await page.selectOption("#filter-region", "河南省");
    const henan = await visibleRows(page, table);
    expect(henan).toBeGreaterThan(0);
    expect(henan).toBeLessThan(total);
    const regions = await page.$$eval(`${table} tbody tr:not([hidden])`, (rows) => rows.map((row) => (row as HTMLElement).dataset["region"]));
    expect(new Set(regions)).toEqual(new Set(["河南省"]));

    await page.selectOption("#filter-year", "2023");
    expect(await visibleRows(page, table)).toBe(1);
    await expect(page.locator("[data-filter-status]").textContent()).resolves.toBe(`显示 1 / ${total} 项`);
    await page.screenshot({ path: path.join(SCREENSHOTS, "topic-jiuye-filtered.png"), fullPage: true });

    await page.click("form.row-filter button[type=reset]");
    await page.waitForFunction((selector) => [...document.querySelectorAll(`${selector} tbody tr`)].every((row) => !(row as HTMLElement).hidden), table);
    expect(await visibleRows(page, table)).toBe(total);

    expect(await paintedPixels(page, "#chart-heading + figure .chart-canvas")).toBeGreaterThan(100);
    await page.screenshot({ path: path.join(SCREENSHOTS, "topic-jiuye.png"), fullPage: true });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual([]);
    await close();
  });

  it("without JavaScript shows every row and no filter form", async () => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${server.url}topics/jiuye/`);
    const rows = await page.locator("#topic-jiuye-projects tbody tr").count();
    expect(await visibleRows(page, "#topic-jiuye-projects")).toBe(rows);
    await expect(page.locator("form.row-filter").isVisible()).resolves.toBe(false);
    await context.close();
  });

  it("the topics index and the region page's project lines pass axe without console errors", async () => {
    for (const [pathInSite, file] of [
      ["topics/", "topics-index.png"],
      ["henan/", "region-henan.png"],
      ["henan/2023/", "report-henan-2023.png"],
    ] as const) {
      const { page, problems, close } = await open(pathInSite);
      await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
      expect(await axeViolations(page), pathInSite).toEqual([]);
      expect(problems, pathInSite).toEqual([]);
      await close();
    }
  });
});
