// Behaviours pinned where mutants of src/ingest/ survived the tests (sample of seed 30). Each test
// was checked by hand against the mutant it was written for.
import { describe, expect, it } from "vitest";
import { decodeDocument } from "../../src/ingest/decode.ts";
import { extractFigures } from "../../src/ingest/figures.ts";
import { allFindings, attachFindings } from "../../src/ingest/findings.ts";
import { narrativeItems } from "../../src/ingest/layouts/narrative.ts";
import { sitesVisited } from "../../src/ingest/layouts/sentence-list.ts";
import { headlineItems } from "../../src/ingest/layouts/headlines.ts";
import { markerItems } from "../../src/ingest/layouts/markers.ts";
import { tableItems } from "../../src/ingest/layouts/tables.ts";
import { normalise } from "../../src/ingest/normalise.ts";
import { pairFigures } from "../../src/ingest/rates.ts";
import { regionByName } from "../../src/ingest/regions.ts";
import { ambiguousNames, asOfDate, statedCount } from "../../src/ingest/segment.ts";
import { classify } from "../../src/ingest/structure.ts";
import { cleanTitle } from "../../src/ingest/titles.ts";
import type { Archive } from "../../src/ingest/model.ts";
import { convertTexts } from "../helpers/convert-text.ts";
import { metric, project, report } from "./enrich-fixtures.ts";

const blocksOf = (...paragraphs: string[]) => classify(normalise(paragraphs.join("\n\n")).paragraphs);
const utf8 = (s: string) => [...Buffer.from(s)];
const decode = (bytes: number[], name = "a.txt") => decodeDocument({ name, bytes: new Uint8Array(bytes) });

describe("front matter", () => {
  it("refuses an alias written inside a list value, naming the field that uses it", () => {
    expect(() => decode(utf8("---\nnote: &x 江门\ntags:\n  - *x\n---\n江门市民生实事"))).toThrowError("front matter tags uses a YAML alias");
  });
});

describe("the date a report runs to", () => {
  it("reads a date reached (到10月底，已…) only in the opening of the text", () => {
    const filler = "柳州市各部门按照年度计划扎实推进民生实事各项工作。".repeat(60);
    expect(asOfDate(`${filler}到10月底，已完成投资5亿元。`, 2023)).toBeNull();
    expect(asOfDate(`柳州市民生实事进展：到10月底，已完成投资5亿元。`, 2023)).toBe("2023-10-31");
  });
});

describe("names several regions bear", () => {
  it("lists no name that a single region bears", () => {
    expect(ambiguousNames("嘉兴市民生实事进展顺利")).toEqual([]);
  });
});

describe("the count a text states", () => {
  it("keeps the count of things (10件) where the programme is told again by fewer items (10件8项)", () => {
    expect(statedCount("今年实施10件民生实事，即10件8项民生实事。")).toBe(10);
  });
});

describe("a region named by a path", () => {
  it("looks past a first part it does not know for the region that holds the name: 中国/福建省/鼓楼区 is Fuzhou's 鼓楼区", () => {
    expect(regionByName("中国/福建省/鼓楼区")?.code).toBe("350102");
  });
});

describe("titles", () => {
  it("takes 关于 away only where it opens a title", () => {
    expect(cleanTitle("做好关于养老服务的工作")).toBe("做好关于养老服务的工作");
  });

  it("leaves no space where a 全省 before the name was taken away", () => {
    expect(cleanTitle("全省 新建学校")).toBe("新建学校");
  });
});

describe("tables", () => {
  it("reads a table with no number column whose short row opens on a figure (| 2024 | 改造道路 |)", () => {
    const blocks = blocksOf("| 项目名称 | 目标任务 | 责任单位 |", "| --- | --- | --- |", "| 新建学校 | 5所 | 市教育局 |", "| 2024 | 改造道路 |");
    expect(tableItems(blocks)?.items[0]?.title).toBe("新建学校");
  });

  it("keeps as a table's preamble only the paragraphs before the table", () => {
    const blocks = blocksOf("钦州市民生实事项目表", "序号", "项目名称", "责任单位", "1", "新建学校", "市教育局", "2", "改造道路", "市交通局");
    const found = tableItems(blocks);
    expect(found?.items.map((it) => it.title)).toEqual(["新建学校", "改造道路"]);
    expect(found?.preamble.map((b) => b.text)).toEqual(["钦州市民生实事项目表"]);
  });
});

describe("stated rates", () => {
  it("gives a stated rate (完成100%) to the count before it, passing over a percentage between them", () => {
    const figures = extractFigures("新建学校5所，入学率提高到95%，完成100%。", "target");
    expect(figures.map((f) => [f.value, f.unit, f.rate])).toEqual([
      [5, "所", 100],
      [95, "%", null],
    ]);
  });
});

describe("counts of the programme's projects", () => {
  it("takes no figure from a count of the programme's projects in a last sentence with no full stop (已完成19项，均为民生实事)", () => {
    expect(extractFigures("新建学校5所。已完成19项，均为民生实事", "actual").map((f) => [f.value, f.unit])).toEqual([[5, "所"]]);
  });
});

