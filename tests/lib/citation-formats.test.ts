import { afterEach, describe, expect, it, vi } from "vitest";
import { CITATION_FORMATS, accessedSlot, bibtex, citationDownload, citationHref, citationKey, citationText, cslJson, ris, type CitationFormat } from "../../src/lib/citation-formats";
import { CITE_SCRIPT } from "../../src/lib/cite-inline";

const page = { id: "henan/2023/01", title: "开展职业技能培训", region: "河南省", year: 2023, url: "https://example.github.io/minsheng-archive/henan/2023/01/", source: "大河网，2024年2月1日，《民生实事 100% 完成》" };

describe("citation formats", () => {
  it("keys a record by its model id", () => {
    expect(citationKey(page.id)).toBe("minsheng-henan-2023-01");
    expect(citationKey("henan/luohe/2024/sheng-01")).toBe("minsheng-henan-luohe-2024-sheng-01");
  });

  it("writes BibTeX with escaped specials, and urldate only when the access date is known", () => {
    const bib = bibtex(page);
    expect(bib).toMatch(/^@misc\{minsheng-henan-2023-01,\n/u);
    expect(bib).toContain("title = {开展职业技能培训（河南省，2023年）}");
    expect(bib).toContain("note = {原始来源：大河网，2024年2月1日，《民生实事 100\\% 完成》}");
    expect(bib).toContain(`url = {${page.url}}`);
    expect(bib).not.toContain("urldate");
    expect(bibtex({ ...page, accessed: "2025-03-04" })).toContain("urldate = {2025-03-04}");
  });

  it("writes RIS with CRLF lines, TY first and ER last", () => {
    const lines = ris({ ...page, accessed: "2025-03-04" }).split("\r\n");
    expect(lines[0]).toBe("TY  - ELEC");
    expect(lines).toContain(`UR  - ${page.url}`);
    expect(lines).toContain("Y2  - 2025/03/04");
    expect(lines.at(-2)).toBe("ER  -");
  });

  it("writes CSL-JSON a reference manager reads", () => {
    const [item] = JSON.parse(cslJson({ ...page, accessed: "2025-03-04" }));
    expect(item).toMatchObject({ id: "minsheng-henan-2023-01", type: "webpage", URL: page.url, issued: { "date-parts": [[2023]] }, accessed: { "date-parts": [[2025, 3, 4]] } });
    expect(JSON.parse(cslJson(page))[0].accessed).toBeUndefined();
  });

  it("gives a data: URL that decodes to the same text", () => {
    const href = citationHref("bibtex", page);
    expect(href.startsWith("data:application/x-bibtex;charset=utf-8,")).toBe(true);
    expect(decodeURIComponent(href.split(",").slice(1).join(","))).toBe(bibtex(page));
  });
});

const FORMATS = Object.keys(CITATION_FORMATS) as CitationFormat[];

describe("the access date the browser adds", () => {
  afterEach(() => vi.useRealTimers());

  /** The inline script's substitution, as a reader's browser does it. */
  const fill = (line: string, [y, m, d]: number[]) =>
    line.replace(/%(\w)/gu, (_, c: string) => String({ Y: y, m: String(m).padStart(2, "0"), d: String(d).padStart(2, "0"), n: m, j: d }[c]));

  it("is one insertion per format, and filled in gives what the formatter writes with that date", () => {
    for (const format of FORMATS) {
      for (const date of [[2026, 1, 5], [2026, 12, 25], [2030, 10, 1], [2027, 9, 30]]) {
        const { at, line } = accessedSlot(format, page);
        const text = citationText(format, page);
        const iso = `${date[0]}-${String(date[1]).padStart(2, "0")}-${String(date[2]).padStart(2, "0")}`;
        expect(text.slice(0, at) + fill(line, date) + text.slice(at), `${format} ${iso}`).toBe(citationText(format, { ...page, accessed: iso }));
      }
    }
    expect(accessedSlot("bibtex", page).line).toBe(",\n  urldate = {%Y-%m-%d}");
    expect(accessedSlot("ris", page).line).toBe("Y2  - %Y/%m/%d\r\n");
  });

  it("gives the cite block each format's text, data: URL and slot from one writing, as the three functions give them", () => {
    for (const format of FORMATS) {
      for (const citation of [page, { ...page, id: "hebei/chengde/2024", title: "改造老旧小区{100}个", source: "《承德日报》_#1" }]) {
        expect(citationDownload(format, citation), format).toEqual({ text: citationText(format, citation), href: citationHref(format, citation), slot: accessedSlot(format, citation) });
      }
    }
  });

  it("the inline script stays well under 1 KB and parses as plain script", () => {
    expect(Buffer.byteLength(CITE_SCRIPT)).toBeLessThanOrEqual(700);
    expect(() => new Function(CITE_SCRIPT)).not.toThrow();
  });

  it("the inline script writes the date into the placeholders, each download and the text shown under it", () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(2026, 0, 5, 12));
    type Node = { textContent: string; attrs: Record<string, string>; dataset: Record<string, string>; href?: string; getAttribute(name: string): string };
    const node = (attrs: Record<string, string>, dataset: Record<string, string> = {}, textContent = ""): Node => ({ textContent, attrs, dataset, getAttribute: (name) => attrs[name]! });
    const slots = [node({}, {}, "（请填写访问日期）"), node({}, {}, "（请填写访问日期）")];
    const links = FORMATS.map((format) => {
      const { at, line } = accessedSlot(format, page);
      return node({ href: citationHref(format, page) }, { citeFormat: format, at: String(at), line: JSON.stringify(line) });
    });
    const texts = Object.fromEntries(FORMATS.map((format) => [format, node({}, {}, citationText(format, page))]));
    const section = {
      querySelectorAll: (selector: string) => (selector === "[data-access-date]" ? slots : selector === "a[data-at]" ? links : []),
      querySelector: (selector: string) => texts[/data-cite-format=(\w+)/u.exec(selector)![1]!] ?? null,
    };
    new Function("document", CITE_SCRIPT)({ currentScript: { parentElement: section } });
    expect(slots.map((slot) => slot.textContent)).toEqual(["2026年1月5日", "2026年1月5日"]);
    FORMATS.forEach((format, i) => {
      const dated = citationText(format, { ...page, accessed: "2026-01-05" });
      expect(links[i]!.href).toBe(citationHref(format, { ...page, accessed: "2026-01-05" }));
      expect(texts[format]!.textContent).toBe(dated);
    });
    expect(texts.ris!.textContent).toContain("Y2  - 2026/01/05\r\n");
    expect(JSON.parse(texts.csl!.textContent)[0].accessed).toEqual({ "date-parts": [[2026, 1, 5]] });
  });
});
