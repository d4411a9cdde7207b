// Search as a reader uses it, under the GitHub Pages base path: type in the header box, see
// results, filter them, follow one to its project page. Then the measured claim of issue 4:
// recall ≥ 0.99 and precision ≥ 0.95 over ≥ 60 Chinese terms drawn from the pages' own text.
//
// Builds the site from tests/fixtures/site-content (plus the gold-fixture pages of
// tests/search/fixture-site.ts) into a folder of its own and serves it on loopback.

import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "playwright-core";
import * as pagefind from "pagefind";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexSite } from "../../src/integrations/pagefind.ts";
import { serveStatic, type StaticServer } from "../../scripts/serve-static.ts";
import { launchChromium } from "../search/browser.ts";
import { queryTerms, readCorpus, relevantPages, scoreTerm, summarise } from "../search/corpus.ts";
import { writeFixtureSite } from "../search/fixture-site.ts";
import { buildSite } from "../search/site.ts";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const BASE = "/minsheng-archive/";
const OUT_DIR = path.join(ROOT, "node_modules/.cache/search-e2e/dist");

/** Waits for the page: generous, since CI machines and parallel builds can be slow. */
const POLL = { timeout: 20_000 };

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  await buildSite({ outDir: OUT_DIR, base: BASE, contentDir: "tests/fixtures/site-content" });
  await writeFixtureSite({ dir: OUT_DIR, base: BASE });
  await indexSite({ dir: OUT_DIR, base: BASE });
  await pagefind.close();
  server = await serveStatic({ root: OUT_DIR, base: BASE });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function resultTitles(page: Page): Promise<string[]> {
  return page.locator("#search-results .search-result h2 a").allTextContents();
}

describe("search under the base path", () => {
  it("finds a project from the header box, filters by city and opens the project page", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    await page.getByRole("searchbox", { name: "搜索档案" }).fill("职业技能培训");
    await page.getByRole("searchbox", { name: "搜索档案" }).press("Enter");

    await page.waitForURL(/\/minsheng-archive\/search\/\?q=/u);
    await expect.poll(() => page.locator("#search-status").textContent(), POLL).toMatch(/找到 [1-9]\d* 个页面/u);
    const titles = await resultTitles(page);
    expect(titles).toContain("开展职业技能培训和评价取证");
    await expect.poll(() => page.locator("#search-results mark").first().textContent(), POLL).toBe("职业技能培训");

    await page.getByLabel("城市").selectOption("南阳市");
    await expect.poll(() => page.url(), POLL).toContain(`city=${encodeURIComponent("南阳市")}`);
    // Every result shown is in 南阳市 (and there are some).
    await expect.poll(async () => {
        const facts = await page.locator(".search-result__facts").allTextContents();
        return facts.length > 0 && facts.every((line) => line.includes("南阳市"));
      }, POLL)
      .toBe(true);

    // A project page of the archive itself (the gold-fixture pages live under archive/).
    const project = page
      .locator("#search-results .search-result")
      .filter({ has: page.locator(".search-result__facts", { hasText: /^项目/u }) })
      .locator('h2 a[href^="/minsheng-archive/henan/nanyang/2023/"]')
      .first();
    const title = await project.textContent();
    await project.click();
    await page.waitForURL(/\/minsheng-archive\/henan\/nanyang\/2023\/\d+\/$/u);
    await expect.poll(() => page.locator("h1").textContent(), POLL).toBe(title);
    await page.close();
  });

  it("searches one province from the header box of that province's pages, the whole archive elsewhere", async () => {
    const page = await browser.newPage();
    await page.goto(server.url);
    expect(await page.getByLabel(/^只搜/u).count()).toBe(0);
    const everywhere = async () => {
      await page.goto(`${server.url}search/?q=${encodeURIComponent("民生")}`);
      await expect.poll(() => page.locator("#search-status").textContent(), POLL).toMatch(/找到 [1-9]\d* 个页面/u);
      return Number(/找到 (\d+)/u.exec((await page.locator("#search-status").textContent()) ?? "")?.[1]);
    };
    const all = await everywhere();
    await page.goto(`${server.url}hebei/chengde/2024/`);
    await page.getByRole("searchbox", { name: "搜索档案" }).fill("民生");
    await page.getByLabel("只搜河北省").check();
    await page.getByRole("searchbox", { name: "搜索档案" }).press("Enter");
    await page.waitForURL(/\/minsheng-archive\/search\/\?q=/u);
    expect(page.url()).toContain(`province=${encodeURIComponent("河北省")}`);
    await expect.poll(() => page.locator("#search-status").textContent(), POLL).toMatch(/找到 [1-9]\d* 个页面/u);
    expect(await page.getByLabel("省份").inputValue()).toBe("河北省");
    const some = Number(/找到 (\d+)/u.exec((await page.locator("#search-status").textContent()) ?? "")?.[1]);
    expect(some).toBeLessThan(all);
    await page.close();
  });

  it("restores a linked search with its filters from the URL", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/?q=${encodeURIComponent("老旧小区")}&type=${encodeURIComponent("项目")}`);
    await expect.poll(() => page.locator("#search-status").textContent(), POLL).toMatch(/找到 [1-9]\d* 个页面/u);
    expect(await page.locator("#search-q").inputValue()).toBe("老旧小区");
    expect(await page.getByLabel("页面").inputValue()).toBe("项目");
    const facts = await page.locator(".search-result__facts").allTextContents();
    expect(facts.length).toBeGreaterThan(0);
    expect(facts.filter((line) => !line.startsWith("项目"))).toEqual([]);
    await page.close();
  });

  it("finds every page whose text contains the term, and only those (≥ 60 terms)", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}search/`);
    await page.waitForFunction(() => window.minshengSearch !== undefined);
    const corpus = await readCorpus(OUT_DIR, BASE);
    const terms = queryTerms(corpus, 64);
    expect(terms.length).toBeGreaterThanOrEqual(60);
    const scores = [];
    for (const term of terms) {
      const returned = await page.evaluate((query) => window.minshengSearch!.urls(query), term);
      scores.push(scoreTerm(term, relevantPages(corpus, term), new Set(returned)));
    }
    const summary = summarise(scores);
    expect(summary.recall).toBeGreaterThanOrEqual(0.99);
    expect(summary.precision).toBeGreaterThanOrEqual(0.95);
    await page.close();
  });
});
