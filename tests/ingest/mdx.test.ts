// The MDX the converter writes (src/ingest/mdx.ts), on a hand-made report: the summary, the
// archivist's notes, figure marks, page furniture, escapes, and the pages of rejected documents.
import { describe, expect, it } from "vitest";
import { archivistNotes, contentFiles, escapeText, rejectedStem } from "../../src/ingest/mdx.ts";
import type { Archive, Metric } from "../../src/ingest/model.ts";
import { metric, project, report } from "./enrich-fixtures.ts";

const GENERATED = "{/* 由 npm run ingest 从 seeds/ 生成；请改 seeds/ 或其前置元数据，不要手改此文件（<Note> 档案说明除外：重新生成时保留） */}";
const TEXT = "新建学校12所。\n\tx改造\r公路30公里\n\n责任编辑：某\nabc";
const at = (m: Metric, start: number, end: number): Metric => ({ ...m, source: { seed: "a.txt", start, end } });

function archive(): Archive {
  const r = {
    ...report("henan/2023", ["河南省"], 2023, [
      project("henan/2023/01", "甲", [at(metric("改造公路", 30, "公里", "actual"), 16, 20), at(metric("新建学校", 12, "所", "actual"), 4, 7)]),
      project("henan/2023/02", "乙", [at(metric("重叠", 2, "所", "actual"), 5, 6)]),
    ], [{ seed: "a.txt", kind: "results" }, { seed: "b.txt", kind: "plan" }]),
    projectCount: 10,
  };
  r.sources[1]!.title = "计划标题";
  return { reports: [r], rejected: [{ seed: "same.md", reason: "不是报告", line: 3 }, { seed: "same", reason: "空" }, { seed: "x.txt", reason: "r" }] } as unknown as Archive;
}
const files = () =>
  contentFiles(archive(), new Map([["a.txt", TEXT], ["b.txt", "import x\n{y}"], ["same.md", "原文"]]), {
    notes: new Map([["reports/henan/2023.mdx", ["<Note>说明</Note>"]]]),
    noise: new Map([["a.txt", [{ start: 22, end: 28 }]]]),
  });
const body = (mdx: string) => mdx.replace(/^---\n[\s\S]*?\n---\n/u, "");

describe("a report's page", () => {
  it("writes the summary, the notes, and each document with its figures marked, line by line", () => {
    expect(body(files().get("reports/henan/2023.mdx")!)).toBe(
      [
        GENERATED,
        "",
        "<Note>说明</Note>",
        "",
        "河南省2023年民生实事：本档案读出 2 个项目、3 个数据（原文称共 10 项），来自 2 份文件：a&#46;txt（完成情况）；计划标题（计划）。",
        "",
        '<SourceDocument seed={"a.txt"} kind={"results"}>',
        "",
        '新建学校<Fig project={"henan/2023/01"} metric={1}>12所</Fig>。',
        "",
        '&#120;改造 公路<Fig project={"henan/2023/01"} metric={0}>30公里</Fig>',
        "",
        "<Noise>责任编辑：某</Noise>",
        "",
        "&#97;bc",
        "",
        "</SourceDocument>",
        "",
        '<SourceDocument seed={"b.txt"} kind={"plan"}>',
        "",
        "&#105;mport x",
        "",
        "&#123;y&#125;",
        "",
        "</SourceDocument>",
        "",
      ].join("\n"),
    );
  });
  it("puts the report in JSON front matter", () => {
    const mdx = files().get("reports/henan/2023.mdx")!;
    const json = /^---\n([\s\S]*?)\n---\n/u.exec(mdx)![1]!;
    expect(JSON.parse(json)).toMatchObject({ id: "henan/2023", projectCount: 10 });
  });
  it("states no count in the summary where the text states none", () => {
    const a = archive();
    a.reports[0]!.projectCount = null;
    expect(contentFiles(a, new Map()).get("reports/henan/2023.mdx")).toContain("本档案读出 2 个项目、3 个数据，来自 2 份文件");
  });
});

describe("rejected documents' pages", () => {
  it("gives each rejected document a page of its own, in path order, with its reason and line", () => {
    const all = files();
    expect([...all.keys()]).toEqual(["rejected/same-1kw60xn.mdx", "rejected/same-md-yz9x1i.mdx", "rejected/x.mdx", "reports/henan/2023.mdx"]);
    const page = all.get("rejected/same-md-yz9x1i.mdx")!;
    expect(JSON.parse(/^---\n([\s\S]*?)\n---\n/u.exec(page)![1]!)).toEqual({ seed: "same.md", reason: "不是报告", line: 3 });
    expect(body(page)).toBe([GENERATED, "", "未能读取为民生实事报告：不是报告", "", '<SourceDocument seed={"same.md"}>', "", "原文", "", "</SourceDocument>", ""].join("\n"));
    expect(JSON.parse(/^---\n([\s\S]*?)\n---\n/u.exec(all.get("rejected/x.mdx")!)![1]!)).toEqual({ seed: "x.txt", reason: "r", line: 1 });
  });
  it("numbers a second page whose name another already took", () => {
    const a = { reports: [], rejected: [{ seed: "x.txt", reason: "a" }, { seed: "x.txt", reason: "b" }, { seed: "x.txt", reason: "c" }] } as unknown as Archive;
    expect([...contentFiles(a, new Map()).keys()]).toEqual(["rejected/x-2.mdx", "rejected/x-3.mdx", "rejected/x.mdx"]);
  });
  it("names a page by a .txt file's plain name, else by the name and a hash", () => {
    expect(rejectedStem("a_b-c.txt")).toBe("a_b-c");
    expect(rejectedStem("same.md")).toBe("same-md-yz9x1i");
    expect(rejectedStem("same")).toBe("same-1kw60xn");
    expect(rejectedStem("-a-.txt")).toBe("a-1k87jc4");
    expect(rejectedStem(".txt")).toBe("document-16s1xf");
  });
});

describe("escapes and notes", () => {
  it("writes TABs and CRs as spaces and ASCII punctuation as references, leaving letters and digits", () => {
    expect(escapeText("a\tb\rc!~0Az/:@[`{")).toBe("a b c&#33;&#126;0Az&#47;&#58;&#64;&#91;&#96;&#123;");
  });
  it("takes the archivist's notes that open and close a line, in order", () => {
    expect(archivistNotes('a\n<Note source="x">第 7 项\n以公报为准。</Note>  \nb\n <Note>x</Note>\n<Note>y</Note>')).toEqual(['<Note source="x">第 7 项\n以公报为准。</Note>', "<Note>y</Note>"]);
    expect(archivistNotes("no notes")).toEqual([]);
  });
});
