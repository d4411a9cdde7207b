// Every chart the site draws has an embed page (lib/embed.ts lists them) and shows its code:
// the region's years, a project's child contributions, a topic's comparison and its regions'
// years, besides the report and project charts (tests/site/archivists.test.ts). On the built
// site under its base path, and in Chromium.
import { existsSync, readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations, openPage, paintedPixels } from "../search/browser.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";
import { BASE, SITE_URL, builtSite } from "./build.ts";

let dist: string;
const page = (p: string) => readFileSync(path.join(dist, p, "index.html"), "utf8");
const decode = (html: string) => html.replace(/&quot;/gu, '"').replace(/&lt;/gu, "<").replace(/&gt;/gu, ">").replace(/&amp;/gu, "&");
/** Text of an HTML fragment: tags removed, spaces folded. */
const text = (html: string) => decode(html.replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gu, "").replace(/<[^>]+>/gu, " ")).replace(/\s+/gu, " ").trim();
/** Each chart's figure: the chart, its data table and its caption (without the chart script, which Astro puts where a page first draws a chart). */
const figures = (html: string) => [...html.matchAll(/<figure class="chart-figure[\s\S]*?<\/figure>/gu)].map((m) => m[0].replace(/<script\b[^>]*><\/script>/gu, ""));
/** The body rows of a figure's data table, as text. */
const tableRows = (figure: string) => [...figure.slice(figure.indexOf("<tbody")).matchAll(/<tr[^>]*>([\s\S]*?)<\/tr>/gu)].map((m) => text(m[1]!));
/** The embed pages a page's embed codes point to: the iframe's src and the preview link, as paths under the base. */
const embedCodes = (html: string) =>
  [...html.matchAll(/<details class="embed-code"[\s\S]*?<a href="([^"]+)"[\s\S]*?<textarea[^>]*>([\s\S]*?)<\/textarea>/gu)].map(([, preview, code]) => ({
    preview: preview!,
    src: /<iframe src="([^"]+)"/u.exec(decode(code!))![1]!,
  }));