describe("items numbered 第一，第二", () => {
  it("keeps a headline and its body between items 1 and 2 in item 1: no item is made of it where no number was skipped", () => {
    const blocks = blocksOf("第一，新建学校5所。", "农村道路", "改造农村道路12公里，惠及群众3万人。", "第二，新建公园3个。");
    expect(markerItems(blocks, "ordinal").items.map((it) => [it.no, it.title])).toEqual([
      [1, "新建学校"],
      [2, "新建公园"],
    ]);
  });
});

describe("dot-numbered items", () => {
  it("reads a short line 2.50个… between items 1 and 3 as item 2 opening on a figure, not as a headline", () => {
    expect(blocksOf("1.新建学校5所。", "2.50个老旧小区改造", "3.改造道路12公里。").map((b) => [b.type, b.text])).toEqual([
      ["marker", "1.新建学校5所。"],
      ["marker", "2.50个老旧小区改造"],
      ["marker", "3.改造道路12公里。"],
    ]);
  });
});

describe("the review queue", () => {
  it("places a list finding at the converter's reading check, not at a later warning of the same file", () => {
    const r = report("jiangxi/2023", ["江西省"], 2023, [project("jiangxi/2023/01", "甲")], [{ seed: "a.txt", kind: "results" }]);
    r.sources[0]!.check = { layout: "marker:dot", stated: 10, read: 9, numbering: "ok" };
    const warnings = [
      { seed: "a.txt", line: 4, column: 1, message: "check", rule: "reading-check" as const },
      { seed: "a.txt", line: 20, column: 1, message: "一处存疑" },
    ];
    const [attached] = attachFindings({ reports: [r] } as unknown as Archive, warnings).reports;
    expect(allFindings(attached!).find((f) => f.code === "count")?.line).toBe(4);
  });
});

describe("sites an inspection visited", () => {
  it("gives each site visited the numbered paragraphs after that tell of it", () => {
    const blocks = blocksOf("检查组先后到城东小学、滨江公园、人民医院进行实地察看。", "1.城东小学新建教学楼一栋，完成投资3000万元。", "2.滨江公园完成绿化5万平方米。");
    expect(sitesVisited(blocks)?.items.map((it) => [it.title, it.passages.map((p) => p.span.text)])).toEqual([
      ["城东小学", ["1.城东小学新建教学楼一栋,完成投资3000万元。"]],
      ["滨江公园", ["2.滨江公园完成绿化5万平方米。"]],
      ["人民医院", []],
    ]);
  });
});

describe("which target an actual figure is read against", () => {
  it("pairs each actual with the target of the same work", () => {
    const metrics = [metric("新建学校", 3, "所", "actual"), metric("新建学校", 5, "所", "target")];
    expect([...pairFigures(metrics)]).toEqual([[0, 1]]);
  });

  it("prefers the more alike target where no rate was stated, however small the rate another would give", () => {
    const metrics = [metric("新建学校", 1, "所", "actual"), metric("新建学校", 2, "所", "target"), metric("新建学校和幼儿园", 300, "所", "target")];
    expect([...pairFigures(metrics)]).toEqual([[0, 1]]);
  });
});

describe("works told in prose", () => {
  it("gives a sentence that speaks of a named 工程 after other words (今年城乡供水工程已…) to that 工程", () => {
    const structure = narrativeItems(blocksOf("遂宁市2023年民生实事完成情况", "全市加快推进城乡供水工程和农村公路工程建设。", "今年城乡供水工程已铺设管网120公里，新建水厂2座。", "今年农村公路工程已完工85公里。"));
    const passagesOf = (title: string) => structure.items.find((it) => it.title === title)?.passages.map((p) => p.span.text);
    expect(passagesOf("城乡供水工程")).toEqual(["今年城乡供水工程已铺设管网120公里,新建水厂2座。"]);
    expect(passagesOf("农村公路工程")).toEqual(["今年农村公路工程已完工85公里。"]);
  });
});

describe("newspaper headlines beside their paragraphs", () => {
  it("takes two figures as shared only where every decimal agrees: 38.94万户 is not 38.91万个", () => {
    const blocks = blocksOf("今年全市民生实事进展顺利，群众满意度持续提升，各项目均按计划推进。", "全市新建停车位38.91万个，有效缓解停车难题。", "1 开工改造老旧小区38.94万户", "开工改造老旧小区工作全面完成，居民生活条件明显改善。");
    expect(headlineItems(blocks).items.map((it) => [it.title, it.passages.map((p) => p.span.text)])).toEqual([
      ["开工改造老旧小区", ["1 开工改造老旧小区38.94万户", "开工改造老旧小区工作全面完成,居民生活条件明显改善。"]],
    ]);
  });
});

describe("last year's programme told by its count", () => {
  it("reads last year from the first sentence that counts it: a second count of that year adds no second source", () => {
    const text = ["柳州市2024年民生实事", "2023年，柳州市10件民生实事全部完成。", "2023年，柳州市12项民生实事正在收尾。", "2024年，柳州市将继续办好10件民生实事，具体如下：", "1.新建学校5所。", "2.改造道路12公里。", "3.新建公园3个。"].join("\n\n");
    const { archive } = convertTexts({ "a.txt": text });
    const lastYear = archive.reports.find((r) => r.year === 2023);
    expect([lastYear?.projectCount, lastYear?.sources.map((s) => s.kind)]).toEqual([10, ["results"]]);
  });
});
