// Issue 12, readers on any screen, in headless Chromium at 360 px and 1280 px: tables that
// fit a phone, statuses and figures that agree, sources a reader can name, 出处 that lands on
// its line, search that forgives, downloads named after their report, print and PNG charts.

import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serveStatic, type StaticServer } from "../../scripts/serve-static.ts";
import { axeViolations, launchChromium, openPage, type OpenedPage } from "../search/browser.ts";
import { BASE, builtSite } from "./build.ts";

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  server = await serveStatic({ root: await builtSite(), base: BASE });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const POLL = { timeout: 20_000 };

async function visit(path: string, options: { javaScript?: boolean; width?: number } = {}): Promise<OpenedPage> {
  const opened = await openPage(browser, `${server.url}${path}`, options);
  expect(opened.status).toBe(200);
  return opened;
}

/** Body cells whose content is wider than their box, and table wrappers that scroll sideways. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const cells = [...document.querySelectorAll("main tbody td, main tbody th")].filter((cell) => cell.scrollWidth > cell.clientWidth + 1);
    const wraps = [...document.querySelectorAll("main .table-wrap")].filter((wrap) => wrap.scrollWidth > wrap.clientWidth + 1);
    return [...cells, ...wraps].map((element) => `${element.tagName} ${element.textContent?.slice(0, 30)}: ${element.scrollWidth} > ${element.clientWidth}`);
  });
}

/** Whether every matching element lies within the viewport's width and is shown. */
async function allWithinWidth(page: Page, selector: string): Promise<boolean> {
  return page.$$eval(selector, (elements) =>
    elements.length > 0 &&
    elements.every((element) => {
      const box = element.getBoundingClientRect();
      return box.width > 0 && box.height > 0 && box.left >= 0 && box.right <= document.documentElement.clientWidth + 1;
    }),
  );
}

describe("tables on any screen", () => {
  const pages = {
    report: { path: "henan/2023/", rate: ".project-table td[data-label='完成情况']" },
    project: { path: "henan/2023/01/", rate: ".figure-table td[data-label='完成率']" },
    region: { path: "henan/", rate: ".project-lines td" },
    topic: { path: "topics/jiuye/", rate: ".project-table td[data-label='完成率（最低）']" },
    progress: { path: "hebei/chengde/2024/", rate: ".project-table td[data-label='完成情况']" },
  };
  for (const width of [360, 1280]) {
    for (const [name, { path, rate }] of Object.entries(pages)) {
      it(`${name} page at ${width} px: no cell overflows its box, the rate column is on screen, axe finds nothing`, async () => {
        const { page, context, problems } = await visit(path, { width });
        await page.waitForLoadState("networkidle");
        expect(await overflowing(page)).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
        expect(await allWithinWidth(page, rate)).toBe(true);
        if (width === 360) expect(await axeViolations(page)).toEqual([]);
        expect(problems).toEqual([]);
        await context.close();
      });
    }
  }

  it("at 360 px a figure's cells are labelled lines of one card (目标, 实际, 完成率)", async () => {
    const { page, context } = await visit("henan/2023/01/", { width: 360 });
    const labels = await page.$eval(".figure-table tbody tr", (row) =>
      [...row.querySelectorAll("td")].map((cell) => getComputedStyle(cell, "::before").content),
    );
    expect(labels).toEqual(['"目标："', '"实际："', '"完成率："']);
    await context.close();
  });
});