/** Every built page that is not an embed page, as its path under dist ("" for the home page). */
function sitePages(): string[] {
  return readdirSync(dist, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith("index.html") && !/(^|\/)embed\//u.test(file))
    .map((file) => path.dirname(file).replace(/^\.$/u, ""));
}

beforeAll(async () => {
  dist = await builtSite();
});

// The new embeds on the seeds: [embed page, the page its chart is on].
const EMBEDS = [
  ["henan/embed", "henan"],
  ["henan/2023/01/embed/contributions", "henan/2023/01"],
  ["topics/jiuye/embed", "topics/jiuye"],
  ["topics/jiuye/embed/henan", "topics/jiuye"],
] as const;

describe("every chart has an embed page", () => {
  it("each page shows one embed code per chart, and each code points to an embed page that exists", () => {
    let charts = 0;
    for (const p of sitePages()) {
      const html = readFileSync(path.join(dist, p, "index.html"), "utf8");
      const codes = embedCodes(html);
      expect(codes.length, p).toBe(html.split('class="chart-canvas"').length - 1);
      for (const { preview, src } of codes) {
        expect(preview.startsWith(BASE), p).toBe(true);
        expect(src, p).toBe(`${SITE_URL}${preview}`);
        expect(existsSync(path.join(dist, preview.slice(BASE.length), "index.html")), `${p} → ${preview}`).toBe(true);
      }
      charts += codes.length;
    }
    // The report and project charts, the four regions' years, nine contributions, 16 topic comparisons and ten topic-region charts.
    expect(charts).toBeGreaterThan(39);
  });

  it("the region, contributions and topic charts point to their own embed pages, under the base path", () => {
    for (const [embed, parent] of EMBEDS) {
      const codes = embedCodes(page(parent)).map((code) => code.src);
      expect(codes, parent).toContain(`${SITE_URL}${BASE}${embed}/`);
    }
    // A project page's two charts have two embed pages; a topic page one per chart.
    expect(embedCodes(page("henan/2023/01")).map((code) => code.preview)).toEqual([`${BASE}henan/2023/01/embed/`, `${BASE}henan/2023/01/embed/contributions/`]);
    expect(embedCodes(page("topics/jiuye")).map((code) => code.preview)).toEqual([`${BASE}topics/jiuye/embed/`, `${BASE}topics/jiuye/embed/henan/`]);
  });

  it("a region without reports of its own, a topic without rates and a project whose children share nothing have no chart and no embed", () => {
    for (const p of ["hebei", "topics/shengtai-huanjing", "henan/2023/08"]) expect(existsSync(path.join(dist, p, "embed", p === "henan/2023/08" ? "contributions" : "", "index.html")), p).toBe(false);
    expect(page("hebei")).not.toContain('class="embed-code"');
    expect(page("topics/shengtai-huanjing")).not.toContain('class="embed-code"');
    expect(page("henan/2023/08")).toContain('id="children-heading"');
    expect(embedCodes(page("henan/2023/08")).map((code) => code.preview)).toEqual([`${BASE}henan/2023/08/embed/`]);
  });
});

describe("the new embed pages", () => {
  it("draw the same chart, table and caption as the page they belong to", () => {
    for (const [embed, parent] of EMBEDS) {
      const [figure, ...others] = figures(page(embed));
      expect(others, embed).toEqual([]);
      expect(figures(page(parent)), embed).toContain(figure);
    }
  });

  it("the region's years: one row per year with its counts", () => {
    const [figure] = figures(page("henan/embed"));
    expect(text(figure!.slice(figure!.indexOf("<thead"), figure!.indexOf("</thead>")))).toBe("年份 达到目标 未达到目标 进行中 无完成率数据");
    expect(tableRows(figure!)).toEqual(["2022年 9 0 0 1", "2023年 10 0 0 0"]);
    expect(figure).toContain(`<a href="${BASE}henan/2022/"`);
  });

  it("a project's child contributions: each child figure beside the parent's, with its share", () => {
    const rows = tableRows(figures(page("henan/2023/01/embed/contributions"))[0]!);
    expect(rows).toEqual([
      "南阳市 开展职业技能培训和评价取证 超额完成 开展职业技能培训 58.85万人次 428.7万人次 13.7%",
      "新增取得职业资格、职业技能等级等证书的技能人才 27.83万人 328.8万人 8.5%",
      "高技能人才 13.68万人 124.8万人 11%",
    ]);
  });

  it("a topic's comparison has a row per project with a rate; a region's years in the topic, a row per year", () => {
    const comparison = figures(page("topics/jiuye/embed"))[0]!;
    const onPage = figures(page("topics/jiuye")).find((figure) => figure.includes("各地各年实事的完成率"))!;
    expect(tableRows(comparison)).toEqual(tableRows(onPage));
    expect(tableRows(comparison)).toContain("河南省 2023 开展职业技能培训和评价取证 142.9%");
    expect(tableRows(figures(page("topics/jiuye/embed/henan"))[0]!)).toEqual(["2022年 “技能河南” 144%", "2023年 开展职业技能培训和评价取证 142.9%"]);
  });

  it("are minimal: a title, the chart, a source and a link back to their page under the base path, the licence; no site frame", () => {
    for (const [embed, parent] of EMBEDS) {
      const html = page(embed);
      expect(html, embed).toContain('<meta name="robots" content="noindex"');
      expect(html, embed).toContain(`<link rel="canonical" href="${SITE_URL}${BASE}${parent}/">`);
      expect(html, embed).toContain('<base target="_top">');
      expect(html, embed).toMatch(/<h1 class="embed-title"[^>]*>[^<]+<\/h1>/u);
      expect(html, embed).toContain(`<a href="${BASE}${parent}/" target="_top"`);
      expect(html, embed).toMatch(/rel="license" target="_top"[^>]*>CC BY 4\.0<\/a> 发布/u);
      expect(text(html), embed).toMatch(/来源：[^。]+。数据：/u);
      expect(html, embed).not.toContain("site-header");
      expect(html, embed).not.toContain('class="embed-code"');
    }
    expect(text(page("topics/jiuye/embed/henan"))).toContain("专题：就业 · 河南省");
  });
});

describe("in Chromium", () => {
  const site = siteInChromium(() => dist, BASE);

  for (const [embed] of EMBEDS) {
    it(`${embed}/ draws its chart, offers it as a PNG, with no error and no axe violation`, async () => {
      const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}${embed}/`, { width: 360 });
      await expect.poll(() => paintedPixels(tab, ".chart-canvas:not([hidden])"), { timeout: 30_000 }).toBeGreaterThan(0);
      expect(await tab.locator(".chart-save").count()).toBe(1);
      expect(await axeViolations(tab)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("a project page's second chart saves as its own PNG", async () => {
    const { page: tab, context } = await openPage(site.browser, `${site.server.url}henan/2023/01/`);
    const save = tab.locator(".chart-save");
    await expect.poll(() => save.count(), { timeout: 30_000 }).toBe(2);
    const [png] = await Promise.all([tab.waitForEvent("download"), save.nth(1).click()]);
    expect(png.suggestedFilename()).toBe("henan-2023-01-chart-2.png");
    expect([...readFileSync((await png.path())!).subarray(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    await context.close();
  });
});
