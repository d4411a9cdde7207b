// The site in headless Chromium under the base path, as a reader meets it: pages load with no
// console error and no failed request, the report's chart draws, axe finds no violation, and
// without JavaScript the tables and text are all there. Full-page screenshots are saved to
// node_modules/.cache/minsheng/screenshots/ for a person to look at.

import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/serve-static.ts";
import { axeViolations, launchChromium, openPage, paintedPixels, type OpenedPage } from "../search/browser.ts";
import { BASE, CACHE, builtSite } from "./build.ts";

const SCREENSHOTS = path.join(CACHE, "screenshots");

/** Pages a reader opens, relative to the base path. */
const PAGES = {
  home: "",
  region: "henan/",
  report: "henan/2023/",
  project: "henan/2023/01/",
  downloads: "data/",
} as const;
type PageName = keyof typeof PAGES;

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  const dist = await builtSite();
  server = await serveStatic({ root: dist, base: BASE });
  browser = await launchChromium();
  mkdirSync(SCREENSHOTS, { recursive: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function visit(name: PageName, options: { javaScript?: boolean; width?: number } = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, `${server.url}${PAGES[name]}`, options);
  expect(opened.status).toBe(200);
  return opened;
}

async function screenshot(page: Page, file: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, file), fullPage: true });
}

/** The first drawn chart (a hidden holder is a chart that has nothing to draw). */
const CHART = ".chart-canvas:not([hidden])";

/** Tables that do not fit their scrolling wrapper, so that a reader at this width sees them cut off. */
async function clippedTables(page: Page): Promise<string[]> {
  return page.$$eval(".table-wrap", (wraps) =>
    wraps
      .filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1)
      .map((wrap) => `${wrap.querySelector("caption")?.textContent ?? wrap.className}: ${wrap.scrollWidth} px in ${wrap.clientWidth} px`),
  );
}

describe("the site in Chromium under the base path", () => {
  for (const name of Object.keys(PAGES) as PageName[]) {
    it(`${name} page: no console error, no failed request, no axe violation, no table cut off`, async () => {
      const { page, context, problems } = await visit(name);
      await page.waitForLoadState("networkidle");
      if (name === "report" || name === "project") await expect.poll(() => paintedPixels(page, CHART), { timeout: 30_000 }).toBeGreaterThan(100);
      await screenshot(page, `${name}.png`);
      expect(await axeViolations(page)).toEqual([]);
      expect(await clippedTables(page)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("the report's chart is drawn on its canvas, with a role and a label", async () => {
    const { page, context } = await visit("report");
    await expect.poll(() => paintedPixels(page, CHART), { timeout: 30_000 }).toBeGreaterThan(1000);
    const canvas = page.locator(".chart-canvas canvas").first();
    expect(await canvas.getAttribute("role")).toBe("img");
    expect(await canvas.getAttribute("aria-label")).toBeTruthy();
    await context.close();
  });

  it("a narrow screen shows the report without sideways scrolling", async () => {
    const { page, context } = await visit("report", { width: 375 });
    await page.waitForLoadState("networkidle");
    await screenshot(page, "report-narrow.png");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Tables scroll sideways inside their wrappers here: those must be reachable by keyboard.
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it("without JavaScript the report's tables and text are all there and no empty chart shows", async () => {
    const { page, context, problems } = await visit("report", { javaScript: false });
    await screenshot(page, "report-no-js.png");
    expect(await page.locator("h1").innerText()).toContain("2023");
    const tables = page.locator("main table");
    expect(await tables.count()).toBeGreaterThan(0);
    expect(await tables.first().locator("tbody tr").count()).toBeGreaterThan(0);
    // The seed's own words, in the source document.
    expect(await page.locator("main").innerText()).toContain("职业技能培训");
    for (const chart of await page.locator(".chart-canvas").all()) expect(await chart.isVisible()).toBe(false);
    expect(problems).toEqual([]);
    await context.close();
  });

  it("without JavaScript the project page shows its figures and title", async () => {
    const { page, context, problems } = await visit("project", { javaScript: false });
    await screenshot(page, "project-no-js.png");
    const main = await page.locator("main").innerText();
    expect(main).toContain("职业技能培训");
    expect(await page.locator("main table").count()).toBeGreaterThan(0);
    expect(problems).toEqual([]);
    await context.close();
  });
});