describe("statuses and figures that agree", () => {
  it("承德 2024 (a progress report): no project counted or coloured as met, badges and summary say 截至 2024-09-30", async () => {
    const { page, context } = await visit("hebei/chengde/2024/");
    await page.waitForLoadState("networkidle");
    const stats = await page.locator(".stats").innerText();
    expect(stats).not.toContain("0\n项达到目标");
    expect(stats).toContain("项进行中");
    expect(await page.locator(".lede").innerText()).toContain("进行中（截至 2024-09-30）");
    expect(await page.locator(".chart-data td.rate-met").count()).toBe(0);
    expect(await page.locator(".chart-data td.rate-progress").count()).toBeGreaterThan(0);
    const badges = await page.locator(".project-table .badge").allInnerTexts();
    expect(badges.length).toBeGreaterThan(0);
    for (const badge of badges) expect(badge).toBe("进行中 · 截至 2024-09-30");
    expect(await page.locator(".chart-legend").innerText()).toContain("进行中");
    expect(await page.locator(".chart-legend").innerText()).not.toContain("达到或超过目标");
    await context.close();
  });

  it("a target and the actual read against it share one row: on the project page and in the report's table", async () => {
    const project = await visit("henan/luohe/2024/sheng-01/", { width: 360 });
    const rows = await project.page.$$eval(".figure-table tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => cell.textContent?.trim())),
    );
    expect(rows).toContainEqual(["开展各类职业技能培训", "4.7万人次", "10万人次", "212.8%（计算）"]);
    expect(rows.every((cells) => cells[1] !== "—" && cells[2] !== "—")).toBe(true);
    await project.context.close();
    const report = await visit("henan/2023/");
    const first = await report.page.locator(".project-table tbody tr").first().locator(".key-figures li").first().textContent();
    expect(first).toMatch(/^开展职业技能培训 428\.7万人次（目标 300万人次，/u);
    await report.context.close();
  });

  it("a figure that cannot pair stands alone, and the note under the table says why", async () => {
    const { page, context } = await visit("henan/luohe/2024/shi-10/");
    const alone = await page.$$eval(".figure-table tbody tr", (trs) =>
      trs.map((tr) => [...tr.querySelectorAll("th, td")].map((cell) => cell.textContent?.trim())).filter((cells) => cells[0] === "新增供热面积"),
    );
    expect(alone).toEqual([
      ["新增供热面积", "700万平方米", "—", "—"],
      ["新增供热面积", "—", "300万平方米", "—"],
      ["新增供热面积", "—", "420万平方米", "—"],
    ]);
    expect(await page.locator("#pairing-note").textContent()).toContain("几个完成数合起来才对应一个目标");
    // 主城区供热管网覆盖率 75% → 75%: a ratio pair shares a row without a completion rate, and the note says why.
    expect(await page.locator("#pairing-note").textContent()).toContain("比率的目标与实际并列一行，但不计算完成率");
    await context.close();
  });

  it("河南 2023: 最低 is explained under the table, and columns no project fills are left out", async () => {
    const { page, context } = await visit("henan/2023/");
    expect(await page.locator("#lowest-note").innerText()).toContain("取其中最低的完成率");
    expect(await page.locator(".project-table a[href='#lowest-note']").count()).toBeGreaterThan(0);
    const headers = await page.locator(".project-table thead th").allInnerTexts();
    expect(headers).not.toContain("责任单位");
    await context.close();
  });

  it("a source without a headline is titled by publisher and date or its first line, never its file name", async () => {
    for (const path of ["henan/2022/", "henan/nanyang/2023/"]) {
      const { page, context } = await visit(path);
      const headings = await page.locator(".source-document h3").allInnerTexts();
      expect(headings.length).toBeGreaterThan(0);
      for (const heading of headings) expect(heading).not.toMatch(/\.txt|原文 \d/u);
      const jsonLd = JSON.parse((await page.locator("script[type='application/ld+json']").textContent()) ?? "{}");
      for (const citation of jsonLd.citation) expect(citation.name).not.toMatch(/\.txt$/u);
      // The file name stays, as a detail.
      expect(await page.locator(".source-document .source-meta").first().innerText()).toMatch(/文件：\d{3}_/u);
      await context.close();
    }
  });

  for (const javaScript of [true, false]) {
    it(`出处 lands on the figure's line, highlighted, its document opened (${javaScript ? "with" : "without"} JavaScript)`, async () => {
      const { page, context } = await visit("henan/2023/01/", { javaScript });
      const href = await page.locator(".figure-source a").first().getAttribute("href");
      expect(href).toMatch(/#doc-.+-line-\d+$/u);
      await page.goto(new URL(href!, page.url()).href);
      const target = page.locator(".source-text p:target");
      await expect.poll(() => target.count(), POLL).toBe(1);
      expect(await target.isVisible()).toBe(true);
      // The line holds the figures of the group the link stands under.
      expect(await target.locator("mark.fig").count()).toBeGreaterThan(0);
      expect(await target.evaluate((element) => getComputedStyle(element).backgroundColor)).not.toBe("rgba(0, 0, 0, 0)");
      await context.close();
    });
  }
});

describe("search that forgives", () => {
  async function search(query: string): Promise<{ page: Page; close: () => Promise<void> }> {
    const { page, context } = await visit(`search/?q=${encodeURIComponent(query)}`, { width: 360 });
    await expect.poll(() => page.locator("#search-status").textContent(), POLL).toMatch(/找到 \d+ 个页面/u);
    return { page, close: () => context.close() };
  }

  it("a 繁體 query finds what its simplified form finds (適老化 → 适老化)", async () => {
    const { page, close } = await search("適老化");
    const titles = await page.locator(".search-result h2").allInnerTexts();
    expect(titles.some((title) => title.includes("适老化"))).toBe(true);
    expect(await page.locator(".search-result mark").first().innerText()).toBe("适老化");
    await close();
  });

  it("a region's pinyin and its short name find its pages (nanyang, 南阳 → 南阳市)", async () => {
    for (const query of ["nanyang", "南阳"]) {
      const { page, close } = await search(query);
      const facts = await page.locator(".search-result__facts").allInnerTexts();
      expect(facts.some((line) => line.includes("南阳市"))).toBe(true);
      await close();
    }
  });

  it("results show the sentence around the match, the status badge and the rate, never placeholders", async () => {
    const { page, close } = await search("老旧小区");
    const excerpts = await page.locator(".search-result__excerpt").allInnerTexts();
    for (const excerpt of excerpts) expect(excerpt).not.toMatch(/文件未说明|文件未列明/u);
    expect(excerpts.some((excerpt) => /老旧小区[^。]*。/u.test(excerpt))).toBe(true);
    expect(await page.locator(".search-result__facts .badge").count()).toBeGreaterThan(0);
    expect((await page.locator(".search-result__facts").allInnerTexts()).some((line) => /完成率 \d/u.test(line))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    await close();
  });

  it("without JavaScript the search page says it needs it and offers regions and topics", async () => {
    const { page, context } = await visit("search/", { javaScript: false, width: 360 });
    const main = await page.locator("main").innerText();
    expect(main).toContain("搜索需要 JavaScript");
    expect(await page.locator("main .region-tree a", { hasText: "河南省" }).count()).toBeGreaterThan(0);
    expect(await page.locator("main .search-ways-in a", { hasText: "就业" }).count()).toBeGreaterThan(0);
    // Provinces only, each with its years; a province's page lists its cities and counties.
    expect(await page.locator("main .region-tree a", { hasText: "南阳市" }).count()).toBe(0);
    await page.locator("main .region-tree a.region-name", { hasText: "河南省" }).click();
    expect(await page.locator("main .region-tree a", { hasText: "南阳市" }).count()).toBeGreaterThan(0);
    await context.close();
  });
});

describe("downloads and print", () => {
  it("a report's CSV downloads as <report>-figures.csv, and archive.json downloads", async () => {
    const { page, context } = await visit("henan/2023/");
    const [csv] = await Promise.all([page.waitForEvent("download"), page.locator(".downloads a[href$='figures.csv']").click()]);
    expect(csv.suggestedFilename()).toBe("henan-2023-figures.csv");
    const [json] = await Promise.all([page.waitForEvent("download"), page.locator(".downloads a", { hasText: "全档案" }).click()]);
    expect(json.suggestedFilename()).toBe("archive.json");
    await context.close();
  });

  it("a project's figures download as <project>-figures.csv and .json, holding that project only", async () => {
    const { page, context } = await visit("henan/2023/01/", { javaScript: false });
    const [csv] = await Promise.all([page.waitForEvent("download"), page.locator(".downloads a", { hasText: "本项数据（CSV）" }).click()]);
    expect(csv.suggestedFilename()).toBe("henan-2023-01-figures.csv");
    const rows = readFileSync((await csv.path())!, "utf8").trimEnd().split("\r\n").slice(1);
    expect(rows).toHaveLength(6);
    expect(rows.every((row) => row.startsWith("henan/2023,河南省,河南省,2023,henan/2023/01,"))).toBe(true);
    const [json] = await Promise.all([page.waitForEvent("download"), page.locator(".downloads a", { hasText: "本项数据（JSON）" }).click()]);
    expect(json.suggestedFilename()).toBe("henan-2023-01-figures.json");
    const data = JSON.parse(readFileSync((await json.path())!, "utf8")) as { report: { id: string }; project: { id: string; metrics: unknown[] } };
    expect(data.report.id).toBe("henan/2023");
    expect(data.project.id).toBe("henan/2023/01");
    expect(data.project.metrics).toHaveLength(6);
    await context.close();
  });

  it("a project's chart saves as a PNG named after the project", async () => {
    const { page, context } = await visit("henan/2023/01/", { width: 1280 });
    const save = page.locator(".chart-save").first();
    await expect.poll(() => save.count(), POLL).toBe(1);
    const [png] = await Promise.all([page.waitForEvent("download"), save.click()]);
    expect(png.suggestedFilename()).toBe("henan-2023-01-chart-1.png");
    expect([...readFileSync((await png.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await context.close();
  });

  it("a chart saves as a PNG named after its page", async () => {
    const { page, context } = await visit("henan/2023/", { width: 360 });
    const save = page.locator(".chart-save").first();
    await expect.poll(() => save.count(), POLL).toBe(1);
    const [png] = await Promise.all([page.waitForEvent("download"), save.click()]);
    expect(png.suggestedFilename()).toBe("henan-2023-chart-1.png");
    const bytes = readFileSync((await png.path())!);
    expect([...bytes.subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await context.close();
  });

  it("printing a report prints the originals collapsed, and no chart, download or button", async () => {
    const { page, context } = await visit("henan/2023/");
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".source-text").first().isVisible()).toBe(false);
    expect(await page.locator(".source-document summary").first().isVisible()).toBe(true);
    expect(await page.locator(".source-document summary").first().evaluate((element) => getComputedStyle(element, "::after").content)).toContain("未打印");
    expect(await page.locator(".chart-canvas").first().isVisible()).toBe(false);
    expect(await page.locator(".downloads").first().isVisible()).toBe(false);
    // A document the reader opened prints open, without the page furniture the converter marked.
    await page.emulateMedia({ media: "screen" });
    await page.locator(".source-document summary").first().click();
    const furniture = page.locator(".source-text .noise", { hasText: "精彩图片" }).first();
    expect(await furniture.isVisible()).toBe(true);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".source-text").first().isVisible()).toBe(true);
    expect(await page.locator(".source-text p:not(.noise)").first().isVisible()).toBe(true);
    expect(await furniture.isVisible()).toBe(false);
    expect(await page.locator(".source-text .noise").evaluateAll((lines) => lines.every((line) => getComputedStyle(line).display === "none"))).toBe(true);
    await context.close();
  });
});
