import { describe, expect, it } from "vitest";
import { indexedText, pairedHtml as pairedPage } from "../../src/integrations/pagefind-html.ts";
import { facetToken } from "../../src/scripts/search-bigrams.ts";

const pairedHtml = (html: string) => pairedPage(html).html;

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>标题</title><script>const x = "<p>老旧</p>";</script></head><body><nav>首页导航</nav>${body}<footer>页脚</footer></body></html>`;

describe("the copy of a page Pagefind indexes", () => {
  it("declares no language, so nothing cuts the pairs again", () => {
    expect(pairedHtml(page("<p>老旧</p>"))).toContain('<html lang="zxx">');
  });

  it("writes text as pairs and leaves tags, attributes and scripts alone", () => {
    const html = pairedHtml(page('<main data-pagefind-body><p title="老旧小区">老旧小区</p><script>const y = "<p>小区</p>";</script></main>'));
    expect(html).toContain('<p title="老旧小区"> 老旧  旧小  小区  区 </p>');
    expect(html).toContain('const y = "<p>小区</p>";');
  });

  it("keeps only what Pagefind reads: the data-pagefind-body parts, meta and sort attributes", () => {
    const html = pairedHtml(
      page('<h1 data-pagefind-body>标题</h1><div hidden><span data-pagefind-meta="year:2023"></span><span data-pagefind-sort="year:2023"></span></div><p>正文之外</p>'),
    );
    expect(html).toBe(
      '<html lang="zxx"><body><h1 data-pagefind-body> 标题  题 </h1><span data-pagefind-meta="year:2023"></span><span data-pagefind-sort="year:2023"></span></body></html>',
    );
  });

  it("continues a run across inline tags: 3430个</strong>老旧 gives the pair 个老", () => {
    const html = pairedHtml(page("<p>改造<strong>3430个</strong>老旧小区</p>"));
    expect(html).toContain("<strong>3430 个老 </strong>");
    expect(html).toContain("改造  造 <strong>");
  });

  it("ends a run at a block boundary", () => {
    expect(pairedHtml(page("<p>适老</p><p>化</p>"))).toContain("<p> 适老  老 </p><p> 化 </p>");
  });
});

describe("filters", () => {
  it("become words at the end of the indexed text, and leave Pagefind's filter attributes", () => {
    const { html, facets } = pairedPage(
      page('<h1 data-pagefind-body>标题</h1><div hidden><span data-pagefind-filter="city:南阳市"></span><span data-pagefind-filter="year:2023"></span></div>'),
    );
    expect(facets).toEqual([["city", "南阳市"], ["year", "2023"]]);
    expect(html).not.toContain("data-pagefind-filter");
    expect(html).toContain(`<div data-pagefind-body>${facetToken("city", "南阳市")} ${facetToken("year", "2023")}</div></body>`);
  });

  it("are words no text can contain, one per key and value", () => {
    expect(facetToken("city", "南阳市")).toMatch(/^zzcity[0-9a-f]{16}z$/u);
    expect(facetToken("city", "南阳市")).not.toBe(facetToken("city", "南阳"));
  });
});

describe("the text a page is searchable by", () => {
  it("is the data-pagefind-body parts without ignored parts", () => {
    const html = page(
      '<h1 data-pagefind-body>老旧小区改造</h1><p>不算</p><section data-pagefind-body><p>改造<b>3430个</b></p><div data-pagefind-ignore>忽略</div><p>完成&amp;超额</p></section>',
    );
    expect(indexedText(html)).toBe("老旧小区改造 改造3430个 完成&超额");
  });

  it("leaves out labels every page repeats", () => {
    const html = page('<dl data-pagefind-body><dt>责任单位</dt><dd>市民政局</dd></dl><p data-pagefind-body class="muted note">黄色标出的是数据</p>');
    expect(indexedText(html)).toBe("市民政局");
    expect(pairedHtml(html)).toContain("<dt data-pagefind-ignore>");
  });

  it("is null for a page without data-pagefind-body", () => {
    expect(indexedText(page("<p>正文</p>"))).toBeNull();
  });
});
