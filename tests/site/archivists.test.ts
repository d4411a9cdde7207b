// Issue 13 on the built site: the review queue, status history, citations that travel, the
// about and data pages, and embeds; in Chromium, the access date and the embed page.
import { createHash } from "node:crypto";
import { readFileSync, readdirSync, existsSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { axeViolations, openPage, paintedPixels } from "../search/browser.ts";
import { siteInChromium } from "../helpers/site-in-chromium.ts";
import { BASE, ROOT, builtSite } from "./build.ts";
import { citationHref, citationText, type CitationData, type CitationFormat } from "../../src/lib/citation-formats.ts";
import { CITE_SCRIPT } from "../../src/lib/cite-inline.ts";

let dist: string;
const page = (p: string) => readFileSync(path.join(dist, p, "index.html"), "utf8");
/** The visible text of <main>, tags removed, spaces folded. */
const mainText = (html: string) => html.slice(Math.max(0, html.indexOf("<main"))).replace(/<style[\s\S]*?<\/style>|<script[\s\S]*?<\/script>/gu, "").replace(/<[^>]+>/gu, " ").replace(/\s+/gu, " ");

beforeAll(async () => {
  dist = await builtSite();
});

describe("the review queue", () => {
  it("/review/ lists every report with findings, worst first, with where to look and the field that fixes it", () => {
    const text = mainText(page("review"));
    const chengde = text.indexOf("承德市 2024 年民生实事");
    const luohe = text.indexOf("漯河市 2024 年民生实事");
    expect(chengde).toBeGreaterThan(0);
    expect(luohe).toBeGreaterThan(chengde); // a misread list before figures in doubt
    expect(text).toContain("原文称共 20 项，转换器读出 22 项（读法：从叙述文字中推断）");
    // Projects are named as readers name them, never by their ids.
    expect(text).toMatch(/实事： 省定第 12 项「[^」]+」 /u);
    expect(text).not.toMatch(/henan\/luohe\/2024\/sheng-12|[（(]按 [a-z]/u);
    expect(text).toMatch(/文件 003_52be8599c2ddc900\.txt 第 \d+ 行/u);
    expect(text).toContain("items:");
    expect(text).toContain("count:");
    expect(text).not.toContain("南阳市 2023 年民生实事"); // no findings, not listed
  });

  it("a report page with findings says so at the top; one without does not", () => {
    const html = page("hebei/chengde/2024");
    expect(html.indexOf('class="review-notice"')).toBeLessThan(html.indexOf('id="sources-heading"'));
    expect(mainText(html)).toContain("请对照原文核对");
    expect(page("henan/nanyang/2023")).not.toContain('class="review-notice"');
  });
});

describe("status history", () => {
  it("a project's page shows its timeline, each step linked to its source document and line", () => {
    const html = page("henan/2023/01");
    const history = html.slice(html.indexOf('id="history-heading"'), html.indexOf("</ol>", html.indexOf('id="history-heading"')));
    const text = mainText(history);
    expect(text.indexOf("年度计划")).toBeLessThan(text.indexOf("完成情况"));
    expect(text).toContain("最低完成率 142.9%");
    // Each step names its figures by value, each linked to its row in the figure table.
    expect(text).toContain("年度计划 计划 目标 300万人次 、 200万人 、 80万人");
    expect(text).toContain("实际 428.7万人次 、 328.8万人 、 124.8万人 ，最低完成率 142.9%");
    expect(history).toMatch(/<a href="#figure-\d+" title="开展职业技能培训"[^>]*>300万人次<\/a>/u);
    expect(text).toMatch(/004_37496bca6940a2f4\.txt 第 \d+ 行/u);
    // Each step lands on the line of its first figure in its document.
    expect(history).toMatch(new RegExp(`href="${BASE}henan/2023/#doc-004_37496bca6940a2f4-txt-line-\\d+"`, "u"));
    expect(history).toMatch(new RegExp(`href="${BASE}henan/2023/#doc-000_f0663098184c2164-txt-line-\\d+"`, "u"));
    expect(history).toContain('href="#figure-0"');
  });

  it("the report page counts the projects that moved between documents", () => {
    expect(mainText(page("henan/2023"))).toContain("9 项 计划 → 超额完成，1 项 计划 → 完成");
    expect(page("henan/nanyang/2023")).not.toContain("status-moves");
  });

  it("the feed lists each document a report gained, newest first, with the statuses it moved", () => {
    const feed = readFileSync(path.join(dist, "feed.xml"), "utf8");
    const entries = [...feed.matchAll(/<entry>([\s\S]*?)<\/entry>/gu)].map(([, entry]) => entry!);
    // One entry per document of every report: 河南 2023 has its plan and its results.
    expect(entries.filter((entry) => entry.includes("/henan/2023/#doc-"))).toHaveLength(2);
    const results = entries.find((entry) => entry.includes("/henan/2023/#doc-000_"))!;
    expect(results).toContain("<title>河南省 2023 年民生实事：完成情况</title>");
    expect(results).toContain("这份完成情况说到 10 项：9 项 计划 → 超额完成，1 项 计划 → 完成。");
    expect(results).toContain("<updated>2024-02-01T00:00:00Z</updated>");
    const updated = entries.map((entry) => /<updated>([^<]+)<\/updated>/u.exec(entry)![1]!);
    expect(updated).toEqual([...updated].sort().reverse());
  });

  it("the CSVs carry each project's history", () => {
    const csv = readFileSync(path.join(dist, "henan/2023/figures.csv"), "utf8");
    expect(csv.split("\r\n")[0]!.endsWith(",history,findings,paired_target")).toBe(true);
    expect(csv).toContain("plan - 计划 004_37496bca6940a2f4.txt:");
  });
});

describe("citations, data and methods", () => {
  it("report and project pages offer BibTeX, RIS and CSL-JSON; the build writes no access date, only a placeholder", () => {
    for (const p of ["henan/2023", "henan/2023/01", "henan/luohe/2024/shi-16"]) {
      const html = page(p);
      for (const format of ["bibtex", "ris", "csl"]) expect(html).toContain(`data-cite-format="${format}"`);
      expect(html).toContain('download="citation.bib"');
      const downloads = [...html.matchAll(/<a href="data:[^,]*,([^"]*)"[^>]*data-cite-format/gu)].map(([, text]) => decodeURIComponent(text!));
      expect(downloads).toHaveLength(3);
      for (const text of downloads) expect(text).not.toMatch(/urldate|Y2 {2}-|"accessed"/u);
      // Without JavaScript the citation reads whole, and says what to fill in.
      expect(mainText(html)).toContain("访问日期： （请填写访问日期） .");
      expect(mainText(html)).toContain("访问日期 （请填写访问日期）");
    }
  });

  it("the data page states the licence, the dataset version and the last update", () => {
    const text = mainText(page("data"));
    expect(text).toContain("知识共享署名 4.0 国际许可协议（CC BY 4.0）");
    expect(text).toMatch(/数据版本 [0-9a-f]{12}/u);
    expect(text).toContain("最近更新 收录文件中最新的发布或截止日期为 2024年10月31日");
  });

  it("the dataset version is the hash of the archive.json served, which holds every report's and rejected document's front matter", () => {
    const json = readFileSync(path.join(dist, "data/archive.json"), "utf8");
    const version = createHash("sha256").update(json).digest("hex").slice(0, 12);
    expect(mainText(page("data"))).toContain(`数据版本 ${version}`);
    const archive = JSON.parse(json) as { reports: { id: string }[]; rejected: { seed: string }[] };
    const reportFiles = readdirSync(path.join(ROOT, "content/reports"), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".mdx"));
    expect(archive.reports.map((r) => r.id)).toEqual(reportFiles.map((f) => f.split(path.sep).join("/").replace(/\.mdx$/u, "")).sort());
    const rejectedDir = path.join(ROOT, "content/rejected");
    expect(archive.rejected).toHaveLength(existsSync(rejectedDir) ? readdirSync(rejectedDir).filter((f) => f.endsWith(".mdx")).length : 0);
    // The CSV: a header, then a row per figure of every report.
    const csv = readFileSync(path.join(dist, "data/archive.csv"), "utf8");
    const figures = archive.reports.flatMap((r) => (r as unknown as { projects: { metrics: unknown[] }[] }).projects.flatMap((p) => p.metrics)).length;
    expect(csv.startsWith("\uFEFFreport_id,")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv.split("\r\n").length - 2).toBe(figures);
  });

  it("the data and about pages say plainly: the data under CC BY 4.0, the source texts their publishers', quoted for reference, linked back", () => {
    for (const p of ["data", "about"]) {
      const html = page(p);
      expect(html).toContain('id="licence"');
      expect(html).toContain('<a href="https://creativecommons.org/licenses/by/4.0/deed.zh-hans" rel="license">知识共享署名 4.0 国际许可协议（CC BY 4.0）</a>');
      const text = mainText(html);
      expect(text, p).toMatch(/archive\.json、archive\.csv，各报告、各实事的 CSV 与 JSON 文件，以及它们所依据的数据模型——以 知识共享署名 4\.0 国际许可协议（CC BY 4\.0） 发布/u);
      expect(text, p).toContain("只须注明出处“民生实事档案”并附上所用页面的链接");
      expect(text, p).toContain("不在上述许可之内，版权归各自的发布单位所有");
      expect(text, p).toContain("本站收录原文仅供查阅，让每个数字都能核对出处");
      expect(text, p).toContain("有网址的附有“原文链接”，可回到原发布处查看");
    }
    // Every page's footer says it in one line and points to the data page's licence.
    for (const p of ["", "henan/2023", "henan/2023/01", "review"]) {
      expect(page(p)).toMatch(new RegExp(`数据以 <a href="${BASE}data/#licence">CC BY 4\\.0</a> 发布；原文版权归各发布单位所有。`, "u"));
    }
  });

  it("the README's licence lines agree with the site", () => {
    const readme = readFileSync(path.join(ROOT, "README.md"), "utf8");
    const licence = readme.slice(readme.indexOf("## Licence"), readme.indexOf("\n## ", readme.indexOf("## Licence") + 1));
    expect(licence).toMatch(/\*\*Data\*\*[^\n]*\[CC BY 4\.0\]\(https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/\)/u);
    expect(licence).toMatch(/\*\*Source texts\*\*[^\n]*stay their publishers'/u);
    expect(licence).toContain("reference and traceability");
  });

  it("the about page explains reading, statuses, stated vs computed rates, 最低, the review queue and error reports", () => {
    const html = page("about");
    for (const id of ["reading", "status", "rates", "lowest", "review", "report-an-error"]) expect(html).toContain(`id="${id}"`);
    for (const status of ["超额完成", "未完成", "进行中", "计划", "无数据"]) expect(mainText(html)).toContain(status);
    // Reporting an error links to the repository's issues (GitHub Actions names it; else the github.io address implies it).
    const repository = process.env.GITHUB_REPOSITORY ?? `example${BASE.replace(/\/$/u, "")}`;
    expect(html).toContain(`<a href="https://github.com/${repository}/issues">提交 issue（议题）</a>`);
  });

  it("pages without a chart run no JavaScript but the cite block's inline access-date script; chart pages stay within 50 kB gzipped", () => {
    /** Every script a page runs: src or inline body (JSON-LD is data, not script). */
    const scripts = (html: string) =>
      [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gu)].filter(([, attrs]) => !attrs!.includes("application/ld+json")).map(([, attrs, body]) => /\bsrc="([^"]+)"/u.exec(attrs!)?.[1] ?? body!);
    for (const p of ["about", "review", "data", ""]) expect(scripts(page(p)), p).toEqual([]);
    for (const p of ["henan/luohe/2024/shi-16", "henan/nanyang/2023/02"]) {
      expect(page(p)).not.toContain('class="chart-canvas"');
      expect(scripts(page(p)), p).toEqual([CITE_SCRIPT]);
    }
    expect(Buffer.byteLength(CITE_SCRIPT)).toBeLessThan(1024);
    for (const p of ["henan/2023", "henan/2023/embed"]) {
      const scripts = [...page(p).matchAll(/<script[^>]*\bsrc="([^"]+)"/gu)].map((m) => m[1]!.slice(BASE.length));
      expect(scripts.length).toBeGreaterThan(0);
      // Modules and what they import, once each.
      const seen = new Set<string>();
      const visit = (file: string) => {
        if (seen.has(file)) return;
        seen.add(file);
        const code = readFileSync(path.join(dist, file), "utf8");
        for (const [, rel] of code.matchAll(/\bfrom\s*["'](\.\/[^"']+)["']/gu)) visit(path.join(path.dirname(file), rel!));
      };
      scripts.forEach(visit);
      const gz = [...seen].reduce((n, f) => n + gzipSync(readFileSync(path.join(dist, f))).length, 0);
      expect(gz).toBeLessThanOrEqual(50 * 1024);
    }
  });
});

