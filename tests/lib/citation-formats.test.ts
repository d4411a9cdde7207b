import { describe, expect, it } from "vitest";
import { bibtex, citationHref, citationKey, cslJson, ris } from "../../src/lib/citation-formats";

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
