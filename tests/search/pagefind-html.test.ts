import { describe, expect, it } from "vitest";
import { indexedText, indexRecord } from "../../src/integrations/pagefind-html.ts";
import { facetToken } from "../../src/client/search-bigrams.ts";

const page = (body: string) =>
  `<!doctype html><html lang="zh-CN"><head><title>标题</title><script>const x = "<p>老旧</p>";</script></head><body><nav>首页导航</nav>${body}<footer>页脚</footer></body></html>`;

describe("the record Pagefind indexes for a page", () => {
  it("is the data-pagefind-body text with Han runs as pairs; scripts and attributes stay out", () => {
    const record = indexRecord(page('<main data-pagefind-body><p title="标题属性">老旧小区</p><script>const y = "<p>小区</p>";</script></main>'));
    expect(record?.content).toBe("老旧 旧小 小区 区");
  });

  it("leaves out what lies outside data-pagefind-body and reads meta anywhere", () => {
    const record = indexRecord(page('<h1 data-pagefind-body>标题</h1><div hidden><span data-pagefind-meta="year:2023"></span></div><p>正文之外</p>'));
    expect(record).toEqual({ content: "标题 题", meta: { year: "2023", title: "标题 题" }, facets: [] });
  });

  it("takes the title from the first h1, in pairs, unless a meta names one", () => {
    expect(indexRecord(page("<h1>项目一</h1><h1>项目二</h1><p data-pagefind-body>正文</p>"))?.meta.title).toBe("项目 目一 一");
    expect(indexRecord(page('<h1>项目</h1><p data-pagefind-body data-pagefind-meta="title:另一个">正文</p>'))?.meta.title).toBe("另一个");
  });

  it("continues a run across inline tags: 3430个</strong>老旧 gives the pair 个老", () => {
    expect(indexRecord(page("<p data-pagefind-body>改造<strong>3430个</strong>老旧小区</p>"))?.content).toBe("改造 造 3430 个老 老旧 旧小 小区 区");
  });

  it("ends a run at a block boundary", () => {
    expect(indexRecord(page("<div data-pagefind-body><p>适老</p><p>化</p></div>"))?.content).toBe("适老 老 化");
  });

  it("is indexed folded to simplified characters, as the search page folds a query, while the page keeps what it writes", () => {
    const html = page("<h1 data-pagefind-body>推進老舊小區改造</h1>");
    expect(indexedText(html)).toBe("推進老舊小區改造");
    expect(indexRecord(html)?.content).toBe("推进 进老 老旧 旧小 小区 区改 改造 造");
  });

  it("is null for a page without data-pagefind-body", () => {
    expect(indexRecord(page('<p>正文</p><span data-pagefind-meta="year:2023"></span>'))).toBeNull();
  });
});

describe("filters", () => {
  it("become words at the end of the indexed text", () => {
    const record = indexRecord(
      page('<h1 data-pagefind-body>标题</h1><div hidden><span data-pagefind-filter="city:南阳市"></span><span data-pagefind-filter="year:2023"></span></div>'),
    );
    expect(record?.facets).toEqual([["city", "南阳市"], ["year", "2023"]]);
    expect(record?.content).toBe(`标题 题 ${facetToken("city", "南阳市")} ${facetToken("year", "2023")}`);
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
    expect(indexRecord(html)?.content).toBe("市民 民政 政局 局");
  });

  it("is null for a page without data-pagefind-body", () => {
    expect(indexedText(page("<p>正文</p>"))).toBeNull();
  });
});