describe("embeds", () => {
  it("report and project pages with a chart have an embed page and show its code; others have neither", () => {
    for (const p of ["henan/2023", "henan/2023/01"]) {
      expect(existsSync(path.join(dist, p, "embed", "index.html"))).toBe(true);
      expect(page(p)).toContain(`&lt;iframe src=&quot;https://example.github.io${BASE}${p}/embed/&quot;`);
    }
    expect(existsSync(path.join(dist, "henan/luohe/2024/shi-16/embed"))).toBe(false);
    expect(page("henan/luohe/2024/shi-16")).not.toContain('<details class="embed-code"');
  });

  it("an embed page draws the chart of its page: the same bars, colours, legend and coloured table", () => {
    const chart = (html: string) => /data-chart="([^"]*)"/u.exec(html)![1]!;
    for (const p of ["henan/2023", "henan/2023/01", "hebei/chengde/2024"]) {
      const embed = page(`${p}/embed`);
      expect(chart(embed), p).toBe(chart(page(p)));
      const spec = JSON.parse(chart(embed).replace(/&quot;/gu, '"').replace(/&amp;/gu, "&")) as { rates: number[]; tones: string[] };
      expect(spec.tones).toHaveLength(spec.rates.length);
      for (const tone of spec.tones) expect(["met", "short", "progress", "unknown"], p).toContain(tone);
      expect(embed).toMatch(/<td class="num rate-(met|short|progress)">/u);
    }
    expect(mainText(page("henan/2023/embed"))).toContain("达到或超过目标");
    expect(mainText(page("hebei/chengde/2024/embed"))).toContain("进行中（尚未结束的年度）");
  });

  it("an embed page is minimal: title, chart, its table, source and a link back; no site frame", () => {
    const html = page("henan/2023/embed");
    expect(html).toContain('<meta name="robots" content="noindex"');
    expect(html).toContain("<table>");
    expect(html).toContain('class="chart-canvas"');
    expect(html).toContain(`href="${BASE}henan/2023/" target="_top"`);
    expect(html).not.toContain("site-header");
    // Links in the frame (each project in the table) open in the reader's window.
    expect(html).toContain('<base target="_top">');
    expect(html).toMatch(new RegExp(`<a href="${BASE}henan/2023/01/"`, "u"));
    expect(mainText(html)).toContain("来源：");
    expect(html).toMatch(/<a href="https:\/\/creativecommons\.org\/licenses\/by\/4\.0\/deed\.zh-hans" rel="license" target="_top"[^>]*>CC BY 4\.0<\/a> 发布/u);
  });
});

describe("in Chromium", () => {
  const site = siteInChromium(() => dist, BASE);

  /** The reader's today as the cite block writes it, and as ISO. */
  const today = () => {
    const now = new Date();
    const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, "0")}-${String(now.getDate()).padStart(2, "0")}`;
    return { zh: `${now.getFullYear()}年${now.getMonth() + 1}月${now.getDate()}日`, iso };
  };
  const FORMATS: CitationFormat[] = ["bibtex", "ris", "csl"];

  for (const [kind, p] of [["without a chart", "henan/luohe/2024/shi-16/"], ["with a chart", "henan/2023/01/"]] as const) {
    it(`a page ${kind}: the cite block fills today's access date into the citation and every download when JavaScript runs`, async () => {
      const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}${p}`);
      await tab.waitForLoadState("networkidle");
      const { zh, iso } = today();
      expect(await tab.locator(".cite [data-access-date]").allTextContents()).toEqual([zh, zh]);
      expect(await tab.locator(".cite p").first().innerText()).toContain(`访问日期：${zh}.`);
      const data = JSON.parse((await tab.locator(".cite").getAttribute("data-cite"))!) as CitationData;
      for (const format of FORMATS) {
        // Byte for byte what the formatter writes with that date: BibTeX urldate, RIS Y2, CSL-JSON accessed.
        expect(await tab.locator(`.cite a[data-cite-format="${format}"]`).getAttribute("href")).toBe(citationHref(format, { ...data, accessed: iso }));
        expect(await tab.locator(`.cite pre[data-cite-format="${format}"]`).evaluate((pre) => pre.textContent)).toBe(citationText(format, { ...data, accessed: iso }));
      }
      // Copy buttons come with the chart's script; a page without a chart runs only the inline one.
      expect(await tab.locator(".cite button.cite-copy").count()).toBe(kind === "with a chart" ? 3 : 0);
      expect(await axeViolations(tab)).toEqual([]);
      expect(problems).toEqual([]);
      await context.close();
    });
  }

  it("at 360 px no figure in the status history splits over two lines (124.8万人 stays whole)", async () => {
    const { page: tab, context } = await openPage(site.browser, `${site.server.url}henan/2023/01/`, { width: 360 });
    const lines = await tab.$$eval(".status-history a[href^='#figure-']", (links) => links.map((link) => [link.textContent, link.getClientRects().length] as const));
    expect(lines.length).toBeGreaterThan(0);
    expect(lines.filter(([, rects]) => rects !== 1)).toEqual([]);
    await context.close();
  });

  it("a copy button copies the citation with its access date", async () => {
    const { page: tab, context } = await openPage(site.browser, `${site.server.url}henan/2023/01/`);
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(site.server.url).origin });
    await tab.waitForLoadState("networkidle");
    await tab.locator(".cite button.cite-copy").first().click();
    await expect.poll(() => tab.locator(".cite button.cite-copy").first().textContent()).toBe("已复制 BibTeX");
    expect(await tab.evaluate(() => navigator.clipboard.readText())).toMatch(new RegExp(`urldate = \\{${today().iso}\\}`, "u"));
    await context.close();
  });

  it("without JavaScript the citation says to fill in the access date and the downloads carry none", async () => {
    for (const p of ["henan/2023/01/", "henan/luohe/2024/shi-16/"]) {
      const { page: tab, context } = await openPage(site.browser, `${site.server.url}${p}`, { javaScript: false });
      expect(await tab.locator(".cite p").first().innerText()).toMatch(/访问日期：（请填写访问日期）\.$/u);
      expect(await tab.locator(".cite [data-access-date]").allTextContents()).toEqual(["（请填写访问日期）", "（请填写访问日期）"]);
      const data = JSON.parse((await tab.locator(".cite").getAttribute("data-cite"))!) as CitationData;
      for (const format of FORMATS) expect(await tab.locator(`.cite a[data-cite-format="${format}"]`).getAttribute("href")).toBe(citationHref(format, data));
      expect(await tab.locator(".cite button").count()).toBe(0);
      await context.close();
    }
  });

  it("the embed page draws its chart with no error and no axe violation; review and about pass axe", async () => {
    const { page: tab, context, problems } = await openPage(site.browser, `${site.server.url}henan/2023/embed/`);
    await expect.poll(() => paintedPixels(tab, ".chart-canvas:not([hidden])"), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await axeViolations(tab)).toEqual([]);
    expect(problems).toEqual([]);
    await context.close();
    for (const p of ["review/", "about/", "hebei/chengde/2024/"]) {
      const opened = await openPage(site.browser, `${site.server.url}${p}`);
      expect(await axeViolations(opened.page), p).toEqual([]);
      expect(opened.problems).toEqual([]);
      await opened.context.close();
    }
  });
});
